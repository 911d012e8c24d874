import type {
  Channel,
  DeadlineKind,
  DisputeCategory,
  DisputeSource,
  DocumentKind,
  MaterialReceipt,
  MaterialStatus,
  PartyRole,
  ServiceMethod,
  ExtensionBasis,
  JudicialConfirmationDecision,
  OutcomeKind,
  PauseReason,
  ProcedureTrack,
  ProceedingStatus,
  ReferralKind,
  TimeUnit,
} from '../../core/enums';

/**
 * Every event type of the timeline: `data` is stored with the event and served
 * to clients (never personal data); `facts` are what its one-line summary names
 * besides the data (organizations, legal acts), never stored on their own.
 */
export interface EventSpecs {
  REGISTERED: {
    data: { code: string; category: DisputeCategory; matterCode: string | null; region: string; source: DisputeSource };
    facts: { organization: string; matterName: string | null };
  };
  REFERRED: { data: { kind: ReferralKind; channel: Channel; matterCode: string | null; from: string; to: string }; facts: { receiver: string } };
  REFERRAL_ACCEPTED: { data: { proceedingStatus: ProceedingStatus; channel: Channel }; facts: { receiver: string; kind: ReferralKind } };
  REFERRAL_DECLINED: { data: null; facts: { receiver: string; sender: string; kind: ReferralKind } };
  REFERRAL_CANCELLED: { data: null; facts: { receiver: string; kind: ReferralKind; withdrawn: boolean } };
  PROCEEDING_ADMITTED: { data: { procedure: ProcedureTrack; caseNumber: string | null }; facts: { organization: string } };
  PROCEEDING_NOT_ACCEPTED: { data: { suggestedChannel: Channel | null; suggestedOrganizationId: string | null }; facts: { organization: string; suggested: string | null } };
  PROCEEDING_ASSIGNED: { data: { assigneeId: string }; facts: { organization: string } };
  PAUSED: { data: { reason: PauseReason }; facts: { organization: string } };
  RESUMED: { data: { dueOn: string | null }; facts: { organization: string } };
  EXTENDED: {
    data: { amount: number; unit: TimeUnit; basis: ExtensionBasis; dueOn: string } | { judicialConfirmationId: string; amount: number; dueOn: string };
    facts: { organization: string; unit: TimeUnit };
  };
  CONCLUDED: {
    data: { outcome: OutcomeKind; settles: boolean; effectiveOn?: string };
    facts: { organization: string; documentNumber: string | null; withdrawnByApplicant: boolean };
  };
  JUDICIAL_CONFIRMATION_REQUESTED: { data: { judicialConfirmationId: string; courtId: string }; facts: { mediator: string; court: string } };
  JUDICIAL_CONFIRMATION_ACCEPTED: { data: { judicialConfirmationId: string }; facts: { court: string } };
  JUDICIAL_CONFIRMATION_NOT_ACCEPTED: { data: { judicialConfirmationId: string }; facts: { court: string } };
  JUDICIAL_CONFIRMATION_DECIDED: { data: { judicialConfirmationId: string; decision: JudicialConfirmationDecision; rulingNumber: string }; facts: { court: string; confirmed: boolean } };
  DEADLINE_DUE_SOON: { data: DeadlineAlertData; facts: { action: string; unit: TimeUnit } };
  DEADLINE_OVERDUE: { data: DeadlineAlertData; facts: { action: string } };
  CLOSED: { data: { hasNote: boolean }; facts: Record<string, never> };
  WITHDRAWN: { data: null; facts: Record<string, never> };
  FILE_UPLOADED: { data: { fileId: string }; facts: { organization: string } };
  /** `item` is the material's name from the matter catalog (never a party's data). */
  MATERIAL_RECORDED: { data: { materialId: string; item: string; status: MaterialStatus; receipt: MaterialReceipt | null }; facts: Record<string, never> };
  DOCUMENT_ISSUED: {
    data: { documentId: string; kind: DocumentKind; number: string; version: number; supersedesId: string | null };
    facts: { organization: string; title: string };
  };
  /** The recipient is named by role only (申请人 / 被申请人 ...), never by name. */
  DOCUMENT_SERVED: {
    data: { documentId: string; serviceId: string; method: ServiceMethod; completedOn: string; recipientRole: PartyRole };
    facts: { title: string; number: string };
  };
  NOTICE_ACKNOWLEDGED: { data: { documentId: string }; facts: { number: string } };
  DECISION_WITHOUT_DOCUMENT: { data: { proceedingId: string }; facts: { organization: string } };
  /** The answering party by role only; `late`: received after its ANSWER clock's due date. */
  ANSWER_RECEIVED: { data: { documentId: string; serviceId: string; recipientRole: PartyRole; receivedOn: string; late: boolean }; facts: { number: string } };
  /** Handlers by user id only (staff are not parties, but the timeline names nobody). */
  HANDLERS_CHANGED: { data: { proceedingId: string; leadId: string; coHandlerIds: string[] }; facts: { organization: string } };
  EXPERTS_DRAWN: { data: { drawId: string; proceedingId: string; field: string; panelSize: number; alternates: number }; facts: { organization: string } };
  EXPERTS_REDRAWN: { data: { drawId: string; previousDrawId: string; proceedingId: string }; facts: { organization: string } };
  EXPERT_DECLARED: { data: { drawId: string; expertId: string }; facts: Record<string, never> };
  EXPERT_WITHDREW: { data: { drawId: string; expertId: string; replacedById: string | null }; facts: Record<string, never> };
  EXPERT_CHALLENGED: { data: { drawId: string; expertId: string; challengeId: string }; facts: Record<string, never> };
  EXPERT_CHALLENGE_DECIDED: { data: { drawId: string; expertId: string; challengeId: string; upheld: boolean; replacedById: string | null }; facts: Record<string, never> };
  EXPERT_RATED: { data: { drawId: string; expertId: string; rating: number }; facts: Record<string, never> };
  FOLLOW_UP_ATTEMPTED: { data: { followUpId: string; attempt: number; method: string }; facts: Record<string, never> };
  /** Scores 1–5 per dimension; the statistics trigger reads them from here. */
  FOLLOW_UP_RECORDED: {
    data: { followUpId: string; method: string; performance: string; professionalism: number; ease: number; timeliness: number; fairness: number };
    facts: Record<string, never>;
  };
  FOLLOW_UP_CLOSED: { data: { followUpId: string; unreachable: boolean }; facts: Record<string, never> };
}

export interface DeadlineAlertData {
  kind: DeadlineKind;
  dueOn: string;
  remaining: number | null;
  alertGeneration: number;
}

export type EventType = keyof EventSpecs;
export type EventData<T extends EventType> = EventSpecs[T]['data'];
export type EventFacts<T extends EventType> = EventSpecs[T]['facts'];
