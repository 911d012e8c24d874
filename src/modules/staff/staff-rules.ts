import { Channel, ComplianceIssueCode, ProceedingStatus } from '../../core/enums';
import { ComplianceIssue } from '../../core/errors';
import { CHANNEL_HANDLER_RULES, MATTER_HANDLER_RULES, type HandlerRule } from './staff-rules.data';

/** The rule of a proceeding's matter, else of its channel; null: no rule applies. */
export function handlerRuleFor(channel: Channel, matterCode: string | null | undefined): HandlerRule | null {
  return (matterCode ? MATTER_HANDLER_RULES[matterCode] : undefined) ?? CHANNEL_HANDLER_RULES[channel] ?? null;
}

/** Proceedings the rules speak about: open or concluded on the merits (not refused at acceptance). */
export function rulesApplyTo(status: ProceedingStatus): boolean {
  return status !== ProceedingStatus.NOT_ACCEPTED;
}

/** Open issues of a set of handlers against a rule (pure; names nobody). */
export function complianceIssues(rule: HandlerRule | null, handlers: readonly { lead: boolean; legalProfession: boolean }[]): ComplianceIssue[] {
  if (!rule) return [];
  const issues: ComplianceIssue[] = [];
  if (handlers.length < rule.minHandlers) {
    issues.push(new ComplianceIssue(ComplianceIssueCode.TOO_FEW_HANDLERS, `应由至少 ${rule.minHandlers} 名工作人员承办，现有 ${handlers.length} 名（${rule.basis}）`));
  }
  const qualified = handlers.filter((h) => h.legalProfession).length;
  const missing =
    rule.legalProfession === 'ANY'
      ? qualified === 0
        ? '承办人中应至少有 1 名具有法律职业资格'
        : null
      : rule.legalProfession === 'LEAD'
        ? handlers.some((h) => h.lead && h.legalProfession)
          ? null
          : '主办人应具有法律职业资格'
        : rule.legalProfession === 'ALL' && qualified < handlers.length
          ? `承办人均应具有法律职业资格，现有 ${handlers.length - qualified} 名不具有`
          : rule.legalProfession === 'ALL' && handlers.length === 0
            ? '承办人均应具有法律职业资格'
            : null;
  if (missing) issues.push(new ComplianceIssue(ComplianceIssueCode.LEGAL_QUALIFICATION_MISSING, `${missing}（${rule.basis}）`));
  return issues;
}
