/**
 * Administrative divisions accepted as `region`: Hangzhou and its county-level
 * divisions after the 2021 adjustment (国函〔2021〕15号: 江干/下城 merged into
 * 上城/拱墅, 余杭 split into 余杭/临平, 钱塘 created). Codes per GB/T 2260 /
 * the Ministry of Civil Affairs division code list.
 */

export const REGION_CODES = {
  '330100': '杭州市',
  '330102': '上城区',
  '330105': '拱墅区',
  '330106': '西湖区',
  '330108': '滨江区',
  '330109': '萧山区',
  '330110': '余杭区',
  '330111': '富阳区',
  '330112': '临安区',
  '330113': '临平区',
  '330114': '钱塘区',
  '330122': '桐庐县',
  '330127': '淳安县',
  '330182': '建德市',
} as const;

export type RegionCode = keyof typeof REGION_CODES;
export type KnownRegion = (typeof REGION_CODES)[RegionCode];

export const CITY_REGION = '杭州市' as const;

export const KNOWN_REGIONS: readonly KnownRegion[] = Object.freeze(Object.values(REGION_CODES));

const REGION_SET: ReadonlySet<string> = new Set(KNOWN_REGIONS);
const CODE_BY_NAME: ReadonlyMap<string, RegionCode> = new Map((Object.keys(REGION_CODES) as RegionCode[]).map((code) => [REGION_CODES[code], code]));

export function isKnownRegion(s: string): s is KnownRegion {
  return typeof s === 'string' && REGION_SET.has(s);
}

/** '杭州市' for its districts/counties/county-level cities; null for 杭州市 itself and unknown values. */
export function parentRegion(s: string): KnownRegion | null {
  return isKnownRegion(s) && s !== CITY_REGION ? CITY_REGION : null;
}

/** 6-digit division code of a known region, else null. */
export function regionCode(name: string): RegionCode | null {
  return (typeof name === 'string' && CODE_BY_NAME.get(name)) || null;
}

/** Region name for a 6-digit division code, else null. */
export function regionByCode(code: string): KnownRegion | null {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(REGION_CODES, code) ? REGION_CODES[code as RegionCode] : null;
}
