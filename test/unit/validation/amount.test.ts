import Decimal from 'decimal.js';
import fc from 'fast-check';
import { parseAmount } from '../../../src/core/validation';

describe('parseAmount — table', () => {
  it.each([
    ['0', '0.00'],
    ['100', '100.00'],
    ['012.5', '12.50'],
    ['12.5', '12.50'],
    ['12.05', '12.05'],
    ['0.01', '0.01'],
    ['.5', '0.50'],
    ['00', '0.00'],
    ['0.0', '0.00'],
    ['999999999999999.99', '999999999999999.99'], // 15 integer digits, beyond float precision
    ['0000999999999999999', '999999999999999.00'], // leading zeros do not count
    ['123456789012345.67', '123456789012345.67'],
  ])('accepts %j → %j', (s, value) => {
    expect(parseAmount(s)).toEqual({ ok: true, value });
  });

  it.each([
    ['', '不能为空'],
    [' 1', '首尾不能有空格'],
    ['1 ', '首尾不能有空格'],
    ['\u30001', '首尾不能有空格'],
    ['-1', '不能为负数'],
    ['-0', '不能为负数'],
    ['+1', '不能带正负号'],
    ['1e3', '不能使用科学计数法'],
    ['1E3', '不能使用科学计数法'],
    ['1.5e-7', '不能使用科学计数法'],
    ['1,000', '不能使用千位分隔符'],
    ['1，000', '不能使用千位分隔符'],
    ['1_000', '不能使用千位分隔符'],
    ['1 000', '不能使用千位分隔符'],
    ['1.234', '最多 2 位小数'],
    ['0.001', '最多 2 位小数'],
    ['1000000000000000', '整数部分最多 15 位'],
    ['1'.repeat(41), '过长'],
    ['NaN', '应为十进制数'],
    ['Infinity', '应为十进制数'],
    ['.', '应为十进制数'],
    ['1.', '应为十进制数'],
    ['1..2', '应为十进制数'],
    ['0x10', '应为十进制数'],
    ['１２', '应为十进制数'], // full-width digits
    ['¥12', '应为十进制数'],
    ['12元', '应为十进制数'],
  ])('rejects %j: %s', (s, message) => {
    expect(parseAmount(s)).toEqual({ ok: false, message });
  });
});

const digitStr = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

describe('parseAmount — properties', () => {
  it('accepts every well-formed amount with the exact value of Decimal#toFixed(2)', () => {
    fc.assert(
      fc.property(digitStr(1, 15), fc.option(digitStr(1, 2)), (int, frac) => {
        const s = frac === null ? int : `${int}.${frac}`;
        const r = parseAmount(s);
        return r.ok && r.value === new Decimal(s).toFixed(2);
      }),
    );
  });

  it('normalized values round-trip', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          digitStr(0, 18).chain((i) => digitStr(0, 3).map((f) => `${i}.${f}`)),
          fc.string(),
        ),
        (s) => {
          const r = parseAmount(s);
          if (!r.ok) return true;
          const again = parseAmount(r.value);
          return again.ok && again.value === r.value && /^(0|[1-9]\d{0,14})\.\d\d$/.test(r.value);
        },
      ),
    );
  });

  it('anything accepted is a plain non-negative decimal with ≤ 2 decimals', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.stringMatching(/^[-+ .,eE0-9]{0,12}$/)), (s) => {
        const r = parseAmount(s);
        if (!r.ok) return r.message.length > 0;
        return /^\d*(\.\d{1,2})?$/.test(s) && new Decimal(r.value).eq(new Decimal(s.startsWith('.') ? `0${s}` : s));
      }),
    );
  });

  it('never accepts the string form of a JS number that is negative, non-finite, exponential or has > 2 decimals', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const s = String(x);
        const bad = x < 0 || !Number.isFinite(x) || /e/i.test(s) || /\.\d{3,}/.test(s);
        return !bad || !parseAmount(s).ok;
      }),
    );
  });
});
