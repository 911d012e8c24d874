export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in China Standard Time, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 with offset, e.g. 2026-03-02T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** A decimal amount of money in yuan, as a string: "12000.50". */
  Decimal: { input: string; output: string; }
  /** Free-form structured data. */
  JSON: { input: unknown; output: unknown; }
};

export type AcknowledgeNoticeInput = {
  /** The 告知书 the applicant acknowledged. */
  documentId: Scalars['ID']['input'];
};

export type AcknowledgeNoticeResult = InvalidTransitionError | LegalDocument | NotFoundError | ValidationError;

export type AnonymizationReason =
  | 'ADDRESS'
  | 'BANK_ACCOUNT'
  | 'DETECTED_PERSON_NAME'
  | 'ID_NUMBER'
  | 'ORGANIZATION_NAME'
  | 'PERSON_NAME'
  | 'PHONE'
  | 'PLATE_NUMBER'
  | 'PROPERTY_CERTIFICATE';

/** One replacement of the anonymization pass, for the editor’s diff. Offsets are UTF-16 code units, end exclusive. */
export type AnonymizationReplacement = {
  __typename?: 'AnonymizationReplacement';
  anonymizedEnd: Scalars['Int']['output'];
  /** Start of the replacement in the anonymized text of the section. */
  anonymizedStart: Scalars['Int']['output'];
  end: Scalars['Int']['output'];
  original: Scalars['String']['output'];
  reason: AnonymizationReason;
  /** What stands in its place: a pseudonym (张某甲), the kept region of an address, ××× or nothing (a deleted bracket). */
  replacement: Scalars['String']['output'];
  section: TypicalCaseSection;
  /** Start of the original span in the draft text of the section. */
  start: Scalars['Int']['output'];
};

/** Who did what to which records, when: every mutation and every read of unmasked personal data. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The operation, e.g. registerDispute, readPersonalData. */
  action: Scalars['String']['output'];
  actorUserId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  details?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  organizationId?: Maybe<Scalars['ID']['output']>;
  targetIds: Array<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
};

/** A new session (every earlier token of the account stops working), or why the change was refused. */
export type ChangePasswordResult = InvalidCredentialsError | Session | ValidationError;

export type Channel =
  /** 行政裁决 */
  | 'ADJUDICATION'
  /** 仲裁 (commercial and labour) */
  | 'ARBITRATION'
  /** 司法鉴定 */
  | 'JUDICIAL_APPRAISAL'
  /** 诉讼 */
  | 'LITIGATION'
  /** 调解 (people's, industry, lawyer, administrative) */
  | 'MEDIATION'
  /** 公证 */
  | 'NOTARIZATION'
  /** 信访 */
  | 'PETITION'
  /** 行政复议 */
  | 'RECONSIDERATION';

/** What starts a clock. */
export type ClockStart =
  /** The organization accepted (受理) the case. */
  | 'ACCEPTANCE'
  /** A mediation agreement took effect. */
  | 'AGREEMENT_EFFECTIVE'
  /** The organization received the application (for a referral: when the referral reached it). */
  | 'RECEIPT'
  /** The arbitral tribunal was formed. */
  | 'TRIBUNAL_FORMED';

export type ComplianceIssue = {
  __typename?: 'ComplianceIssue';
  code: ComplianceIssueCode;
  /** Chinese, for the user; names no person. */
  message: Scalars['String']['output'];
};

export type ComplianceIssueCode =
  | 'LEGAL_QUALIFICATION_MISSING'
  | 'TOO_FEW_HANDLERS';

export type ConcludeProceedingInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the day of conclusion. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  outcome: OutcomeKind;
  proceedingId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};

/** A correction: a new version with a new number that supersedes the document. Fields not given keep the values the document was issued with. */
export type CorrectDocumentInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  daysAllowed?: InputMaybe<Scalars['Int']['input']>;
  documentId: Scalars['ID']['input'];
  /** Parts given replace the issued ones one by one. */
  parts?: InputMaybe<DocumentPartsInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  recipientPartyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  servedDocumentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Pre-filing court-delegated mediation (诉前委派调解): proceedings opened from a referral of kind COURT_DELEGATED. */
export type CourtDelegatedMediationStatistics = {
  __typename?: 'CourtDelegatedMediationStatistics';
  /** Delegated cases concluded in the period (as in ProceedingStatistics.concluded). */
  concluded: Scalars['Int']['output'];
  /** Pre-filing resolution rate (诉前化解率): settled ÷ concluded; null when nothing was concluded. The official definition is not published (unverified); this is the hub’s. */
  preFilingResolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Delegated cases taken in during the period (as in ProceedingStatistics.received). */
  received: Scalars['Int']['output'];
  /** Of `concluded`, those settled before filing (an agreement). */
  settled: Scalars['Int']['output'];
};

export type CreateExpertInput = {
  employer?: InputMaybe<Scalars['String']['input']>;
  employerCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** Field codes of expertTaxonomy; at least one. */
  fields: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** ADMIN only: the organization whose pool it joins; others add to their own. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  relationships?: InputMaybe<Array<ExpertRelationshipInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Unavailable up to and including this day; omit: available. */
  unavailableUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateOrganizationInput = {
  /** The channels through which it handles disputes (empty for the center and the justice bureau). */
  channels: Array<Channel>;
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** A known administrative division: 杭州市 or one of its districts and counties. */
  region: Scalars['String']['input'];
};

export type CreateReviewCampaignInput = {
  channel?: InputMaybe<Channel>;
  kind: ReviewCampaignKind;
  matterCode?: InputMaybe<Scalars['String']['input']>;
  /** The organization whose concluded files are reviewed (a head: their own, for SELF_INSPECTION). */
  organizationId: Scalars['ID']['input'];
  /** YYYY-MM-DD; default three years before periodTo. */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; default today (China Standard Time). */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** Named reviewers (HANDLER, COURT_LIAISON, HEAD or REVIEWER accounts); for CROSS_REVIEW from another organization. */
  reviewerIds: Array<Scalars['ID']['input']>;
  /** The sample’s seed (8–64 letters, digits, - or _); generated and recorded when left out. */
  sampleSeed?: InputMaybe<Scalars['String']['input']>;
  /** Review a random sample of this many files; null: every file in scope. */
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to a title naming the kind and period. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** Required for every role but ADMIN; an active organization. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  roles: Array<Role>;
  /** Lower-case letters, digits, ".", "_" and "-"; 3 to 40 characters; unique. */
  username: Scalars['String']['input'];
};

export type CreateUserResult = UserCredentials | ValidationError;

export type Deadline = {
  __typename?: 'Deadline';
  /** Last day on which the act is on time (China Standard Time). */
  dueOn: Scalars['Date']['output'];
  kind: DeadlineKind;
  /** True when dueOn depends on a year whose official holiday schedule is not loaded. */
  provisional: Scalars['Boolean']['output'];
  /** Days left: working days for WORKING_DAYS rules, calendar days otherwise (MONTHS included); null once met or missed. */
  remaining?: Maybe<Scalars['Int']['output']>;
  /** Human-readable rule, with its legal basis. */
  rule: Scalars['String']['output'];
  state: DeadlineState;
  unit: TimeUnit;
};

export type DeadlineAlert = {
  __typename?: 'DeadlineAlert';
  cursor: Scalars['String']['output'];
  deadline: Deadline;
  dispute: Dispute;
  proceeding?: Maybe<Proceeding>;
  referral?: Maybe<Referral>;
  type: DeadlineAlertType;
};

export type DeadlineAlertType =
  | 'DUE_SOON'
  | 'OVERDUE';

export type DeadlineKind =
  | 'ACCEPTANCE'
  | 'ANSWER'
  | 'FOLLOW_UP'
  | 'HANDLING'
  | 'JUDICIAL_CONFIRMATION_ACCEPTANCE'
  | 'JUDICIAL_CONFIRMATION_APPLICATION'
  | 'JUDICIAL_CONFIRMATION_DECISION'
  | 'REFERRAL_RESPONSE'
  | 'SERVICE'
  | 'SUPPLEMENT';

export type DeadlineState =
  | 'DUE_SOON'
  | 'MET'
  | 'MISSED'
  | 'ON_TRACK'
  | 'OVERDUE'
  | 'PAUSED';

export type Dispute = Node & {
  __typename?: 'Dispute';
  amount?: Maybe<Scalars['Decimal']['output']>;
  /** Answers to the matter's application form, keyed by FormField.key. They hold personal data (contact ID numbers, phones, addresses): null for viewers who see the dispute masked. */
  applicationData?: Maybe<Scalars['JSON']['output']>;
  category: DisputeCategory;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** One dispute, one code, human-readable and unique, e.g. HZ2026-000123. */
  code: Scalars['String']['output'];
  /** Who holds the dispute now: the center while awaiting routing, else the handling organization. */
  currentOrganization?: Maybe<Organization>;
  /** Every deadline of the dispute's referrals and proceedings, open ones first. */
  deadlines: Array<Deadline>;
  /** Issued legal documents, superseded versions included, in order of issue. */
  documents: Array<LegalDocument>;
  events: DisputeEventConnection;
  facts: Scalars['String']['output'];
  /** The dispute's case file: uploaded materials and generated documents, oldest first. */
  files: Array<StoredFile>;
  /** The follow-up visit (回访) of a resolved or closed dispute: for the handling organization and ADMIN only (null for every other viewer, and before the dispute is resolved or closed). */
  followUp?: Maybe<FollowUp>;
  id: Scalars['ID']['output'];
  /** The materials checklist from the matter's requiredMaterials; an item never recorded is MISSING. */
  materials: Array<MaterialChecklistItem>;
  matter?: Maybe<Matter>;
  /** The earliest open deadline of the dispute, if any. */
  nextDeadline?: Maybe<Deadline>;
  occurredOn?: Maybe<Scalars['Date']['output']>;
  parties: Array<Party>;
  proceedings: Array<Proceeding>;
  receivedAt: Scalars['DateTime']['output'];
  referrals: Array<Referral>;
  region: Scalars['String']['output'];
  /** Earlier disputes (received before this one) with a party of the same ID number, credit code or phone, newest first, at most 20: a warning at registration of the same person's or organization's earlier disputes. Only those the viewer may read, each masked as it is to the viewer; empty when the viewer sees this dispute masked. */
  relatedDisputes: Array<Dispute>;
  /** The 告知书 given at intake (its latest version; acknowledgedAt says whether the applicant acknowledged it); null when none was issued. */
  rightsNotice?: Maybe<LegalDocument>;
  source: DisputeSource;
  status: DisputeStatus;
  title: Scalars['String']['output'];
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};


export type DisputeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DisputeCategory =
  | 'CONSTRUCTION'
  | 'CONSUMER'
  | 'CONTRACT'
  | 'FAMILY'
  | 'GOVERNMENT_PROCUREMENT'
  | 'LABOR'
  | 'LAND_OWNERSHIP'
  | 'MEDICAL'
  | 'NEIGHBORHOOD'
  | 'OTHER'
  | 'PATENT_INFRINGEMENT'
  | 'PROPERTY_MANAGEMENT'
  | 'TRAFFIC';

export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  edges: Array<DisputeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  cursor: Scalars['String']['output'];
  node: Dispute;
};

export type DisputeEvent = {
  __typename?: 'DisputeEvent';
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** Opaque; in commit order within every feed it appears in; resume a subscription with it. */
  cursor: Scalars['String']['output'];
  /** Event-specific details; never contains personal data. */
  data?: Maybe<Scalars['JSON']['output']>;
  deadline?: Maybe<Deadline>;
  dispute: Dispute;
  /** DOCUMENT_SERVED: the service record. */
  documentService?: Maybe<DocumentService>;
  organization?: Maybe<Organization>;
  proceeding?: Maybe<Proceeding>;
  referral?: Maybe<Referral>;
  /** One line a person can read, e.g. 转办至 富阳区人民调解委员会. Never contains personal data. */
  summary: Scalars['String']['output'];
  type: DisputeEventType;
};

export type DisputeEventConnection = {
  __typename?: 'DisputeEventConnection';
  edges: Array<DisputeEventEdge>;
  pageInfo: PageInfo;
};

export type DisputeEventEdge = {
  __typename?: 'DisputeEventEdge';
  cursor: Scalars['String']['output'];
  node: DisputeEvent;
};

export type DisputeEventType =
  | 'ANSWER_RECEIVED'
  | 'CLOSED'
  | 'CONCLUDED'
  | 'DEADLINE_DUE_SOON'
  | 'DEADLINE_OVERDUE'
  | 'DECISION_WITHOUT_DOCUMENT'
  | 'DOCUMENT_ISSUED'
  | 'DOCUMENT_SERVED'
  | 'EXPERTS_DRAWN'
  | 'EXPERTS_REDRAWN'
  | 'EXPERT_CHALLENGED'
  | 'EXPERT_CHALLENGE_DECIDED'
  | 'EXPERT_DECLARED'
  | 'EXPERT_RATED'
  | 'EXPERT_WITHDREW'
  | 'EXTENDED'
  | 'FILE_UPLOADED'
  | 'FOLLOW_UP_ATTEMPTED'
  | 'FOLLOW_UP_CLOSED'
  | 'FOLLOW_UP_RECORDED'
  | 'HANDLERS_CHANGED'
  | 'JUDICIAL_CONFIRMATION_ACCEPTED'
  | 'JUDICIAL_CONFIRMATION_DECIDED'
  | 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED'
  | 'JUDICIAL_CONFIRMATION_REQUESTED'
  | 'MATERIAL_RECORDED'
  | 'NOTICE_ACKNOWLEDGED'
  | 'PAUSED'
  | 'PROCEEDING_ADMITTED'
  | 'PROCEEDING_ASSIGNED'
  | 'PROCEEDING_NOT_ACCEPTED'
  | 'REFERRAL_ACCEPTED'
  | 'REFERRAL_CANCELLED'
  | 'REFERRAL_DECLINED'
  | 'REFERRED'
  | 'REGISTERED'
  | 'RESUMED'
  | 'WITHDRAWN';

