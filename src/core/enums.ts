import { registerEnumType } from 'type-graphql';

// The contract's enums, shared by every module. Values are the contract's names,
// stored as text in the database so that a SQL reader sees the same words.

export enum Role {
  FRONTDESK = 'FRONTDESK',
  HANDLER = 'HANDLER',
  COURT_LIAISON = 'COURT_LIAISON',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
  /** Beyond the contract (typical cases): the head (负责人) of an organization, who approves its publications. */
  HEAD = 'HEAD',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    FRONTDESK: { description: 'Frontdesk of the one-stop dispute center: registers and routes disputes.' },
    HANDLER: { description: 'Case handler of an organization (mediator, adjudicator, arbitrator, ...).' },
    COURT_LIAISON: { description: "Court liaison: court-delegated mediation, judicial confirmation, and the court's own proceedings in the hub." },
    REVIEWER: { description: 'Justice-bureau reviewer: reads closed case files for review, PII masked.' },
    ADMIN: { description: 'Administrator of the hub.' },
    HEAD: { description: "Head of an organization (负责人): approves the organization's publications (typical cases). Beyond the contract." },
  },
});

export enum Channel {
  ADJUDICATION = 'ADJUDICATION',
  MEDIATION = 'MEDIATION',
  ARBITRATION = 'ARBITRATION',
  NOTARIZATION = 'NOTARIZATION',
  JUDICIAL_APPRAISAL = 'JUDICIAL_APPRAISAL',
  PETITION = 'PETITION',
  RECONSIDERATION = 'RECONSIDERATION',
  LITIGATION = 'LITIGATION',
}
registerEnumType(Channel, {
  name: 'Channel',
  valuesConfig: {
    ADJUDICATION: { description: '行政裁决' },
    MEDIATION: { description: "调解 (people's, industry, lawyer, administrative)" },
    ARBITRATION: { description: '仲裁 (commercial and labour)' },
    NOTARIZATION: { description: '公证' },
    JUDICIAL_APPRAISAL: { description: '司法鉴定' },
    PETITION: { description: '信访' },
    RECONSIDERATION: { description: '行政复议' },
    LITIGATION: { description: '诉讼' },
  },
});

export enum OrganizationKind {
  DISPUTE_CENTER = 'DISPUTE_CENTER',
  JUSTICE_BUREAU = 'JUSTICE_BUREAU',
  ADJUDICATION_AUTHORITY = 'ADJUDICATION_AUTHORITY',
  PEOPLES_MEDIATION_COMMITTEE = 'PEOPLES_MEDIATION_COMMITTEE',
  INDUSTRY_MEDIATION_ORG = 'INDUSTRY_MEDIATION_ORG',
  LAWYER_MEDIATION_STUDIO = 'LAWYER_MEDIATION_STUDIO',
  ARBITRATION_COMMISSION = 'ARBITRATION_COMMISSION',
  LABOR_ARBITRATION_COMMISSION = 'LABOR_ARBITRATION_COMMISSION',
  NOTARY_OFFICE = 'NOTARY_OFFICE',
  APPRAISAL_INSTITUTION = 'APPRAISAL_INSTITUTION',
  PETITION_BUREAU = 'PETITION_BUREAU',
  RECONSIDERATION_OFFICE = 'RECONSIDERATION_OFFICE',
  COURT = 'COURT',
}
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });

export enum TimeUnit {
  CALENDAR_DAYS = 'CALENDAR_DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
  MONTHS = 'MONTHS',
}
registerEnumType(TimeUnit, { name: 'TimeUnit' });

export enum ClockStart {
  RECEIPT = 'RECEIPT',
  ACCEPTANCE = 'ACCEPTANCE',
  TRIBUNAL_FORMED = 'TRIBUNAL_FORMED',
  AGREEMENT_EFFECTIVE = 'AGREEMENT_EFFECTIVE',
}
registerEnumType(ClockStart, {
  name: 'ClockStart',
  description: 'What starts a clock.',
  valuesConfig: {
    RECEIPT: { description: 'The organization received the application (for a referral: when the referral reached it).' },
    ACCEPTANCE: { description: 'The organization accepted (受理) the case.' },
    TRIBUNAL_FORMED: { description: 'The arbitral tribunal was formed.' },
    AGREEMENT_EFFECTIVE: { description: 'A mediation agreement took effect.' },
  },
});

