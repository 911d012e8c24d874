import { Channel, ComplianceIssueCode, ProceedingStatus } from '../../../src/core/enums';
import { CHANNEL_HANDLER_RULES, complianceIssues, handlerRuleFor, MATTER_HANDLER_RULES, StaffReads } from '../../../src/modules/staff';
import { MATTERS } from '../../../seeds/data';

const lead = (legalProfession: boolean) => ({ lead: true, legalProfession });
const co = (legalProfession: boolean) => ({ lead: false, legalProfession });
const codes = (issues: { code: ComplianceIssueCode }[]) => issues.map((i) => i.code);

describe('handler rules (staff-rules.data.ts)', () => {
  it('name only matters of the catalog, with a basis', () => {
    const byCode = new Map(MATTERS.map((m) => [m.code, m]));
    for (const [code, rule] of Object.entries(MATTER_HANDLER_RULES)) {
      expect({ code, known: byCode.has(code) }).toEqual({ code, known: true });
      expect(rule.minHandlers).toBeGreaterThanOrEqual(1);
      expect(rule.basis.length).toBeGreaterThan(5);
    }
    // The three demonstration matters (contract README) all have a rule.
    for (const code of ['PATENT-INFRINGEMENT', 'GOV-PROCUREMENT-COMPLAINT', 'LAND-OWNERSHIP']) expect(MATTER_HANDLER_RULES[code]).toBeDefined();
  });

  it('a matter’s rule replaces its channel’s; channels without one have none', () => {
    expect(handlerRuleFor(Channel.ADJUDICATION, 'PATENT-INFRINGEMENT')).toBe(MATTER_HANDLER_RULES['PATENT-INFRINGEMENT']);
    expect(handlerRuleFor(Channel.ADJUDICATION, 'NO-SUCH-MATTER')).toBe(CHANNEL_HANDLER_RULES.ADJUDICATION);
    expect(handlerRuleFor(Channel.MEDIATION, 'PEOPLES-MEDIATION')).toBeNull();
  });

  it('patent adjudication: two handlers, one of them with 法律职业资格', () => {
    const rule = MATTER_HANDLER_RULES['PATENT-INFRINGEMENT'];
    expect(codes(complianceIssues(rule, []))).toEqual(['TOO_FEW_HANDLERS', 'LEGAL_QUALIFICATION_MISSING']);
    expect(codes(complianceIssues(rule, [lead(true)]))).toEqual(['TOO_FEW_HANDLERS']);
    expect(codes(complianceIssues(rule, [lead(false)]))).toEqual(['TOO_FEW_HANDLERS', 'LEGAL_QUALIFICATION_MISSING']);
    expect(codes(complianceIssues(rule, [lead(false), co(false)]))).toEqual(['LEGAL_QUALIFICATION_MISSING']);
    expect(codes(complianceIssues(rule, [lead(false), co(true)]))).toEqual([]);
    expect(complianceIssues(rule, [lead(true)])[0].message).toContain('至少 2 名');
  });

  it('reconsideration: every handler holds the qualification', () => {
    const rule = MATTER_HANDLER_RULES['ADMINISTRATIVE-RECONSIDERATION'];
    expect(codes(complianceIssues(rule, [lead(true), co(false)]))).toEqual(['LEGAL_QUALIFICATION_MISSING']);
    expect(complianceIssues(rule, [lead(true), co(false), co(false)])[0].message).toContain('2 名不具有');
    expect(codes(complianceIssues(rule, [lead(true), co(true)]))).toEqual([]);
  });

  it('no issue for a proceeding refused at acceptance or withdrawn by the applicant', () => {
    expect(StaffReads.issuesOf(Channel.ADJUDICATION, 'PATENT-INFRINGEMENT', ProceedingStatus.NOT_ACCEPTED, null, [])).toEqual([]);
    expect(StaffReads.issuesOf(Channel.ADJUDICATION, 'PATENT-INFRINGEMENT', ProceedingStatus.CONCLUDED, 'WITHDRAWN', [])).toEqual([]);
    expect(codes(StaffReads.issuesOf(Channel.ADJUDICATION, 'PATENT-INFRINGEMENT', ProceedingStatus.CONCLUDED, 'DECISION', [lead(true)]))).toEqual(['TOO_FEW_HANDLERS']);
  });
});
