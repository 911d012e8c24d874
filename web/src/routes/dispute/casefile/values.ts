/**
 * Enum values of the case file (labels come from the server: useLabels) and what the issue and
 * service dialogs offer. These only narrow the choices; the hub decides and refuses the rest with
 * its own messages, which the dialogs show.
 */
import type { Channel, DocumentKind, MaterialStatus, PartyRole, ProceedingStatus, ServiceEvidenceKind, ServiceMethod, ServiceSigner } from '../../../gql/schema-types';

function exhaustive<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })) => values;
}

export const DOCUMENT_KINDS = exhaustive<DocumentKind>()([
  'NOTICE_OF_RIGHTS',
  'MATERIALS_RECEIPT',
  'SUPPLEMENT_NOTICE',
  'ACCEPTANCE_NOTICE',
  'NON_ACCEPTANCE_DECISION',
  'ANSWER_NOTICE',
  'SUSPENSION_NOTICE',
  'RESUMPTION_NOTICE',
  'EXTENSION_NOTICE',
  'DECISION',
  'MEDIATION_AGREEMENT',
  'REFERRAL_LETTER',
  'SERVICE_RECEIPT',
]);
export const SERVICE_METHODS = exhaustive<ServiceMethod>()(['DIRECT', 'LEFT_AT_RESIDENCE', 'ELECTRONIC', 'POSTAL', 'PUBLIC_NOTICE', 'ENTRUSTED']);
export const SERVICE_SIGNERS = exhaustive<ServiceSigner>()(['RECIPIENT', 'ADULT_FAMILY_MEMBER', 'ORGANIZATION_OFFICE', 'AGENT', 'DESIGNATED_RECIPIENT']);
export const MATERIAL_STATUSES = exhaustive<MaterialStatus>()(['RECEIVED', 'MISSING', 'NOT_APPLICABLE']);

/** Kinds that belong to a proceeding, and the proceeding statuses in which each may be issued. */
export const PROCEEDING_KINDS: Partial<Record<DocumentKind, readonly ProceedingStatus[]>> = {
  ACCEPTANCE_NOTICE: ['IN_PROGRESS', 'PAUSED'],
  NON_ACCEPTANCE_DECISION: ['ACCEPTANCE_REVIEW', 'NOT_ACCEPTED'],
  ANSWER_NOTICE: ['IN_PROGRESS', 'PAUSED'],
  SUSPENSION_NOTICE: ['IN_PROGRESS', 'PAUSED'],
  RESUMPTION_NOTICE: ['IN_PROGRESS', 'PAUSED'],
  EXTENSION_NOTICE: ['IN_PROGRESS', 'PAUSED'],
  DECISION: ['IN_PROGRESS', 'PAUSED'],
  MEDIATION_AGREEMENT: ['IN_PROGRESS', 'PAUSED', 'CONCLUDED'],
};

/** Channels whose proceedings end in a decision (决定书) or an agreement (调解协议书). */
const DECISION_CHANNELS: readonly Channel[] = ['ADJUDICATION', 'RECONSIDERATION'];
const AGREEMENT_CHANNELS: readonly Channel[] = ['MEDIATION'];

/** Kinds issued without a proceeding (at intake, or about the dispute as a whole). */
export const DISPUTE_KINDS: readonly DocumentKind[] = ['NOTICE_OF_RIGHTS', 'MATERIALS_RECEIPT', 'SUPPLEMENT_NOTICE', 'REFERRAL_LETTER', 'SERVICE_RECEIPT'];

/** Kinds that fit a proceeding (its status and channel); without one, the dispute's own kinds. */
export function kindsFor(proceeding: { status: ProceedingStatus; channel: Channel } | null): DocumentKind[] {
  if (!proceeding) return [...DISPUTE_KINDS];
  const open = proceeding.status === 'ACCEPTANCE_REVIEW' || proceeding.status === 'IN_PROGRESS' || proceeding.status === 'PAUSED';
  return DOCUMENT_KINDS.filter((k) => {
    const statuses = PROCEEDING_KINDS[k];
    if (!statuses) return open && k !== 'NOTICE_OF_RIGHTS';
    if (!statuses.includes(proceeding.status)) return false;
    if (k === 'DECISION') return DECISION_CHANNELS.includes(proceeding.channel);
    if (k === 'MEDIATION_AGREEMENT') return AGREEMENT_CHANNELS.includes(proceeding.channel);
    return true;
  });
}

