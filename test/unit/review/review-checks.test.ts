import { Channel, DeadlineKind, DisputeEventType, DocumentKind, DocumentStatus, OutcomeKind, ReviewCheckCode, ReviewCheckStatus, ServiceEvidenceKind, ServiceMethod } from '../../../src/core/enums';
import type { ClockRule } from '../../../src/modules/clock';
import { computeChecks, SHIPPED_CHECKLIST, type FileFacts } from '../../../src/modules/review';
import { officialCalendar } from '../clock/fixtures';

const cal = officialCalendar();
const RULE: ClockRule = { amount: 60, unit: 'CALENDAR_DAYS', startsFrom: 'RECEIPT', extensible: true, maxExtension: 30, legalBasis: '《土地管理法》', action: '作出处理决定' };

/** A land-ownership adjudication concluded 2026-06-10 (received 2026-03-02, 60 days, extended 30). */
function facts(over: Partial<FileFacts> = {}): FileFacts {
  return {
    proceedingId: 'p1',
    disputeId: 'd1',
    disputeCode: 'HZ2026-000001',
    organizationId: 'o1',
    channel: Channel.ADJUDICATION,
    matterCode: 'LAND-OWNERSHIP',
    outcome: OutcomeKind.DECISION,
    outcomeDocumentNumber: null,
    receivedOn: '2026-03-02',
    acceptedOn: '2026-03-03',
    concludedOn: '2026-05-20',
    documents: [
      { id: 'a', kind: DocumentKind.ACCEPTANCE_NOTICE, number: '杭规受〔2026〕1号', status: DocumentStatus.ISSUED, issuedOn: '2026-03-03', recipientCount: 0, recipientIds: [], parts: null },
      { id: 'b', kind: DocumentKind.ANSWER_NOTICE, number: '杭规答〔2026〕1号', status: DocumentStatus.ISSUED, issuedOn: '2026-03-04', recipientCount: 1, recipientIds: ['r'], parts: null },
      {
        id: 'c',
        kind: DocumentKind.DECISION,
        number: '杭规决〔2026〕1号',
        status: DocumentStatus.ISSUED,
        issuedOn: '2026-05-20',
        recipientCount: 1,
        recipientIds: ['r'],
        parts: {
          claims: '确认山林权属',
          factsAndEvidence: '经查',
          legalBasis: '《土地管理法》第十四条',
          outcome: '确认',
          performance: '无需履行',
          remedyNotice: '如不服',
          court: '杭州市富阳区人民法院',
        },
      },
    ],
    services: [
      {
        documentId: 'b',
        documentKind: DocumentKind.ANSWER_NOTICE,
        documentNumber: '杭规答〔2026〕1号',
        partyId: 'r',
        method: ServiceMethod.LEFT_AT_RESIDENCE,
        servedOn: '2026-03-05',
        completedOn: '2026-03-05',
        evidenceKinds: [],
      },
      {
        documentId: 'c',
        documentKind: DocumentKind.DECISION,
        documentNumber: '杭规决〔2026〕1号',
        partyId: 'r',
        method: ServiceMethod.POSTAL,
        servedOn: '2026-05-22',
        completedOn: '2026-05-22',
        evidenceKinds: [ServiceEvidenceKind.POSTAL_RECEIPT],
      },
    ],
    clocks: [{ id: 'h', kind: DeadlineKind.HANDLING, startOn: '2026-03-02', dueOn: '2026-05-31', metOn: '2026-05-20', extended: 30, open: false, rule: RULE, pauses: [] }],
    extensions: [{ amount: 30, on: '2026-05-08', at: new Date('2026-05-08T02:00:00Z') }],
    events: [{ seq: '41', type: DisputeEventType.EXTENDED, on: '2026-05-08', data: null }],
    ...over,
  };
}

const by = (f: FileFacts, code: ReviewCheckCode) => computeChecks(f, SHIPPED_CHECKLIST, cal, '2026-06-30').find((c) => c.code === code)!;

