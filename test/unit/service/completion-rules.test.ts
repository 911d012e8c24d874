/**
 * When service is complete, by method (民事诉讼法 2023 arts 85, 87–95, 283), on the clock
 * engine and the hub's own calendar data (seeds/holidays.ts: the chinese-days schedules the
 * hub loads at seed time).
 *
 * 2026 facts used below (deadlines.md "Check values", confirmed in the data):
 * - National Day: 10-01..10-07 are holidays; 10-08 (Thursday) is a working day again;
 *   09-20 (Sunday) and 10-10 (Saturday) are make-up working days.
 * - Spring Festival: 02-15..02-23 are holidays; 02-24 (Tuesday) is a working day.
 * - Labour Day: 05-01..05-05 are holidays; 05-06 (Wednesday) is a working day.
 * - 2027 has no official schedule in the data: dates there are provisional.
 */
import { computeDeadline, WorkCalendar } from '../../../src/modules/clock';
import { DeadlineKind, PartyRole, ServiceEvidenceKind, ServiceMethod } from '../../../src/core/enums';
import { officialSchedulesFromChineseDays } from '../../../seeds/holidays';
import { MATTERS } from '../../../seeds/data/matters';
import { wordsFor } from '../../../src/modules/document/document-templates.data';
import {
  ANSWER_LIMITS,
  answerClockRule,
  answerLimitFor,
  completionBasis,
  completionOf,
  EVIDENCE_RULES,
  PUBLIC_NOTICE_DAYS,
  PUBLIC_NOTICE_DAYS_ABROAD,
  publicNoticeRule,
  serviceClockRule,
} from '../../../src/modules/service';
import { answerClockId, derivedClockId, serviceClockId } from '../../../src/modules/service/service.service';

const calendar = new WorkCalendar(officialSchedulesFromChineseDays());

describe('the calendar data the figures rely on', () => {
  it('has the 2026 National Day block 10-01..10-07, 10-08 a working day and 10-10 a make-up Saturday', () => {
    for (const d of ['2026-10-01', '2026-10-04', '2026-10-07']) expect(calendar.isWorkingDay(d)).toBe(false);
    expect(calendar.isWorkingDay('2026-10-08')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false);
    expect(calendar.isOfficial(2026)).toBe(true);
    expect(calendar.isOfficial(2027)).toBe(false);
  });
});