export type DisputeFilter = {
  /** true: disputes with a proceeding assigned to the viewer (a handler's own cases). false or null: no condition. */
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Disputes with a proceeding assigned to this user (within what the viewer may read). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<Array<DisputeCategory>>;
  channel?: InputMaybe<Channel>;
  /** true: disputes with a running clock that has entered its due-soon window and is not yet overdue (the DUE_SOON state); false: none such. */
  dueSoon?: InputMaybe<Scalars['Boolean']['input']>;
  /** Disputes with a judicial confirmation in one of these statuses (for a court liaison: at the viewer's court), e.g. [PENDING, ACCEPTED]. */
  judicialConfirmationStatus?: InputMaybe<Array<JudicialConfirmationStatus>>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Disputes this organization referred somewhere (e.g. a court liaison: the court's referrals). */
  referredByOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** Matches code, title, facts or a party's name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<DisputeStatus>>;
};

export type DisputeResult = Dispute | InvalidTransitionError | NotFoundError | ValidationError | VersionConflictError;

export type DisputeSource =
  | 'COURT'
  | 'GRID_INSPECTION'
  | 'HOTLINE'
  | 'ONLINE'
  | 'OTHER'
  | 'PETITION'
  | 'WALK_IN';

export type DisputeStatus =
  /** Nobody handles it and no referral is pending: new, or back after a referral was declined or a proceeding ended without settling it. */
  | 'AWAITING_ROUTING'
  /** 办结: closed by the center or the holder; closedAt is set. */
  | 'CLOSED'
  /** An organization has accepted it and is handling it. */
  | 'IN_PROGRESS'
  /** A referral is waiting for the receiving organization. */
  | 'REFERRED'
  /** An outcome that settles it has been recorded. */
  | 'RESOLVED'
  /** The applicant withdrew; closedAt is set. */
  | 'WITHDRAWN';

/** How many visible disputes are in one status. */
export type DisputeStatusCount = {
  __typename?: 'DisputeStatusCount';
  count: Scalars['Int']['output'];
  status: DisputeStatus;
};

export type DisputesByPersonResult = DisputeConnection | ValidationError;

export type DocumentKind =
  | 'ACCEPTANCE_NOTICE'
  | 'ANSWER_NOTICE'
  | 'DECISION'
  | 'EXTENSION_NOTICE'
  | 'MATERIALS_RECEIPT'
  | 'MEDIATION_AGREEMENT'
  | 'NON_ACCEPTANCE_DECISION'
  | 'NOTICE_OF_RIGHTS'
  | 'REFERRAL_LETTER'
  | 'RESUMPTION_NOTICE'
  | 'SERVICE_RECEIPT'
  | 'SUPPLEMENT_NOTICE'
  | 'SUSPENSION_NOTICE';

export type DocumentNumberPrefix = {
  __typename?: 'DocumentNumberPrefix';
  /** What the next numbers look like, e.g. 杭财采监〔2026〕1号. */
  example: Scalars['String']['output'];
  /** Null: the base prefix. */
  kind?: Maybe<DocumentKind>;
  organizationId: Scalars['ID']['output'];
  prefix: Scalars['String']['output'];
};

/** The parts a decision states (a 不予受理决定书 and a 调解协议书 use some of them). The remedy paragraph is generated from the matter and the bodies named here. */
export type DocumentPartsInput = {
  /** 请求事项 (投诉事项和请求). */
  claims?: InputMaybe<Scalars['String']['input']>;
  /** The court named in full, e.g. 杭州市富阳区人民法院. */
  court?: InputMaybe<Scalars['String']['input']>;
  /** 查明的事实和证据. */
  factsAndEvidence?: InputMaybe<Scalars['String']['input']>;
  /** 理由和法律依据, cited to the article (第X条). */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** 处理结果. */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** 履行方式和期限 (how and by when). */
  performance?: InputMaybe<Scalars['String']['input']>;
  /** The reconsideration body named in full, e.g. 杭州市富阳区人民政府. */
  reconsiderationBody?: InputMaybe<Scalars['String']['input']>;
};

export type DocumentPlaceholder = {
  __typename?: 'DocumentPlaceholder';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** A template of this kind must use it. */
  required: Scalars['Boolean']['output'];
};

export type DocumentSection = {
  __typename?: 'DocumentSection';
  heading?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type DocumentSectionInput = {
  heading?: InputMaybe<Scalars['String']['input']>;
  /** Paragraphs separated by line breaks; {{placeholders}} as listed for the kind. */
  text: Scalars['String']['input'];
};

export type DocumentService = Node & {
  __typename?: 'DocumentService';
  abroad: Scalars['Boolean']['output'];
  /** A 答辩通知书 served on a party who answers: that party’s time to answer, from the day service is complete. */
  answerDeadline?: Maybe<Deadline>;
  /** The answer (答辩状) and its attachments, when recorded with files; empty otherwise. */
  answerFiles: Array<StoredFile>;
  /** An answer notice (答辩通知书): the day the recipient’s answer (答辩状) was received; null until recorded. */
  answerReceivedOn?: Maybe<Scalars['Date']['output']>;
  carrier?: Maybe<Scalars['String']['output']>;
  /** The date service is complete, computed by the method's rule (public notice: 30 days after publication, 60 for a party abroad; a holiday end moves to the next working day). */
  completedOn: Scalars['Date']['output'];
  /** The rule by which the completion date was computed, with its legal basis. */
  completionBasis: Scalars['String']['output'];
  document: LegalDocument;
  documentId: Scalars['ID']['output'];
  evidence: Array<ServiceEvidenceItem>;
  id: Scalars['ID']['output'];
  method: ServiceMethod;
  partyId: Scalars['ID']['output'];
  /** PUBLIC_NOTICE: where it was published or posted; null for viewers who see the dispute masked. */
  publishedWhere?: Maybe<Scalars['String']['output']>;
  /** PUBLIC_NOTICE: why the other methods failed; null for viewers who see the dispute masked. */
  reason?: Maybe<Scalars['String']['output']>;
  recipient: Party;
  recipientRole: PartyRole;
  recordedAt: Scalars['DateTime']['output'];
  /** The date of the act of service (China time). */
  servedOn: Scalars['Date']['output'];
  signer?: Maybe<ServiceSigner>;
  /** Who signed (or the witness of a 留置); null for viewers who see the dispute masked. */
  signerName?: Maybe<Scalars['String']['output']>;
  /** POSTAL: null for viewers who see the dispute masked. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
};

export type DocumentStatus =
  | 'ISSUED'
  | 'SUPERSEDED';

export type DocumentTemplate = Node & {
  __typename?: 'DocumentTemplate';
  active: Scalars['Boolean']['output'];
  /** The placeholders a template of this kind may use. */
  availablePlaceholders: Array<DocumentPlaceholder>;
  channel?: Maybe<Channel>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** The matter it is written for; null for every matter of the channel (or every case). */
  matterCode?: Maybe<Scalars['String']['output']>;
  /** The organization's own template; null for the hub's default. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  sections: Array<DocumentSection>;
  /** The document title, e.g. 政府采购投诉处理决定书. */
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DraftTypicalCaseInput = {
  /** A CLOSED or RESOLVED dispute in which the viewer’s organization held a proceeding. */
  disputeId: Scalars['ID']['input'];
  sections: TypicalCaseSectionsInput;
  title: Scalars['String']['input'];
};

export type DrawExpertsInput = {
  /** Alternates, used in order: at least 2. */
  alternates: Scalars['Int']['input'];
  /** The proceeding’s version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A field code of the proceeding’s matter (Proceeding.expertFields). */
  field: Scalars['String']['input'];
  /** Experts on the panel, 1–15. */
  panelSize: Scalars['Int']['input'];
  /** Also pause the handling clock for expert review (EXPERT_REVIEW), where the matter allows it; recording the opinion resumes it. */
  pauseClock?: InputMaybe<Scalars['Boolean']['input']>;
  proceedingId: Scalars['ID']['input'];
};

/** The Chinese display label of one enum value (the server keeps the one label table; clients keep no copy). */
export type EnumLabel = {
  __typename?: 'EnumLabel';
  /** The GraphQL enum name, e.g. DisputeStatus. */
  enum: Scalars['String']['output'];
  /** Its Chinese label, e.g. 已登记. */
  label: Scalars['String']['output'];
  /** The enum value, e.g. REGISTERED. */
  value: Scalars['String']['output'];
};

export type ErrorCode =
  | 'EXTENSION_NOT_ALLOWED'
  | 'HANDLER_RULES_NOT_MET'
  | 'INSUFFICIENT_EXPERTS'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TRANSITION'
  | 'LOGIN_THROTTLED'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT';

export type ErrorResult = {
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type Expert = Node & {
  __typename?: 'Expert';
  /** Not removed and not marked unavailable today. */
  available: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  employer?: Maybe<Scalars['String']['output']>;
  /** The employer’s unified social credit code. */
  employerCreditCode?: Maybe<Scalars['String']['output']>;
  fieldList: Array<ExpertField>;
  /** Field codes of the expert taxonomy (expertTaxonomy). */
  fields: Array<Scalars['String']['output']>;
  flaggedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Repeated poor ratings (HUB_EXPERT_RATING_THRESHOLD, HUB_EXPERT_RATING_MIN_CASES): the pool’s keepers decide on removal. */
  flaggedForRemoval: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  /** Masked (first 3 and last 4 digits) except for the pool’s keepers and ADMIN. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Declared relationships (employers and organizations in the last three years, relatives’ organizations). */
  relationships: Array<ExpertRelationship>;
  /** Removed from the pool: never drawn again; kept for the draws that named it. */
  removed: Scalars['Boolean']['output'];
  /** Professional title, e.g. 高级工程师. */
  title?: Maybe<Scalars['String']['output']>;
  /** Unavailable up to and including this day (China time); null: available. */
  unavailableUntil?: Maybe<Scalars['Date']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** No alternate is left to take a vacated panel seat: redraw (with a reason). */
export type ExpertAlternatesExhaustedError = ErrorResult & {
  __typename?: 'ExpertAlternatesExhaustedError';
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type ExpertChallenge = Node & {
  __typename?: 'ExpertChallenge';
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  drawId: Scalars['ID']['output'];
  expert: Expert;
  expertId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** The challenging party. */
  partyId: Scalars['ID']['output'];
  partyRole: PartyRole;
  /** The party’s written reasons. */
  reasons: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  status: ExpertChallengeStatus;
};

export type ExpertChallengeResult = ExpertAlternatesExhaustedError | ExpertChallenge | InvalidTransitionError | NotFoundError | ValidationError | VersionConflictError;

export type ExpertChallengeStatus =
  | 'DISMISSED'
  | 'PENDING'
  | 'UPHELD';

export type ExpertDraw = Node & {
  __typename?: 'ExpertDraw';
  alternateCount: Scalars['Int']['output'];
  /** SHA-256 of the sorted candidate ids, one per line. */
  candidateHash: Scalars['String']['output'];
  /** The conflict-free candidates, sorted: the sampler’s input. */
  candidateIds: Array<Scalars['ID']['output']>;
  challenges: Array<ExpertChallenge>;
  drawnAt: Scalars['DateTime']['output'];
  /** The experts in the order drawn: the panel, then the alternates. */
  drawnOrder: Array<Scalars['ID']['output']>;
  exclusions: Array<ExpertExclusion>;
  /** The field code drawn from. */
  field: Scalars['String']['output'];
  fieldInfo: ExpertField;
  id: Scalars['ID']['output'];
  /** The panel’s opinion, a file of the dispute. */
  opinionFile?: Maybe<StoredFile>;
  opinionRecordedAt?: Maybe<Scalars['DateTime']['output']>;
  organizationId: Scalars['ID']['output'];
  panelSize: Scalars['Int']['output'];
  /** The draw paused the handling clock for expert review. */
  pausedClock: Scalars['Boolean']['output'];
  /** The draw this one replaced. */
  previousDrawId?: Maybe<Scalars['ID']['output']>;
  proceedingId: Scalars['ID']['output'];
  /** Why the previous draw was replaced. */
  redrawReason?: Maybe<Scalars['String']['output']>;
  /** Every drawn expert in the order drawn (panel seats, alternates, and those who left). */
  seats: Array<ExpertSeat>;
  /** The random seed (hex) the sampler ran with. */
  seed: Scalars['String']['output'];
  status: ExpertDrawStatus;
  supersededAt?: Maybe<Scalars['DateTime']['output']>;
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type ExpertDrawResult = ExpertAlternatesExhaustedError | ExpertDraw | InsufficientExpertsError | InvalidTransitionError | NotFoundError | ValidationError | VersionConflictError;

export type ExpertDrawStatus =
  | 'IN_FORCE'
  | 'SUPERSEDED';

export type ExpertExclusion = {
  __typename?: 'ExpertExclusion';
  expert: Expert;
  expertId: Scalars['ID']['output'];
  reasons: Array<Scalars['String']['output']>;
};

export type ExpertField = {
  __typename?: 'ExpertField';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ExpertFieldGroup = {
  __typename?: 'ExpertFieldGroup';
  fields: Array<ExpertField>;
  name: Scalars['String']['output'];
};

/** An expert of the pool: the whole record (an update replaces every field). */
export type ExpertInput = {
  employer?: InputMaybe<Scalars['String']['input']>;
  employerCreditCode?: InputMaybe<Scalars['String']['input']>;
  /** Field codes of expertTaxonomy; at least one. */
  fields: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  relationships?: InputMaybe<Array<ExpertRelationshipInput>>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** Unavailable up to and including this day; omit: available. */
  unavailableUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type ExpertRelationship = {
  __typename?: 'ExpertRelationship';
  /** The organization’s unified social credit code. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** When the tie ended; null while it lasts. Ties that ended more than three years ago no longer exclude. */
  endedOn?: Maybe<Scalars['Date']['output']>;
  kind: ExpertRelationshipKind;
  /** The organization’s name. */
  name?: Maybe<Scalars['String']['output']>;
};

export type ExpertRelationshipInput = {
  /** The organization’s unified social credit code. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** When the tie ended; omit while it lasts. */
  endedOn?: InputMaybe<Scalars['Date']['input']>;
  kind: ExpertRelationshipKind;
  /** The organization’s name (this or creditCode). */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ExpertRelationshipKind =
  | 'FORMER_EMPLOYER'
  | 'ORGANIZATION'
  | 'OTHER'
  | 'RELATIVE_ORGANIZATION';

export type ExpertResult = Expert | NotFoundError | ValidationError | VersionConflictError;

export type ExpertSeat = {
  __typename?: 'ExpertSeat';
  declaredAt?: Maybe<Scalars['DateTime']['output']>;
  drawId: Scalars['ID']['output'];
  /** 1-based position in the order drawn. */
  drawnPosition: Scalars['Int']['output'];
  expert: Expert;
  expertId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  leaveReason?: Maybe<Scalars['String']['output']>;
  /** When the expert left the panel (withdrew or was recused). */
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  /** Seat on the panel (1..panelSize) while on it; an alternate who moves up takes the seat of whom it replaces. */
  panelPosition?: Maybe<Scalars['Int']['output']>;
  ratedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The handler’s rating after the case, 1–5. */
  rating?: Maybe<Scalars['Int']['output']>;
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** The expert this alternate replaced on the panel. */
  replacedId?: Maybe<Scalars['ID']['output']>;
  status: ExpertSeatStatus;
};

export type ExpertSeatStatus =
  | 'ALTERNATE'
  | 'DECLARED'
  | 'RECUSED'
  | 'SEATED'
  | 'WITHDRAWN';

/** The expert fields of a matter. */
export type ExpertTaxonomy = {
  __typename?: 'ExpertTaxonomy';
  groups: Array<ExpertFieldGroup>;
  matterCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type Extension = {
  __typename?: 'Extension';
  amount: Scalars['Int']['output'];
  /** Who approved it, when that person is not a hub user (e.g. the bureau's head). */
  approverName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  basis: ExtensionBasis;
  reason: Scalars['String']['output'];
  recordedBy: User;
  unit: TimeUnit;
};

export type ExtensionBasis =
  /** Approved by the head of the organization (or court president). */
  | 'HEAD_APPROVAL'
  /** Allowed by the institution's own rules (arbitration). */
  | 'INSTITUTION_RULES'
  /** Agreed by the parties (mediation). */
  | 'PARTIES_CONSENT';

export type ExtensionNotAllowedError = ErrorResult & {
  __typename?: 'ExtensionNotAllowedError';
  alreadyExtended: Scalars['Int']['output'];
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  /** Most the rule allows in total; null when the rule allows none. */
  maxExtension?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
};

export type FeedScope =
  /** Every referral the viewer may read (FRONTDESK and ADMIN: the whole hub). */
  | 'ALL'
  /** Referrals to or from the viewer's organization. */
  | 'OWN_ORGANIZATION';

export type FieldError = {
  __typename?: 'FieldError';
  /** What is wrong, as a stable code (the message is for people and may change). */
  code: FieldErrorCode;
  /** Path of the offending input field, e.g. parties.0.idNumber. */
  field: Scalars['String']['output'];
  /** Chinese, for the user. */
  message: Scalars['String']['output'];
};

export type FieldErrorCode =
  | 'CONTROL_CHARACTERS'
  | 'INVALID'
  | 'INVALID_AMOUNT'
  | 'INVALID_CREDIT_CODE'
  | 'INVALID_FORMAT'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_PHONE'
  | 'NOT_FOUND'
  | 'PERSONAL_DATA'
  | 'REQUIRED'
  | 'TAKEN'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'UNKNOWN_REGION';

export type FileOrigin =
  | 'GENERATED'
  | 'UPLOAD';

export type FollowUp = Node & {
  __typename?: 'FollowUp';
  /** Contact attempts that did not reach the party, oldest first. */
  attempts: Array<FollowUpAttempt>;
  /** The mean of the four scores (null until visited). */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** When the visit was recorded, or the follow-up closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the party said (free text): the handling organization and ADMIN only, audited as a read of personal data. */
  comments?: Maybe<Scalars['String']['output']>;
  /** The day the dispute was resolved (the outcome took effect) or closed: no visit or attempt may be dated before it. */
  concludedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The FOLLOW_UP clock (HUB_FOLLOW_UP_DUE_WORKING_DAYS working days from the conclusion). */
  deadline?: Maybe<Deadline>;
  /** The dispute followed up. */
  dispute?: Maybe<Dispute>;
  /** Satisfaction 1–5: how easy the process was. */
  ease?: Maybe<Scalars['Int']['output']>;
  /** Satisfaction 1–5: fair treatment. */
  fairness?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  method?: Maybe<FollowUpMethod>;
  /** The handling organization, which owes the visit. */
  organization: Organization;
  /** 履行情况 as the party reported it. */
  performance?: Maybe<PerformanceStatus>;
  /** Satisfaction 1–5: the professionalism of the staff. */
  professionalism?: Maybe<Scalars['Int']['output']>;
  /** Satisfied: the mean of the four scores is at least 4 (the statistics’ satisfaction rate counts these); null until visited. */
  satisfied?: Maybe<Scalars['Boolean']['output']>;
  status: FollowUpStatus;
  /** Satisfaction 1–5: timeliness. */
  timeliness?: Maybe<Scalars['Int']['output']>;
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** The day of the visit. */
  visitedOn?: Maybe<Scalars['Date']['output']>;
};

/** A contact attempt that did not reach the party. */
export type FollowUpAttempt = {
  __typename?: 'FollowUpAttempt';
  attemptedOn: Scalars['Date']['output'];
  method: FollowUpMethod;
  recordedAt: Scalars['DateTime']['output'];
};

/** A page of follow-ups, earliest due first. */
export type FollowUpConnection = {
  __typename?: 'FollowUpConnection';
  edges: Array<FollowUpEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FollowUpEdge = {
  __typename?: 'FollowUpEdge';
  cursor: Scalars['String']['output'];
  node: FollowUp;
};

export type FollowUpMethod =
  | 'IN_PERSON'
  | 'LETTER'
  | 'ONLINE'
  | 'PHONE'
  | 'SMS'
  | 'VISIT';

export type FollowUpResult = FollowUp | InvalidTransitionError | NotFoundError | ValidationError | VersionConflictError;

/** Follow-up visits (回访) of resolved and closed disputes: each FOLLOW_UP_RECORDED event (a visit) and each follow-up closed as unreachable dated in the period, for the handling organization, with the channel and matter of the concluding proceeding (else of the dispute’s matter). */
export type FollowUpStatistics = {
  __typename?: 'FollowUpStatistics';
  /** Mean ease score (1–5) of the visits; null without visits. */
  easeAverage?: Maybe<Scalars['Float']['output']>;
  /** Mean fairness score (1–5) of the visits; null without visits. */
  fairnessAverage?: Maybe<Scalars['Float']['output']>;
  /** Visits whose party reported the outcome not performed (未履行). */
  notPerformed: Scalars['Int']['output'];
  /** Visits whose party reported the outcome partly performed (部分履行). */
  partlyPerformed: Scalars['Int']['output'];
  /** Performance rate (履行率): performed ÷ (visits − visits with nothing to perform); null when there is none. The official definition is not published (unverified); this is the hub’s. */
  performanceRate?: Maybe<Scalars['Float']['output']>;
  /** Visits whose party reported the outcome performed (已履行). */
  performed: Scalars['Int']['output'];
  /** Mean professionalism score (1–5) of the visits; null without visits. */
  professionalismAverage?: Maybe<Scalars['Float']['output']>;
  /** Satisfaction rate (回访满意率): satisfied visits ÷ visits, a visit being satisfied when the mean of its four scores (professionalism, ease, timeliness, fairness) is at least 4; unreachable parties are not counted; null without visits. The official definition is not published (unverified); this is the hub’s. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** Satisfied visits: the mean of the visit’s four scores is at least 4. */
  satisfied: Scalars['Int']['output'];
  /** Mean timeliness score (1–5) of the visits; null without visits. */
  timelinessAverage?: Maybe<Scalars['Float']['output']>;
  /** Follow-ups closed in the period because the party could not be reached. */
  unreachable: Scalars['Int']['output'];
  /** Visits recorded in the period (the party was reached and answered). */
  visits: Scalars['Int']['output'];
};

export type FollowUpStatus =
  | 'CANCELLED'
  | 'OPEN'
  | 'UNREACHABLE'
  | 'VISITED';

export type FormField = {
  __typename?: 'FormField';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Choices for SELECT fields. */
  options?: Maybe<Array<Scalars['String']['output']>>;
  required: Scalars['Boolean']['output'];
  type: FormFieldType;
};

export type FormFieldType =
  | 'DATE'
  | 'FILE'
  | 'ID_NUMBER'
  | 'MONEY'
  | 'NUMBER'
  | 'PHONE'
  | 'SELECT'
  | 'TEXT'
  | 'TEXTAREA';

export type FormTemplate = {
  __typename?: 'FormTemplate';
  fields: Array<FormField>;
  title: Scalars['String']['output'];
};

export type HandlerCaseCount = {
  __typename?: 'HandlerCaseCount';
  /** Proceedings admitted in the period where the user is lead or co-handler. */
  cases: Scalars['Int']['output'];
  /** Of those, where the user is the lead. */
  leadCases: Scalars['Int']['output'];
  user?: Maybe<User>;
  userId: Scalars['ID']['output'];
};

/** The organization enforces the handler rules of its matters and the proceeding does not meet them; nothing was written. */
export type HandlerRulesNotMetError = ErrorResult & {
  __typename?: 'HandlerRulesNotMetError';
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  issues: Array<ComplianceIssue>;
  message: Scalars['String']['output'];
};

export type HandlingUnitStatistics = {
  __typename?: 'HandlingUnitStatistics';
  /** Every member of the unit, most cases first. */
  handlers: Array<HandlerCaseCount>;
  /** null: members without a handling unit. */
  handlingUnit?: Maybe<Scalars['String']['output']>;
  /** Of those, holding the legal professional qualification (法律职业资格). */
  qualifiedStaff: Scalars['Int']['output'];
  /** Active members of the unit. */
  staff: Scalars['Int']['output'];
  /** Training hours of the unit’s members in the years of the period. */
  trainingHours: Scalars['Float']['output'];
};

export type HolidayCalendar = {
  __typename?: 'HolidayCalendar';
  holidays: Array<Scalars['Date']['output']>;
  makeUpWorkdays: Array<Scalars['Date']['output']>;
  /** True when the State Council's schedule for the year is loaded; false: weekends and fixed-date holidays only (provisional). */
  official: Scalars['Boolean']['output'];
  source?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** A year's official schedule as published by the State Council. */
export type HolidayScheduleInput = {
  /** Every day off, weekends inside a holiday block included. */
  holidays: Array<Scalars['Date']['input']>;
  /** Saturdays or Sundays declared working days (调休上班日). */
  makeUpWorkdays: Array<Scalars['Date']['input']>;
  /** Where the schedule comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号). */
  source: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type IdType =
  | 'FOREIGN_PERMANENT_RESIDENT_ID'
  | 'HK_MACAO_PERMIT'
  | 'OTHER'
  | 'PASSPORT'
  /** 居民身份证 (GB 11643, check digit verified) */
  | 'RESIDENT_ID'
  | 'TAIWAN_PERMIT'
  /** 统一社会信用代码 (GB 32100, check character verified) */
  | 'USCC';

/** Fewer conflict-free, available experts of the field than the draw needs; nothing was recorded. */
export type InsufficientExpertsError = ErrorResult & {
  __typename?: 'InsufficientExpertsError';
  available: Scalars['Int']['output'];
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
  needed: Scalars['Int']['output'];
};

export type InvalidCredentialsError = ErrorResult & {
  __typename?: 'InvalidCredentialsError';
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type InvalidTransitionError = ErrorResult & {
  __typename?: 'InvalidTransitionError';
  code: ErrorCode;
  /** The status the record is in, which does not allow the action. */
  currentStatus: Scalars['String']['output'];
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type IssueDocumentInput = {
  /** 调解协议书: the terms agreed. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 补正通知书: working days allowed (required); 答辩通知书: the time to answer in the matter’s unit (default by matter). */
  daysAllowed?: InputMaybe<Scalars['Int']['input']>;
  disputeId: Scalars['ID']['input'];
  kind: DocumentKind;
  parts?: InputMaybe<DocumentPartsInput>;
  /** The proceeding the document belongs to; required for acceptance, non-acceptance, answer, suspension, resumption, extension, decision and mediation agreement. */
  proceedingId?: InputMaybe<Scalars['ID']['input']>;
  /** Reasons: of a non-acceptance, a suspension, a resumption, an extension or a referral. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Parties to serve; by default the kind's: all parties (decision, agreement, suspension...), respondents (answer notice) or applicants. */
  recipientPartyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 送达回证: the document it is the receipt of. */
  servedDocumentId?: InputMaybe<Scalars['ID']['input']>;
};

export type IssueDocumentResult = InvalidTransitionError | LegalDocument | NotFoundError | ValidationError;

export type JudicialConfirmation = Node & {
  __typename?: 'JudicialConfirmation';
  acceptanceDeadline: Deadline;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  court: Organization;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Exists once the application is accepted. */
  decisionDeadline?: Maybe<Deadline>;
  /** Why the court declined to accept the application (不予受理). */
  declineReason?: Maybe<Scalars['String']['output']>;
  extensions: Array<Extension>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  proceeding: Proceeding;
  requestedAt: Scalars['DateTime']['output'];
  /** 裁定书 number. */
  rulingNumber?: Maybe<Scalars['String']['output']>;
  status: JudicialConfirmationStatus;
  version: Scalars['Int']['output'];
};

export type JudicialConfirmationDecision =
  | 'CONFIRM'
  | 'REJECT';

export type JudicialConfirmationResult = ExtensionNotAllowedError | InvalidTransitionError | JudicialConfirmation | NotFoundError | ValidationError | VersionConflictError;

/** Judicial confirmation (司法确认) of mediation agreements of the slice, counted for the mediating organization and for the court. */
export type JudicialConfirmationStatistics = {
  __typename?: 'JudicialConfirmationStatistics';
  /** Applications filed in the period (JUDICIAL_CONFIRMATION_REQUESTED dated in it). */
  applications: Scalars['Int']['output'];
  /** Confirmation rate: confirmed ÷ decided; null when nothing was decided. The official definition is not published (unverified); this is the hub’s. */
  confirmationRate?: Maybe<Scalars['Float']['output']>;
  /** Of `decided`, the confirmed ones. */
  confirmed: Scalars['Int']['output'];
  /** Applications decided in the period (JUDICIAL_CONFIRMATION_DECIDED): confirmed or rejected. */
  decided: Scalars['Int']['output'];
  /** Applications the court declined to accept in the period (JUDICIAL_CONFIRMATION_NOT_ACCEPTED). */
  notAccepted: Scalars['Int']['output'];
};

export type JudicialConfirmationStatus =
  /** Accepted; the court rules within 15 days (extensible by 10). */
  | 'ACCEPTED'
  | 'CONFIRMED'
  /** The court declined to accept the application. */
  | 'NOT_ACCEPTED'
  /** Applied for; the court decides within 3 days whether to accept (立案). */
  | 'PENDING'
  /** Not confirmed: the dispute goes back to AWAITING_ROUTING. */
  | 'REJECTED'
  | 'WITHDRAWN';

export type LegalDocument = Node & {
  __typename?: 'LegalDocument';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  dispute: Dispute;
  disputeId: Scalars['ID']['output'];
  /** The DOCX, for offices that edit. */
  docx: StoredFile;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  kind: DocumentKind;
  /** e.g. 杭财采监〔2026〕12号 */
  number: Scalars['String']['output'];
  /** The issuing organization. */
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  /** The PDF (its content only for viewers who see the dispute unmasked). */
  pdf: StoredFile;
  proceeding?: Maybe<Proceeding>;
  proceedingId?: Maybe<Scalars['ID']['output']>;
  /** The parties the document is served on. */
  recipients: Array<Party>;
  /** Every recipient has been served (true for a document without recipients). */
  servedToAll: Scalars['Boolean']['output'];
  /** The clock of serving every recipient (the center’s rule); null for a document without recipients. */
  serviceDeadline?: Maybe<Deadline>;
  /** Service records of the document, one per served recipient, in the order recorded. */
  services: Array<DocumentService>;
  /** SHA-256 of the PDF, hex. */
  sha256: Scalars['String']['output'];
  status: DocumentStatus;
  supersededById?: Maybe<Scalars['ID']['output']>;
  supersedesId?: Maybe<Scalars['ID']['output']>;
  templateVersion: Scalars['Int']['output'];
  /** The text as issued (plain text of the PDF); null for viewers who see the dispute masked. */
  text?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** 1 for the original; a correction is the next version. */
  version: Scalars['Int']['output'];
};

export type LoadHolidayCalendarResult = HolidayCalendar | ValidationError;

export type LoginResult = InvalidCredentialsError | Session;

/** An item of a dispute's materials checklist (from its matter's requiredMaterials). */
export type MaterialChecklistItem = {
  __typename?: 'MaterialChecklistItem';
  disputeId: Scalars['ID']['output'];
  /** The files that hold the material (receipt FILE). */
  files: Array<StoredFile>;
  /** The material's name, as the matter catalog lists it. */
  name: Scalars['String']['output'];
  /** The catalog's note on the material (public text). */
  note?: Maybe<Scalars['String']['output']>;
  receipt?: Maybe<MaterialReceipt>;
  recordedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recorded the item last. */
  recordedBy?: Maybe<User>;
  /** Why the item is not applicable, or a note on it; null for viewers who see the dispute masked. */
  remark?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  status: MaterialStatus;
  /** Optimistic-lock version of the item; 0 while it was never recorded. Pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type MaterialReceipt =
  | 'FILE'
  | 'PAPER_ORIGINAL';

export type MaterialRequirement = {
  __typename?: 'MaterialRequirement';
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
};

export type MaterialStatus =
  | 'MISSING'
  | 'NOT_APPLICABLE'
  | 'RECEIVED';

/**
 * An adjudication (or other) matter from the published list of matters
 * (事项清单): what may be applied for, under which law, how, and how fast.
 */
export type Matter = Node & {
  __typename?: 'Matter';
  acceptanceTimeLimit?: Maybe<TimeLimit>;
  applicationForm: FormTemplate;
  /** Organizations that handle this matter, those of the given region first. */
  authorities: Array<Organization>;
  /** The city-level authority. Prefer authorities(region). */
  authority?: Maybe<Organization>;
  channel: Channel;
  /** Stable code, e.g. GOV-PROCUREMENT-COMPLAINT. */
  code: Scalars['String']['output'];
  conditions: Array<Scalars['String']['output']>;
  handlingTimeLimit: TimeLimit;
  id: Scalars['ID']['output'];
  legalBasis: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** True where the time limits were read from secondary sources and await verification. */
  needsVerification: Scalars['Boolean']['output'];
  procedure: Array<Scalars['String']['output']>;
  requiredMaterials: Array<MaterialRequirement>;
  /** Limit under the simplified procedure, where the law has one. */
  simplifiedHandlingTimeLimit?: Maybe<TimeLimit>;
  /** ADMIN: what of the legal basis (legalBasis and the time limits' legalBasis) awaits verification against the official texts; the public texts carry no such marks. */
  unverifiedLegalBasis?: Maybe<Array<Scalars['String']['output']>>;
};


/**
 * An adjudication (or other) matter from the published list of matters
 * (事项清单): what may be applied for, under which law, how, and how fast.
 */
export type MatterAuthoritiesArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 立案: the court accepts the application. */
  acceptJudicialConfirmation: JudicialConfirmationResult;
  acceptReferral: ReferralActionResult;
  /** Records that the applicant acknowledged the 告知书. */
  acknowledgeNotice: AcknowledgeNoticeResult;
  /** 受理: accept a proceeding under acceptance review. */
  admitProceeding: ProceedingResult;
  /** The head of the drafting organization approves: published. Refused like submitTypicalCase while anything identifying is left. */
  approveTypicalCase: TypicalCaseResult;
  assignProceeding: ProceedingResult;
  cancelReferral: ReferralActionResult;
  /** Cancels a campaign before its report is submitted (its creator). */
  cancelReviewCampaign: ReviewCampaignResult;
  /** Records a party’s written challenge (回避申请) of a drawn expert, with its reasons. */
  challengeExpert: ExpertChallengeResult;
  /** Changes one's own password (at least 10 characters, not the username, not a common password). Returns a new session: every earlier token stops working. */
  changePassword: ChangePasswordResult;
  /** 办结: close a dispute that is resolved, or that nobody can take further. */
  closeDispute: DisputeResult;
  /** Closes an open follow-up as UNREACHABLE before the last attempt; at least one attempt must be recorded. */
  closeFollowUp: FollowUpResult;
  concludeProceeding: ProceedingResult;
  /** Issues a corrected version (new number) that supersedes the document. */
  correctDocument: IssueDocumentResult;
  /** Adds an expert to the viewer's organization's pool (ADMIN: to organizationId's). */
  createExpert: ExpertResult;
  /** ADMIN: creates an organization. */
  createOrganization: OrganizationResult;
  /** Opens a campaign (DRAFT): SELF_INSPECTION by the head of the organization reviewed, CROSS_REVIEW and SPOT_CHECK by the justice bureau (REVIEWER) over any organization. Refused (ValidationError on scope) when the scope holds no concluded proceeding, or on sampleSize when the sample is larger than the scope. */
  createReviewCampaign: ReviewCampaignResult;
  /** ADMIN: creates an account with a one-time password, which the user must change at the first sign-in. */
  createUser: CreateUserResult;
  /** ADMIN: deactivates an organization: it keeps its history and receives no new referrals. */
  deactivateOrganization: OrganizationResult;
  /** Decides a challenge: upheld, the expert is recused and the next alternate moves up. */
  decideExpertChallenge: ExpertChallengeResult;
  decideJudicialConfirmation: JudicialConfirmationResult;
  /** A drawn panel expert declared no conflict of interest (recorded by the handler). */
  declareExpertNoConflict: ExpertDrawResult;
  declineJudicialConfirmation: JudicialConfirmationResult;
  declineReferral: ReferralActionResult;
  /** ADMIN: disables an account; its sessions end at once on every instance. */
  disableUser: UpdateUserResult;
  /** Drafts a typical case from a CLOSED or RESOLVED dispute the viewer’s organization handled (admitted and concluded a proceeding of); the anonymization pass runs on the text. */
  draftTypicalCase: TypicalCaseResult;
  /** Draws experts at random for a proceeding from its organization’s pool: available experts of the field without a conflict against the parties; the panel, then at least two alternates used in order. Recorded (seed, candidates, exclusions with reasons) and not repeatable: a second draw needs redrawExperts. */
  drawExperts: ExpertDrawResult;
  /** ADMIN: enables a disabled account (it signs in anew). */
  enableUser: UpdateUserResult;
  extendJudicialConfirmation: JudicialConfirmationResult;
  extendProceeding: ProceedingResult;
  /** Issues a legal document of a dispute: numbered in the organization’s series, rendered to PDF and DOCX, stored. */
  issueDocument: IssueDocumentResult;
  /** ADMIN: load or replace a year's official holiday schedule. Open deadlines are recomputed against it. */
  loadHolidayCalendar: LoadHolidayCalendarResult;
  login: LoginResult;
  pauseProceeding: ProceedingResult;
  /** The handler rates a panel expert 1–5 after the opinion; repeated poor ratings flag the expert for removal. */
  rateExpert: ExpertDrawResult;
  /** ADMIN: makes a deactivated organization active again. */
  reactivateOrganization: OrganizationResult;
  /** Records that a served recipient of a 答辩通知书 answered (答辩状), with the answer’s files: the recipient’s ANSWER clock stops on that day (MISSED when late). Once per recipient. */
  recordAnswer: RecordAnswerResult;
  /** Links the panel’s opinion (a file uploaded to the dispute) to the draw; a clock paused for expert review resumes. */
  recordExpertOpinion: ExpertDrawResult;
  /** Records the follow-up visit (回访) of a resolved or closed dispute: date, method, performance (履行情况), satisfaction 1–5 on four dimensions, comments. The handling organization only; the FOLLOW_UP clock is met on the day of the visit. */
  recordFollowUp: FollowUpResult;
  /** Records a contact attempt that did not reach the party (未联系上); after HUB_FOLLOW_UP_MAX_ATTEMPTS attempts (default 3) the follow-up closes as UNREACHABLE. */
  recordFollowUpAttempt: FollowUpResult;
  /** Records an item of a dispute's materials checklist: received (file or paper original), missing, or not applicable (with a remark). */
  recordMaterial: RecordMaterialResult;
  /** Records service (送达) of an issued document on one recipient; the hub computes the date service is complete by the method’s rule and starts the recipient’s clocks from it. Refuses 留置 of a 调解书, electronic service without consent, and evidence that does not prove the method. */
  recordService: RecordServiceResult;
  /** Records a party’s 送达地址确认书 (addresses, consent to electronic service, the signed file). */
  recordServiceAddress: RecordServiceAddressResult;
  /** Records a user's handling unit, qualifications and training (the whole record): the head of the user's organization, or ADMIN. */
  recordStaff: StaffRecordResult;
  /** Records that the materials a 补正通知书 asked for were supplemented: the handling clock runs again. */
  recordSupplementReceived: RecordSupplementReceivedResult;
  /** Replaces the draw in force by a new draw (same field and sizes); the old one is kept and the reason recorded. */
  redrawExperts: ExpertDrawResult;
  referDispute: ReferDisputeResult;
  registerDispute: RegisterDisputeResult;
  /** 不予受理, with reasons and where the applicant may go instead. */
  rejectProceeding: ProceedingResult;
  /** Removes an expert from the pool (kept for the draws that named it; clears a removal flag). */
  removeExpert: ExpertResult;
  requestJudicialConfirmation: JudicialConfirmationResult;
  /** ADMIN: a new one-time password; every session of the account ends. */
  resetPassword: ResetPasswordResult;
  /** Restores a removed expert, or keeps a flagged one (clears the flag). */
  restoreExpert: ExpertResult;
  resumeProceeding: ProceedingResult;
  /** The head sends a submitted case back to its drafters (DRAFT). */
  returnTypicalCase: TypicalCaseResult;
  /** Saves a new version of a template (the previous one becomes inactive); unknown placeholders are refused. */
  saveDocumentTemplate: SaveDocumentTemplateResult;
  /** ADMIN saves a new checklist version (validated). expectedVersion is the newest version as read; campaigns already started keep the version they pinned. */
  saveReviewChecklist: ReviewChecklistResult;
  /** Writes the report’s sections while the campaign runs (fields left out stay as they are). */
  saveReviewReport: ReviewCampaignResult;
  /** A reviewer’s round on a file (named reviewers and the creator only): confirm or override the automatic checks (an override needs a reason), deduct for the items a machine cannot judge, apply veto items, comment. Version-checked on the file. */
  scoreReviewFile: ReviewFileResult;
  /** Sets the prefix of an organization’s document numbers (杭财采监〔2026〕12号), for a kind or for every kind. */
  setDocumentNumberPrefix: SetDocumentNumberPrefixResult;
  /** Switches enforcement of the handler rules for an organization (its head, or ADMIN): when on, admitting or concluding a proceeding that breaks them is refused. */
  setHandlerRulesEnforcement: StaffSettingsResult;
  /** Names the handlers of an open proceeding: the lead (主办) and co-handlers (协办), active members of the holding organization. Replaces the previous handlers. */
  setProceedingHandlers: ProceedingResult;
  /** Signs the account out everywhere: every token issued to it so far stops working, on every instance, and its open WebSockets close. Always true. */
  signOut: Scalars['Boolean']['output'];
  /** Starts a campaign (its creator): the files are fixed (all, or the sample drawn from the seed), the newest checklist pinned, the automatic checks computed. */
  startReviewCampaign: ReviewCampaignResult;
  /** Submits the report to the justice bureau (REPORTED): every file scored and every section written; the statistics are frozen. */
  submitReviewReport: ReviewCampaignResult;
  /** Submits a draft to the organization’s head; refused (ValidationError) while anything identifying is left in the anonymized text. */
  submitTypicalCase: TypicalCaseResult;
  /** Replaces an expert’s record (version-checked). */
  updateExpert: ExpertResult;
  /** ADMIN: renames an organization or changes its kind, channels, region or parent. */
  updateOrganization: OrganizationResult;
  /** Changes a draft; the anonymization pass runs again. */
  updateTypicalCase: TypicalCaseResult;
  /** ADMIN: changes an account's name, roles or organization. Open WebSockets of the account are closed. */
  updateUser: UpdateUserResult;
  /** The applicant withdraws; open referrals are cancelled and open proceedings concluded as WITHDRAWN. */
  withdrawDispute: DisputeResult;
  /** A drawn expert withdrew (回避): the next alternate moves up; refused when none is left. */
  withdrawExpert: ExpertDrawResult;
  /** Withdraws a case (the head, or ADMIN): no longer public; the record stays. */
  withdrawTypicalCase: TypicalCaseResult;
};


export type MutationAcceptJudicialConfirmationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAcceptReferralArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeNoticeArgs = {
  input: AcknowledgeNoticeInput;
};


export type MutationAdmitProceedingArgs = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  procedure?: InputMaybe<ProcedureTrack>;
};


export type MutationApproveTypicalCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAssignProceedingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCancelReferralArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelReviewCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationChallengeExpertArgs = {
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  expertId: Scalars['ID']['input'];
  partyId: Scalars['ID']['input'];
  reasons: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseDisputeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCloseFollowUpArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  followUpId: Scalars['ID']['input'];
};


export type MutationConcludeProceedingArgs = {
  input: ConcludeProceedingInput;
};


export type MutationCorrectDocumentArgs = {
  input: CorrectDocumentInput;
};


export type MutationCreateExpertArgs = {
  input: CreateExpertInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateReviewCampaignArgs = {
  input: CreateReviewCampaignInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDecideExpertChallengeArgs = {
  challengeId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};


export type MutationDecideJudicialConfirmationArgs = {
  decision: JudicialConfirmationDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rulingNumber?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeclareExpertNoConflictArgs = {
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  expertId: Scalars['ID']['input'];
};


export type MutationDeclineJudicialConfirmationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeclineReferralArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDisableUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDraftTypicalCaseArgs = {
  input: DraftTypicalCaseInput;
};


export type MutationDrawExpertsArgs = {
  input: DrawExpertsInput;
};


export type MutationEnableUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationExtendJudicialConfirmationArgs = {
  approverName?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationExtendProceedingArgs = {
  amount: Scalars['Int']['input'];
  approverName?: InputMaybe<Scalars['String']['input']>;
  basis: ExtensionBasis;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationIssueDocumentArgs = {
  input: IssueDocumentInput;
};


export type MutationLoadHolidayCalendarArgs = {
  input: HolidayScheduleInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationPauseProceedingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: PauseReason;
};


export type MutationRateExpertArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  expertId: Scalars['ID']['input'];
  rating: Scalars['Int']['input'];
};


export type MutationReactivateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRecordAnswerArgs = {
  input: RecordAnswerInput;
};


export type MutationRecordExpertOpinionArgs = {
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fileId: Scalars['ID']['input'];
};


export type MutationRecordFollowUpArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  followUpId: Scalars['ID']['input'];
  input: RecordFollowUpInput;
};


export type MutationRecordFollowUpAttemptArgs = {
  attemptedOn: Scalars['Date']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  followUpId: Scalars['ID']['input'];
  method: FollowUpMethod;
};


export type MutationRecordMaterialArgs = {
  input: RecordMaterialInput;
};


export type MutationRecordServiceArgs = {
  input: RecordServiceInput;
};


export type MutationRecordServiceAddressArgs = {
  input: RecordServiceAddressInput;
};


export type MutationRecordStaffArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  input: StaffRecordInput;
  userId: Scalars['ID']['input'];
};


export type MutationRecordSupplementReceivedArgs = {
  input: RecordSupplementReceivedInput;
};


export type MutationRedrawExpertsArgs = {
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationReferDisputeArgs = {
  input: ReferDisputeInput;
};


export type MutationRegisterDisputeArgs = {
  input: RegisterDisputeInput;
};


export type MutationRejectProceedingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  suggestedChannel?: InputMaybe<Channel>;
  suggestedOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRemoveExpertArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRequestJudicialConfirmationArgs = {
  courtId: Scalars['ID']['input'];
  proceedingId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRestoreExpertArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationResumeProceedingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationReturnTypicalCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSaveDocumentTemplateArgs = {
  input: SaveDocumentTemplateInput;
};


export type MutationSaveReviewChecklistArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: ReviewChecklistInput;
};


export type MutationSaveReviewReportArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ReviewReportInput;
};


export type MutationScoreReviewFileArgs = {
  input: ScoreReviewFileInput;
};


export type MutationSetDocumentNumberPrefixArgs = {
  input: SetDocumentNumberPrefixInput;
};


export type MutationSetHandlerRulesEnforcementArgs = {
  enforce: Scalars['Boolean']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
};


export type MutationSetProceedingHandlersArgs = {
  coHandlerIds: Array<Scalars['ID']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  leadId: Scalars['ID']['input'];
  proceedingId: Scalars['ID']['input'];
};


export type MutationStartReviewCampaignArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSubmitReviewReportArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSubmitTypicalCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateExpertArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: ExpertInput;
};


export type MutationUpdateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdateTypicalCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  input: UpdateTypicalCaseInput;
};


export type MutationUpdateUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationWithdrawDisputeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawExpertArgs = {
  drawId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  expertId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawTypicalCaseArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type NotFoundError = ErrorResult & {
  __typename?: 'NotFoundError';
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};

export type Organization = Node & {
  __typename?: 'Organization';
  /** A deactivated organization keeps its history but receives no new referrals. */
  active: Scalars['Boolean']['output'];
  channels: Array<Channel>;
  id: Scalars['ID']['output'];
  kind: OrganizationKind;
  name: Scalars['String']['output'];
  /** The organization this one belongs to (e.g. a district committee under the city bureau). */
  parent?: Maybe<Organization>;
  /** Administrative division, e.g. 杭州市, 富阳区, 桐庐县. */
  region: Scalars['String']['output'];
  /** Raised by every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type OrganizationKind =
  | 'ADJUDICATION_AUTHORITY'
  | 'APPRAISAL_INSTITUTION'
  | 'ARBITRATION_COMMISSION'
  | 'COURT'
  | 'DISPUTE_CENTER'
  | 'INDUSTRY_MEDIATION_ORG'
  | 'JUSTICE_BUREAU'
  | 'LABOR_ARBITRATION_COMMISSION'
  | 'LAWYER_MEDIATION_STUDIO'
  | 'NOTARY_OFFICE'
  | 'PEOPLES_MEDIATION_COMMITTEE'
  | 'PETITION_BUREAU'
  | 'RECONSIDERATION_OFFICE';

export type OrganizationResult = NotFoundError | Organization | ValidationError | VersionConflictError;

export type Outcome = {
  __typename?: 'Outcome';
  at: Scalars['DateTime']['output'];
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** When the outcome took legal effect (an agreement: when signed by the parties and sealed). */
  effectiveOn: Scalars['Date']['output'];
  kind: OutcomeKind;
  /** Whether this outcome settles the dispute. */
  settles: Scalars['Boolean']['output'];
  summary: Scalars['String']['output'];
};

export type OutcomeKind =
  /** 调解协议 */
  | 'AGREEMENT'
  /** 鉴定意见 */
  | 'APPRAISAL_OPINION'
  /** 仲裁裁决 */
  | 'AWARD'
  /** 公证书 */
  | 'CERTIFICATE'
  /** 裁决 / 复议决定 */
  | 'DECISION'
  /** 驳回 */
  | 'DISMISSED'
  /** 处理意见 (e.g. a land-ownership handling opinion for the government to decide on) */
  | 'HANDLING_OPINION'
  /** 判决 / 调解书 */
  | 'JUDGMENT'
  | 'MEDIATION_FAILED'
  /** 信访答复 */
  | 'REPLY'
  | 'TERMINATED'
  | 'WITHDRAWN';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Party = Node & {
  __typename?: 'Party';
  address?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Masked (e.g. 330102********1234) for viewers who do not handle the dispute. */
  idNumber?: Maybe<Scalars['String']['output']>;
  idType?: Maybe<IdType>;
  kind: PartyKind;
  name: Scalars['String']['output'];
  /** Masked likewise (e.g. 138****5678). */
  phone?: Maybe<Scalars['String']['output']>;
  role: PartyRole;
  /** The party’s 送达地址确认书 in force (its newest), if any. */
  serviceAddress?: Maybe<ServiceAddressConfirmation>;
};

export type PartyInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Verified by its type's check digit where it has one. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to RESIDENT_ID for a person and USCC for an organization. */
  idType?: InputMaybe<IdType>;
  kind: PartyKind;
  name: Scalars['String']['input'];
  /** Mainland mobile (11 digits) or landline. */
  phone?: InputMaybe<Scalars['String']['input']>;
  role: PartyRole;
};

export type PartyKind =
  | 'ORGANIZATION'
  | 'PERSON';

export type PartyRole =
  | 'APPLICANT'
  | 'RESPONDENT'
  | 'THIRD_PARTY';

export type Pause = {
  __typename?: 'Pause';
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  reason: PauseReason;
  startedAt: Scalars['DateTime']['output'];
};

export type PauseReason =
  | 'EXPERT_REVIEW'
  | 'FORCE_MAJEURE'
  | 'HEARING'
  | 'INSPECTION_OR_APPRAISAL'
  | 'MATERIALS_SUPPLEMENT'
  | 'PUBLIC_NOTICE'
  | 'SAMPLE_COLLECTION'
  | 'SUSPENSION'
  | 'VERIFICATION';

export type PerformanceStatus =
  | 'NOT_APPLICABLE'
  | 'NOT_PERFORMED'
  | 'PARTLY'
  | 'PERFORMED';

export type ProcedureTrack =
  | 'ORDINARY'
  | 'SIMPLIFIED';

export type Proceeding = Node & {
  __typename?: 'Proceeding';
  acceptanceDeadline?: Maybe<Deadline>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The handler responsible inside the organization. */
  assignee?: Maybe<User>;
  /** 案号, assigned by the organization. */
  caseNumber?: Maybe<Scalars['String']['output']>;
  channel: Channel;
  /** Open issues of the handlers against the matter's rules (at least two handlers for administrative adjudication; the legal professional qualification where required). Empty when met or when no rule applies. */
  complianceIssues: Array<ComplianceIssue>;
  /** The issued decision of the proceeding (latest version), linked to its conclusion; null when none was issued in the hub. */
  decisionDocument?: Maybe<LegalDocument>;
  dispute: Dispute;
  documents: Array<LegalDocument>;
  /** Expert draws of the proceeding, newest first: only for the organization holding it (and ADMIN); empty for everyone else. */
  expertDraws: Array<ExpertDraw>;
  /** The expert fields of the proceeding’s matter (empty: its matter has no expert pool). */
  expertFields: Array<ExpertField>;
  extensions: Array<Extension>;
  /** The lead (first) and co-handlers, with their qualifications; certificate numbers only for the handlers' organization and ADMIN. */
  handlers: Array<ProceedingHandlerView>;
  handlingDeadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
  judicialConfirmation?: Maybe<JudicialConfirmation>;
  /** For an AGREEMENT: the 30-day window in which the parties may apply for judicial confirmation. */
  judicialConfirmationApplicationDeadline?: Maybe<Deadline>;
  matter?: Maybe<Matter>;
  organization: Organization;
  outcome?: Maybe<Outcome>;
  pauses: Array<Pause>;
  procedure: ProcedureTrack;
  /** When the case reached the organization; RECEIPT clocks start here. */
  receivedAt: Scalars['DateTime']['output'];
  referral?: Maybe<Referral>;
  startedAt: Scalars['DateTime']['output'];
  status: ProceedingStatus;
  version: Scalars['Int']['output'];
};

/** A handler of a proceeding: the lead (主办) or a co-handler (协办). */
export type ProceedingHandlerView = {
  __typename?: 'ProceedingHandlerView';
  lead: Scalars['Boolean']['output'];
  legalProfession: Scalars['Boolean']['output'];
  /** The handler's qualifications; certificate numbers as Qualification.certificateNumber says. */
  qualifications: Array<Qualification>;
  user?: Maybe<User>;
  userId: Scalars['ID']['output'];
};

export type ProceedingResult = ExtensionNotAllowedError | HandlerRulesNotMetError | InvalidTransitionError | NotFoundError | Proceeding | ValidationError | VersionConflictError;

/** Proceedings (cases at one organization) of the slice. */
export type ProceedingStatistics = {
  __typename?: 'ProceedingStatistics';
  /** Acceptance rate: admitted ÷ (admitted + notAccepted); null when both are 0. The official definition is not published (unverified); this is the hub’s. */
  acceptanceRate?: Maybe<Scalars['Float']['output']>;
  /** Acceptance reviews that ended in admission in the period (PROCEEDING_ADMITTED). A proceeding opened without an acceptance review is neither admitted nor not accepted. */
  admitted: Scalars['Int']['output'];
  /** Proceedings concluded in the period (CONCLUDED events dated in it), whatever the outcome, withdrawals by the applicant included. A case not accepted is not concluded. */
  concluded: Scalars['Int']['output'];
  /** Of `concluded`, those concluded (the day of the CONCLUDED event) on or before the due date of the proceeding’s handling clock, pauses and extensions included, as the clock computed it. A proceeding that ended before any handling clock started (withdrawn during its acceptance review) counts as on time. */
  concludedOnTime: Scalars['Int']['output'];
  /** Acceptance reviews that ended in a decision not to accept in the period (PROCEEDING_NOT_ACCEPTED). */
  notAccepted: Scalars['Int']['output'];
  /** On-time rate (按期办结率): concludedOnTime ÷ concluded; null when nothing was concluded. The official definition is not published (unverified); this is the hub’s. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Proceedings of the slice open at `asOf`: opened and neither concluded nor not accepted. The period does not apply. */
  openNow: Scalars['Int']['output'];
  /** Of `openNow`, those with a running (not paused) acceptance or handling clock whose due date is before `today`. */
  overdueNow: Scalars['Int']['output'];
  /** Cases taken in during the period: proceedings opened by an accepted referral (REFERRAL_ACCEPTED dated in the period). */
  received: Scalars['Int']['output'];
  /** Resolution rate (化解成功率): settled ÷ concluded; null when nothing was concluded. The official definition is not published (unverified); this is the hub’s. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Of `concluded`, those whose outcome settles the dispute (an agreement, a decision, an award, ...; Outcome.settles). */
  settled: Scalars['Int']['output'];
  /** Of `concluded`, those the applicant withdrew. */
  withdrawn: Scalars['Int']['output'];
  /** Median time to conclude, in working days: the working days after the day the case reached the organization (Proceeding.receivedAt, the day of the referral) up to and including the day it was concluded, over the proceedings counted in `concluded`. Interpolated; null when nothing was concluded. */
  workingDaysToConcludeMedian?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the same working days (percentile_cont); null when nothing was concluded. */
  workingDaysToConcludeP90?: Maybe<Scalars['Float']['output']>;
};

export type ProceedingStatus =
  /** 受理审查: the organization is deciding whether to accept. */
  | 'ACCEPTANCE_REVIEW'
  | 'CONCLUDED'
  | 'IN_PROGRESS'
  | 'NOT_ACCEPTED'
  | 'PAUSED';

/** One channel in one month, for the center’s publicity. A cell is published only when both counts are at least 5; otherwise its counts and rates are null and `suppressed` is true. */
export type PublicStatisticsCell = {
  __typename?: 'PublicStatisticsCell';
  channel: Channel;
  /** Proceedings of the channel concluded in the month, whatever the outcome. */
  concluded?: Maybe<Scalars['Int']['output']>;
  /** Follow-up visits (回访) of the channel recorded in the month; null when the cell is suppressed or there were fewer than 5. */
  followUpVisits?: Maybe<Scalars['Int']['output']>;
  /** 1–12. */
  month: Scalars['Int']['output'];
  /** Concluded on time ÷ concluded (as Statistics.proceedings.onTimeRate). The official definition is not published (unverified); this is the hub’s. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Cases taken in by organizations of the channel in the month (proceedings opened by an accepted referral). */
  received?: Maybe<Scalars['Int']['output']>;
  /** Settled ÷ concluded (as Statistics.proceedings.resolutionRate). The official definition is not published (unverified); this is the hub’s. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Satisfaction rate of those visits (as Statistics.followUps.satisfactionRate); null when followUpVisits is. The official definition is not published (unverified); this is the hub’s. */
  satisfactionRate?: Maybe<Scalars['Float']['output']>;
  /** True when a count is below 5: nothing of the cell is published. */
  suppressed: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
};

/** A published typical case (public): the anonymized text only; nothing of the dispute it came from. */
export type PublishedTypicalCase = Node & {
  __typename?: 'PublishedTypicalCase';
  channel: Channel;
  /** 【基本案情】 */
  facts: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  matter?: Maybe<Matter>;
  matterCode?: Maybe<Scalars['String']['output']>;
  /** The organization that published it. */
  organization: Organization;
  /** 【处理结果】 */
  outcome: Scalars['String']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** 【典型意义】 */
  significance: Scalars['String']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type PublishedTypicalCaseConnection = {
  __typename?: 'PublishedTypicalCaseConnection';
  edges: Array<PublishedTypicalCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublishedTypicalCaseEdge = {
  __typename?: 'PublishedTypicalCaseEdge';
  cursor: Scalars['String']['output'];
  node: PublishedTypicalCase;
};

export type Qualification = {
  __typename?: 'Qualification';
  /** Certificate number: only the holder's organization and ADMIN read it, else null. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  issuedOn: Scalars['Date']['output'];
  kind: QualificationKind;
};

export type QualificationInput = {
  /** 4–40 letters, digits, “-” or brackets. */
  certificateNumber: Scalars['String']['input'];
  /** Not after today. */
  issuedOn: Scalars['Date']['input'];
  kind: QualificationKind;
};

export type QualificationKind =
  | 'LAW_ENFORCEMENT'
  | 'LEGAL_ADVISER'
  | 'LEGAL_PROFESSION'
  | 'PUBLIC_LAWYER';

export type Query = {
  __typename?: 'Query';
  /** Public: the date that is `days` working days after `from` (the start day not counted); 0 <= days <= 3650, else BAD_USER_INPUT. */
  addWorkingDays: Scalars['Date']['output'];
  /** ADMIN: the audit log, newest first. */
  auditLog: AuditEntryConnection;
  dispute?: Maybe<Dispute>;
  disputeByCode?: Maybe<Dispute>;
  /** How many disputes the viewer may read are in each status, under the filter (its status part aside). */
  disputeStatusCounts: Array<DisputeStatusCount>;
  disputes: DisputeConnection;
  /** Disputes with a party of this ID number (resident ID, credit code or other document) or this phone, exact match after normalization (upper-case X; spaces and hyphens of a phone ignored), newest first. Exactly one of the two. Only disputes whose personal data the viewer sees (FRONTDESK: all; a handling organization: those it holds). Audited as a read of personal data. An invalid number is a ValidationError. */
  disputesByPerson: DisputesByPersonResult;
  /** Active templates (the hub’s and the viewer’s organization’s; an administrator sees all). With matterCode: those that apply to the matter, the one used first. */
  documentTemplates: Array<DocumentTemplate>;
  /** Public: the Chinese labels of the enums (statuses, kinds, channels ...), from the one server-side table. */
  enumLabels: Array<EnumLabel>;
  /** The expert fields per matter (procurement categories, patent technical fields, land surveying and registration). */
  expertTaxonomy: Array<ExpertTaxonomy>;
  /** The viewer's organization's expert pool, by name (ADMIN: organizationId's). Removed experts only with includeRemoved. */
  experts: Array<Expert>;
  /** The follow-up queue (回访) of the viewer’s organization (ADMIN: every organization’s), earliest due first. status: default [OPEN]; dueSoon / overdue: open follow-ups whose FOLLOW_UP clock is due soon / ran out (false: the others). */
  followUps: FollowUpConnection;
  /** Public: the holiday schedule the hub uses for a year. */
  holidayCalendar: HolidayCalendar;
  /** Public. */
  matter?: Maybe<Matter>;
  /** Public: the published list of matters. */
  matters: Array<Matter>;
  /** The signed-in account. Anonymous: UNAUTHENTICATED, like every field outside the public list. */
  me?: Maybe<User>;
  /** Active accounts of the viewer's own organization (to assign a proceeding); ADMIN may name any organization. */
  organizationMembers: Array<User>;
  /** Public: the directory of organizations (deactivated ones only when asked). */
  organizations: Array<Organization>;
  /** Public (anonymous): the whole city per channel and month of one year (2000–2099), every channel and month present; cells with a count below 5 are suppressed. */
  publicStatistics: Array<PublicStatisticsCell>;
  /** Public: one published typical case; null once withdrawn. */
  publishedTypicalCase?: Maybe<PublishedTypicalCase>;
  /** Public: published typical cases (anonymized text only), newest publication first. */
  publishedTypicalCases: PublishedTypicalCaseConnection;
  /** Referrals addressed to the viewer's organization, newest first. */
  referralInbox: ReferralConnection;
  /** One campaign, if the viewer sees it (as reviewCampaigns); else null. */
  reviewCampaign?: Maybe<ReviewCampaign>;
  /** Case-file review campaigns the viewer sees, newest first: those they created or are named reviewers of; submitted ones (REPORTED) also for every REVIEWER (justice bureau) and for members of the reviewed organization. */
  reviewCampaigns: Array<ReviewCampaign>;
  /** A version of the case-file review checklist; the newest when no version is given. */
  reviewChecklist?: Maybe<ReviewChecklist>;
  /** One file of a campaign, for its named reviewers and its creator only; else null. */
  reviewFile?: Maybe<ReviewFile>;
  /** The campaign’s report rendered as PDF or DOCX (base64), audited. Participants may preview it while the campaign runs; once submitted, the justice bureau and the reviewed organization read it. Null for anyone else. */
  reviewReportDocument?: Maybe<ReviewReportDocument>;
  routeSuggestions: Array<RouteSuggestion>;
  /** A user's staff record: members of the user's organization and ADMIN; null for anyone else. */
  staffMember?: Maybe<StaffMember>;
  /** An organization's staff with their records and the staff settings: the viewer's own organization (the default); ADMIN any. Another organization is FORBIDDEN; null for an unknown one. */
  staffRoster?: Maybe<StaffRoster>;
  /** Per handling unit of one organization: staff, staff with the legal professional qualification, training hours, and cases per handler (proceedings admitted in the period where the user is lead or co-handler). Own organization; ADMIN and REVIEWER any. Period at most 5 years. */
  staffStatistics: StaffStatisticsResult;
  /** Figures of one period (at most 5 years), optionally one organization, channel, matter and region, computed from the timeline and the clocks. ADMIN and REVIEWER read any organization or the whole city; other roles their own organization only (another one is FORBIDDEN). A bad filter is a ValidationError, an unknown organization a NotFoundError. */
  statistics: StatisticsResult;
  /** One typical case, if the viewer may read it (as typicalCases). */
  typicalCase?: Maybe<TypicalCase>;
  /** Typical cases for staff, newest draft first: the viewer's organization's own (every status), and for REVIEWER and ADMIN every submitted and published one. */
  typicalCases: TypicalCaseConnection;
  /** ADMIN: accounts, by username; disabled ones only when asked. */
  users: Array<User>;
  /** Public: working days after `from` up to and including `to`; to < from or a span over ten years is BAD_USER_INPUT. */
  workingDaysBetween: Scalars['Int']['output'];
};


export type QueryAddWorkingDaysArgs = {
  days: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDisputeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDisputeByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QueryDisputeStatusCountsArgs = {
  filter?: InputMaybe<DisputeFilter>;
};


export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisputeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDisputesByPersonArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  idNumber?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDocumentTemplatesArgs = {
  kind?: InputMaybe<DocumentKind>;
  matterCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEnumLabelsArgs = {
  enums?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryExpertsArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
  flaggedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  includeRemoved?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dueSoon?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<Array<FollowUpStatus>>;
};


export type QueryHolidayCalendarArgs = {
  year: Scalars['Int']['input'];
};


export type QueryMatterArgs = {
  code: Scalars['String']['input'];
};


export type QueryMattersArgs = {
  channel?: InputMaybe<Channel>;
};


export type QueryOrganizationMembersArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganizationsArgs = {
  channel?: InputMaybe<Channel>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPublicStatisticsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryPublishedTypicalCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPublishedTypicalCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<Channel>;
  first?: InputMaybe<Scalars['Int']['input']>;
  matterCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
};


export type QueryReviewCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewCampaignsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ReviewCampaignStatus>>;
};


export type QueryReviewChecklistArgs = {
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewReportDocumentArgs = {
  campaignId: Scalars['ID']['input'];
  format?: InputMaybe<ReviewReportFormat>;
};


export type QueryRouteSuggestionsArgs = {
  disputeId: Scalars['ID']['input'];
};


export type QueryStaffMemberArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryStaffRosterArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStaffStatisticsArgs = {
  from: Scalars['Date']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryStatisticsArgs = {
  filter: StatisticsFilter;
};


export type QueryTypicalCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTypicalCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<TypicalCaseStatus>>;
};


export type QueryUsersArgs = {
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkingDaysBetweenArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type RecordAnswerInput = {
  /** The served 答辩通知书 (ANSWER_NOTICE). */
  documentId: Scalars['ID']['input'];
  /** The answer and its attachments: files of the same dispute. None for an answer kept on paper. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The recipient who answered (service on them must be recorded). */
  partyId: Scalars['ID']['input'];
  /** The day the answer was received: not before service, not in the future. Later than the due date is recorded as late. */
  receivedOn: Scalars['Date']['input'];
};

export type RecordAnswerResult = DocumentService | InvalidTransitionError | NotFoundError | ValidationError;

/** A follow-up visit (回访): how the party was reached, whether the outcome was performed, and the party’s satisfaction. */
export type RecordFollowUpInput = {
  /** What the party said (free text, at most 2000 characters); read by the handling organization only, never on the timeline. */
  comments?: InputMaybe<Scalars['String']['input']>;
  /** Satisfaction 1–5 with how easy the process was. */
  ease: Scalars['Int']['input'];
  /** Satisfaction 1–5 with fair treatment. */
  fairness: Scalars['Int']['input'];
  method: FollowUpMethod;
  /** 履行情况: whether the agreement, decision or other outcome was performed. */
  performance: PerformanceStatus;
  /** Satisfaction 1–5 with the professionalism of the staff. */
  professionalism: Scalars['Int']['input'];
  /** Satisfaction 1–5 with timeliness. */
  timeliness: Scalars['Int']['input'];
  /** The day of the visit (China time): not before the dispute was resolved or closed, not in the future. */
  visitedOn: Scalars['Date']['input'];
};

export type RecordMaterialInput = {
  disputeId: Scalars['ID']['input'];
  /** The item's version as read (0 for an item never recorded). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Files of this dispute that hold the material (at most 20); required with receipt FILE. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The material's name, exactly as the checklist lists it. */
  name: Scalars['String']['input'];
  /** Required when RECEIVED: FILE (with fileIds) or PAPER_ORIGINAL. */
  receipt?: InputMaybe<MaterialReceipt>;
  /** Required when NOT_APPLICABLE (why). Served only to viewers who see the dispute unmasked, never on the timeline. */
  remark?: InputMaybe<Scalars['String']['input']>;
  status: MaterialStatus;
};

export type RecordMaterialResult = MaterialChecklistItem | NotFoundError | ValidationError | VersionConflictError;

/** A party’s 送达地址确认书 (民诉法解释 art. 136): the newest one of a party is in force. */
export type RecordServiceAddressInput = {
  /** Required with consent: the e-mail, phone number or platform account documents are sent to. */
  electronicAddress?: InputMaybe<Scalars['String']['input']>;
  /** The party consents to electronic service. */
  electronicConsent: Scalars['Boolean']['input'];
  /** The signed confirmation, a file of the same dispute; required with consent. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  partyId: Scalars['ID']['input'];
  postalAddress?: InputMaybe<Scalars['String']['input']>;
};

export type RecordServiceAddressResult = NotFoundError | ServiceAddressConfirmation | ValidationError;

/** Service (送达) of an issued document on one of its recipients. */
export type RecordServiceInput = {
  /** PUBLIC_NOTICE: the recipient lives abroad (60 days instead of 30). */
  abroad?: InputMaybe<Scalars['Boolean']['input']>;
  /** POSTAL (required): the carrier, e.g. 中国邮政EMS. */
  carrier?: InputMaybe<Scalars['String']['input']>;
  documentId: Scalars['ID']['input'];
  /** Files proving service: DIRECT / ENTRUSTED a SIGNED_RECEIPT; LEFT_AT_RESIDENCE a PHOTO_OR_VIDEO or WITNESS_SIGNATURE; ELECTRONIC a DELIVERY_RECORD; POSTAL a POSTAL_RECEIPT; PUBLIC_NOTICE a PUBLIC_NOTICE. */
  evidence: Array<ServiceEvidenceInput>;
  method: ServiceMethod;
  /** The recipient: one of the document’s recipients. */
  partyId: Scalars['ID']['input'];
  /** PUBLIC_NOTICE (required): where the notice was published or posted. */
  publishedWhere?: InputMaybe<Scalars['String']['input']>;
  /** PUBLIC_NOTICE (required): why the other methods failed (民诉法解释 art. 138). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The act’s date (China time): DIRECT / ENTRUSTED the date signed; LEFT_AT_RESIDENCE the day left; ELECTRONIC the day it reached the recipient’s system; POSTAL the date on the postal receipt; PUBLIC_NOTICE the day published. Not before the document was issued, not in the future. */
  servedOn: Scalars['Date']['input'];
  /** DIRECT and ENTRUSTED (required): who signed the 送达回证 (民事诉讼法 art. 88). POSTAL: optional. */
  signer?: InputMaybe<ServiceSigner>;
  /** The name of who signed (DIRECT, ENTRUSTED: required), or of the witness of a 留置. */
  signerName?: InputMaybe<Scalars['String']['input']>;
  /** POSTAL (required): the tracking number. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

export type RecordServiceResult = DocumentService | InvalidTransitionError | NotFoundError | ValidationError;

export type RecordSupplementReceivedInput = {
  /** The 补正通知书 whose materials were supplemented. */
  documentId: Scalars['ID']['input'];
};

export type RecordSupplementReceivedResult = InvalidTransitionError | LegalDocument | NotFoundError | ValidationError;

export type ReferDisputeInput = {
  channel: Channel;
  disputeId: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kind: ReferralKind;
  matterCode?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** Procedure the receiver is asked to use; ORDINARY unless given. */
  procedure?: InputMaybe<ProcedureTrack>;
  reason: Scalars['String']['input'];
  toOrganizationId: Scalars['ID']['input'];
};

export type ReferDisputeResult = InvalidTransitionError | NotFoundError | Referral | ValidationError | VersionConflictError;

export type Referral = Node & {
  __typename?: 'Referral';
  channel: Channel;
  createdAt: Scalars['DateTime']['output'];
  declineReason?: Maybe<Scalars['String']['output']>;
  dispute: Dispute;
  fromOrganization: Organization;
  id: Scalars['ID']['output'];
  kind: ReferralKind;
  matter?: Maybe<Matter>;
  note?: Maybe<Scalars['String']['output']>;
  /** The proceeding opened when the referral was accepted. */
  proceeding?: Maybe<Proceeding>;
  reason: Scalars['String']['output'];
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Deadline for the receiver to accept or decline (the center's own rule, 3 working days unless configured). */
  responseDeadline: Deadline;
  status: ReferralStatus;
  toOrganization: Organization;
};

export type ReferralActionResult = InvalidTransitionError | NotFoundError | Referral | ValidationError | VersionConflictError;

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

export type ReferralKind =
  /** 交办: the receiver handles it and reports the result back. */
  | 'ASSIGN'
  /** 诉前委派调解: a court sends a not-yet-filed case to mediation. */
  | 'COURT_DELEGATED'
  /** 委托调解: a court entrusts a filed case to mediation. */
  | 'COURT_ENTRUSTED'
  /** 转办: responsibility moves to the receiving organization. */
  | 'TRANSFER';

/** Referrals (转办 / 交办 / 委派 / 委托) of the slice. */
export type ReferralStatistics = {
  __typename?: 'ReferralStatistics';
  /** Of `answered`, the accepted ones. */
  accepted: Scalars['Int']['output'];
  /** Referrals the organization (without an organization: every receiver) accepted or declined in the period (REFERRAL_ACCEPTED / REFERRAL_DECLINED dated in it). A cancelled referral was not answered. */
  answered: Scalars['Int']['output'];
  /** Of `answered`, the declined ones (returned to the sender). */
  declined: Scalars['Int']['output'];
  /** Referrals sent in the period (REFERRED events dated in it) by the organization; without an organization, every referral. */
  made: Scalars['Int']['output'];
  /** Referrals sent to the organization in the period; without an organization, every referral (equal to `made`). */
  received: Scalars['Int']['output'];
  /** Median response time of the answers counted in `answered`, in working days: the working days after the day of the referral up to and including the day of the answer, on the official calendar (an answer on the day of the referral is 0). Interpolated (percentile_cont); null without answers. */
  responseWorkingDaysMedian?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the same response times (percentile_cont); null without answers. */
  responseWorkingDaysP90?: Maybe<Scalars['Float']['output']>;
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING';

export type ReferralUpdate = {
  __typename?: 'ReferralUpdate';
  cursor: Scalars['String']['output'];
  referral: Referral;
  type: ReferralUpdateType;
};

export type ReferralUpdateType =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'CREATED'
  | 'DECLINED';

export type RegisterDisputeInput = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Answers to the matter's application form; validated against it (required fields, types). */
  applicationData?: InputMaybe<Scalars['JSON']['input']>;
  category: DisputeCategory;
  facts: Scalars['String']['input'];
  /** Retrying with the same key returns the dispute the first call created; the same key with different input is a VALIDATION_FAILED error. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  matterCode?: InputMaybe<Scalars['String']['input']>;
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
  /** At least one APPLICANT. */
  parties: Array<PartyInput>;
  region: Scalars['String']['input'];
  source: DisputeSource;
  title: Scalars['String']['input'];
};

export type RegisterDisputeResult = Dispute | ValidationError;

export type ResetPasswordResult = NotFoundError | UserCredentials | ValidationError | VersionConflictError;

export type ReviewCampaign = Node & {
  __typename?: 'ReviewCampaign';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Concluded proceedings in scope when the campaign started. */
  candidateCount?: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the sorted candidate proceeding ids when the campaign started. */
  candidateHash?: Maybe<Scalars['String']['output']>;
  /** Only proceedings of this channel; null: every channel. */
  channel?: Maybe<Channel>;
  /** The pinned checklist once started; before, the newest. */
  checklist?: Maybe<ReviewChecklist>;
  /** The checklist version the campaign pinned when it started. */
  checklistVersion?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** The files (fixed when started): the named reviewers and the creator only; null for others. */
  files?: Maybe<Array<ReviewFile>>;
  id: Scalars['ID']['output'];
  kind: ReviewCampaignKind;
  matter?: Maybe<Matter>;
  /** Only proceedings of this matter; null: every matter. */
  matterCode?: Maybe<Scalars['String']['output']>;
  /** The organization whose files are reviewed. */
  organization: Organization;
  /** First day (China Standard Time) of the period in which the proceedings concluded. */
  periodFrom: Scalars['String']['output'];
  /** Last day of the period. */
  periodTo: Scalars['String']['output'];
  /** The report’s text, as written so far. */
  report?: Maybe<ReviewReport>;
  /** When the report was submitted to the justice bureau. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The named reviewers. */
  reviewers: Array<User>;
  /** The organization that runs it (null: an administrator). */
  runnerOrganization?: Maybe<Organization>;
  /** The seed the sample is drawn from (reproducible: see review-sampler.ts); null without a sample. */
  sampleSeed?: Maybe<Scalars['String']['output']>;
  /** The size of the random sample; null: every concluded proceeding in scope. */
  sampleSize?: Maybe<Scalars['Int']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Frozen at submission; live for the participants while the campaign runs; null before it starts. */
  statistics?: Maybe<ReviewStatistics>;
  status: ReviewCampaignStatus;
  title: Scalars['String']['output'];
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
  /** The viewer may read and score its files. */
  viewerReviews: Scalars['Boolean']['output'];
  /** The viewer may start, write, submit or cancel it. */
  viewerRunsIt: Scalars['Boolean']['output'];
};

export type ReviewCampaignKind =
  | 'CROSS_REVIEW'
  | 'SELF_INSPECTION'
  | 'SPOT_CHECK';

export type ReviewCampaignResult = InvalidTransitionError | NotFoundError | ReviewCampaign | ValidationError | VersionConflictError;

export type ReviewCampaignStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'REPORTED';

export type ReviewCheck = {
  __typename?: 'ReviewCheck';
  code: ReviewCheckCode;
  evidence: ReviewCheckEvidence;
  /** The checklist item it scores. */
  itemCode?: Maybe<Scalars['String']['output']>;
  status: ReviewCheckStatus;
  suggestedDeduction: Scalars['Int']['output'];
  /** The veto item a failure suggests. */
  vetoCode?: Maybe<Scalars['String']['output']>;
};

export type ReviewCheckCode =
  | 'CLOCK_ACCEPTANCE'
  | 'CLOCK_ANSWER'
  | 'CLOCK_HANDLING'
  | 'CLOCK_SERVICE'
  | 'DATE_ORDER'
  | 'DECISION_PARTS'
  | 'EXTENSIONS_IN_TIME'
  | 'HANDLERS_QUALIFIED'
  | 'LEFT_AT_RESIDENCE_RECORD'
  | 'LEGAL_BASIS_ARTICLE'
  | 'REMEDY_NOTICE'
  | 'REQUIRED_DOCUMENTS'
  | 'SERVICE_PROOF'
  | 'TWO_HANDLERS';

export type ReviewCheckDecisionInput = {
  code: ReviewCheckCode;
  /** True: the check stands as computed. False: overridden (status and reason required). */
  confirmed: Scalars['Boolean']['input'];
  /** Deduction instead of the suggestion (an overridden FAIL). */
  deduction?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ReviewCheckStatus>;
};

export type ReviewCheckDecisionView = {
  __typename?: 'ReviewCheckDecisionView';
  code: ReviewCheckCode;
  confirmed: Scalars['Boolean']['output'];
  deduction?: Maybe<Scalars['Int']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ReviewCheckStatus>;
};

/** What a check found: events, documents, clocks, service records and dates; never personal data. */
export type ReviewCheckEvidence = {
  __typename?: 'ReviewCheckEvidence';
  clocks: Array<ReviewFileClock>;
  dates: Array<ReviewEvidenceDate>;
  documents: Array<ReviewEvidenceDocument>;
  events: Array<ReviewEvidenceEvent>;
  missing: Array<Scalars['String']['output']>;
  services: Array<ReviewEvidenceService>;
  summary: Scalars['String']['output'];
};

/** What an automatic check scores when it fails: an item’s deduction, or a veto item. */
export type ReviewCheckRule = {
  __typename?: 'ReviewCheckRule';
  check: ReviewCheckCode;
  deduction: Scalars['Int']['output'];
  itemCode?: Maybe<Scalars['String']['output']>;
  vetoCode?: Maybe<Scalars['String']['output']>;
};

export type ReviewCheckRuleInput = {
  check: ReviewCheckCode;
  deduction: Scalars['Int']['input'];
  itemCode?: InputMaybe<Scalars['String']['input']>;
  vetoCode?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewCheckStatus =
  | 'FAIL'
  | 'NOT_APPLICABLE'
  | 'NOT_RECORDED'
  | 'PASS';

/** One version of the case-file review checklist (案卷评查标准). */
export type ReviewChecklist = {
  __typename?: 'ReviewChecklist';
  checks: Array<ReviewCheckRule>;
  createdAt: Scalars['DateTime']['output'];
  grades: Array<ReviewGradeCutoff>;
  groups: Array<ReviewGroupLimit>;
  items: Array<ReviewChecklistItem>;
  requiredDocuments: Array<ReviewRequiredDocuments>;
  /** Shipped by the hub (not saved by an administrator). */
  shipped: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
  /** Any one makes a file 不合格 (score 0). */
  vetoItems: Array<ReviewVetoItem>;
};

/** A whole new checklist version (validated: groups sum to 100, cut-offs descending, checks mapped to existing items). */
export type ReviewChecklistInput = {
  checks: Array<ReviewCheckRuleInput>;
  grades: Array<ReviewGradeCutoffInput>;
  groups: Array<ReviewGroupLimitInput>;
  items: Array<ReviewChecklistItemInput>;
  requiredDocuments: Array<ReviewRequiredDocumentsInput>;
  vetoItems: Array<ReviewVetoItemInput>;
};

export type ReviewChecklistItem = {
  __typename?: 'ReviewChecklistItem';
  code: Scalars['String']['output'];
  group: ReviewItemGroup;
  maxDeduction: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ReviewChecklistItemInput = {
  code: Scalars['String']['input'];
  group: ReviewItemGroup;
  maxDeduction: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

export type ReviewChecklistResult = ReviewChecklist | ValidationError | VersionConflictError;

export type ReviewClockMissedCount = {
  __typename?: 'ReviewClockMissedCount';
  /** Files whose clock of this kind was missed (the automatic check failed, as finally scored). */
  count: Scalars['Int']['output'];
  kind: DeadlineKind;
};

export type ReviewDeductionCount = {
  __typename?: 'ReviewDeductionCount';
  /** Files with a deduction on this item. */
  files: Scalars['Int']['output'];
  itemCode: Scalars['String']['output'];
  /** Points deducted on this item over all files. */
  points: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ReviewDeductionInput = {
  itemCode: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  points: Scalars['Int']['input'];
};

export type ReviewDeductionView = {
  __typename?: 'ReviewDeductionView';
  itemCode: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  points: Scalars['Int']['output'];
};

export type ReviewEvidenceDate = {
  __typename?: 'ReviewEvidenceDate';
  label: Scalars['String']['output'];
  on: Scalars['String']['output'];
};

export type ReviewEvidenceDocument = {
  __typename?: 'ReviewEvidenceDocument';
  issuedOn: Scalars['String']['output'];
  kind: DocumentKind;
  number: Scalars['String']['output'];
};

export type ReviewEvidenceEvent = {
  __typename?: 'ReviewEvidenceEvent';
  on: Scalars['String']['output'];
  /** The event’s seq in the timeline. */
  seq: Scalars['String']['output'];
  type: DisputeEventType;
};

export type ReviewEvidenceService = {
  __typename?: 'ReviewEvidenceService';
  completedOn: Scalars['String']['output'];
  documentKind: DocumentKind;
  documentNumber: Scalars['String']['output'];
  evidenceKinds: Array<ServiceEvidenceKind>;
  method: ServiceMethod;
  /** What the method requires and the record lacks. */
  missingKinds: Array<ServiceEvidenceKind>;
  servedOn: Scalars['String']['output'];
};

export type ReviewFile = Node & {
  __typename?: 'ReviewFile';
  acceptedOn?: Maybe<Scalars['String']['output']>;
  campaign: ReviewCampaign;
  channel: Channel;
  /** The automatic checks as computed when the campaign started. */
  checks: Array<ReviewCheck>;
  clocks: Array<ReviewFileClock>;
  concludedOn?: Maybe<Scalars['String']['output']>;
  /** The dispute’s code (not personal data). */
  disputeCode: Scalars['String']['output'];
  /** The proceeding’s documents: kind, number, dates (no content). */
  documents: Array<ReviewFileDocument>;
  finalGrade?: Maybe<ReviewGrade>;
  /** The final score: the expert round’s where there is one, else the first. */
  finalScore?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  matterCode?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<OutcomeKind>;
  /** Position in the campaign (1-based, in the order drawn or by dispute code). */
  position: Scalars['Int']['output'];
  /** When the case reached the organization (YYYY-MM-DD, China Standard Time). */
  receivedOn: Scalars['String']['output'];
  /** The reviewers’ rounds: FIRST and, beside it, EXPERT. */
  rounds: Array<ReviewScoreView>;
  /** Service records: method, dates and whether the evidence the method requires is present; no recipient, signer or address. */
  services: Array<ReviewFileService>;
  /** Optimistic-lock version of the file’s scoring; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

export type ReviewFileClock = {
  __typename?: 'ReviewFileClock';
  dueOn: Scalars['String']['output'];
  extended: Scalars['Int']['output'];
  kind: DeadlineKind;
  metOn?: Maybe<Scalars['String']['output']>;
  open: Scalars['Boolean']['output'];
  startOn: Scalars['String']['output'];
};

export type ReviewFileDocument = {
  __typename?: 'ReviewFileDocument';
  issuedOn: Scalars['String']['output'];
  kind: DocumentKind;
  number: Scalars['String']['output'];
  recipientCount: Scalars['Int']['output'];
  status: DocumentStatus;
};

export type ReviewFileResult = InvalidTransitionError | NotFoundError | ReviewFile | ValidationError | VersionConflictError;

/** A service record, without the recipient, the signer or the addresses. */
export type ReviewFileService = {
  __typename?: 'ReviewFileService';
  completedOn: Scalars['String']['output'];
  documentKind: DocumentKind;
  documentNumber: Scalars['String']['output'];
  /** Kinds of evidence files present. */
  evidenceKinds: Array<ServiceEvidenceKind>;
  /** The evidence its method requires is present. */
  evidencePresent: Scalars['Boolean']['output'];
  method: ServiceMethod;
  servedOn: Scalars['String']['output'];
};

export type ReviewGrade =
  | 'EXCELLENT'
  | 'GOOD'
  | 'QUALIFIED'
  | 'UNQUALIFIED';

export type ReviewGradeCount = {
  __typename?: 'ReviewGradeCount';
  count: Scalars['Int']['output'];
  grade: ReviewGrade;
};

export type ReviewGradeCutoff = {
  __typename?: 'ReviewGradeCutoff';
  grade: ReviewGrade;
  /** Lowest score with this grade; below the lowest cut-off: UNQUALIFIED. */
  minScore: Scalars['Int']['output'];
};

export type ReviewGradeCutoffInput = {
  grade: ReviewGrade;
  minScore: Scalars['Int']['input'];
};

export type ReviewGroupLimit = {
  __typename?: 'ReviewGroupLimit';
  group: ReviewItemGroup;
  /** The most the group’s items together deduct. */
  max: Scalars['Int']['output'];
};

export type ReviewGroupLimitInput = {
  group: ReviewItemGroup;
  max: Scalars['Int']['input'];
};

export type ReviewItemGroup =
  | 'FORM'
  | 'SUBSTANCE';

/** The report’s text. */
export type ReviewReport = {
  __typename?: 'ReviewReport';
  causes: Scalars['String']['output'];
  goodPractice: Scalars['String']['output'];
  implementation: Scalars['String']['output'];
  improvements: Scalars['String']['output'];
  method: Scalars['String']['output'];
  problems: Scalars['String']['output'];
};

/** The rendered report, for download (each download is audited). */
export type ReviewReportDocument = {
  __typename?: 'ReviewReportDocument';
  /** The file’s bytes, base64. */
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
};

export type ReviewReportFormat =
  | 'DOCX'
  | 'PDF';

/** The report’s text (each 0–5000 characters while drafting; submission needs each). */
export type ReviewReportInput = {
  /** 原因分析 */
  causes?: InputMaybe<Scalars['String']['input']>;
  /** 可推广的经验做法 */
  goodPractice?: InputMaybe<Scalars['String']['input']>;
  /** 贯彻落实浙政办发〔2019〕61号文件情况 */
  implementation?: InputMaybe<Scalars['String']['input']>;
  /** 整改措施 */
  improvements?: InputMaybe<Scalars['String']['input']>;
  /** 评查工作开展情况 */
  method?: InputMaybe<Scalars['String']['input']>;
  /** 存在的问题 */
  problems?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewRequiredDocuments = {
  __typename?: 'ReviewRequiredDocuments';
  channel: Channel;
  kinds: Array<DocumentKind>;
  /** Null: whatever the outcome. */
  outcome?: Maybe<OutcomeKind>;
};

export type ReviewRequiredDocumentsInput = {
  channel: Channel;
  kinds: Array<DocumentKind>;
  outcome?: InputMaybe<OutcomeKind>;
};

export type ReviewRound =
  | 'EXPERT'
  | 'FIRST';

/** A reviewer’s round on a file. */
export type ReviewScoreView = {
  __typename?: 'ReviewScoreView';
  /** Veto items that apply (the reviewer’s and those of confirmed failed checks). */
  appliedVetoes: Array<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  decisions: Array<ReviewCheckDecisionView>;
  deductions: Array<ReviewDeductionView>;
  grade: ReviewGrade;
  items: Array<ReviewScoredItem>;
  reviewer?: Maybe<User>;
  round: ReviewRound;
  score: Scalars['Int']['output'];
  scoredAt: Scalars['DateTime']['output'];
  /** Veto items the reviewer applied. */
  vetoes: Array<Scalars['String']['output']>;
};

export type ReviewScoredItem = {
  __typename?: 'ReviewScoredItem';
  group: ReviewItemGroup;
  itemCode: Scalars['String']['output'];
  /** Deducted, after the item’s maximum. */
  points: Scalars['Int']['output'];
};

/** Computed from the files’ final rounds (the expert’s where there is one); frozen when the report is submitted. */
export type ReviewStatistics = {
  __typename?: 'ReviewStatistics';
  averageScore?: Maybe<Scalars['Float']['output']>;
  clocksMissed: Array<ReviewClockMissedCount>;
  files: Scalars['Int']['output'];
  gradeCounts: Array<ReviewGradeCount>;
  scored: Scalars['Int']['output'];
  /** Most frequent deductions first. */
  topDeductions: Array<ReviewDeductionCount>;
  vetoed: Scalars['Int']['output'];
};

export type ReviewVetoItem = {
  __typename?: 'ReviewVetoItem';
  code: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type ReviewVetoItemInput = {
  code: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Role =
  /** Administrator of the hub. */
  | 'ADMIN'
  /** Court liaison: court-delegated mediation, judicial confirmation, and the court's own proceedings in the hub. */
  | 'COURT_LIAISON'
  /** Frontdesk of the one-stop dispute center: registers and routes disputes. */
  | 'FRONTDESK'
  /** Case handler of an organization (mediator, adjudicator, arbitrator, ...). */
  | 'HANDLER'
  /** Head of an organization (负责人): approves the organization's publications (typical cases). Beyond the contract. */
  | 'HEAD'
  /** Justice-bureau reviewer: reads closed case files for review, PII masked. */
  | 'REVIEWER';

export type RouteSuggestion = {
  __typename?: 'RouteSuggestion';
  channel: Channel;
  matter?: Maybe<Matter>;
  organization: Organization;
  /** Why this route fits, in plain words. */
  reason: Scalars['String']['output'];
  /** Higher is better; suggestions come sorted by score, best first. */
  score: Scalars['Float']['output'];
};

export type SaveDocumentTemplateInput = {
  /** For every matter of a channel (not with matterCode). */
  channel?: InputMaybe<Channel>;
  /** The active version that was edited (0 or null when the line has none); a newer one refuses the save. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  kind: DocumentKind;
  /** For one matter; null (with channel null) for every case. */
  matterCode?: InputMaybe<Scalars['String']['input']>;
  /** An organization's own template; null edits the hub's default. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  sections: Array<DocumentSectionInput>;
  title: Scalars['String']['input'];
};

export type SaveDocumentTemplateResult = DocumentTemplate | NotFoundError | ValidationError | VersionConflictError;

export type ScoreReviewFileInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Checks not listed stand as computed. */
  decisions?: InputMaybe<Array<ReviewCheckDecisionInput>>;
  /** Deductions for items a machine cannot judge (facts, evidence, law, discretion, form). */
  deductions?: InputMaybe<Array<ReviewDeductionInput>>;
  /** The file’s version as read. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  fileId: Scalars['ID']['input'];
  /** FIRST, or EXPERT (after a FIRST round, recorded beside it). */
  round: ReviewRound;
  /** Veto item codes. */
  vetoes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ServiceAddressConfirmation = Node & {
  __typename?: 'ServiceAddressConfirmation';
  /** Null for viewers who see the dispute masked. */
  electronicAddress?: Maybe<Scalars['String']['output']>;
  /** The party consents to electronic service. */
  electronicConsent: Scalars['Boolean']['output'];
  /** The signed confirmation. */
  file?: Maybe<StoredFile>;
  fileId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  partyId: Scalars['ID']['output'];
  /** Null for viewers who see the dispute masked. */
  postalAddress?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
};

export type ServiceEvidenceInput = {
  /** A file uploaded to the same dispute (POST /files with its disputeId). */
  fileId: Scalars['ID']['input'];
  kind: ServiceEvidenceKind;
};

export type ServiceEvidenceItem = {
  __typename?: 'ServiceEvidenceItem';
  file: StoredFile;
  kind: ServiceEvidenceKind;
};

export type ServiceEvidenceKind =
  | 'ADDRESS_CONFIRMATION'
  | 'DELIVERY_RECORD'
  | 'OTHER'
  | 'PHOTO_OR_VIDEO'
  | 'POSTAL_RECEIPT'
  | 'PUBLIC_NOTICE'
  | 'SIGNED_RECEIPT'
  | 'WITNESS_SIGNATURE';

export type ServiceMethod =
  | 'DIRECT'
  | 'ELECTRONIC'
  | 'ENTRUSTED'
  | 'LEFT_AT_RESIDENCE'
  | 'POSTAL'
  | 'PUBLIC_NOTICE';

export type ServiceSigner =
  | 'ADULT_FAMILY_MEMBER'
  | 'AGENT'
  | 'DESIGNATED_RECIPIENT'
  | 'ORGANIZATION_OFFICE'
  | 'RECIPIENT';

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  /** Signed in with a one-time password: call changePassword before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Bearer token for the Authorization header and the WebSocket connectionParams. */
  token: Scalars['String']['output'];
  user: User;
};

export type SetDocumentNumberPrefixInput = {
  /** Null: the base prefix of every kind without its own. */
  kind?: InputMaybe<DocumentKind>;
  organizationId: Scalars['ID']['input'];
  /** e.g. 杭财采监 (the number reads 杭财采监〔2026〕12号). */
  prefix: Scalars['String']['input'];
};

export type SetDocumentNumberPrefixResult = DocumentNumberPrefix | NotFoundError | ValidationError;

/** A member of an organization with the staff record (handling unit, qualifications, training); version 0: no record yet. */
export type StaffMember = {
  __typename?: 'StaffMember';
  /** The handling unit inside the organization, e.g. 行政裁决科. */
  handlingUnit?: Maybe<Scalars['String']['output']>;
  /** Holds the legal professional qualification (法律职业资格). */
  legalProfession: Scalars['Boolean']['output'];
  qualifications: Array<Qualification>;
  /** Training hours per year, newest year first. */
  training: Array<TrainingHours>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  user?: Maybe<User>;
  userId: Scalars['ID']['output'];
  /** Pass it back as expectedVersion; 0 while the user has no record. */
  version: Scalars['Int']['output'];
};

export type StaffRecordInput = {
  /** The handling unit, a name within the organization (1–50 characters); null: none. */
  handlingUnit?: InputMaybe<Scalars['String']['input']>;
  /** The whole list (replaces the previous one); one per kind. */
  qualifications: Array<QualificationInput>;
  /** The whole list (replaces the previous one); one per year. */
  training: Array<TrainingHoursInput>;
};

export type StaffRecordResult = NotFoundError | StaffMember | ValidationError | VersionConflictError;

/** An organization's staff: every active member with the staff record, and the staff settings. */
export type StaffRoster = {
  __typename?: 'StaffRoster';
  /** Active members, by handling unit and name. */
  members: Array<StaffMember>;
  organization: Organization;
  organizationId: Scalars['ID']['output'];
  settings: StaffSettings;
};

export type StaffSettings = {
  __typename?: 'StaffSettings';
  /** When on, admitting or concluding a proceeding whose handlers break its matter’s rules is refused (HandlerRulesNotMetError). */
  enforceHandlerRules: Scalars['Boolean']['output'];
  organizationId: Scalars['ID']['output'];
  /** Pass it back as expectedVersion; 0 while never set. */
  version: Scalars['Int']['output'];
};

export type StaffSettingsResult = NotFoundError | StaffSettings | VersionConflictError;

export type StaffStatistics = {
  __typename?: 'StaffStatistics';
  from: Scalars['Date']['output'];
  organizationId: Scalars['ID']['output'];
  to: Scalars['Date']['output'];
  units: Array<HandlingUnitStatistics>;
};

export type StaffStatisticsResult = NotFoundError | StaffStatistics | ValidationError;

/** How the slice’s disputes were handled, computed from the timeline: each figure counts the events of its kind dated in the period (China Standard Time), working days are counted on the official calendar, and each rate is defined in its description. The official definitions of these rates are not published (unverified). */
export type Statistics = {
  __typename?: 'Statistics';
  /** When the figures were computed (the hub’s clock). */
  asOf: Scalars['DateTime']['output'];
  channel?: Maybe<Channel>;
  courtDelegatedMediation: CourtDelegatedMediationStatistics;
  /** Disputes registered in the period (REGISTERED events dated in it), by the organization that registered them. Channel and matter are those of the matter chosen at registration: a dispute registered without a matter counts only without a channel or matter filter. */
  disputesReceived: Scalars['Int']['output'];
  followUps: FollowUpStatistics;
  from: Scalars['Date']['output'];
  judicialConfirmation: JudicialConfirmationStatistics;
  matterCode?: Maybe<Scalars['String']['output']>;
  /** The organization of the slice; null: the whole city. */
  organization?: Maybe<Organization>;
  proceedings: ProceedingStatistics;
  referrals: ReferralStatistics;
  region?: Maybe<Scalars['String']['output']>;
  to: Scalars['Date']['output'];
  /** The day of `asOf` in China Standard Time, against which `overdueNow` is judged. */
  today: Scalars['Date']['output'];
};

/** A slice of the hub’s work: a period and, optionally, one organization, channel, matter and region. */
export type StatisticsFilter = {
  /** Only this channel: of the proceeding, of the referral, or (disputes received) of the matter chosen at registration. */
  channel?: InputMaybe<Channel>;
  /** First day of the period (China Standard Time), included. */
  from: Scalars['Date']['input'];
  /** Only this matter (catalog code): of the proceeding, of the referral, or (disputes received) the matter chosen at registration. */
  matterCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this organization’s work. ADMIN and REVIEWER: any organization, or none for the whole city. Every other role: only its own organization, which is also the default; another organization is FORBIDDEN. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only disputes of this region, as registered (exact match, e.g. 富阳区). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the period (China Standard Time), included; the period spans at most 5 years. */
  to: Scalars['Date']['input'];
};

export type StatisticsResult = NotFoundError | Statistics | ValidationError;

export type StoredFile = Node & {
  __typename?: 'StoredFile';
  /** The type sniffed from the content (never the one the client claimed), e.g. application/pdf. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  disputeId: Scalars['ID']['output'];
  /** GET this path (with the bearer token) for the content; null for viewers who see the dispute masked. */
  downloadPath?: Maybe<Scalars['String']['output']>;
  /** As the uploader named it; null for viewers who see the dispute masked. */
  fileName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  origin: FileOrigin;
  /** SHA-256 of the content, hex. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Deadlines of the viewer's organization that become due soon or overdue. With `after`, missed alerts are replayed first. */
  deadlineAlerts: DeadlineAlert;
  /** One dispute's timeline. With `after`, events after that cursor are replayed first and live ones follow: none skipped, none twice. */
  disputeEvents: DisputeEvent;
  /** Referrals as they are created, accepted, declined, cancelled or completed. With `after`, missed updates are replayed first. */
  referralUpdates: ReferralUpdate;
};


export type SubscriptionDeadlineAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionDisputeEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  disputeId: Scalars['ID']['input'];
};


export type SubscriptionReferralUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<FeedScope>;
};

export type TimeLimit = {
  __typename?: 'TimeLimit';
  /** The act the limit is for, e.g. 作出处理决定. */
  action?: Maybe<Scalars['String']['output']>;
  amount: Scalars['Int']['output'];
  extensible: Scalars['Boolean']['output'];
  legalBasis: Scalars['String']['output'];
  /** Most that may be added by extension, in the same unit; null: no fixed maximum or none allowed (see extensible). */
  maxExtension?: Maybe<Scalars['Int']['output']>;
  /** Pause reasons that stop this clock. */
  pauseReasons: Array<PauseReason>;
  startsFrom: ClockStart;
  unit: TimeUnit;
};

export type TimeUnit =
  | 'CALENDAR_DAYS'
  | 'MONTHS'
  | 'WORKING_DAYS';

export type TrainingHours = {
  __typename?: 'TrainingHours';
  hours: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingHoursInput = {
  /** 0–2000, at most one decimal. */
  hours: Scalars['Float']['input'];
  year: Scalars['Int']['input'];
};

export type TypicalCase = Node & {
  __typename?: 'TypicalCase';
  /** The text as it is submitted and published. */
  anonymized: TypicalCaseText;
  channel: Channel;
  /** The dispute it was drafted from, if the viewer may read it. */
  dispute?: Maybe<Dispute>;
  /** The text as the editor wrote it (personal data): the drafting organization only, else null. */
  draft?: Maybe<TypicalCaseText>;
  draftedAt: Scalars['DateTime']['output'];
  /** Every step, oldest first. */
  history: Array<TypicalCaseHistoryEntry>;
  id: Scalars['ID']['output'];
  /** Originals the editor keeps: the drafting organization only, else null. */
  keep?: Maybe<Array<Scalars['String']['output']>>;
  matter?: Maybe<Matter>;
  /** The matter of the drafting organization's proceeding, if it had one. */
  matterCode?: Maybe<Scalars['String']['output']>;
  /** The drafting (handling) organization. */
  organization: Organization;
  /** What submission and approval would refuse now (empty: nothing identifying left), as the ValidationError would list it: the drafting organization only, else null. */
  publicationCheck?: Maybe<Array<FieldError>>;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the pass replaced (the originals are personal data): the drafting organization only, else null. */
  replacements?: Maybe<Array<AnonymizationReplacement>>;
  status: TypicalCaseStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-lock version; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
  withdrawReason?: Maybe<Scalars['String']['output']>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  /** Year (China Standard Time) the proceeding concluded. */
  year: Scalars['Int']['output'];
};

export type TypicalCaseAction =
  | 'APPROVE'
  | 'DRAFT'
  | 'RETURN'
  | 'SUBMIT'
  | 'UPDATE'
  | 'WITHDRAW';

export type TypicalCaseConnection = {
  __typename?: 'TypicalCaseConnection';
  edges: Array<TypicalCaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TypicalCaseEdge = {
  __typename?: 'TypicalCaseEdge';
  cursor: Scalars['String']['output'];
  node: TypicalCase;
};

/** One step of a typical case. */
export type TypicalCaseHistoryEntry = {
  __typename?: 'TypicalCaseHistoryEntry';
  action: TypicalCaseAction;
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  from?: Maybe<TypicalCaseStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: TypicalCaseStatus;
  version: Scalars['Int']['output'];
};

export type TypicalCaseResult = InvalidTransitionError | NotFoundError | TypicalCase | ValidationError | VersionConflictError;

export type TypicalCaseSection =
  | 'FACTS'
  | 'OUTCOME'
  | 'SIGNIFICANCE'
  | 'TITLE';

/** The three sections of a typical case, as the editor writes them (the anonymization pass runs on them). */
export type TypicalCaseSectionsInput = {
  /** 【基本案情】 */
  facts: Scalars['String']['input'];
  /** 【处理结果】 */
  outcome: Scalars['String']['input'];
  /** 【典型意义】 */
  significance: Scalars['String']['input'];
};

export type TypicalCaseStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** The text of a typical case: a title and the sections 【基本案情】【处理结果】【典型意义】. */
export type TypicalCaseText = {
  __typename?: 'TypicalCaseText';
  /** 【基本案情】 */
  facts: Scalars['String']['output'];
  /** 【处理结果】 */
  outcome: Scalars['String']['output'];
  /** 【典型意义】 */
  significance: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type UpdateOrganizationInput = {
  channels?: InputMaybe<Array<Channel>>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Another organization; an explicit null removes the parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** What changes; the pass runs again over the whole text. Fields left out stay as they are. */
export type UpdateTypicalCaseInput = {
  /** Originals the pass replaced that the editor keeps (a place name read as a person’s name), replacing the list kept so far. Publication still refuses any party’s name, ID number, phone or address. */
  keep?: InputMaybe<Array<Scalars['String']['input']>>;
  sections?: InputMaybe<TypicalCaseSectionsInput>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Moves the account to another organization; an explicit null detaches it (ADMIN accounts only). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<Role>>;
};

export type UpdateUserResult = NotFoundError | User | ValidationError | VersionConflictError;

export type User = Node & {
  __typename?: 'User';
  /** A disabled account cannot sign in; its sessions end at once. */
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Signed in with a one-time password: only changePassword is allowed until it is changed. */
  mustChangePassword: Scalars['Boolean']['output'];
  organization?: Maybe<Organization>;
  roles: Array<Role>;
  username: Scalars['String']['output'];
  /** Raised by every change; pass it back as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** An account and its one-time password, shown once: the user must change it at the first sign-in. */
export type UserCredentials = {
  __typename?: 'UserCredentials';
  oneTimePassword: Scalars['String']['output'];
  user: User;
};

export type ValidationError = ErrorResult & {
  __typename?: 'ValidationError';
  code: ErrorCode;
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  fieldErrors: Array<FieldError>;
  message: Scalars['String']['output'];
};

export type VersionConflictError = ErrorResult & {
  __typename?: 'VersionConflictError';
  code: ErrorCode;
  currentVersion: Scalars['Int']['output'];
  /** Same as `code`; select this one next to a result type that has a `code` field of its own (e.g. Dispute.code). */
  errorCode: ErrorCode;
  message: Scalars['String']['output'];
};
