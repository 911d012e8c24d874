import fc from 'fast-check';
import { MATTERS } from '../../../seeds/data';
import {
  UNREADABLE_INPUT_FIELD,
  intakeFingerprint,
  validateIntake,
  type IntakeMatter,
  type NormalizedIntake,
  type PartyInputLike,
  type RegisterInputLike,
} from '../../../src/modules/dispute/intake.validator';
import { FieldErrorCode } from '../../../src/core/enums';
import { FieldError } from '../../../src/core/errors';
import { KNOWN_REGIONS, makeResidentId, makeUscc } from '../../../src/core/validation';

const TODAY = '2025-06-30';

function matter(code: string): IntakeMatter {
  const m = MATTERS.find((x) => x.code === code);
  if (!m) throw new Error(`no matter ${code} in the catalog`);
  return { code: m.code, categories: m.categories, applicationForm: m.applicationForm };
}
const PROCUREMENT = matter('GOV-PROCUREMENT-COMPLAINT');

/** A valid resident ID number whose check character is X. */
function residentIdEndingInX(prefix14: string): string {
  for (let seq = 100; seq < 1000; seq++) {
    const id = makeResidentId(`${prefix14}${seq}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no id ending in X');
}
const WANG_ID = residentIdEndingInX('33010619900307'); // 王某, born 1990-03-07, 西湖区
const LI_ID = makeResidentId('33010519850412321'); // 李某, born 1985-04-12, 拱墅区
const SUPPLIER_USCC = makeUscc('91330106MA2H2K0X1'); // 杭州某某信息技术有限公司 (enterprise)
const CENTER_USCC = makeUscc('11330100MB1234567'); // 杭州市某某采购中心 (government body)
const WINNER_USCC = makeUscc('91330105MA27Y8WQ3'); // the winning bidder (enterprise)
const wrongCheckChar = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1');

// ---------------------------------------------------------------- fixtures

/** A valid neighbourhood dispute without a matter. */
function neighbourDispute(): RegisterInputLike {
  return {
    title: '楼上漏水纠纷',
    facts: '楼上住户卫生间漏水，导致楼下天花板受损，多次协商未果。',
    category: 'NEIGHBORHOOD',
    matterCode: null,
    amount: '3500',
    region: '西湖区',
    source: 'WALK_IN',
    occurredOn: '2025-05-20',
    applicationData: null,
    parties: [
      { role: 'APPLICANT', kind: 'PERSON', name: '王某', idNumber: WANG_ID, phone: '13812345678', address: '杭州市西湖区某小区 3 幢 201 室' },
      { role: 'RESPONDENT', kind: 'PERSON', name: '李某', idNumber: LI_ID, phone: null, address: '杭州市西湖区某小区 3 幢 301 室' },
    ],
    idempotencyKey: 'walkin-20250630-0001',
  };
}

/** The answers of the real 政府采购投诉书 (GOV-PROCUREMENT-COMPLAINT). */
function procurementAnswers(): Record<string, unknown> {
  return {
    complainantName: '杭州某某信息技术有限公司',
    complainantCreditCode: SUPPLIER_USCC,
    complainantAddress: '杭州市西湖区文三路 100 号',
    contactName: '王某',
    contactIdNumber: WANG_ID,
    contactPhone: '13812345678',
    respondentName: '杭州市某某采购中心',
    projectName: '智慧城管平台运维服务采购项目',
    projectNumber: 'HZCG-2025-0612',
    procurementMethod: '公开招标',
    budgetAmount: '1200000',
    questionDate: '2025-06-03',
    replyDate: '2025-06-10',
    complaintMatters: '一、评标委员会未按招标文件规定的评分标准进行评审；\n二、请求责令重新开展评审。',
    factsAndGrounds: '投诉人于2025年6月3日就中标结果提出质疑，采购中心6月10日答复维持原结果。依据《政府采购质疑和投诉办法》第十七条提起投诉。',
    complaintLetter: '7f1c2a90-1b2c-4d5e-8f90-123456789abc',
    questionDocuments: '0b9e7d4c-2f3a-4b5c-9d8e-abcdef012345',
  };
}

/** A realistic procurement complaint as typed in at the frontdesk: spaces, lowercase ids, +86 phones. */
function procurementComplaint(): RegisterInputLike {
  return {
    title: '  关于智慧城管平台运维服务采购项目中标结果的投诉 ',
    facts: '投诉人参与了该项目公开招标。\r\n评标委员会未按招标文件规定的评分标准评审，投诉人质疑后对答复不满意。\r\n',
    category: 'GOVERNMENT_PROCUREMENT',
    matterCode: 'GOV-PROCUREMENT-COMPLAINT',
    amount: '1200000',
    region: '杭州市',
    source: 'WALK_IN',
    occurredOn: '2025-06-03',
    applicationData: { ...procurementAnswers(), contactIdNumber: WANG_ID.toLowerCase(), budgetAmount: 1200000, contactPhone: '+86 13812345678' },
    parties: [
      {
        role: 'APPLICANT',
        kind: 'ORGANIZATION',
        name: ' 杭州某某信息技术有限公司 ',
        idType: null,
        idNumber: ` ${SUPPLIER_USCC.toLowerCase()} `,
        phone: '0571-87654321',
        address: '杭州市西湖区文三路 100 号',
      },
      { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市某某采购中心', idType: 'USCC', idNumber: CENTER_USCC, phone: '057185001234', address: null },
      { role: 'THIRD_PARTY', kind: 'ORGANIZATION', name: '浙江某某科技股份有限公司', idNumber: WINNER_USCC },
      { role: 'THIRD_PARTY', kind: 'PERSON', name: '王某（投诉人联系人）', idNumber: WANG_ID.toLowerCase(), phone: '+86 13812345678', address: '' },
    ],
    idempotencyKey: 'frontdesk:2025-06-30:0042',
  };
}

const run = (input: unknown, m?: IntakeMatter | null) => validateIntake(input as RegisterInputLike, m, TODAY);
const fields = (r: { errors: FieldError[] }) => r.errors.map((e) => e.field);
/** A neighbour dispute changed by `patch`. */
function withPatch(patch: (i: RegisterInputLike) => void): RegisterInputLike {
  const i = neighbourDispute();
  patch(i);
  return i;
}
const party = (i: RegisterInputLike, n: number) => i.parties[n] as PartyInputLike & Record<string, unknown>;

// ---------------------------------------------------------------- a realistic complaint

describe('validateIntake — a realistic government procurement complaint', () => {
  it('passes and normalizes', () => {
    const { errors, value } = run(procurementComplaint(), PROCUREMENT);
    expect(errors).toEqual([]);
    expect(value).toEqual<NormalizedIntake>({
      title: '关于智慧城管平台运维服务采购项目中标结果的投诉',
      facts: '投诉人参与了该项目公开招标。\n评标委员会未按招标文件规定的评分标准评审，投诉人质疑后对答复不满意。',
      category: 'GOVERNMENT_PROCUREMENT',
      matterCode: 'GOV-PROCUREMENT-COMPLAINT',
      amount: '1200000.00',
      region: '杭州市',
      source: 'WALK_IN',
      occurredOn: '2025-06-03',
      applicationData: { ...procurementAnswers(), budgetAmount: '1200000.00' },
      parties: [
        { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某信息技术有限公司', idType: 'USCC', idNumber: SUPPLIER_USCC, phone: '0571-87654321', address: '杭州市西湖区文三路 100 号' },
        { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市某某采购中心', idType: 'USCC', idNumber: CENTER_USCC, phone: '0571-85001234', address: null },
        { role: 'THIRD_PARTY', kind: 'ORGANIZATION', name: '浙江某某科技股份有限公司', idType: 'USCC', idNumber: WINNER_USCC, phone: null, address: null },
        { role: 'THIRD_PARTY', kind: 'PERSON', name: '王某（投诉人联系人）', idType: 'RESIDENT_ID', idNumber: WANG_ID, phone: '13812345678', address: null },
      ],
      idempotencyKey: 'frontdesk:2025-06-30:0042',
    });
  });

  it('enforces the form: required answers, unknown keys, field types', () => {
    const input = procurementComplaint();
    const data = input.applicationData as Record<string, unknown>;
    delete data.factsAndGrounds;
    // A required FILE field may stay empty (the checklist then shows the material missing).
    delete data.complaintLetter;
    data.procurementMethod = '直接采购';
    data.bidAmount = '980000';
    data.questionDate = '2025-06-31';
    const r = run(input, PROCUREMENT);
    expect(r.value).toBeNull();
    expect(fields(r)).toEqual(['applicationData.procurementMethod', 'applicationData.questionDate', 'applicationData.factsAndGrounds', 'applicationData.bidAmount']);
    expect(r.errors[3]).toMatchObject({ code: FieldErrorCode.INVALID, message: '不是此表单的字段' });
    expect(r.errors.map((e) => e.code)).toEqual([FieldErrorCode.INVALID, FieldErrorCode.INVALID_FORMAT, FieldErrorCode.REQUIRED, FieldErrorCode.INVALID]);
  });

  it.each([null, undefined])('reports every required form field when applicationData is %p', (applicationData) => {
    const r = run({ ...procurementComplaint(), applicationData }, PROCUREMENT);
    // Required FILE fields may stay empty (the checklist shows the materials missing).
    const required = PROCUREMENT.applicationForm.fields.filter((f) => f.required && f.type !== 'FILE').map((f) => `applicationData.${f.key}`);
    expect(fields(r)).toEqual(required);
  });

  it("requires a category of the matter's", () => {
    const r = run({ ...procurementComplaint(), category: 'CONTRACT' }, PROCUREMENT);
    expect(r.errors).toEqual([new FieldError('category', '应为该事项适用的纠纷类别之一：GOVERNMENT_PROCUREMENT', FieldErrorCode.INVALID)]);
  });

  it('reports an unknown matter code', () => {
    const r = run({ ...neighbourDispute(), matterCode: 'NO-SUCH-MATTER' }, null);
    expect(r.errors).toEqual([new FieldError('matterCode', '未知的事项', FieldErrorCode.NOT_FOUND)]);
  });

  it('treats a code without a looked-up matter as unknown, and ignores a matter without a code', () => {
    expect(fields(run({ ...neighbourDispute(), matterCode: 'GOV-PROCUREMENT-COMPLAINT' }, undefined))).toEqual(['matterCode']);
    const r = run({ ...neighbourDispute(), matterCode: '  ' }, PROCUREMENT);
    expect(r.errors).toEqual([]);
    expect(r.value?.matterCode).toBeNull();
  });
});

// ---------------------------------------------------------------- every rule, with its path

type Row = [string, (i: RegisterInputLike) => void, string[]];

describe('validateIntake — rules (error paths)', () => {
  it('accepts the neighbour dispute fixture', () => {
    expect(run(neighbourDispute()).errors).toEqual([]);
  });

  const rows: Row[] = [
    // title
    ['title too short after trimming', (i) => (i.title = '  漏 '), ['title']],
    ['title of 2 characters', (i) => (i.title = '漏水'), []],
    ['title of 200 characters', (i) => (i.title = '纠'.repeat(200)), []],
    ['title of 201 characters', (i) => (i.title = '纠'.repeat(201)), ['title']],
    ['title of 200 astral characters', (i) => (i.title = '𠀀'.repeat(200)), []],
    ['title with a line break', (i) => (i.title = '楼上\n漏水'), ['title']],
    ['title with a NUL', (i) => (i.title = '楼上漏水\u0000'), ['title']],
    ['title with a bidi override', (i) => (i.title = '楼上\u202E漏水'), ['title']],
    ['title with a lone surrogate', (i) => (i.title = '楼上\uD83D漏水'), ['title']],
    ['title missing', (i) => delete (i as Partial<RegisterInputLike>).title, ['title']],
    ['title not a string', (i) => ((i as unknown as Record<string, unknown>).title = 42), ['title']],
    // facts
    ['facts of 4 characters', (i) => (i.facts = '漏水了啊'), ['facts']],
    ['facts of 5 characters after trimming', (i) => (i.facts = '  漏水了啊！ \n'), []],
    ['facts with line breaks and tabs', (i) => (i.facts = '第一段\n\t第二段\r\n第三段'), []],
    ['facts with a bell', (i) => (i.facts = '第一段\u0007第二段'), ['facts']],
    ['facts of 20000 characters', (i) => (i.facts = '事'.repeat(20_000)), []],
    ['facts of 20001 characters', (i) => (i.facts = '事'.repeat(20_001)), ['facts']],
    ['facts null', (i) => ((i as unknown as Record<string, unknown>).facts = null), ['facts']],
    // category, source
    ['unknown category', (i) => (i.category = 'NOISE'), ['category']],
    ['lowercase category', (i) => (i.category = 'neighborhood'), ['category']],
    ['unknown source', (i) => (i.source = 'FAX'), ['source']],
    // amount
    ['amount absent', (i) => (i.amount = null), []],
    ['amount blank', (i) => (i.amount = ' '), []],
    ['amount negative', (i) => (i.amount = '-1'), ['amount']],
    ['amount with 3 decimals', (i) => (i.amount = '1.005'), ['amount']],
    ['amount in exponent form', (i) => (i.amount = '1e3'), ['amount']],
    ['amount with separators', (i) => (i.amount = '1,000'), ['amount']],
    ['amount as a JS number', (i) => ((i as unknown as Record<string, unknown>).amount = 12), ['amount']],
    ['amount of 16 integer digits', (i) => (i.amount = '1234567890123456'), ['amount']],
    // region
    ['region outside Hangzhou', (i) => (i.region = '北京市'), ['region']],
    ['region without its suffix', (i) => (i.region = '西湖'), ['region']],
    ['region with spaces', (i) => (i.region = ' 西湖区 '), []],
    ['region missing', (i) => ((i as unknown as Record<string, unknown>).region = undefined), ['region']],
    // occurredOn
    ['occurredOn today', (i) => (i.occurredOn = TODAY), []],
    ['occurredOn tomorrow', (i) => (i.occurredOn = '2025-07-01'), ['occurredOn']],
    ['occurredOn 1950-01-01', (i) => (i.occurredOn = '1950-01-01'), []],
    ['occurredOn 1949-12-31', (i) => (i.occurredOn = '1949-12-31'), ['occurredOn']],
    ['occurredOn not a real date', (i) => (i.occurredOn = '2025-02-29'), ['occurredOn']],
    ['occurredOn an instant', (i) => (i.occurredOn = '2025-06-01T08:00:00+08:00'), ['occurredOn']],
    ['occurredOn blank', (i) => (i.occurredOn = ''), []],
    // idempotencyKey
    ['idempotencyKey absent', (i) => (i.idempotencyKey = null), []],
    ['idempotencyKey of 7 characters', (i) => (i.idempotencyKey = 'abc1234'), ['idempotencyKey']],
    ['idempotencyKey of 8 characters', (i) => (i.idempotencyKey = 'abc12345'), []],
    ['idempotencyKey of 128 characters', (i) => (i.idempotencyKey = 'k'.repeat(128)), []],
    ['idempotencyKey of 129 characters', (i) => (i.idempotencyKey = 'k'.repeat(129)), ['idempotencyKey']],
    ['idempotencyKey with all allowed punctuation', (i) => (i.idempotencyKey = 'A-z_0.9:x'), []],
    ['idempotencyKey with a space', (i) => (i.idempotencyKey = 'abc 12345'), ['idempotencyKey']],
    ['idempotencyKey with a slash', (i) => (i.idempotencyKey = 'abc/12345'), ['idempotencyKey']],
    ['idempotencyKey in Chinese', (i) => (i.idempotencyKey = '幂等键幂等键幂等键'), ['idempotencyKey']],
    // parties: the list
    ['no parties', (i) => (i.parties = []), ['parties']],
    ['parties not a list', (i) => ((i as unknown as Record<string, unknown>).parties = { 0: neighbourDispute().parties[0] }), ['parties']],
    ['parties missing', (i) => delete (i as Partial<RegisterInputLike>).parties, ['parties']],
    ['no applicant', (i) => (party(i, 0).role = 'THIRD_PARTY'), ['parties']],
    ['two applicants', (i) => (party(i, 1).role = 'APPLICANT'), []],
    ['50 parties', (i) => (i.parties = [...i.parties, ...Array.from({ length: 48 }, (_, n) => ({ role: 'THIRD_PARTY', kind: 'PERSON', name: `证人${n}` }))]), []],
    ['51 parties', (i) => (i.parties = [...i.parties, ...Array.from({ length: 49 }, (_, n) => ({ role: 'THIRD_PARTY', kind: 'PERSON', name: `证人${n}` }))]), ['parties']],
    ['a party that is null', (i) => ((i.parties as unknown[])[1] = null), ['parties.1']],
    ['a party that is a string', (i) => ((i.parties as unknown[])[0] = 'APPLICANT'), ['parties.0', 'parties']],
    // parties: role, kind, name
    ['unknown role', (i) => (party(i, 1).role = 'WITNESS'), ['parties.1.role']],
    ['unknown kind', (i) => (party(i, 1).kind = 'COMPANY'), ['parties.1.kind']],
    ['name blank', (i) => (party(i, 0).name = '   '), ['parties.0.name']],
    ['name of 100 characters', (i) => (party(i, 0).name = '名'.repeat(100)), []],
    ['name of 101 characters', (i) => (party(i, 0).name = '名'.repeat(101)), ['parties.0.name']],
    ['name with a tab', (i) => (party(i, 0).name = '王\t某'), ['parties.0.name']],
    // parties: ids
    ['resident ID with a wrong check digit', (i) => (party(i, 0).idNumber = wrongCheckChar(WANG_ID)), ['parties.0.idNumber']],
    ['resident ID born after today', (i) => (party(i, 1).idNumber = makeResidentId('33010520250701123')), ['parties.1.idNumber']],
    ['resident ID of 17 digits', (i) => (party(i, 1).idNumber = LI_ID.slice(0, 17)), ['parties.1.idNumber']],
    ['resident ID given for a person explicitly', (i) => (party(i, 1).idType = 'RESIDENT_ID'), []],
    ['USCC for a person', (i) => Object.assign(party(i, 1), { idType: 'USCC', idNumber: WINNER_USCC }), ['parties.1.idType']],
    ['USCC for a person, defaulted type', (i) => (party(i, 1).idNumber = WINNER_USCC), ['parties.1.idNumber']],
    ['resident ID for an organization', (i) => Object.assign(party(i, 1), { kind: 'ORGANIZATION', idType: 'RESIDENT_ID' }), ['parties.1.idType']],
    ['resident ID for an organization, defaulted type', (i) => (party(i, 1).kind = 'ORGANIZATION'), ['parties.1.idNumber']],
    ['USCC with a wrong check character', (i) => Object.assign(party(i, 1), { kind: 'ORGANIZATION', idNumber: wrongCheckChar(WINNER_USCC) }), ['parties.1.idNumber']],
    ['unknown idType', (i) => (party(i, 1).idType = 'DRIVING_LICENSE'), ['parties.1.idType']],
    ['passport', (i) => Object.assign(party(i, 1), { idType: 'PASSPORT', idNumber: 'E12345678' }), []],
    ['HK/Macao permit with a dash', (i) => Object.assign(party(i, 1), { idType: 'HK_MACAO_PERMIT', idNumber: 'H1234-5678' }), []],
    ['passport of 4 characters', (i) => Object.assign(party(i, 1), { idType: 'PASSPORT', idNumber: 'E123' }), ['parties.1.idNumber']],
    ['passport of 30 characters', (i) => Object.assign(party(i, 1), { idType: 'PASSPORT', idNumber: 'E'.repeat(30) }), []],
    ['passport of 31 characters', (i) => Object.assign(party(i, 1), { idType: 'PASSPORT', idNumber: 'E'.repeat(31) }), ['parties.1.idNumber']],
    ['passport with a space inside', (i) => Object.assign(party(i, 1), { idType: 'OTHER', idNumber: 'E 1234567' }), ['parties.1.idNumber']],
    ['permit with Chinese characters', (i) => Object.assign(party(i, 1), { idType: 'TAIWAN_PERMIT', idNumber: '台胞证12345' }), ['parties.1.idNumber']],
    ['foreign permanent resident ID for an organization', (i) => Object.assign(party(i, 1), { kind: 'ORGANIZATION', idType: 'FOREIGN_PERMANENT_RESIDENT_ID', idNumber: 'USA330112345678' }), []],
    ['idType without a number', (i) => Object.assign(party(i, 1), { idType: 'PASSPORT', idNumber: null }), []],
    ['id number of 65 characters', (i) => (party(i, 1).idNumber = '1'.repeat(65)), ['parties.1.idNumber']],
    ['id number not a string', (i) => ((party(i, 1) as Record<string, unknown>).idNumber = 330105198504123), ['parties.1.idNumber']],
    ['duplicate id number (other case)', (i) => (party(i, 1).idNumber = WANG_ID.toLowerCase()), ['parties.1.idNumber']],
    [
      'duplicate passport',
      (i) =>
        (i.parties = [
          ...i.parties,
          { role: 'THIRD_PARTY', kind: 'PERSON', name: 'A', idType: 'PASSPORT', idNumber: 'E1234567' },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: 'B', idType: 'PASSPORT', idNumber: 'e1234567' },
        ]),
      ['parties.3.idNumber'],
    ],
    // parties: phone, address
    ['phone invalid', (i) => (party(i, 0).phone = '12345678901'), ['parties.0.phone']],
    ['phone with letters', (i) => (party(i, 0).phone = '138-abcd-5678'), ['parties.0.phone']],
    ['phone as a number', (i) => ((party(i, 0) as Record<string, unknown>).phone = 13812345678), ['parties.0.phone']],
    ['landline with extension', (i) => (party(i, 1).phone = '0571-87654321-123'), []],
    ['phone blank', (i) => (party(i, 1).phone = '  '), []],
    ['address of 300 characters', (i) => (party(i, 0).address = '址'.repeat(300)), []],
    ['address of 301 characters', (i) => (party(i, 0).address = '址'.repeat(301)), ['parties.0.address']],
    ['address with a line break', (i) => (party(i, 0).address = '杭州市\n西湖区'), ['parties.0.address']],
    // applicationData without a matter
    ['free applicationData', (i) => (i.applicationData = { note: '现场已拍照', rooms: [201, 301], flags: { urgent: true, visited: null } }), []],
    ['free applicationData an array', (i) => (i.applicationData = [1, 2]), ['applicationData']],
    ['free applicationData a string', (i) => (i.applicationData = '{}'), ['applicationData']],
    ['free applicationData with 50 keys', (i) => (i.applicationData = Object.fromEntries(Array.from({ length: 50 }, (_, n) => [`k${n}`, n]))), []],
    ['free applicationData with 51 keys', (i) => (i.applicationData = Object.fromEntries(Array.from({ length: 51 }, (_, n) => [`k${n}`, n]))), ['applicationData']],
    ['free applicationData value of 10 KB', (i) => (i.applicationData = { big: 'a'.repeat(10 * 1024 - 2) }), []],
    ['free applicationData value over 10 KB', (i) => (i.applicationData = { big: 'a'.repeat(10 * 1024 - 1) }), ['applicationData.big']],
    ['free applicationData value over 10 KB in UTF-8', (i) => (i.applicationData = { big: '杭'.repeat(4000) }), ['applicationData.big']],
    ['free applicationData large array', (i) => (i.applicationData = { big: Array.from({ length: 20_000 }, () => 0) }), ['applicationData.big']],
    ['free applicationData with undefined', (i) => (i.applicationData = { a: 1, b: undefined }), ['applicationData.b']],
    ['free applicationData with a function', (i) => (i.applicationData = { f: () => 1 }), ['applicationData.f']],
    ['free applicationData with a Date', (i) => (i.applicationData = { d: new Date() }), ['applicationData.d']],
    ['free applicationData with NaN', (i) => (i.applicationData = { n: [NaN] }), ['applicationData.n']],
    ['free applicationData with a bigint', (i) => (i.applicationData = { n: 1n }), ['applicationData.n']],
    ['free applicationData with a NUL', (i) => (i.applicationData = { s: { t: 'a\u0000b' } }), ['applicationData.s']],
    ['free applicationData with a NUL key', (i) => (i.applicationData = { s: { 'a\u0000': 1 } }), ['applicationData.s']],
    ['free applicationData with an empty key', (i) => (i.applicationData = { '': 1 }), ['applicationData.']],
    ['free applicationData nested too deep', (i) => (i.applicationData = { deep: JSON.parse('['.repeat(30) + ']'.repeat(30)) }), ['applicationData.deep']],
  ];

  it.each(rows)('%s', (_name, patch, expected) => {
    const r = run(withPatch(patch));
    expect(fields(r)).toEqual(expected);
    expect(r.value === null).toBe(expected.length > 0);
  });

  it('reports every problem at once, in input order', () => {
    const r = run({
      title: 'x',
      facts: '',
      category: 'NOISE',
      amount: '-5',
      region: '上海市',
      source: 'FAX',
      occurredOn: '2099-01-01',
      parties: [
        { role: 'RESPONDENT', kind: 'PERSON', name: '', idNumber: wrongCheckChar(WANG_ID), phone: '1' },
        { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '某公司', idType: 'RESIDENT_ID', idNumber: LI_ID, address: 'a'.repeat(301) },
      ],
      applicationData: 'x',
      idempotencyKey: 'short',
    });
    expect(fields(r)).toEqual([
      'title',
      'facts',
      'category',
      'amount',
      'region',
      'source',
      'occurredOn',
      'parties.0.name',
      'parties.0.idNumber',
      'parties.0.phone',
      'parties.1.idType',
      'parties.1.address',
      'parties',
      'applicationData',
      'idempotencyKey',
    ]);
    expect(r.value).toBeNull();
    const C = FieldErrorCode;
    expect(r.errors.map((e) => e.code)).toEqual([
      C.TOO_SHORT,
      C.REQUIRED,
      C.INVALID,
      C.INVALID_AMOUNT,
      C.UNKNOWN_REGION,
      C.INVALID,
      C.INVALID,
      C.REQUIRED,
      C.INVALID_ID_NUMBER,
      C.INVALID_PHONE,
      C.INVALID,
      C.TOO_LONG,
      C.REQUIRED,
      C.INVALID_FORMAT,
      C.INVALID_FORMAT,
    ]);
    expect(r.errors.every((e) => e instanceof FieldError && /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
  });

  it('uses Chinese messages with a stable code', () => {
    const r = run(withPatch((i) => (i.parties = [])));
    expect(r.errors).toEqual([new FieldError('parties', '至少需要一名申请人', FieldErrorCode.REQUIRED)]);
    const dup = run(withPatch((i) => (party(i, 1).idNumber = WANG_ID)));
    expect(dup.errors).toEqual([new FieldError('parties.1.idNumber', '与 parties.0 的证件号码重复', FieldErrorCode.TAKEN)]);
    const person = run(withPatch((i) => Object.assign(party(i, 1), { idType: 'USCC', idNumber: WINNER_USCC })));
    expect(person.errors[0]).toMatchObject({ field: 'parties.1.idType', code: FieldErrorCode.INVALID, message: '自然人不能以统一社会信用代码作为证件' });
    const uscc = run(withPatch((i) => Object.assign(party(i, 1), { kind: 'ORGANIZATION', idType: 'USCC', idNumber: wrongCheckChar(WINNER_USCC) })));
    expect(uscc.errors[0]).toMatchObject({ field: 'parties.1.idNumber', code: FieldErrorCode.INVALID_CREDIT_CODE });
  });
});

describe('validateIntake — normalization', () => {
  it('defaults idType from the kind, and drops it without a number', () => {
    const { value } = run(
      withPatch((i) => {
        i.parties.push({ role: 'THIRD_PARTY', kind: 'ORGANIZATION', name: '物业公司', idNumber: WINNER_USCC.toLowerCase() });
        i.parties.push({ role: 'THIRD_PARTY', kind: 'PERSON', name: '张某', idType: 'PASSPORT', idNumber: '  ' });
        i.parties.push({ role: 'THIRD_PARTY', kind: 'PERSON', name: 'John', idType: 'PASSPORT', idNumber: ' e1234567 ' });
      }),
    );
    expect(value?.parties.map((p) => [p.idType, p.idNumber])).toEqual([
      ['RESIDENT_ID', WANG_ID],
      ['RESIDENT_ID', LI_ID],
      ['USCC', WINNER_USCC],
      [null, null],
      ['PASSPORT', 'E1234567'],
    ]);
  });

  it('trims, normalizes amounts, phones, dates and blank optionals', () => {
    const { errors, value } = run(
      withPatch((i) => {
        i.title = '\u3000楼上漏水纠纷\u3000';
        i.amount = ' 012.5 ';
        i.region = ' 西湖区';
        i.occurredOn = ' 2025-05-20 ';
        i.idempotencyKey = ' walkin-20250630-0001 ';
        party(i, 0).phone = '+86-13812345678';
        party(i, 1).phone = '057187654321';
        party(i, 1).address = '   ';
      }),
    );
    expect(errors).toEqual([]);
    expect(value).toMatchObject({ title: '楼上漏水纠纷', amount: '12.50', region: '西湖区', occurredOn: '2025-05-20', idempotencyKey: 'walkin-20250630-0001' });
    expect(value?.parties[0].phone).toBe('13812345678');
    expect(value?.parties[1]).toMatchObject({ phone: '0571-87654321', address: null });
  });

  it('is idempotent: a normalized intake validates to itself', () => {
    const first = run(procurementComplaint(), PROCUREMENT).value!;
    const second = run(first, PROCUREMENT);
    expect(second.errors).toEqual([]);
    expect(second.value).toEqual(first);
  });

  it('copies free applicationData, so later changes to the input do not leak in', () => {
    const data = { list: [1, { a: 'b' }] };
    const { value } = run(withPatch((i) => (i.applicationData = data)));
    (data.list[1] as Record<string, string>).a = 'changed';
    expect(value?.applicationData).toEqual({ list: [1, { a: 'b' }] });
  });

  it('keeps a "__proto__" key of free applicationData as data', () => {
    const { value } = run(withPatch((i) => (i.applicationData = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}'))));
    expect(Object.getPrototypeOf(value!.applicationData)).toBe(Object.prototype);
    expect(Object.keys(value!.applicationData!)).toEqual(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// ---------------------------------------------------------------- never throws

const stringUnits = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary-ascii' }), fc.string());
const enumish = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), stringUnits);
const wild = fc.oneof(stringUnits, fc.constant(null), fc.constant(undefined), fc.anything());
const matters = fc.constantFrom<IntakeMatter | null | undefined>(undefined, null, PROCUREMENT, matter('PEOPLES-MEDIATION'), matter('LAND-OWNERSHIP'));

function checkResult(r: ReturnType<typeof validateIntake>): void {
  expect(Array.isArray(r.errors)).toBe(true);
  expect(r.value === null).toBe(r.errors.length > 0);
  for (const e of r.errors) {
    expect(e).toBeInstanceOf(FieldError);
    expect(typeof e.field).toBe('string');
    expect(typeof e.message).toBe('string');
  }
  // The catch-all is for exotic objects only: plain data never reaches it.
  expect(r.errors.map((e) => e.field)).not.toContain(UNREADABLE_INPUT_FIELD);
}

describe('validateIntake — robustness (fast-check)', () => {
  it('never throws on arbitrary input shapes', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withBigInt: true, withSparseArray: true }), matters, (input, m) => {
        checkResult(validateIntake(input as RegisterInputLike, m, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings in every field', () => {
    const partyArb = fc.record(
      {
        role: enumish(['APPLICANT', 'RESPONDENT', 'THIRD_PARTY']),
        kind: enumish(['PERSON', 'ORGANIZATION']),
        name: stringUnits,
        idType: enumish(['RESIDENT_ID', 'USCC', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID', 'OTHER']),
        idNumber: fc.oneof(stringUnits, fc.constantFrom(WANG_ID, LI_ID, SUPPLIER_USCC, CENTER_USCC)),
        phone: stringUnits,
        address: stringUnits,
      },
      { requiredKeys: [] },
    );
    const inputArb = fc.record(
      {
        title: stringUnits,
        facts: stringUnits,
        category: enumish(['GOVERNMENT_PROCUREMENT', 'NEIGHBORHOOD', 'CONTRACT']),
        matterCode: stringUnits,
        amount: stringUnits,
        region: enumish(KNOWN_REGIONS),
        source: enumish(['WALK_IN', 'ONLINE', 'COURT']),
        occurredOn: stringUnits,
        applicationData: fc.oneof(
          fc.dictionary(stringUnits, fc.oneof(stringUnits, fc.jsonValue())),
          fc.dictionary(fc.constantFrom(...PROCUREMENT.applicationForm.fields.map((f) => f.key)), stringUnits),
        ),
        parties: fc.array(partyArb, { maxLength: 6 }),
        idempotencyKey: stringUnits,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(inputArb, matters, stringUnits, (input, m, today) => {
        checkResult(validateIntake(input as RegisterInputLike, m, TODAY));
        checkResult(validateIntake(input as RegisterInputLike, m, today)); // even a garbage `today`
      }),
      { numRuns: 300 },
    );
  });

  it('never throws with nulls and wrong types in any field of a valid intake', () => {
    const base = procurementComplaint() as unknown as Record<string, unknown>;
    const partyKeys = ['role', 'kind', 'name', 'idType', 'idNumber', 'phone', 'address'];
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), wild, fc.nat({ max: 3 }), fc.constantFrom(...partyKeys), wild, (key, v, pi, pkey, pv) => {
        const input = { ...base, [key]: v } as unknown as RegisterInputLike;
        checkResult(validateIntake(input, PROCUREMENT, TODAY));
        const withParty = procurementComplaint();
        (withParty.parties[pi] as unknown as Record<string, unknown>)[pkey] = pv;
        checkResult(validateIntake(withParty, PROCUREMENT, TODAY));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['huge title', () => withPatch((i) => (i.title = '题'.repeat(5_000_000)))],
    ['huge facts', () => withPatch((i) => (i.facts = '\n'.repeat(5_000_000)))],
    ['huge spaces', () => withPatch((i) => (i.region = ' '.repeat(5_000_000)))],
    ['huge id', () => withPatch((i) => (party(i, 0).idNumber = '3'.repeat(5_000_000)))],
    ['huge amount', () => withPatch((i) => (i.amount = '9'.repeat(5_000_000)))],
    ['huge key', () => withPatch((i) => (i.idempotencyKey = 'k'.repeat(5_000_000)))],
    ['huge party list', () => withPatch((i) => (i.parties = Array.from({ length: 1_000_000 }, () => i.parties[0])))],
    ['huge free data', () => withPatch((i) => (i.applicationData = { a: Array.from({ length: 1_000_000 }, () => 'x') }))],
    ['many free keys', () => withPatch((i) => (i.applicationData = Object.fromEntries(Array.from({ length: 100_000 }, (_, n) => [`k${n}`, n]))))],
    [
      'deep free data',
      () =>
        withPatch((i) => {
          let d: unknown = 1;
          for (let n = 0; n < 100_000; n++) d = [d];
          i.applicationData = { d };
        }),
    ],
    [
      'cyclic free data',
      () =>
        withPatch((i) => {
          const c: Record<string, unknown> = {};
          c.self = c;
          i.applicationData = { c };
        }),
    ],
  ])('fails fast and cleanly on %s', (_name, make) => {
    const input = make();
    const r = run(input);
    expect(r.errors.length).toBeGreaterThan(0);
    checkResult(r);
  });

  it('turns a throwing getter into an error instead of an exception', () => {
    const input = neighbourDispute();
    Object.defineProperty(input, 'title', {
      get: () => {
        throw new Error('boom');
      },
    });
    expect(run(input)).toEqual({ errors: [new FieldError(UNREADABLE_INPUT_FIELD, '无法读取', FieldErrorCode.INVALID_FORMAT)], value: null });
  });
});

// ---------------------------------------------------------------- fingerprint

describe('intakeFingerprint', () => {
  const fp = (input: RegisterInputLike, m?: IntakeMatter) => {
    const { errors, value } = run(input, m);
    expect(errors).toEqual([]);
    return intakeFingerprint(value!);
  };

  it('is a sha256 hex digest, stable across calls', () => {
    const a = fp(procurementComplaint(), PROCUREMENT);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(fp(procurementComplaint(), PROCUREMENT)).toBe(a);
  });

  it('is equal for inputs differing only in whitespace, case of ids and number formats', () => {
    const plain = neighbourDispute();
    const sloppy = withPatch((i) => {
      i.title = `  ${i.title}\t`;
      i.facts = `\n${i.facts}  `;
      i.amount = '3500.0';
      i.region = ` ${i.region} `;
      party(i, 0).idNumber = ` ${WANG_ID.toLowerCase()} `;
      party(i, 0).phone = '+86 13812345678';
      party(i, 0).name = ' 王某 ';
      party(i, 1).idType = 'RESIDENT_ID';
      party(i, 1).address = `${party(i, 1).address}   `;
    });
    expect(fp(sloppy)).toBe(fp(plain));

    const procurement = procurementComplaint();
    const tidy = run(procurement, PROCUREMENT).value!;
    expect(fp(procurement, PROCUREMENT)).toBe(intakeFingerprint(tidy));
  });

  it('ignores the idempotency key and the key order of applicationData', () => {
    const a = withPatch((i) => (i.applicationData = { x: 1, y: { p: 1, q: [2, 3] } }));
    const b = withPatch((i) => {
      i.applicationData = { y: { q: [2, 3], p: 1 }, x: 1 };
      i.idempotencyKey = 'another-key-123';
    });
    expect(fp(a)).toBe(fp(b));
  });

  it.each<[string, (i: RegisterInputLike) => void]>([
    ['a fact', (i) => (i.facts += '补充：物业已到场查看。')],
    ['one character of a fact', (i) => (i.facts = i.facts.replace('多次', '数次'))],
    ['the title', (i) => (i.title = '楼上漏水纠纷（二）')],
    ['the amount', (i) => (i.amount = '3500.01')],
    ['the region', (i) => (i.region = '上城区')],
    ['the occurrence date', (i) => (i.occurredOn = '2025-05-21')],
    ['a party id', (i) => (party(i, 1).idNumber = makeResidentId('33010519850412322'))],
    ['a party role', (i) => (party(i, 1).role = 'THIRD_PARTY')],
    ['the party order', (i) => i.parties.reverse()],
    ['the application data', (i) => (i.applicationData = { note: 'x' })],
    ['the source', (i) => (i.source = 'HOTLINE')],
  ])('differs when %s changes', (_name, patch) => {
    expect(fp(withPatch(patch))).not.toBe(fp(neighbourDispute()));
  });

  it('distinguishes null from an empty string-like value', () => {
    const base = run(neighbourDispute()).value!;
    expect(intakeFingerprint({ ...base, amount: null })).not.toBe(intakeFingerprint({ ...base, amount: '0.00' }));
    expect(intakeFingerprint({ ...base, applicationData: null })).not.toBe(intakeFingerprint({ ...base, applicationData: {} }));
  });
});