/** Kinds served on no one (addressed to an organization, or the receipt itself). */
export const NOT_SERVED: readonly DocumentKind[] = ['REFERRAL_LETTER', 'SERVICE_RECEIPT'];

/** The parties a kind is served on by default (the hub's rule; the dialog pre-selects them). */
export function defaultRecipients<P extends { id: string; role: PartyRole }>(kind: DocumentKind, parties: readonly P[]): string[] {
  if (NOT_SERVED.includes(kind)) return [];
  if (['DECISION', 'MEDIATION_AGREEMENT', 'SUSPENSION_NOTICE', 'RESUMPTION_NOTICE', 'EXTENSION_NOTICE'].includes(kind)) return parties.map((p) => p.id);
  if (kind === 'ANSWER_NOTICE') return parties.filter((p) => p.role !== 'APPLICANT').map((p) => p.id);
  return parties.filter((p) => p.role === 'APPLICANT').map((p) => p.id);
}

/** Kinds whose inputs include a reason: required, or optional. */
export const REASON_REQUIRED: readonly DocumentKind[] = ['NON_ACCEPTANCE_DECISION', 'SUSPENSION_NOTICE', 'EXTENSION_NOTICE'];
export const REASON_OPTIONAL: readonly DocumentKind[] = ['RESUMPTION_NOTICE', 'REFERRAL_LETTER'];
/** Kinds that print the remedy paragraph (the bodies are named in full). */
export const NAMES_REMEDY_BODIES: readonly DocumentKind[] = ['DECISION', 'NON_ACCEPTANCE_DECISION'];

/** The parts of a decision (DocumentPartsInput), in the order the document prints them. */
export const DECISION_PARTS = [
  { key: 'claims', label: '请求事项', rows: 3, placeholder: '申请人（投诉人）的请求' },
  { key: 'factsAndEvidence', label: '查明的事实和证据', rows: 5, placeholder: '经查……上述事实有……等证据证明' },
  { key: 'legalBasis', label: '理由和法律依据', rows: 3, placeholder: '引至具体条款，如：依据《……》第三十一条的规定' },
  { key: 'outcome', label: '处理结果', rows: 3, placeholder: '' },
  { key: 'performance', label: '履行方式和期限', rows: 2, placeholder: '如：自收到本决定书之日起十五日内……；无需履行的写明“无需履行”' },
] as const;

/** Evidence a method needs (first) and accepts (the hub's EVIDENCE_RULES). */
export const EVIDENCE_FOR: Record<ServiceMethod, readonly ServiceEvidenceKind[]> = {
  DIRECT: ['SIGNED_RECEIPT', 'ADDRESS_CONFIRMATION', 'OTHER'],
  ENTRUSTED: ['SIGNED_RECEIPT', 'ADDRESS_CONFIRMATION', 'OTHER'],
  LEFT_AT_RESIDENCE: ['PHOTO_OR_VIDEO', 'WITNESS_SIGNATURE', 'SIGNED_RECEIPT', 'ADDRESS_CONFIRMATION', 'OTHER'],
  ELECTRONIC: ['DELIVERY_RECORD', 'ADDRESS_CONFIRMATION', 'OTHER'],
  POSTAL: ['POSTAL_RECEIPT', 'SIGNED_RECEIPT', 'ADDRESS_CONFIRMATION', 'OTHER'],
  PUBLIC_NOTICE: ['PUBLIC_NOTICE', 'OTHER'],
};

/** Clock states of a clock still running. */
export const OPEN_CLOCK_STATES = ['ON_TRACK', 'DUE_SOON', 'OVERDUE', 'PAUSED'] as const;