describe('public notice (公告送达): 30 days after publication, 60 abroad, first day not counted, a holiday end rolled forward', () => {
  const notice = (servedOn: string, abroad = false) => completionOf(calendar, { method: ServiceMethod.PUBLIC_NOTICE, servedOn, abroad });

  it.each([
    // published   +30 days      ends on                      complete
    ['2026-09-08', '2026-10-08', 'a Thursday, working day after the National Day block: no roll', '2026-10-08'],
    ['2026-09-01', '2026-10-01', 'National Day (holiday)', '2026-10-08'],
    ['2026-09-07', '2026-10-07', 'the last day of the National Day block', '2026-10-08'],
    ['2026-09-10', '2026-10-10', 'a Saturday that is a make-up working day: no roll', '2026-10-10'],
    ['2026-09-11', '2026-10-11', 'a Sunday', '2026-10-12'],
    ['2026-01-16', '2026-02-15', 'the first day of the Spring Festival block', '2026-02-24'],
  ])('published %s: +30 days = %s (%s) → complete %s', (published, plain, _why, complete) => {
    const c = notice(published);
    expect(c).toMatchObject({ completedOn: complete, provisional: false });
    // The 30th day after publication, the day of publication not counted.
    expect(plain).toBe(new Date(Date.parse(`${published}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10));
  });

  it.each([
    ['2026-08-03', '2026-10-02 (National Day)', '2026-10-08'],
    ['2026-03-02', '2026-05-01 (Labour Day, block 05-01..05-05)', '2026-05-06'],
    ['2026-07-06', '2026-09-04 (a Friday, working day)', '2026-09-04'],
  ])('a party abroad: published %s, +60 days = %s → complete %s', (published, _plain, complete) => {
    expect(notice(published, true)).toMatchObject({ completedOn: complete, provisional: false });
  });

  it('abroad doubles the period: the same publication completes later', () => {
    expect(notice('2026-07-06').completedOn).toBe('2026-08-05');
    expect(notice('2026-07-06', true).completedOn).toBe('2026-09-04');
  });

  it('an end in a year without an official schedule is provisional (2026-12-15 + 30 = 2027-01-14)', () => {
    expect(notice('2026-12-15')).toMatchObject({ completedOn: '2027-01-14', provisional: true });
  });

  it('is the clock engine’s own count (CALENDAR_DAYS, rolled forward)', () => {
    const rule = publicNoticeRule(false);
    expect(rule).toMatchObject({ amount: PUBLIC_NOTICE_DAYS, unit: 'CALENDAR_DAYS', startsFrom: 'NOTICE_PUBLISHED' });
    expect(publicNoticeRule(true).amount).toBe(PUBLIC_NOTICE_DAYS_ABROAD);
    for (const d of ['2026-01-05', '2026-04-20', '2026-06-01', '2026-09-01', '2026-11-30']) {
      expect(notice(d).completedOn).toBe(computeDeadline(calendar, { rule, start: d, pauses: [], extended: 0 }, d).dueOn);
    }
  });

  it('states the rule with its articles', () => {
    expect(notice('2026-09-08').basis).toContain('第九十五条');
    expect(notice('2026-09-08', true).basis).toContain('第二百八十三条');
    expect(completionBasis(ServiceMethod.PUBLIC_NOTICE, false)).toContain('经过 30 日');
    expect(completionBasis(ServiceMethod.PUBLIC_NOTICE, true)).toContain('经过 60 日');
  });
});

describe('the other methods complete on the act’s own date, holiday or not', () => {
  it.each([
    [ServiceMethod.DIRECT, '2026-03-10', '第八十七条'],
    [ServiceMethod.ENTRUSTED, '2026-03-10', '第八十七条'],
    [ServiceMethod.LEFT_AT_RESIDENCE, '2026-03-14', '第八十九条'], // a Saturday
    [ServiceMethod.ELECTRONIC, '2026-10-03', '第九十条'], // reached the recipient's system during the National Day holiday
    [ServiceMethod.POSTAL, '2026-02-16', '第九十一条'], // the postal receipt's date, inside the Spring Festival
  ])('%s on %s', (method, servedOn, article) => {
    const c = completionOf(calendar, { method, servedOn, abroad: false });
    expect(c).toEqual({ completedOn: servedOn, provisional: false, basis: expect.stringContaining(article) });
  });

  it('refuses a malformed date', () => {
    expect(() => completionOf(calendar, { method: ServiceMethod.DIRECT, servedOn: '2026-02-30', abroad: false })).toThrow(RangeError);
  });
});

describe('evidence each method needs', () => {
  const needs = (m: ServiceMethod) => EVIDENCE_RULES[m].required;
  it('matches the law', () => {
    expect(needs(ServiceMethod.DIRECT)).toEqual([[ServiceEvidenceKind.SIGNED_RECEIPT]]);
    expect(needs(ServiceMethod.ENTRUSTED)).toEqual([[ServiceEvidenceKind.SIGNED_RECEIPT]]);
    expect(needs(ServiceMethod.LEFT_AT_RESIDENCE)).toEqual([[ServiceEvidenceKind.PHOTO_OR_VIDEO, ServiceEvidenceKind.WITNESS_SIGNATURE]]);
    expect(needs(ServiceMethod.ELECTRONIC)).toEqual([[ServiceEvidenceKind.DELIVERY_RECORD]]);
    expect(needs(ServiceMethod.POSTAL)).toEqual([[ServiceEvidenceKind.POSTAL_RECEIPT]]);
    expect(needs(ServiceMethod.PUBLIC_NOTICE)).toEqual([[ServiceEvidenceKind.PUBLIC_NOTICE]]);
  });
  it('every required kind is also accepted, for every method', () => {
    for (const m of Object.values(ServiceMethod)) for (const group of needs(m)) for (const k of group) expect(EVIDENCE_RULES[m].accepted).toContain(k);
  });
});

describe('clock rules', () => {
  it('the time to answer is data for the three demonstration matters, whose codes exist in the catalog', () => {
    const codes = new Set(MATTERS.map((m) => m.code));
    expect(ANSWER_LIMITS.map((l) => l.matterCode).sort()).toEqual(['GOV-PROCUREMENT-COMPLAINT', 'LAND-OWNERSHIP', 'PATENT-INFRINGEMENT']);
    for (const l of ANSWER_LIMITS) expect(codes.has(l.matterCode)).toBe(true);
    expect(answerLimitFor('GOV-PROCUREMENT-COMPLAINT')).toMatchObject({ amount: 5, unit: 'WORKING_DAYS' });
    expect(answerLimitFor('PATENT-INFRINGEMENT')).toMatchObject({ amount: 15, unit: 'CALENDAR_DAYS', roles: [PartyRole.RESPONDENT] });
    expect(answerLimitFor('LAND-OWNERSHIP')).toMatchObject({ amount: 30, unit: 'CALENDAR_DAYS', roles: [PartyRole.RESPONDENT] });
    expect(answerLimitFor('PEOPLES-MEDIATION')).toBeNull();
    expect(answerLimitFor(null)).toBeNull();
  });

  it('agrees with the period the document module prints on the 答辩通知书 of each matter', () => {
    for (const l of ANSWER_LIMITS) expect(wordsFor(l.matterCode, null).answerPeriod).toEqual({ amount: l.amount, unit: l.unit });
  });

  it('follows the time a notice gave when its issuer set one', () => {
    const limit = answerLimitFor('PATENT-INFRINGEMENT')!;
    expect(answerClockRule(limit, { days: 20, number: '杭市监专〔2026〕3号' })).toMatchObject({
      amount: 20,
      unit: 'CALENDAR_DAYS',
      legalBasis: expect.stringMatching(/^答辩通知书（杭市监专〔2026〕3号）载明的期限；《专利行政执法办法》/),
    });
    expect(answerClockRule(limit, { days: 15, number: 'x' }).legalBasis).toBe(limit.legalBasis);
    expect(answerClockRule(limit).amount).toBe(15);
  });

  it('citizen-facing texts carry no verification marks', () => {
    for (const l of ANSWER_LIMITS) {
      const rule = answerClockRule(l);
      for (const text of [rule.legalBasis, rule.action]) expect(text).not.toMatch(/核实|unverified|待查|verify/i);
    }
  });

  it('a 5-working-day answer from a completion on 2026-09-30 ends on 2026-10-13 (the National Day block and the Sunday skipped, the make-up Saturday 10-10 counted)', () => {
    const rule = answerClockRule(answerLimitFor('GOV-PROCUREMENT-COMPLAINT')!);
    // Working days after 09-30: 10-08 (1), 10-09 (2), 10-10 make-up Saturday (3), 10-12 (4), 10-13 (5).
    expect(computeDeadline(calendar, { rule, start: '2026-09-30', pauses: [], extended: 0 }, '2026-09-30').dueOn).toBe('2026-10-13');
  });

  it('the SERVICE rule reads as the center’s rule, with the alert action 送达文书', () => {
    const rule = serviceClockRule(5);
    expect(rule).toMatchObject({ amount: 5, unit: 'WORKING_DAYS', action: '送达文书', startsFrom: 'DOCUMENT_ISSUED' });
    expect(computeDeadline(calendar, { rule, start: '2026-03-02', pauses: [], extended: 0 }, '2026-03-02').rule).toMatch(/^自文书制发之日起 5 个工作日内送达文书/);
    expect(DeadlineKind.SERVICE).toBe('SERVICE');
  });

  it('clock ids are stable UUIDs derived from the document (and recipient)', () => {
    const doc = '5f1d3f7e-1111-4222-8333-444455556666';
    const party = '6a2e4f8f-2222-4333-8444-555566667777';
    expect(serviceClockId(doc)).toBe(serviceClockId(doc));
    expect(serviceClockId(doc)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(answerClockId(doc, party)).not.toBe(serviceClockId(doc));
    expect(answerClockId(doc, party)).not.toBe(answerClockId(party, doc));
    expect(derivedClockId('service-clock', doc)).toBe(serviceClockId(doc));
  });
});
