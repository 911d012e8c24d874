import { DocumentKind, FieldErrorCode, PartyRole } from '../../core/enums';
import { DOCUMENT_KIND_LABELS } from '../../core/labels';
import { FieldError } from '../../core/errors';
import { textField } from '../../core/validation/text-field';
import type { CaseParty } from './document-fields';
import type { RemedyRule } from './remedy-rules.data';

// What the issuing officer types for a document, checked per kind before a number is
// taken. A decision is refused without each part the law requires (domain notes §1),
// each missing part named.

/** The inputs of an issue, as stored with the document (LegalDocument.parts) so that a correction can start from them. */
export interface DocumentArgs {
  recipientPartyIds?: string[] | null;
  daysAllowed?: number | null;
  reason?: string | null;
  content?: string | null;
  claims?: string | null;
  factsAndEvidence?: string | null;
  legalBasis?: string | null;
  outcome?: string | null;
  performance?: string | null;
  reconsiderationBody?: string | null;
  court?: string | null;
  servedDocumentId?: string | null;
}

export const DECISION_PART_LABELS = {
  claims: '请求事项',
  factsAndEvidence: '查明的事实和证据',
  legalBasis: '理由和法律依据',
  outcome: '处理结果',
  performance: '履行方式和期限',
  reconsiderationBody: '行政复议机关（全称）',
  court: '人民法院（全称）',
} as const;

type PartKey = keyof typeof DECISION_PART_LABELS;

/** Kinds served on every party, on respondents (and third parties), or on no one (addressed to an organization, or the receipt itself). */
const TO_ALL_PARTIES: readonly DocumentKind[] = [
  DocumentKind.DECISION,
  DocumentKind.MEDIATION_AGREEMENT,
  DocumentKind.SUSPENSION_NOTICE,
  DocumentKind.RESUMPTION_NOTICE,
  DocumentKind.EXTENSION_NOTICE,
];
const TO_RESPONDENTS: readonly DocumentKind[] = [DocumentKind.ANSWER_NOTICE];
export const NOT_SERVED: readonly DocumentKind[] = [DocumentKind.REFERRAL_LETTER, DocumentKind.SERVICE_RECEIPT];

export function defaultRecipients(kind: DocumentKind, parties: readonly CaseParty[]): CaseParty[] {
  if (NOT_SERVED.includes(kind)) return [];
  if (TO_ALL_PARTIES.includes(kind)) return [...parties];
  if (TO_RESPONDENTS.includes(kind)) return parties.filter((p) => p.role !== PartyRole.APPLICANT);
  return parties.filter((p) => p.role === PartyRole.APPLICANT);
}

const ARTICLE = /第[一二三四五六七八九十百千零〇两\d]+条/;
/** A performance term says by when (…日内, …之日起, …前, 立即) or that there is nothing to perform. */
const BY_WHEN = /(日内|日之内|个月内|月内|年内|之日起|前|立即|即日|当日|届满)/;
const NOTHING_TO_PERFORM = /(无需履行|不涉及履行|无履行内容)/;
const RECONSIDERATION_BODY = /(人民政府|部|厅|局|委员会|办公室)$/;
const COURT = /人民法院$/;

export interface CheckedArgs {
  args: DocumentArgs;
  /** Parties the document is served on (stored); for a 送达回证 the parties it names. */
  recipients: CaseParty[];
  namedParties: CaseParty[];
}

/**
 * Checks and cleans `given` for `kind`. `remedy` is the matter's remedy rule when the
 * document prints the remedy paragraph (always for a decision), else null.
 */
