import fc from 'fast-check';
import { makeUscc, normalizeUscc, USCC_ALPHABET, validateUscc } from '../../../src/core/validation';

describe('validateUscc — table', () => {
  // Published codes of well-known companies; their check characters were verified by computation.
  it.each(['91330100716105852F', '9144030071526726XG', '914403001922038216', '91110108551385082Q'])('accepts published code %s', (s) => expect(validateUscc(s)).toBeNull());

  it.each([
    ['enterprise, Xihu district', makeUscc('91330106MA2A00000')],
    ['individual business', makeUscc('92330102MA2H12345')],
    ['farmers cooperative', makeUscc('93330127MA28ABCDE')],
    ['public institution', makeUscc('12330100470000001')],
    ['state organ', makeUscc('11330100002489000')],
    ['central state organ (division 100000)', makeUscc('11100000000013127')],
    ['social organization', makeUscc('51330100MJ8912345')],
    ['foundation', makeUscc('53330000MJ8900001')],
    ['law firm', makeUscc('31330000MD0123456')],
    ['trade union', makeUscc('81330102MC1234567')],
    ['village collective', makeUscc('N2330110MF1234567')],
    ['other', makeUscc('Y1330100MA0000000')],
  ])('accepts constructed code: %s', (_label, s) => {
    expect(validateUscc(s)).toBeNull();
  });

  it.each([
    ['', '应为 18 位'],
    ['91330100716105852', '应为 18 位'],
    ['91330100716105852FF', '应为 18 位'],
    ['91330100716105852f', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100MA2I00000F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100MA2O00000F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100MA2Z00000F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100MA2S00000F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100MA2V00000F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    ['91330100-16105852F', '含有无效字符（只允许数字和除 I、O、Z、S、V 以外的大写字母）'],
    [makeUscc('01330100716105852'), '登记管理部门代码无效'],
    [makeUscc('B1330100716105852'), '登记管理部门代码无效'],
    [makeUscc('94330100716105852'), '机构类别代码无效'],
    [makeUscc('90330100716105852'), '机构类别代码无效'],
    [makeUscc('Y2330100716105852'), '机构类别代码无效'],
    [makeUscc('91A30100716105852'), '行政区划码无效'],
    [makeUscc('91990100716105852'), '行政区划码无效'],
    [makeUscc('91000000716105852'), '行政区划码无效'],
    ['91330100716105852E', '校验码不符'],
    ['91330100716105825F', '校验码不符'], // transposition
  ])('rejects %j: %s', (s, reason) => {
    expect(validateUscc(s)).toBe(reason);
  });

  it('normalizeUscc trims and uppercases', () => {
    expect(normalizeUscc(' 91330100716105852f ')).toBe('91330100716105852F');
  });

  it('makeUscc maps sum ≡ 0 (mod 31) to check character 0 and rejects bad prefixes', () => {
    expect(makeUscc('00000000000000000')).toBe('000000000000000000');
    expect(makeUscc('91330100716105852')).toBe('91330100716105852F');
    for (const bad of ['', '9133010071610585', '913301007161058521', '91330100716105I52', '91330100716105s52']) {
      expect(() => makeUscc(bad)).toThrow(RangeError);
    }
  });

  it('alphabet has 31 characters and excludes I, O, Z, S, V', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOZSV]/);
  });
});

const KIND_PAIRS = ['11', '12', '13', '19', '21', '31', '32', '41', '51', '52', '53', '59', '61', '71', '81', '91', '92', '93', 'A1', 'N1', 'N2', 'N3', 'Y1'];
const PROVINCES = ['10', '11', '12', '13', '31', '32', '33', '44', '65', '71', '81', '82'];
const alpha = (n: number) => fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: n, maxLength: n });
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const validUsccArb = fc.tuple(fc.constantFrom(...KIND_PAIRS), fc.constantFrom(...PROVINCES), digits(4), alpha(9)).map(([kind, p, div, body]) => makeUscc(kind + p + div + body));

describe('validateUscc — properties', () => {
  it('makeUscc produces codes that validate', () => {
    fc.assert(fc.property(validUsccArb, (s) => validateUscc(s) === null));
  });

  it('changing any single character to another alphabet character invalidates the code', () => {
    fc.assert(
      fc.property(validUsccArb, fc.nat(17), fc.nat(30), (s, i, k) => {
        const allowed = USCC_ALPHABET.replace(s[i], '');
        const mutated = s.slice(0, i) + allowed[k % allowed.length] + s.slice(i + 1);
        return validateUscc(mutated) !== null;
      }),
    );
  });

  it('exactly one check character is accepted', () => {
    fc.assert(fc.property(validUsccArb, (s) => [...USCC_ALPHABET].filter((c) => validateUscc(s.slice(0, 17) + c) === null).join('') === s[17]));
  });

  it('never throws and always returns null or a non-empty reason', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), alpha(18), fc.stringMatching(/^[0-9A-Za-z]{18}$/)), (s) => {
        const r = validateUscc(s);
        return r === null || (typeof r === 'string' && r.length > 0);
      }),
    );
  });
});
