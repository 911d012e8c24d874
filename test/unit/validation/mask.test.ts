import fc from 'fast-check';
import { makeResidentId, maskIdNumber, maskPhone } from '../../../src/core/validation';

/** Number of characters shown in clear (anything but '*'). */
const revealed = (masked: string) => Array.from(masked).filter((c) => c !== '*').length;
/** Every output character is either '*' or the original character at that position. */
const positional = (original: string, masked: string) => {
  const o = Array.from(original);
  const m = Array.from(masked);
  return m.length === o.length && m.every((c, i) => c === '*' || c === o[i]);
};

describe('maskIdNumber — table', () => {
  it.each([
    ['330102199003071234', '330102********1234'],
    ['11010519491231002X', '110105********002X'],
    ['330102900307123', '330102*****7123'], // 15-digit first-generation id
    ['91330100716105852F', '913301********852F'],
    ['12345678901', '123456*8901'],
    ['1234567890', '1********0'],
    ['12345', '1***5'],
    ['1234', '1***'],
    ['123', '1**'],
    ['12', '**'],
    ['1', '*'],
    ['', ''],
    ['张三丰', '张**'],
    ['😀😀😀😀😀', '😀***😀'], // astral characters are masked whole
  ])('%j → %j', (s, masked) => {
    expect(maskIdNumber(s)).toBe(masked);
  });

  it('passes null and undefined through', () => {
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber(undefined)).toBeUndefined();
  });
});

describe('maskPhone — table', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+8613812345678', '+86138****5678'],
    ['+86 13812345678', '+86 138****5678'],
    ['0571-87654321', '0571-****4321'],
    ['057187654321', '0571****4321'],
    ['0571-8765432', '0571-***5432'],
    ['010-12345678', '010-****5678'],
    ['0571-87654321-123', '0571-****4321-***'],
    ['1381234567', '1********7'], // not a phone number: masked like an id
    ['hello', 'h***o'],
    ['', ''],
  ])('%j → %j', (s, masked) => {
    expect(maskPhone(s)).toBe(masked);
  });

  it('passes null and undefined through', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeUndefined();
  });
});

const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ maxLength: 30 }));

describe('masking — properties', () => {
  it('maskIdNumber keeps length and position and reveals at most 6+4 (long) or min(2, 40%) (short)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const m = maskIdNumber(s);
        const n = Array.from(s).length;
        const allowed = n >= 11 ? 10 : Math.min(2, Math.floor(n * 0.4));
        return positional(s, m) && revealed(m) <= allowed;
      }),
    );
  });

  it('maskIdNumber hides birth date and sequence of every resident id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (p) => {
        const id = makeResidentId(p);
        return maskIdNumber(id) === `${id.slice(0, 6)}********${id.slice(14)}`;
      }),
    );
  });

  it('maskPhone on mobiles reveals only the prefix, first 3 and last 4 digits', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '+86', '86', '+86-'), fc.stringMatching(/^1[3-9]\d{9}$/), (prefix, m) => {
        const masked = maskPhone(prefix + m);
        return masked === `${prefix}${m.slice(0, 3)}****${m.slice(7)}`;
      }),
    );
  });

  it('maskPhone on landlines reveals only area code, separators and last 4 local digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0(10|2\d|[3-9]\d\d)-?[1-9]\d{6,7}(-\d{1,6})?$/), (s) => {
        const m = maskPhone(s);
        const area = /^0(10|2\d|[3-9]\d\d)/.exec(s)![0];
        const digitsShown = m.replace(/[-*]/g, '').length;
        return positional(s, m) && m.startsWith(area) && digitsShown === area.length + 4;
      }),
    );
  });

  it('maskPhone keeps length and position and never reveals more than maskIdNumber', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const m = maskPhone(s);
        return positional(s, m) && revealed(m) <= revealed(maskIdNumber(s));
      }),
    );
  });
});
