/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 *
 * Layout (18 chars from the 31-char set 0-9 A-Z without I, O, Z, S, V):
 *   1     registration authority code (登记管理部门代码)
 *   2     organization kind code (机构类别代码), depends on position 1
 *   3–8   administrative division code (GB/T 2260; 100000 for central bodies)
 *   9–17  entity identifier (organization code, GB 11714)
 *   18    check char: C = 31 - (sum(value_i * W_i) mod 31), 31 → 0,
 *         W_i = 3^(i-1) mod 31.
 */

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Registration authority → allowed kind codes (GB 32100-2015 table 1 and later allocations). */
const KINDS: Readonly<Record<string, string>> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 中央编办管理的群众团体, 其他
  '2': '19', // 外交: 外国常驻新闻机构, 其他
  '3': '1234569', // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, ..., 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '12349', // 农业: 组级/村级/乡镇级集体经济组织, ..., 其他
  Y: '1', // 其他
};

const DIVISION_PREFIXES = new Set([
  '10', // central government bodies
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

function checkChar(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(prefix17[i]) * WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Returns null when `s` is a valid code, otherwise a reason in Chinese. Uppercase only. Never throws. */
export function validateUscc(s: string): string | null {
  if (typeof s !== 'string') return '必须是字符串';
  if (s.length !== 18) return '应为 18 位';
  if (!SHAPE.test(s)) return '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）';
  const kinds = Object.prototype.hasOwnProperty.call(KINDS, s[0]) ? KINDS[s[0]] : undefined;
  if (kinds === undefined) return '登记管理部门代码无效';
  if (!kinds.includes(s[1])) return '机构类别代码无效';
  if (!/^\d{6}$/.test(s.slice(2, 8)) || !DIVISION_PREFIXES.has(s.slice(2, 4))) {
    return '行政区划码无效';
  }
  if (checkChar(s) !== s[17]) return '校验码不符';
  return null;
}

/** Trims and uppercases. Does not validate. */
export function normalizeUscc(s: string): string {
  return typeof s === 'string' ? s.trim().toUpperCase() : s;
}

/**
 * Appends the GB 32100 check char to a 17-char prefix from USCC_ALPHABET. Other
 * fields are not validated. Throws RangeError on any other input.
 */
export function makeUscc(prefix17: string): string {
  if (typeof prefix17 !== 'string' || !/^[0-9A-HJ-NPQRTUWXY]{17}$/.test(prefix17)) {
    throw new RangeError('makeUscc: prefix must be 17 characters from the USCC alphabet');
  }
  return prefix17 + checkChar(prefix17);
}
