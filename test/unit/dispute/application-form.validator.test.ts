import fc from 'fast-check';
import { MATTERS, type FormTemplateSeed } from '../../../seeds/data';
import { validateApplicationData, type FormTemplateLike } from '../../../src/modules/dispute/application-form.validator';
import { FieldErrorCode, FormFieldType } from '../../../src/core/enums';
import { FieldError } from '../../../src/core/errors';
import { makeResidentId, makeUscc } from '../../../src/core/validation';

const TODAY = '2025-06-30';

function form(code: string): FormTemplateSeed {
  const m = MATTERS.find((x) => x.code === code);
  if (!m) throw new Error(`no matter ${code} in the catalog`);
  return m.applicationForm;
}

const PROCUREMENT = form('GOV-PROCUREMENT-COMPLAINT');

/** A resident ID whose check character is X (so lowercase input can be tested). */
const ID_WITH_X = (() => {
  for (let seq = 100; seq < 1000; seq++) {
    const id = makeResidentId(`33010619900307${seq}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no id ending in X');
})();
/** The same ID number with another (wrong) check character. */
const wrongCheckChar = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
const USCC_SUPPLIER = makeUscc('91330106MA2H2K0X1');

/** A complete, valid answer to the real 政府采购投诉书. */
function procurementAnswers(): Record<string, unknown> {
  return {
    complainantName: '杭州某某信息技术有限公司',
    complainantCreditCode: USCC_SUPPLIER,
    complainantAddress: '杭州市西湖区文三路 100 号',
    contactName: '王某',
    contactIdNumber: ID_WITH_X,
    contactPhone: '13812345678',
    respondentName: '杭州市某某采购中心',
    projectName: '智慧城管平台运维服务采购项目',
    projectNumber: 'HZCG-2025-0612',
    procurementMethod: '公开招标',
    budgetAmount: '1200000',
    questionDate: '2025-06-03',
    replyDate: '2025-06-10',
    complaintMatters: '一、评标委员会未按招标文件规定的评分标准评审；\n二、请求责令重新评审。',
    factsAndGrounds: '依据《政府采购质疑和投诉办法》第十七条……',
    complaintLetter: '7f1c2a90-1b2c-4d5e-8f90-123456789abc',
    questionDocuments: ['0b9e7d4c-2f3a-4b5c-9d8e-abcdef012345', '1c0f8e5d-3a4b-4c6d-8e9f-bcdef0123456'],
  };
}

/** Short printable label for a test title (huge inputs are abbreviated). */
function label(x: unknown): string {
  let s: string;
  try {
    s = typeof x === 'number' ? String(x) : (JSON.stringify(x) ?? String(x));
  } catch {
    s = String(x);
  }
  return s.length > 40 ? `${s.slice(0, 30)}…(${s.length} chars)` : s;
}
const titled = <T extends unknown[]>(rows: [string, unknown, ...T][]) => rows.map(([k, input, ...rest]) => [k, label(input), input, ...rest] as [string, string, unknown, ...T]);

const run = (data: unknown, f: FormTemplateLike = PROCUREMENT) => validateApplicationData(f, data, { today: TODAY });
const fields = (errors: FieldError[]) => errors.map((e) => e.field);

describe('validateApplicationData — the real procurement complaint form', () => {
  it('accepts a complete answer and returns the normalized data', () => {
    const { errors, value } = run(procurementAnswers());
    expect(errors).toEqual([]);
    expect(value).toEqual({ ...procurementAnswers(), budgetAmount: '1200000.00' });
  });

  it('normalizes: trims text, uppercases ids, normalizes phones and money, drops empty optional fields', () => {
    const { errors, value } = run({
      ...procurementAnswers(),
      complainantName: '  杭州某某信息技术有限公司 ',
      contactIdNumber: ` ${ID_WITH_X.toLowerCase()} `,
      contactPhone: '+86 13812345678',
      budgetAmount: 1200000.5,
      replyDate: '',
      evidence: null,
    });
    expect(errors).toEqual([]);
    expect(value).toMatchObject({
      complainantName: '杭州某某信息技术有限公司',
      contactIdNumber: ID_WITH_X,
      contactPhone: '13812345678',
      budgetAmount: '1200000.50',
    });
    expect(value).not.toHaveProperty('replyDate');
    expect(value).not.toHaveProperty('evidence');
  });

  it('reports every missing required field, with its path (a required FILE field may stay empty)', () => {
    const { errors, value } = run({});
    expect(value).toBeNull();
    const required = PROCUREMENT.fields.filter((f) => f.required && f.type !== 'FILE').map((f) => `applicationData.${f.key}`);
    expect(PROCUREMENT.fields.some((f) => f.required && f.type === 'FILE')).toBe(true);
    expect(fields(errors)).toEqual(required);
    expect(errors.every((e) => e.code === FieldErrorCode.REQUIRED && e.message === '必填')).toBe(true);
  });

  it('accepts a registration whose required FILE fields are empty: the checklist shows them missing', () => {
    const { errors, value } = run({ ...procurementAnswers(), complaintLetter: '', questionDocuments: [] });
    expect(errors).toEqual([]);
    expect(value).not.toHaveProperty('complaintLetter');
    expect(value).not.toHaveProperty('questionDocuments');
  });

  it('treats blank strings as missing', () => {
    const { errors } = run({ ...procurementAnswers(), projectName: '   ', contactPhone: '' });
    expect(fields(errors)).toEqual(['applicationData.contactPhone', 'applicationData.projectName']);
  });

  it('rejects unknown keys (also prototype-looking ones)', () => {
    const data = { ...procurementAnswers(), bidAmount: '1', constructor: 'x' };
    Object.defineProperty(data, '__proto__', { value: 'x', enumerable: true });
    const { errors } = run(data);
    expect(errors).toEqual([
      new FieldError('applicationData.bidAmount', '不是此表单的字段', FieldErrorCode.INVALID),
      new FieldError('applicationData.constructor', '不是此表单的字段', FieldErrorCode.INVALID),
      new FieldError('applicationData.__proto__', '不是此表单的字段', FieldErrorCode.INVALID),
    ]);
  });

  it('summarizes a flood of unknown keys', () => {
    const data: Record<string, unknown> = procurementAnswers();
    for (let i = 0; i < 1000; i++) data[`k${i}`] = i;
    const { errors } = run(data);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toEqual(new FieldError('applicationData', '另有 980 个键不是此表单的字段', FieldErrorCode.INVALID));
  });

  it.each([null, undefined, 'text', 42, [], [procurementAnswers()], new Date(), new Map()])('rejects a non-object (%p) on the path applicationData', (data) => {
    expect(run(data)).toEqual({ errors: [new FieldError('applicationData', '应为以表单字段为键的对象', FieldErrorCode.INVALID_FORMAT)], value: null });
  });
});

/** One field of each type, all optional, plus a required one. */
const ALL_TYPES: FormTemplateLike = {
  title: 'test form',
  fields: [
    { key: 'text', label: 'T', type: 'TEXT', required: false },
    { key: 'area', label: 'A', type: 'TEXTAREA', required: false },
    { key: 'date', label: 'D', type: 'DATE', required: false },
    { key: 'num', label: 'N', type: 'NUMBER', required: false },
    { key: 'money', label: 'M', type: 'MONEY', required: false },
    { key: 'pick', label: 'S', type: FormFieldType.SELECT, required: false, options: ['甲', '乙'] },
    { key: 'id', label: 'I', type: 'ID_NUMBER', required: false },
    { key: 'phone', label: 'P', type: 'PHONE', required: false },
    { key: 'file', label: 'F', type: 'FILE', required: false },
  ],
};

describe('validateApplicationData — field types', () => {
  it.each(
    titled<[unknown]>([
      ['text', '  杭州  ', '杭州'],
      ['text', 'a'.repeat(500), 'a'.repeat(500)],
      ['text', '😀'.repeat(500), '😀'.repeat(500)], // characters are code points
      ['area', '第一行\n\t第二行', '第一行\n\t第二行'],
      ['area', 'a\r\nb\rc', 'a\nb\nc'],
      ['area', 'x'.repeat(10_000), 'x'.repeat(10_000)],
      ['date', '2024-02-29', '2024-02-29'],
      ['date', ' 2025-01-01 ', '2025-01-01'],
      ['num', 12.5, 12.5],
      ['num', 0, 0],
      ['num', -3, -3],
      ['num', '1200.75', 1200.75],
      ['num', ' 42 ', 42],
      ['num', '1e3', 1000],
      ['money', '12', '12.00'],
      ['money', ' 0.5 ', '0.50'],
      ['money', 1200000.5, '1200000.50'],
      ['money', 0, '0.00'],
      ['money', '999999999999999.99', '999999999999999.99'],
      ['pick', '乙', '乙'],
      ['id', makeResidentId('33010219900307123'), makeResidentId('33010219900307123')],
      ['id', ID_WITH_X.toLowerCase(), ID_WITH_X],
      ['id', USCC_SUPPLIER.toLowerCase(), USCC_SUPPLIER],
      ['phone', '0571-87654321', '0571-87654321'],
      ['phone', '057187654321', '0571-87654321'],
      ['phone', ' +8613812345678 ', '13812345678'],
      ['file', ' 7F1C2A90-1B2C-4D5E-8F90-123456789ABC ', '7f1c2a90-1b2c-4d5e-8f90-123456789abc'],
      ['file', ['7f1c2a90-1b2c-4d5e-8f90-123456789abc'], ['7f1c2a90-1b2c-4d5e-8f90-123456789abc']],
      // A repeated id is kept once.
      [
        'file',
        ['7f1c2a90-1b2c-4d5e-8f90-123456789abc', '0b9e7d4c-2f3a-4b5c-9d8e-abcdef012345', '7F1C2A90-1B2C-4D5E-8F90-123456789ABC'],
        ['7f1c2a90-1b2c-4d5e-8f90-123456789abc', '0b9e7d4c-2f3a-4b5c-9d8e-abcdef012345'],
      ],
    ]),
  )('%s accepts %s', (key, _label, input, normalized) => {
    const { errors, value } = run({ [key]: input }, ALL_TYPES);
    expect(errors).toEqual([]);
    expect(value).toEqual({ [key]: normalized });
  });

  it.each(
    titled<[FieldErrorCode]>([
      ['text', 'a'.repeat(501), FieldErrorCode.TOO_LONG],
      ['text', 'a\nb', FieldErrorCode.CONTROL_CHARACTERS],
      ['text', 'a\u0000b', FieldErrorCode.CONTROL_CHARACTERS],
      ['text', 'a\u202Eb', FieldErrorCode.CONTROL_CHARACTERS],
      ['text', 'a\uD800b', FieldErrorCode.INVALID_FORMAT],
      ['text', 12, FieldErrorCode.INVALID_FORMAT],
      ['text', ['a'], FieldErrorCode.INVALID_FORMAT],
      ['area', 'x'.repeat(10_001), FieldErrorCode.TOO_LONG],
      ['area', 'a\u0007b', FieldErrorCode.CONTROL_CHARACTERS],
      ['date', '2025-02-29', FieldErrorCode.INVALID_FORMAT],
      ['date', '2025-6-1', FieldErrorCode.INVALID_FORMAT],
      ['date', '2025-06-01T00:00:00Z', FieldErrorCode.INVALID_FORMAT],
      ['date', 20250601, FieldErrorCode.INVALID_FORMAT],
      ['num', NaN, FieldErrorCode.INVALID_FORMAT],
      ['num', Infinity, FieldErrorCode.INVALID_FORMAT],
      ['num', '1e400', FieldErrorCode.INVALID_FORMAT],
      ['num', '12 m²', FieldErrorCode.INVALID_FORMAT],
      ['num', '0x10', FieldErrorCode.INVALID_FORMAT],
      ['num', true, FieldErrorCode.INVALID_FORMAT],
      ['money', '-1', FieldErrorCode.INVALID_AMOUNT],
      ['money', '1.005', FieldErrorCode.INVALID_AMOUNT],
      ['money', '1,000', FieldErrorCode.INVALID_AMOUNT],
      ['money', 0.1 + 0.2, FieldErrorCode.INVALID_AMOUNT], // 0.30000000000000004
      ['money', 1e21, FieldErrorCode.INVALID_AMOUNT], // '1e+21'
      ['money', -5, FieldErrorCode.INVALID_AMOUNT],
      ['money', NaN, FieldErrorCode.INVALID_AMOUNT],
      ['money', { amount: '1' }, FieldErrorCode.INVALID_AMOUNT],
      ['pick', '丙', FieldErrorCode.INVALID],
      ['pick', 1, FieldErrorCode.INVALID_FORMAT],
      ['id', wrongCheckChar(makeResidentId('33010219900307123')), FieldErrorCode.INVALID_ID_NUMBER],
      ['id', '1234', FieldErrorCode.INVALID_ID_NUMBER],
      // eslint-disable-next-line no-loss-of-precision -- a number where a string is expected: its exact value does not matter
      ['id', 330102199003071234, FieldErrorCode.INVALID_FORMAT],
      ['phone', '12345', FieldErrorCode.INVALID_PHONE],
      ['phone', 13812345678, FieldErrorCode.INVALID_PHONE],
      ['file', 'f'.repeat(501), FieldErrorCode.INVALID_FORMAT],
      ['file', { id: 'x' }, FieldErrorCode.INVALID_FORMAT],
      // Free text is no longer a file: only ids of uploaded files.
      ['file', 'upload:abc', FieldErrorCode.INVALID_FORMAT],
      ['file', '已收纸质原件', FieldErrorCode.INVALID_FORMAT],
      ['file', ['7f1c2a90-1b2c-4d5e-8f90-123456789abc', 3], FieldErrorCode.INVALID_FORMAT],
      ['file', ['7f1c2a90-1b2c-4d5e-8f90-123456789abc', 'nope'], FieldErrorCode.INVALID_FORMAT],
      ['file', Array.from({ length: 21 }, (_, i) => `7f1c2a90-1b2c-4d5e-8f90-${String(i).padStart(12, '0')}`), FieldErrorCode.TOO_LONG],
    ]),
  )('%s rejects %s', (key, _label, input, code) => {
    const { errors, value } = run({ [key]: input }, ALL_TYPES);
    expect(value).toBeNull();
    expect(fields(errors)).toEqual([`applicationData.${key}`]);
    expect(errors[0].code).toBe(code);
    expect(errors[0].message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks ID birth dates against the given today', () => {
    const bornTomorrow = makeResidentId('33010220250701123');
    expect(fields(run({ id: bornTomorrow }, ALL_TYPES).errors)).toEqual(['applicationData.id']);
    expect(validateApplicationData(ALL_TYPES, { id: bornTomorrow }, { today: '2025-07-01' }).errors).toEqual([]);
  });

  it('reports an unsupported field type instead of accepting anything', () => {
    const odd = { title: 'x', fields: [{ key: 'x', type: 'COLOR', required: true }] } as unknown as FormTemplateLike;
    expect(run({ x: 'red' }, odd).errors).toEqual([new FieldError('applicationData.x', '字段类型不受支持（COLOR）', FieldErrorCode.INVALID)]);
  });

  it('uses a custom path prefix', () => {
    expect(validateApplicationData(ALL_TYPES, { nope: 1 }, { path: 'data' }).errors).toEqual([new FieldError('data.nope', '不是此表单的字段', FieldErrorCode.INVALID)]);
  });
});

describe('validateApplicationData — robustness', () => {
  it('never throws on arbitrary data', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }), (data) => {
        const r = validateApplicationData(PROCUREMENT, data, { today: TODAY });
        expect(r.errors.length > 0 || r.value !== null).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary values for every field of every catalog form', () => {
    const forms = MATTERS.map((m) => m.applicationForm);
    fc.assert(
      fc.property(fc.constantFrom(...forms), fc.dictionary(fc.constantFrom(...forms.flatMap((f) => f.fields.map((x) => x.key))), fc.oneof(fc.string({ unit: 'binary' }), fc.anything())), (f, data) => {
        validateApplicationData(f, data, { today: TODAY });
      }),
    );
  });

  it('never throws on a malformed form', () => {
    for (const f of [null, undefined, {}, { fields: null }, { fields: [null, 1, { key: 3 }] }, { fields: 'x' }]) {
      expect(() => validateApplicationData(f as unknown as FormTemplateLike, { a: 1 })).not.toThrow();
    }
  });

  it('returns an error, not an exception, for a throwing getter', () => {
    const data = {};
    Object.defineProperty(data, 'projectName', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(run(data).errors).toEqual([new FieldError('applicationData', '无法读取', FieldErrorCode.INVALID_FORMAT)]);
  });

  it('handles huge strings', () => {
    const huge = '杭'.repeat(5_000_000);
    const { errors } = run({ text: huge, area: huge, file: huge, id: huge, phone: huge, money: huge, num: huge, date: huge, pick: huge }, ALL_TYPES);
    expect(errors).toHaveLength(9);
  });
});