describe('automatic checks', () => {
  it('an extension approved after the clock ran out fails, with the due date it had and the approval date', () => {
    const c = by(facts(), ReviewCheckCode.EXTENSIONS_IN_TIME);
    // 60 calendar days from 2026-03-02 (first day not counted) end on 2026-05-01, in the Labour Day holiday: the first working day after it
    expect(c.status).toBe(ReviewCheckStatus.FAIL);
    expect(c.suggestedDeduction).toBe(5);
    expect(c.evidence.dates).toEqual([
      { label: '第 1 次延期前的届满日', on: '2026-05-06' },
      { label: '第 1 次延期批准', on: '2026-05-08' },
    ]);
    expect(c.evidence.summary).toBe('第 1 次延期于 2026-05-08 批准，已过届满日 2026-05-06');
    expect(c.evidence.events).toEqual([{ seq: '41', type: DisputeEventType.EXTENDED, on: '2026-05-08' }]);
  });

  it('an extension approved in time passes (on the holiday-rolled due date too)', () => {
    const c = by(facts({ extensions: [{ amount: 30, on: '2026-05-06', at: new Date('2026-05-06T02:00:00Z') }] }), ReviewCheckCode.EXTENSIONS_IN_TIME);
    expect(c.status).toBe(ReviewCheckStatus.PASS);
  });

  it('留置 without a witness or photos fails its own check (and is not counted again under the proof of service)', () => {
    expect(by(facts(), ReviewCheckCode.LEFT_AT_RESIDENCE_RECORD)).toMatchObject({
      status: ReviewCheckStatus.FAIL,
      itemCode: 'S_LEFT_WITHOUT_RECORD',
      suggestedDeduction: 10,
      evidence: { services: [expect.objectContaining({ documentNumber: '杭规答〔2026〕1号', missingKinds: [ServiceEvidenceKind.PHOTO_OR_VIDEO] })] },
    });
    expect(by(facts(), ReviewCheckCode.SERVICE_PROOF).status).toBe(ReviewCheckStatus.PASS);
  });

  it('a served document with a recipient but no service record fails the proof of service', () => {
    const f = facts({ services: facts().services.filter((s) => s.documentId !== 'c') });
    const c = by(f, ReviewCheckCode.SERVICE_PROOF);
    expect(c.status).toBe(ReviewCheckStatus.FAIL);
    expect(c.evidence.summary).toBe('杭规决〔2026〕1号 有 1 名受送达人无送达回证');
  });

  it('the decision: every part, the article, the remedy with the court named (the land rule allows litigation only)', () => {
    expect(by(facts(), ReviewCheckCode.DECISION_PARTS).status).toBe(ReviewCheckStatus.PASS);
    expect(by(facts(), ReviewCheckCode.LEGAL_BASIS_ARTICLE).status).toBe(ReviewCheckStatus.PASS);
    const noArticle = facts();
    noArticle.documents[2] = { ...noArticle.documents[2], parts: { ...noArticle.documents[2].parts, legalBasis: '依据土地管理法', performance: '' } };
    expect(by(noArticle, ReviewCheckCode.LEGAL_BASIS_ARTICLE)).toMatchObject({ status: ReviewCheckStatus.FAIL, suggestedDeduction: 2 });
    expect(by(noArticle, ReviewCheckCode.DECISION_PARTS)).toMatchObject({ status: ReviewCheckStatus.FAIL, evidence: { missing: ['履行方式和期限'] } });
  });

  it('dates out of order: a decision issued before acceptance and a service before its document', () => {
    const f = facts({ acceptedOn: '2026-05-21' });
    const c = by(f, ReviewCheckCode.DATE_ORDER);
    expect(c.status).toBe(ReviewCheckStatus.FAIL);
    expect(c.evidence.summary).toContain('办结早于受理');
    expect(c.evidence.summary).toContain('杭规决〔2026〕1号 早于受理');
  });

  it('handlers: none recorded is 未记录; the staff module’s rows decide when there are some', () => {
    expect(by(facts(), ReviewCheckCode.TWO_HANDLERS).status).toBe(ReviewCheckStatus.NOT_RECORDED);
    expect(by(facts(), ReviewCheckCode.HANDLERS_QUALIFIED).status).toBe(ReviewCheckStatus.NOT_RECORDED);
    const staffed = computeChecks(facts(), SHIPPED_CHECKLIST, cal, '2026-06-30', { count: 2, qualified: false, issues: ['承办人中应至少有 1 名具有法律职业资格'] });
    expect(staffed.find((c) => c.code === ReviewCheckCode.TWO_HANDLERS)!.status).toBe(ReviewCheckStatus.PASS);
    expect(staffed.find((c) => c.code === ReviewCheckCode.HANDLERS_QUALIFIED)).toMatchObject({
      status: ReviewCheckStatus.FAIL,
      vetoCode: 'V_STAFF_NOT_QUALIFIED',
      evidence: { summary: '承办人中应至少有 1 名具有法律职业资格' },
    });
  });

  it('a clock still open after its due date is missed as of the campaign’s start', () => {
    const f = facts({ clocks: [{ id: 's', kind: DeadlineKind.SERVICE, startOn: '2026-05-20', dueOn: '2026-05-27', metOn: null, extended: 0, open: true, rule: RULE, pauses: [] }] });
    expect(by(f, ReviewCheckCode.CLOCK_SERVICE)).toMatchObject({
      status: ReviewCheckStatus.FAIL,
      evidence: { summary: '文书送达期限超期：应于 2026-05-27 前完成，至 2026-06-30 仍未完成', clocks: [{ kind: DeadlineKind.SERVICE, dueOn: '2026-05-27', metOn: null }] },
    });
  });
});