export function checkDocumentArgs(kind: DocumentKind, given: DocumentArgs, parties: readonly CaseParty[], remedy: RemedyRule | null): { errors: FieldError[]; checked: CheckedArgs } {
  const errors: FieldError[] = [];
  const label = DOCUMENT_KIND_LABELS[kind];
  const args: DocumentArgs = {};

  // Recipients: the kind's by default; given ones must be parties of the dispute.
  let named: CaseParty[];
  if (given.recipientPartyIds) {
    const byId = new Map(parties.map((p) => [p.id, p]));
    named = [];
    given.recipientPartyIds.forEach((id, i) => {
      const p = byId.get(id);
      if (!p) errors.push(new FieldError(`recipientPartyIds.${i}`, '不是本纠纷的当事人', FieldErrorCode.NOT_FOUND));
      else if (!named.includes(p)) named.push(p);
    });
    args.recipientPartyIds = named.map((p) => p.id);
  } else {
    named = defaultRecipients(kind, parties);
  }
  if (!NOT_SERVED.includes(kind) && named.length === 0 && !errors.length) errors.push(new FieldError('recipientPartyIds', `${label}至少应有一名受送达人`, FieldErrorCode.REQUIRED));

  if (kind === DocumentKind.SUPPLEMENT_NOTICE || (kind === DocumentKind.ANSWER_NOTICE && given.daysAllowed != null)) {
    const max = kind === DocumentKind.SUPPLEMENT_NOTICE ? 30 : 90;
    const d = given.daysAllowed;
    if (d == null) errors.push(new FieldError('daysAllowed', '请写明补正期限（工作日数）', FieldErrorCode.REQUIRED));
    else if (!Number.isInteger(d) || d < 1 || d > max) errors.push(new FieldError('daysAllowed', `应为 1 至 ${max} 之间的整数`, FieldErrorCode.INVALID));
    else args.daysAllowed = d;
  }

  const needsReason = kind === DocumentKind.NON_ACCEPTANCE_DECISION || kind === DocumentKind.SUSPENSION_NOTICE || kind === DocumentKind.EXTENSION_NOTICE;
  const takesReason = needsReason || kind === DocumentKind.RESUMPTION_NOTICE || kind === DocumentKind.REFERRAL_LETTER;
  if (takesReason) {
    const local: FieldError[] = [];
    // Printed inside a sentence (经审查，{{reason}}。): trailing punctuation would double.
    const r = textField('reason', given.reason, needsReason ? 2 : 0, 2000, local)?.replace(/[。；，,.;\s]+$/u, '');
    const absent = !(given.reason ?? '').trim();
    if (local.length)
      errors.push(
        ...local.map((e) =>
          e.code === FieldErrorCode.REQUIRED || e.code === FieldErrorCode.TOO_SHORT ? new FieldError('reason', `请写明${label}的理由`, absent ? FieldErrorCode.REQUIRED : e.code) : e,
        ),
      );
    else if (r) args.reason = r;
  }

  if (kind === DocumentKind.MEDIATION_AGREEMENT) {
    const local: FieldError[] = [];
    const c = textField('content', given.content, 2, 10_000, local);
    const absent = !(given.content ?? '').trim();
    if (local.length)
      errors.push(
        ...local.map((e) =>
          e.code === FieldErrorCode.REQUIRED || e.code === FieldErrorCode.TOO_SHORT ? new FieldError('content', '请写明调解协议的内容', absent ? FieldErrorCode.REQUIRED : e.code) : e,
        ),
      );
    else args.content = c;
  }

  const wanted: PartKey[] = kind === DocumentKind.DECISION ? ['claims', 'factsAndEvidence', 'legalBasis', 'outcome', 'performance'] : kind === DocumentKind.MEDIATION_AGREEMENT ? ['performance'] : [];
  if (remedy) {
    if (remedy.routes.some((r) => r.kind === 'RECONSIDERATION')) wanted.push('reconsiderationBody');
    if (remedy.routes.some((r) => r.kind === 'LITIGATION')) wanted.push('court');
  }
  const max: Record<PartKey, number> = { claims: 5000, factsAndEvidence: 20_000, legalBasis: 5000, outcome: 5000, performance: 2000, reconsiderationBody: 60, court: 60 };
  const missing: string[] = [];
  for (const key of wanted) {
    const local: FieldError[] = [];
    // A body too short to be a full name is a wrong name (checked below), not a missing one.
    const v = textField(`parts.${key}`, given[key], key === 'court' || key === 'reconsiderationBody' ? 1 : 2, max[key], local);
    const field = `parts.${key}`;
    if (local.length) {
      const absent = local.some((e) => e.code === FieldErrorCode.REQUIRED || e.code === FieldErrorCode.TOO_SHORT);
      if (absent) {
        missing.push(DECISION_PART_LABELS[key]);
        errors.push(new FieldError(field, `缺少${DECISION_PART_LABELS[key]}`, FieldErrorCode.REQUIRED));
      } else errors.push(...local);
      continue;
    }
    if (key === 'legalBasis' && !ARTICLE.test(v!)) errors.push(new FieldError(field, '法律依据应引至具体条款（如“第五十六条”）', FieldErrorCode.INVALID));
    else if (key === 'performance' && !BY_WHEN.test(v!) && !NOTHING_TO_PERFORM.test(v!))
      errors.push(new FieldError(field, '应写明履行方式和期限（如“自收到本决定书之日起十五日内”）；无需履行的写明“无需履行”', FieldErrorCode.INVALID));
    else if (key === 'reconsiderationBody' && (!RECONSIDERATION_BODY.test(v!) || v!.length < 5))
      errors.push(new FieldError(field, '应写明行政复议机关的全称（如“杭州市富阳区人民政府”）', FieldErrorCode.INVALID));
    else if (key === 'court' && (!COURT.test(v!) || v!.length < 6)) errors.push(new FieldError(field, '应写明人民法院的全称（如“杭州市富阳区人民法院”）', FieldErrorCode.INVALID));
    else args[key] = v;
  }

  if (kind === DocumentKind.SERVICE_RECEIPT) {
    if (!given.servedDocumentId) errors.push(new FieldError('servedDocumentId', '请指明所送达的文书', FieldErrorCode.REQUIRED));
    else args.servedDocumentId = given.servedDocumentId;
  }

  // The message names each missing part of a decision, as the case-file review would.
  if (missing.length && kind === DocumentKind.DECISION) {
    errors.unshift(new FieldError('parts', `决定书缺少法定必备内容：${missing.join('、')}`, FieldErrorCode.REQUIRED));
  }
  return { errors, checked: { args, recipients: NOT_SERVED.includes(kind) ? [] : named, namedParties: named } };
}