export enum PauseReason {
  MATERIALS_SUPPLEMENT = 'MATERIALS_SUPPLEMENT',
  EXPERT_REVIEW = 'EXPERT_REVIEW',
  INSPECTION_OR_APPRAISAL = 'INSPECTION_OR_APPRAISAL',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  HEARING = 'HEARING',
  VERIFICATION = 'VERIFICATION',
  SAMPLE_COLLECTION = 'SAMPLE_COLLECTION',
  FORCE_MAJEURE = 'FORCE_MAJEURE',
  SUSPENSION = 'SUSPENSION',
}
registerEnumType(PauseReason, { name: 'PauseReason' });

export enum FormFieldType {
  TEXT = 'TEXT',
  TEXTAREA = 'TEXTAREA',
  DATE = 'DATE',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  SELECT = 'SELECT',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  FILE = 'FILE',
}
registerEnumType(FormFieldType, { name: 'FormFieldType' });

export enum DeadlineKind {
  ACCEPTANCE = 'ACCEPTANCE',
  HANDLING = 'HANDLING',
  REFERRAL_RESPONSE = 'REFERRAL_RESPONSE',
  JUDICIAL_CONFIRMATION_APPLICATION = 'JUDICIAL_CONFIRMATION_APPLICATION',
  JUDICIAL_CONFIRMATION_ACCEPTANCE = 'JUDICIAL_CONFIRMATION_ACCEPTANCE',
  JUDICIAL_CONFIRMATION_DECISION = 'JUDICIAL_CONFIRMATION_DECISION',
  /** An issued document not yet served to every recipient (the center's own rule, configurable). */
  SERVICE = 'SERVICE',
  /** The respondent's time to answer, from the day service of the 答辩通知书 is complete. */
  ANSWER = 'ANSWER',
  /** The time a 补正通知书 allows the applicant to supplement materials. */
  SUPPLEMENT = 'SUPPLEMENT',
  /** The follow-up visit (回访) after a dispute is resolved or closed (the center's own rule, configurable). */
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });

export enum DeadlineState {
  ON_TRACK = 'ON_TRACK',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
  MET = 'MET',
  MISSED = 'MISSED',
}
registerEnumType(DeadlineState, { name: 'DeadlineState' });

export enum DisputeCategory {
  GOVERNMENT_PROCUREMENT = 'GOVERNMENT_PROCUREMENT',
  PATENT_INFRINGEMENT = 'PATENT_INFRINGEMENT',
  LAND_OWNERSHIP = 'LAND_OWNERSHIP',
  CONTRACT = 'CONTRACT',
  LABOR = 'LABOR',
  NEIGHBORHOOD = 'NEIGHBORHOOD',
  FAMILY = 'FAMILY',
  PROPERTY_MANAGEMENT = 'PROPERTY_MANAGEMENT',
  CONSUMER = 'CONSUMER',
  CONSTRUCTION = 'CONSTRUCTION',
  MEDICAL = 'MEDICAL',
  TRAFFIC = 'TRAFFIC',
  OTHER = 'OTHER',
}
registerEnumType(DisputeCategory, { name: 'DisputeCategory' });

export enum DisputeSource {
  WALK_IN = 'WALK_IN',
  ONLINE = 'ONLINE',
  HOTLINE = 'HOTLINE',
  PETITION = 'PETITION',
  COURT = 'COURT',
  GRID_INSPECTION = 'GRID_INSPECTION',
  OTHER = 'OTHER',
}
registerEnumType(DisputeSource, { name: 'DisputeSource' });

export enum DisputeStatus {
  AWAITING_ROUTING = 'AWAITING_ROUTING',
  REFERRED = 'REFERRED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  valuesConfig: {
    AWAITING_ROUTING: { description: 'Nobody handles it and no referral is pending: new, or back after a referral was declined or a proceeding ended without settling it.' },
    REFERRED: { description: 'A referral is waiting for the receiving organization.' },
    IN_PROGRESS: { description: 'An organization has accepted it and is handling it.' },
    RESOLVED: { description: 'An outcome that settles it has been recorded.' },
    CLOSED: { description: '办结: closed by the center or the holder; closedAt is set.' },
    WITHDRAWN: { description: 'The applicant withdrew; closedAt is set.' },
  },
});

