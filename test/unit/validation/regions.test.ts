import { CITY_REGION, isKnownRegion, KNOWN_REGIONS, parentRegion, REGION_CODES, regionByCode, regionCode } from '../../../src/core/validation';

const DISTRICTS = ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市'];

describe('regions', () => {
  it('knows Hangzhou and its 13 county-level divisions (2021)', () => {
    expect(CITY_REGION).toBe('杭州市');
    expect([...KNOWN_REGIONS].sort()).toEqual(['杭州市', ...DISTRICTS].sort());
    expect(Object.isFrozen(KNOWN_REGIONS)).toBe(true);
  });

  it.each(DISTRICTS)('%s is known and belongs to 杭州市', (d) => {
    expect(isKnownRegion(d)).toBe(true);
    expect(parentRegion(d)).toBe('杭州市');
  });

  it('杭州市 has no parent', () => {
    expect(isKnownRegion('杭州市')).toBe(true);
    expect(parentRegion('杭州市')).toBeNull();
  });

  it.each(['江干区', '下城区', '杭州', '西湖', '宁波市', '', ' 西湖区', '西湖区 ', 'toString', '__proto__', 'constructor'])('rejects %j', (s) => {
    expect(isKnownRegion(s)).toBe(false);
    expect(parentRegion(s)).toBeNull();
    expect(regionCode(s)).toBeNull();
  });

  it('has the 6-digit division codes', () => {
    expect(REGION_CODES).toEqual({
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
    });
    for (const [code, name] of Object.entries(REGION_CODES)) {
      expect(code).toMatch(/^3301\d\d$/);
      expect(regionCode(name)).toBe(code);
      expect(regionByCode(code)).toBe(name);
    }
    expect(regionByCode('330103')).toBeNull(); // former 下城区
    expect(regionByCode('330104')).toBeNull(); // former 江干区
    expect(regionByCode('toString')).toBeNull();
    expect(regionByCode('__proto__')).toBeNull();
  });
});
