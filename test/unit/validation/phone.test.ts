import fc from 'fast-check';
import { normalizePhone, phoneKind, validatePhone } from '../../../src/core/validation';

describe('validatePhone / normalizePhone — table', () => {
  it.each([
    ['13812345678', '13812345678', 'mobile'],
    ['19912345678', '19912345678', 'mobile'],
    ['+8613812345678', '13812345678', 'mobile'],
    ['8613812345678', '13812345678', 'mobile'],
    ['+86 13812345678', '13812345678', 'mobile'],
    ['+86-13812345678', '13812345678', 'mobile'],
    ['0571-87654321', '0571-87654321', 'landline'],
    ['057187654321', '0571-87654321', 'landline'],
    ['0571-8765432', '0571-8765432', 'landline'],
    ['010-12345678', '010-12345678', 'landline'],
    ['01012345678', '010-12345678', 'landline'],
    ['021-62345678', '021-62345678', 'landline'],
    ['0571-87654321-123', '0571-87654321-123', 'landline'],
    ['057187654321-8', '0571-87654321-8', 'landline'],
  ])('accepts %j → %j (%s)', (s, normalized, kind) => {
    expect(validatePhone(s)).toBeNull();
    expect(normalizePhone(s)).toBe(normalized);
    expect(phoneKind(s)).toBe(kind);
  });

  it.each([
    ['', '不能为空'],
    ['1'.repeat(33), '过长'],
    ['1381234567a', '只能包含数字、“-”和开头的“+86”'],
    ['１３８１２３４５６７８', '只能包含数字、“-”和开头的“+86”'], // full-width
    ['(0571)87654321', '只能包含数字、“-”和开头的“+86”'],
    ['1381234567', '手机号码应为以 13–19 开头的 11 位数字'], // 10 digits
    ['138123456789', '手机号码应为以 13–19 开头的 11 位数字'], // 12 digits
    ['12812345678', '手机号码应为以 13–19 开头的 11 位数字'],
    ['11812345678', '手机号码应为以 13–19 开头的 11 位数字'],
    ['+86138123456', '手机号码应为以 13–19 开头的 11 位数字'],
    ['+8612812345678', '手机号码应为以 13–19 开头的 11 位数字'],
    ['0571-876543', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'], // 6 digits
    ['0571-876543210', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'], // 9 digits
    ['0571-07654321', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'],
    ['0571--87654321', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'],
    ['0571-87654321-', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'],
    ['0571-87654321-1234567', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'],
    ['0011-2345678', '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”'],
    [' 13812345678', '首尾不能有空格'],
    ['13812345678 ', '首尾不能有空格'],
    ['138 1234 5678', '手机号码应为以 13–19 开头的 11 位数字'],
    ['+1 13812345678', '不是有效的手机或固定电话号码'],
    ['87654321', '不是有效的手机或固定电话号码'], // no area code
    ['-', '不是有效的手机或固定电话号码'],
  ])('rejects %j: %s', (s, reason) => {
    expect(validatePhone(s)).toBe(reason);
    expect(normalizePhone(s)).toBeNull();
    expect(phoneKind(s)).toBeNull();
  });
});

const mobileArb = fc.stringMatching(/^1[3-9]\d{9}$/);
const landlineArb = fc.stringMatching(/^0(10|2\d|[3-9]\d\d)-?[1-9]\d{6,7}(-\d{1,6})?$/);

describe('phone — properties', () => {
  it('mobiles, with or without +86/86, normalize to the 11 digits', () => {
    fc.assert(
      fc.property(mobileArb, fc.constantFrom('', '+86', '86', '+86 ', '+86-', '86-'), (m, prefix) => {
        return validatePhone(prefix + m) === null && normalizePhone(prefix + m) === m;
      }),
    );
  });

  it('landlines validate and normalization is idempotent', () => {
    fc.assert(
      fc.property(landlineArb, (s) => {
        const n = normalizePhone(s);
        return validatePhone(s) === null && n !== null && normalizePhone(n) === n && n.replace(/-/g, '') === s.replace(/-/g, '');
      }),
    );
  });

  it('validatePhone and normalizePhone agree and never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[+\d-]{0,20}$/)), (s) => {
        const r = validatePhone(s);
        return (r === null) === (normalizePhone(s) !== null) && (r === null || r.length > 0);
      }),
    );
  });

  it('anything containing a letter is rejected', () => {
    fc.assert(
      fc.property(mobileArb, fc.nat(11), fc.constantFrom(...'abcxyzABCXYZ'), (m, i, c) => {
        return validatePhone(m.slice(0, i) + c + m.slice(i)) !== null;
      }),
    );
  });
});