export enum PartyRole {
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(PartyRole, { name: 'PartyRole' });

export enum PartyKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(PartyKind, { name: 'PartyKind' });

export enum IdType {
  RESIDENT_ID = 'RESIDENT_ID',
  USCC = 'USCC',
  PASSPORT = 'PASSPORT',
  HK_MACAO_PERMIT = 'HK_MACAO_PERMIT',
  TAIWAN_PERMIT = 'TAIWAN_PERMIT',
  FOREIGN_PERMANENT_RESIDENT_ID = 'FOREIGN_PERMANENT_RESIDENT_ID',
  OTHER = 'OTHER',
}
registerEnumType(IdType, {
  name: 'IdType',
  valuesConfig: {
    RESIDENT_ID: { description: '居民身份证 (GB 11643, check digit verified)' },
    USCC: { description: '统一社会信用代码 (GB 32100, check character verified)' },
  },
});

export enum ReferralKind {
  TRANSFER = 'TRANSFER',
  ASSIGN = 'ASSIGN',
  COURT_DELEGATED = 'COURT_DELEGATED',
  COURT_ENTRUSTED = 'COURT_ENTRUSTED',
}
registerEnumType(ReferralKind, {
  name: 'ReferralKind',
  valuesConfig: {
    TRANSFER: { description: '转办: responsibility moves to the receiving organization.' },
    ASSIGN: { description: '交办: the receiver handles it and reports the result back.' },
    COURT_DELEGATED: { description: '诉前委派调解: a court sends a not-yet-filed case to mediation.' },
    COURT_ENTRUSTED: { description: '委托调解: a court entrusts a filed case to mediation.' },
  },
});

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

export enum ProceedingStatus {
  ACCEPTANCE_REVIEW = 'ACCEPTANCE_REVIEW',
  IN_PROGRESS = 'IN_PROGRESS',
  PAUSED = 'PAUSED',
  CONCLUDED = 'CONCLUDED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
}
registerEnumType(ProceedingStatus, {
  name: 'ProceedingStatus',
  valuesConfig: { ACCEPTANCE_REVIEW: { description: '受理审查: the organization is deciding whether to accept.' } },
});

export enum ProcedureTrack {
  ORDINARY = 'ORDINARY',
  SIMPLIFIED = 'SIMPLIFIED',
}
registerEnumType(ProcedureTrack, { name: 'ProcedureTrack' });

export enum ExtensionBasis {
  HEAD_APPROVAL = 'HEAD_APPROVAL',
  PARTIES_CONSENT = 'PARTIES_CONSENT',
  INSTITUTION_RULES = 'INSTITUTION_RULES',
}
registerEnumType(ExtensionBasis, {
  name: 'ExtensionBasis',
  valuesConfig: {
    HEAD_APPROVAL: { description: 'Approved by the head of the organization (or court president).' },
    PARTIES_CONSENT: { description: 'Agreed by the parties (mediation).' },
    INSTITUTION_RULES: { description: "Allowed by the institution's own rules (arbitration)." },
  },
});

export enum OutcomeKind {
  AGREEMENT = 'AGREEMENT',
  MEDIATION_FAILED = 'MEDIATION_FAILED',
  DECISION = 'DECISION',
  AWARD = 'AWARD',
  CERTIFICATE = 'CERTIFICATE',
  APPRAISAL_OPINION = 'APPRAISAL_OPINION',
  REPLY = 'REPLY',
  HANDLING_OPINION = 'HANDLING_OPINION',
  JUDGMENT = 'JUDGMENT',
  DISMISSED = 'DISMISSED',
  WITHDRAWN = 'WITHDRAWN',
  TERMINATED = 'TERMINATED',
}
registerEnumType(OutcomeKind, {
  name: 'OutcomeKind',
  valuesConfig: {
    AGREEMENT: { description: '调解协议' },
    DECISION: { description: '裁决 / 复议决定' },
    AWARD: { description: '仲裁裁决' },
    CERTIFICATE: { description: '公证书' },
    APPRAISAL_OPINION: { description: '鉴定意见' },
    REPLY: { description: '信访答复' },
    HANDLING_OPINION: { description: '处理意见 (e.g. a land-ownership handling opinion for the government to decide on)' },
    JUDGMENT: { description: '判决 / 调解书' },
    DISMISSED: { description: '驳回' },
  },
});

export enum JudicialConfirmationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(JudicialConfirmationStatus, {
  name: 'JudicialConfirmationStatus',
  valuesConfig: {
    PENDING: { description: 'Applied for; the court decides within 3 days whether to accept (立案).' },
    ACCEPTED: { description: 'Accepted; the court rules within 15 days (extensible by 10).' },
    REJECTED: { description: 'Not confirmed: the dispute goes back to AWAITING_ROUTING.' },
    NOT_ACCEPTED: { description: 'The court declined to accept the application.' },
  },
});

export enum JudicialConfirmationDecision {
  CONFIRM = 'CONFIRM',
  REJECT = 'REJECT',
}
registerEnumType(JudicialConfirmationDecision, { name: 'JudicialConfirmationDecision' });

export enum DisputeEventType {
  REGISTERED = 'REGISTERED',
  REFERRED = 'REFERRED',
  REFERRAL_ACCEPTED = 'REFERRAL_ACCEPTED',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  REFERRAL_CANCELLED = 'REFERRAL_CANCELLED',
  PROCEEDING_ADMITTED = 'PROCEEDING_ADMITTED',
  PROCEEDING_NOT_ACCEPTED = 'PROCEEDING_NOT_ACCEPTED',
  /** Beyond the contract: a handler was made responsible for a proceeding. */
  PROCEEDING_ASSIGNED = 'PROCEEDING_ASSIGNED',
  /** Beyond the contract: a judicial confirmation application was not accepted (不予受理). */
  JUDICIAL_CONFIRMATION_NOT_ACCEPTED = 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED',
  PAUSED = 'PAUSED',
  RESUMED = 'RESUMED',
  EXTENDED = 'EXTENDED',
  CONCLUDED = 'CONCLUDED',
  JUDICIAL_CONFIRMATION_REQUESTED = 'JUDICIAL_CONFIRMATION_REQUESTED',
  JUDICIAL_CONFIRMATION_ACCEPTED = 'JUDICIAL_CONFIRMATION_ACCEPTED',
  JUDICIAL_CONFIRMATION_DECIDED = 'JUDICIAL_CONFIRMATION_DECIDED',
  DEADLINE_DUE_SOON = 'DEADLINE_DUE_SOON',
  DEADLINE_OVERDUE = 'DEADLINE_OVERDUE',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  /** Beyond the contract (case files): a file was uploaded to the dispute. */
  FILE_UPLOADED = 'FILE_UPLOADED',
  /** Beyond the contract: an item of the materials checklist was recorded (received, missing, not applicable). */
  MATERIAL_RECORDED = 'MATERIAL_RECORDED',
  /** Beyond the contract: a legal document was issued (or a corrected version superseding an earlier one). */
  DOCUMENT_ISSUED = 'DOCUMENT_ISSUED',
  /** Beyond the contract: service of a document on one recipient was recorded. */
  DOCUMENT_SERVED = 'DOCUMENT_SERVED',
  /** Beyond the contract: the applicant acknowledged the 告知书. */
  NOTICE_ACKNOWLEDGED = 'NOTICE_ACKNOWLEDGED',
  /** Beyond the contract: a proceeding concluded with a decision for which no decision document was issued in the hub (made on paper). */
  DECISION_WITHOUT_DOCUMENT = 'DECISION_WITHOUT_DOCUMENT',
  /** Beyond the contract (case files): a respondent's answer (答辩状) to a served 答辩通知书 was received; its ANSWER clock stops. */
  ANSWER_RECEIVED = 'ANSWER_RECEIVED',
  /** Beyond the contract (staff): the handlers of a proceeding (lead and co-handlers) were named or changed. */
  HANDLERS_CHANGED = 'HANDLERS_CHANGED',
  /** Beyond the contract (experts): a panel and its alternates were drawn at random for a proceeding. */
  EXPERTS_DRAWN = 'EXPERTS_DRAWN',
  /** Beyond the contract: a draw was replaced by a new one (the reason is kept with the draw, not in the timeline). */
  EXPERTS_REDRAWN = 'EXPERTS_REDRAWN',
  /** Beyond the contract: a drawn expert declared no conflict of interest. */
  EXPERT_DECLARED = 'EXPERT_DECLARED',
  /** Beyond the contract: a drawn expert withdrew (回避); the next alternate moves up. */
  EXPERT_WITHDREW = 'EXPERT_WITHDREW',
  /** Beyond the contract: a party challenged a drawn expert. */
  EXPERT_CHALLENGED = 'EXPERT_CHALLENGED',
  /** Beyond the contract: the handler decided a challenge against an expert. */
  EXPERT_CHALLENGE_DECIDED = 'EXPERT_CHALLENGE_DECIDED',
  /** Beyond the contract: the handler rated an expert's work on the case. */
  EXPERT_RATED = 'EXPERT_RATED',
  /** Beyond the contract (回访): a follow-up contact was attempted and the party was not reached. */
  FOLLOW_UP_ATTEMPTED = 'FOLLOW_UP_ATTEMPTED',
  /** Beyond the contract: a follow-up visit was recorded (performance and satisfaction). */
  FOLLOW_UP_RECORDED = 'FOLLOW_UP_RECORDED',
  /** Beyond the contract: a follow-up was closed without a visit (the party could not be reached). */
  FOLLOW_UP_CLOSED = 'FOLLOW_UP_CLOSED',
}
registerEnumType(DisputeEventType, { name: 'DisputeEventType' });

export enum ReferralUpdateType {
  CREATED = 'CREATED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ReferralUpdateType, { name: 'ReferralUpdateType' });

export enum DeadlineAlertType {
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
}
registerEnumType(DeadlineAlertType, { name: 'DeadlineAlertType' });

export enum FeedScope {
  OWN_ORGANIZATION = 'OWN_ORGANIZATION',
  ALL = 'ALL',
}
registerEnumType(FeedScope, {
  name: 'FeedScope',
  valuesConfig: {
    OWN_ORGANIZATION: { description: "Referrals to or from the viewer's organization." },
    ALL: { description: 'Every referral the viewer may read (FRONTDESK and ADMIN: the whole hub).' },
  },
});

export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EXTENSION_NOT_ALLOWED = 'EXTENSION_NOT_ALLOWED',
  /** Too many failed sign-ins for this account (from this address, or overall): wait and retry. */
  LOGIN_THROTTLED = 'LOGIN_THROTTLED',
  /** Fewer conflict-free available experts of the field than a draw needs (专家库). */
  INSUFFICIENT_EXPERTS = 'INSUFFICIENT_EXPERTS',
  /** The organization enforces the handler rules of its matters (staff) and the proceeding does not meet them. */
  HANDLER_RULES_NOT_MET = 'HANDLER_RULES_NOT_MET',
}
registerEnumType(ErrorCode, { name: 'ErrorCode' });

/** What is wrong with one input field (`FieldError.code`): stable, for clients; the message is Chinese text for people. */
export enum FieldErrorCode {
  /** Missing or empty. */
  REQUIRED = 'REQUIRED',
  TOO_SHORT = 'TOO_SHORT',
  /** Too long, too many items or too many bytes. */
  TOO_LONG = 'TOO_LONG',
  CONTROL_CHARACTERS = 'CONTROL_CHARACTERS',
  /** Not a valid citizen identity number (GB 11643). */
  INVALID_ID_NUMBER = 'INVALID_ID_NUMBER',
  /** Not a valid unified social credit code (GB 32100). */
  INVALID_CREDIT_CODE = 'INVALID_CREDIT_CODE',
  INVALID_PHONE = 'INVALID_PHONE',
  INVALID_AMOUNT = 'INVALID_AMOUNT',
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  /** The referenced record (organization, matter, user ...) does not exist. */
  NOT_FOUND = 'NOT_FOUND',
  /** Already used (a username, a name, an idempotency key, an ID number listed twice). */
  TAKEN = 'TAKEN',
  /** Wrong shape or type (not an object, not a date, not a list ...). */
  INVALID_FORMAT = 'INVALID_FORMAT',
  /** Personal data (an ID number, a phone number) where none may be stored. */
  PERSONAL_DATA = 'PERSONAL_DATA',
  /** Any other rule of the field (a value that does not fit the case, the matter or the channel). */
  INVALID = 'INVALID',
}
registerEnumType(FieldErrorCode, { name: 'FieldErrorCode' });

/** An item of a dispute's materials checklist (from its matter's requiredMaterials). */
export enum MaterialStatus {
  RECEIVED = 'RECEIVED',
  MISSING = 'MISSING',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(MaterialStatus, { name: 'MaterialStatus' });

/** How a received material reached the case file. */
export enum MaterialReceipt {
  /** Uploaded file(s) of the dispute. */
  FILE = 'FILE',
  /** The paper original was received at the counter. */
  PAPER_ORIGINAL = 'PAPER_ORIGINAL',
}
registerEnumType(MaterialReceipt, { name: 'MaterialReceipt' });

/** Where a stored file came from. */
export enum FileOrigin {
  /** Uploaded over POST /files (materials, evidence of service). */
  UPLOAD = 'UPLOAD',
  /** Rendered by the hub (a legal document's PDF or DOCX). */
  GENERATED = 'GENERATED',
}
registerEnumType(FileOrigin, { name: 'FileOrigin' });

/** Kinds of legal documents (法律文书), each numbered in its own series per organization and year. */
export enum DocumentKind {
  /** 告知书: the ways open for the dispute and their time limits, told at intake. */
  NOTICE_OF_RIGHTS = 'NOTICE_OF_RIGHTS',
  MATERIALS_RECEIPT = 'MATERIALS_RECEIPT',
  SUPPLEMENT_NOTICE = 'SUPPLEMENT_NOTICE',
  ACCEPTANCE_NOTICE = 'ACCEPTANCE_NOTICE',
  NON_ACCEPTANCE_DECISION = 'NON_ACCEPTANCE_DECISION',
  ANSWER_NOTICE = 'ANSWER_NOTICE',
  SUSPENSION_NOTICE = 'SUSPENSION_NOTICE',
  RESUMPTION_NOTICE = 'RESUMPTION_NOTICE',
  EXTENSION_NOTICE = 'EXTENSION_NOTICE',
  /** The decision: 行政裁决书, 投诉处理决定书 or 处理决定书 by matter. */
  DECISION = 'DECISION',
  MEDIATION_AGREEMENT = 'MEDIATION_AGREEMENT',
  REFERRAL_LETTER = 'REFERRAL_LETTER',
  SERVICE_RECEIPT = 'SERVICE_RECEIPT',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

export enum DocumentStatus {
  ISSUED = 'ISSUED',
  /** A corrected version was issued; this one stays in the file, marked superseded. */
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(DocumentStatus, { name: 'DocumentStatus' });

/** Ways of serving a document (民事诉讼法 2023 arts 87–95, applied to adjudication). */
export enum ServiceMethod {
  DIRECT = 'DIRECT',
  LEFT_AT_RESIDENCE = 'LEFT_AT_RESIDENCE',
  ELECTRONIC = 'ELECTRONIC',
  POSTAL = 'POSTAL',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  ENTRUSTED = 'ENTRUSTED',
}
registerEnumType(ServiceMethod, { name: 'ServiceMethod' });

/** Who signed for a directly served document (民事诉讼法 art. 88). */
export enum ServiceSigner {
  RECIPIENT = 'RECIPIENT',
  ADULT_FAMILY_MEMBER = 'ADULT_FAMILY_MEMBER',
  ORGANIZATION_OFFICE = 'ORGANIZATION_OFFICE',
  AGENT = 'AGENT',
  DESIGNATED_RECIPIENT = 'DESIGNATED_RECIPIENT',
}
registerEnumType(ServiceSigner, { name: 'ServiceSigner' });

/** What a file proves in a service record. */
export enum ServiceEvidenceKind {
  /** The signed 送达回证. */
  SIGNED_RECEIPT = 'SIGNED_RECEIPT',
  /** Photos or video of a 留置 (left at the residence). */
  PHOTO_OR_VIDEO = 'PHOTO_OR_VIDEO',
  WITNESS_SIGNATURE = 'WITNESS_SIGNATURE',
  POSTAL_RECEIPT = 'POSTAL_RECEIPT',
  /** The 送达地址确认书 (with consent to electronic service). */
  ADDRESS_CONFIRMATION = 'ADDRESS_CONFIRMATION',
  /** The system's record that the electronic document reached the recipient. */
  DELIVERY_RECORD = 'DELIVERY_RECORD',
  /** The public notice and photos of where it was posted. */
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  OTHER = 'OTHER',
}
registerEnumType(ServiceEvidenceKind, { name: 'ServiceEvidenceKind' });

/** A typical case (典型案例): drafted by the handling organization, approved by its head, published, possibly withdrawn. */
export enum TypicalCaseStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  /** No longer public; the record stays. */
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(TypicalCaseStatus, { name: 'TypicalCaseStatus' });

/** What happened to a typical case, one history entry each. */
export enum TypicalCaseAction {
  DRAFT = 'DRAFT',
  UPDATE = 'UPDATE',
  SUBMIT = 'SUBMIT',
  /** The head sent it back for changes. */
  RETURN = 'RETURN',
  /** The head approved it: published. */
  APPROVE = 'APPROVE',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(TypicalCaseAction, { name: 'TypicalCaseAction' });

/** The parts of a typical case's text. */
export enum TypicalCaseSection {
  TITLE = 'TITLE',
  /** 【基本案情】 */
  FACTS = 'FACTS',
  /** 【处理结果】 */
  OUTCOME = 'OUTCOME',
  /** 【典型意义】 */
  SIGNIFICANCE = 'SIGNIFICANCE',
}
registerEnumType(TypicalCaseSection, { name: 'TypicalCaseSection' });

/** Why the anonymization pass replaced a span (法释〔2016〕19号 as courts apply it). */
export enum AnonymizationReason {
  /** A natural person who is a party: surname + 某 (张某, 张某甲). */
  PERSON_NAME = 'PERSON_NAME',
  /** A person named in the text after a word such as 证人 or 法定代表人, not a party. */
  DETECTED_PERSON_NAME = 'DETECTED_PERSON_NAME',
  /** An organization that is a party: region and kind kept (杭州某科技有限公司). */
  ORGANIZATION_NAME = 'ORGANIZATION_NAME',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  PLATE_NUMBER = 'PLATE_NUMBER',
  PROPERTY_CERTIFICATE = 'PROPERTY_CERTIFICATE',
  /** A home address (or a party's recorded address): kept down to the district or county. */
  ADDRESS = 'ADDRESS',
}
registerEnumType(AnonymizationReason, { name: 'AnonymizationReason' });

/** An expert draw (专家抽取) of a proceeding: the one in force, or one replaced by a redraw (kept). */
export enum ExpertDrawStatus {
  IN_FORCE = 'IN_FORCE',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ExpertDrawStatus, { name: 'ExpertDrawStatus' });

/** A drawn expert's place in a draw: on the panel (until declared), declared, waiting as an alternate, or out. */
export enum ExpertSeatStatus {
  SEATED = 'SEATED',
  DECLARED = 'DECLARED',
  ALTERNATE = 'ALTERNATE',
  WITHDRAWN = 'WITHDRAWN',
  RECUSED = 'RECUSED',
}
registerEnumType(ExpertSeatStatus, { name: 'ExpertSeatStatus' });

/** A relationship an expert declares (政府采购法实施条例 art. 9, by analogy). */
export enum ExpertRelationshipKind {
  /** Employed by the organization in the last three years. */
  FORMER_EMPLOYER = 'FORMER_EMPLOYER',
  /** Director, supervisor, controlling holder or another tie to the organization in the last three years. */
  ORGANIZATION = 'ORGANIZATION',
  /** A spouse or close relative works for, or represents, the organization. */
  RELATIVE_ORGANIZATION = 'RELATIVE_ORGANIZATION',
  /** Any other relationship with the organization that could affect fairness. */
  OTHER = 'OTHER',
}
registerEnumType(ExpertRelationshipKind, { name: 'ExpertRelationshipKind' });

/** A party's challenge (回避申请) of a drawn expert, decided by the handler. */
export enum ExpertChallengeStatus {
  PENDING = 'PENDING',
  UPHELD = 'UPHELD',
  DISMISSED = 'DISMISSED',
}
registerEnumType(ExpertChallengeStatus, { name: 'ExpertChallengeStatus' });

/** A qualification a staff member holds (队伍建设): each with its certificate number and date of issue. */
export enum QualificationKind {
  /** 法律职业资格 (国家统一法律职业资格考试), required of reconsideration staff and legal reviewers. */
  LEGAL_PROFESSION = 'LEGAL_PROFESSION',
  /** 行政执法证 */
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
  /** 法律顾问 */
  LEGAL_ADVISER = 'LEGAL_ADVISER',
  /** 公职律师 */
  PUBLIC_LAWYER = 'PUBLIC_LAWYER',
}
registerEnumType(QualificationKind, { name: 'QualificationKind' });

/** An open compliance issue of a proceeding's handlers against its matter's rules. */
export enum ComplianceIssueCode {
  /** Fewer handlers than the matter requires (administrative adjudication: at least two). */
  TOO_FEW_HANDLERS = 'TOO_FEW_HANDLERS',
  /** A handler who must hold the legal professional qualification (法律职业资格) does not. */
  LEGAL_QUALIFICATION_MISSING = 'LEGAL_QUALIFICATION_MISSING',
}
registerEnumType(ComplianceIssueCode, { name: 'ComplianceIssueCode' });

/** A follow-up (回访) of a resolved or closed dispute: open, visited, closed as unreachable, or cancelled (the dispute was withdrawn). */
export enum FollowUpStatus {
  OPEN = 'OPEN',
  VISITED = 'VISITED',
  UNREACHABLE = 'UNREACHABLE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

/** How the party was contacted for a follow-up. */
export enum FollowUpMethod {
  PHONE = 'PHONE',
  /** 上门回访 */
  VISIT = 'VISIT',
  SMS = 'SMS',
  /** A message or video call through an online platform. */
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  /** The party came to the center or the handling organization. */
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(FollowUpMethod, { name: 'FollowUpMethod' });

/** Whether the agreement, decision or other outcome was performed (履行情况), as the party reports it. */
export enum PerformanceStatus {
  PERFORMED = 'PERFORMED',
  PARTLY = 'PARTLY',
  NOT_PERFORMED = 'NOT_PERFORMED',
  /** Nothing to perform (e.g. a dispute closed without an outcome that binds anyone). */
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(PerformanceStatus, { name: 'PerformanceStatus' });

/** Who runs a case-file review campaign (案卷评查). */
export enum ReviewCampaignKind {
  /** The organization's own head reviews its own files (自查). */
  SELF_INSPECTION = 'SELF_INSPECTION',
  /** Another unit's staff review the organization's files (交叉评查). */
  CROSS_REVIEW = 'CROSS_REVIEW',
  /** The justice bureau's spot check (抽查). */
  SPOT_CHECK = 'SPOT_CHECK',
}
registerEnumType(ReviewCampaignKind, { name: 'ReviewCampaignKind' });

export enum ReviewCampaignStatus {
  DRAFT = 'DRAFT',
  /** Started: the files are fixed and their automatic checks computed. */
  IN_PROGRESS = 'IN_PROGRESS',
  /** The report was submitted to the justice bureau. */
  REPORTED = 'REPORTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReviewCampaignStatus, { name: 'ReviewCampaignStatus' });

/** The result of one automatic check of a case file. */
export enum ReviewCheckStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
  /** The hub holds no record to decide it (未记录). */
  NOT_RECORDED = 'NOT_RECORDED',
}
registerEnumType(ReviewCheckStatus, { name: 'ReviewCheckStatus' });

/** The automatic checks a machine makes of a case file from its timeline, clocks, documents and service records. */
export enum ReviewCheckCode {
  REQUIRED_DOCUMENTS = 'REQUIRED_DOCUMENTS',
  CLOCK_ACCEPTANCE = 'CLOCK_ACCEPTANCE',
  CLOCK_HANDLING = 'CLOCK_HANDLING',
  CLOCK_ANSWER = 'CLOCK_ANSWER',
  CLOCK_SERVICE = 'CLOCK_SERVICE',
  DATE_ORDER = 'DATE_ORDER',
  SERVICE_PROOF = 'SERVICE_PROOF',
  LEFT_AT_RESIDENCE_RECORD = 'LEFT_AT_RESIDENCE_RECORD',
  DECISION_PARTS = 'DECISION_PARTS',
  LEGAL_BASIS_ARTICLE = 'LEGAL_BASIS_ARTICLE',
  REMEDY_NOTICE = 'REMEDY_NOTICE',
  TWO_HANDLERS = 'TWO_HANDLERS',
  HANDLERS_QUALIFIED = 'HANDLERS_QUALIFIED',
  EXTENSIONS_IN_TIME = 'EXTENSIONS_IN_TIME',
}
registerEnumType(ReviewCheckCode, { name: 'ReviewCheckCode' });

/** A reviewer's round on a file: the first review, or an expert's re-review recorded beside it. */
export enum ReviewRound {
  FIRST = 'FIRST',
  EXPERT = 'EXPERT',
}
registerEnumType(ReviewRound, { name: 'ReviewRound' });

export enum ReviewGrade {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  QUALIFIED = 'QUALIFIED',
  UNQUALIFIED = 'UNQUALIFIED',
}
registerEnumType(ReviewGrade, { name: 'ReviewGrade' });

/** The groups of scored items: file form (卷面) and substance (内容). */
export enum ReviewItemGroup {
  FORM = 'FORM',
  SUBSTANCE = 'SUBSTANCE',
}
registerEnumType(ReviewItemGroup, { name: 'ReviewItemGroup' });

export enum ReviewReportFormat {
  PDF = 'PDF',
  DOCX = 'DOCX',
}
registerEnumType(ReviewReportFormat, { name: 'ReviewReportFormat' });
