import fc from 'fast-check';
import { makeResidentId, normalizeResidentId, validateResidentId } from '../../../src/core/validation';

// 2025-06-30 12:00 in China Standard Time.
const TODAY = new Date('2025-06-30T04:00:00Z');
const v = (s: string) => validateResidentId(s, TODAY);
/** Builds a valid-check-digit id from parts. */
const id = (region: string, birth: string, seq = '123') => makeResidentId(region + birth + seq);

const PROVINCES = [
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
];
const DIGITS = '0123456789';

describe('validateResidentId — table', () => {
  it.each([
    ['GB 11643-1999 example', '11010519491231002X'],
    ['lowercase x check char', '11010519491231002x'],
    ['Hangzhou Shangcheng', id('330102', '19900307')],
    ['earliest birth date', id('330106', '19000101')],
    ['born today (CST)', id('330106', '20250630')],
    ['leap day 2000', id('330106', '20000229')],
    ['Hong Kong residence permit', id('810000', '19850101')],
    ['Macao residence permit', id('820000', '19850101')],
    ['Taiwan residence permit', id('830000', '19850101')],
    ['Taiwan province code 71', id('710000', '19850101')],
    ['foreigner permanent residence (2023), Beijing', id('911156', '19800101')],
    ['foreigner permanent residence (2023), Zhejiang', id('933156', '19800101')],
  ])('accepts %s', (_label, s) => {
    expect(v(s)).toBeNull();
  });

  it.each([
    ['', '应为 18 位'],
    ['11010519491231002', '应为 18 位'],
    ['11010519491231002X1', '应为 18 位'],
    ['110105194912310021X', '应为 18 位'],
    ['110105194912310A2X', '应为 17 位数字加 1 位数字或 X'],
    ['11010519491231002Y', '应为 17 位数字加 1 位数字或 X'],
    ['X10105194912310021', '应为 17 位数字加 1 位数字或 X'],
    [' 1010519491231002X', '应为 17 位数字加 1 位数字或 X'],
    ['１１0105194912310021', '应为 17 位数字加 1 位数字或 X'], // full-width digits
    [id('000000', '19900101'), '地址码无效'],
    [id('160000', '19900101'), '地址码无效'],
    [id('840000', '19900101'), '地址码无效'],
    [id('990000', '19900101'), '地址码无效'], // 9 + non-province
    [id('900000', '19900101'), '地址码无效'],
    ['440524188001010014', '出生日期无效'], // GB 11643 example, born 1880: before 1900
    [id('330102', '18991231'), '出生日期无效'],
    [id('330102', '20250701'), '出生日期无效'], // tomorrow
    [id('330102', '19000229'), '出生日期无效'], // 1900 is not a leap year
    [id('330102', '20230229'), '出生日期无效'],
    [id('330102', '20240431'), '出生日期无效'],
    [id('330102', '19901301'), '出生日期无效'],
    [id('330102', '19900100'), '出生日期无效'],
    [id('330102', '19900001'), '出生日期无效'],
    ['110105194912310021', '校验码不符'],
    ['11010519491231002X'.slice(0, 16) + '1X', '校验码不符'],
  ])('rejects %j: %s', (s, reason) => {
    expect(v(s)).toBe(reason);
  });

  it('compares the birth date with today in China Standard Time', () => {
    const born = id('330102', '20250630');
    expect(validateResidentId(born, new Date('2025-06-29T16:30:00Z'))).toBeNull(); // 00:30 CST on the 30th
    expect(validateResidentId(born, new Date('2025-06-29T15:30:00Z'))).toBe('出生日期无效'); // 23:30 CST on the 29th
  });

  it('defaults today to now', () => {
    expect(validateResidentId(id('330102', '19900101'))).toBeNull();
    expect(validateResidentId(id('330102', '29990101'))).toBe('出生日期无效');
  });

  it('normalizeResidentId trims and uppercases', () => {
    expect(normalizeResidentId(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(v(normalizeResidentId('11010519491231002x'))).toBeNull();
  });

  it('makeResidentId appends the GB 11643 check char and rejects bad prefixes', () => {
    expect(makeResidentId('11010519491231002')).toBe('11010519491231002X');
    expect(makeResidentId('44052418800101001')).toBe('440524188001010014');
    for (const bad of ['', '1101051949123100', '110105194912310021', '1101051949123100X', '１1010519491231002']) {
      expect(() => makeResidentId(bad)).toThrow(RangeError);
    }
  });
});

const DAY = 86_400_000;
const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2025, 5, 30);
const birthArb = fc.integer({ min: 0, max: (MAX - MIN) / DAY }).map((d) => {
  const t = new Date(MIN + d * DAY);
  return `${t.getUTCFullYear()}${String(t.getUTCMonth() + 1).padStart(2, '0')}${String(t.getUTCDate()).padStart(2, '0')}`;
});
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...DIGITS), minLength: n, maxLength: n });
const validIdArb = fc.tuple(fc.constantFrom(...PROVINCES, '71', '81', '82', '83'), digits(4), birthArb, digits(3)).map(([p, area, birth, seq]) => makeResidentId(p + area + birth + seq));

describe('validateResidentId — properties', () => {
  it('makeResidentId produces ids that validate', () => {
    fc.assert(fc.property(validIdArb, (s) => v(s) === null && v(s.toLowerCase()) === null));
  });

  it('changing any single character to another allowed character invalidates the id', () => {
    fc.assert(
      fc.property(validIdArb, fc.nat(17), fc.nat(10), (s, i, k) => {
        const allowed = (i === 17 ? DIGITS + 'X' : DIGITS).replace(s[i], '');
        const mutated = s.slice(0, i) + allowed[k % allowed.length] + s.slice(i + 1);
        return v(mutated) !== null;
      }),
    );
  });

  it('the check digit is the only accepted final character', () => {
    fc.assert(fc.property(validIdArb, (s) => [...(DIGITS + 'X')].filter((c) => v(s.slice(0, 17) + c) === null).join('') === s[17]));
  });

  it('never throws and always returns null or a non-empty reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), digits(18), fc.stringMatching(/^\d{17}[\dXx]$/)), (s) => {
        const r = v(s);
        return r === null || (typeof r === 'string' && r.length > 0);
      }),
    );
  });
});
