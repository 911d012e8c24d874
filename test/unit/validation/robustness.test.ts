import fc from 'fast-check';
import * as V from '../../../src/core/validation';

const TODAY = new Date('2025-06-30T04:00:00Z');

/** Every validator/normalizer/masker that must return (never throw) on any input. */
const total: Record<string, (s: string) => unknown> = {
  validateResidentId: (s) => V.validateResidentId(s, TODAY),
  normalizeResidentId: V.normalizeResidentId,
  validateUscc: V.validateUscc,
  normalizeUscc: V.normalizeUscc,
  validatePhone: V.validatePhone,
  normalizePhone: V.normalizePhone,
  phoneKind: V.phoneKind,
  parseAmount: V.parseAmount,
  maskIdNumber: V.maskIdNumber,
  maskPhone: V.maskPhone,
  isKnownRegion: V.isKnownRegion,
  parentRegion: V.parentRegion,
  regionCode: V.regionCode,
  regionByCode: V.regionByCode,
};
const rejecting: Record<string, (s: string) => unknown> = {
  validateResidentId: (s) => V.validateResidentId(s, TODAY) !== null,
  validateUscc: (s) => V.validateUscc(s) !== null,
  validatePhone: (s) => V.validatePhone(s) !== null,
  parseAmount: (s) => !V.parseAmount(s).ok,
  isKnownRegion: (s) => !V.isKnownRegion(s),
};

const HUGE = [
  '1'.repeat(100_000),
  '0'.repeat(100_000),
  '9'.repeat(99_999) + 'X',
  '1' + '3'.repeat(99_999),
  '0571-' + '8'.repeat(100_000),
  '1.' + '0'.repeat(100_000),
  '1'.repeat(50_000) + 'e' + '1'.repeat(50_000),
  '+86' + '1'.repeat(100_000),
  '杭'.repeat(100_000),
  '😀'.repeat(50_000),
  '\uD800'.repeat(100_000), // lone surrogates
  ' '.repeat(100_000),
  '-'.repeat(100_000),
  '0-'.repeat(50_000),
  '.'.repeat(100_000),
];
const UNICODE = ['３３０１０２１９９００３０７１２３４', '１３８１２３４５６７８', '１２', '西湖区\u0000', '\u202E330102199003071234', '330102199003071234\u200B', '\uFEFF13812345678', 'Ⅻ', '٣٣'];

describe.each(Object.entries(total))('%s', (name, fn) => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' })), (s) => {
        fn(s);
      }),
    );
  });

  it('never throws on non-string values from untyped callers', () => {
    for (const x of [null, undefined, 0, 12, NaN, {}, [], true, Symbol('s'), 10n, new String('13812345678')]) {
      expect(() => fn(x as unknown as string)).not.toThrow();
    }
  });

  it('handles 100k-character and unicode inputs without throwing', () => {
    for (const s of [...HUGE, ...UNICODE]) {
      expect(() => fn(s)).not.toThrow();
      if (name in rejecting) expect(rejecting[name](s)).toBe(true);
    }
  });
});

describe('masking huge inputs', () => {
  it('keeps length and reveals at most 10 characters', () => {
    for (const s of HUGE) {
      for (const m of [V.maskIdNumber(s), V.maskPhone(s)]) {
        expect(Array.from(m).length).toBe(Array.from(s).length);
        expect(Array.from(m).filter((c) => c !== '*').length).toBeLessThanOrEqual(10);
      }
    }
  });
});
