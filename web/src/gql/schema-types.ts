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

export type ConcludeProceedingInput = {
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the day of conclusion. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  outcome: OutcomeKind;
  proceedingId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
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
  | 'HANDLING'
  | 'JUDICIAL_CONFIRMATION_ACCEPTANCE'
  | 'JUDICIAL_CONFIRMATION_APPLICATION'
  | 'JUDICIAL_CONFIRMATION_DECISION'
  | 'REFERRAL_RESPONSE';

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
  events: DisputeEventConnection;
  facts: Scalars['String']['output'];
  id: Scalars['ID']['output'];
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
  | 'CLOSED'
  | 'CONCLUDED'
  | 'DEADLINE_DUE_SOON'
  | 'DEADLINE_OVERDUE'
  | 'EXTENDED'
  | 'JUDICIAL_CONFIRMATION_ACCEPTED'
  | 'JUDICIAL_CONFIRMATION_DECIDED'
  | 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED'
  | 'JUDICIAL_CONFIRMATION_REQUESTED'
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

export type LoadHolidayCalendarResult = HolidayCalendar | ValidationError;

export type LoginResult = InvalidCredentialsError | Session;

export type MaterialRequirement = {
  __typename?: 'MaterialRequirement';
  name: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
};

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
  /** 受理: accept a proceeding under acceptance review. */
  admitProceeding: ProceedingResult;
  assignProceeding: ProceedingResult;
  cancelReferral: ReferralActionResult;
  /** Changes one's own password (at least 10 characters, not the username, not a common password). Returns a new session: every earlier token stops working. */
  changePassword: ChangePasswordResult;
  /** 办结: close a dispute that is resolved, or that nobody can take further. */
  closeDispute: DisputeResult;
  concludeProceeding: ProceedingResult;
  /** ADMIN: creates an organization. */
  createOrganization: OrganizationResult;
  /** ADMIN: creates an account with a one-time password, which the user must change at the first sign-in. */
  createUser: CreateUserResult;
  /** ADMIN: deactivates an organization: it keeps its history and receives no new referrals. */
  deactivateOrganization: OrganizationResult;
  decideJudicialConfirmation: JudicialConfirmationResult;
  declineJudicialConfirmation: JudicialConfirmationResult;
  declineReferral: ReferralActionResult;
  /** ADMIN: disables an account; its sessions end at once on every instance. */
  disableUser: UpdateUserResult;
  /** ADMIN: enables a disabled account (it signs in anew). */
  enableUser: UpdateUserResult;
  extendJudicialConfirmation: JudicialConfirmationResult;
  extendProceeding: ProceedingResult;
  /** ADMIN: load or replace a year's official holiday schedule. Open deadlines are recomputed against it. */
  loadHolidayCalendar: LoadHolidayCalendarResult;
  login: LoginResult;
  pauseProceeding: ProceedingResult;
  /** ADMIN: makes a deactivated organization active again. */
  reactivateOrganization: OrganizationResult;
  referDispute: ReferDisputeResult;
  registerDispute: RegisterDisputeResult;
  /** 不予受理, with reasons and where the applicant may go instead. */
  rejectProceeding: ProceedingResult;
  requestJudicialConfirmation: JudicialConfirmationResult;
  /** ADMIN: a new one-time password; every session of the account ends. */
  resetPassword: ResetPasswordResult;
  resumeProceeding: ProceedingResult;
  /** ADMIN: renames an organization or changes its kind, channels, region or parent. */
  updateOrganization: OrganizationResult;
  /** ADMIN: changes an account's name, roles or organization. Open WebSockets of the account are closed. */
  updateUser: UpdateUserResult;
  /** The applicant withdraws; open referrals are cancelled and open proceedings concluded as WITHDRAWN. */
  withdrawDispute: DisputeResult;
};


export type MutationAcceptJudicialConfirmationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAcceptReferralArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAdmitProceedingArgs = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  procedure?: InputMaybe<ProcedureTrack>;
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


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCloseDisputeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConcludeProceedingArgs = {
  input: ConcludeProceedingInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeactivateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDecideJudicialConfirmationArgs = {
  decision: JudicialConfirmationDecision;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  rulingNumber?: InputMaybe<Scalars['String']['input']>;
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


export type MutationReactivateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
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


export type MutationRequestJudicialConfirmationArgs = {
  courtId: Scalars['ID']['input'];
  proceedingId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationResumeProceedingArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
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
  dispute: Dispute;
  extensions: Array<Extension>;
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

export type ProceedingResult = ExtensionNotAllowedError | InvalidTransitionError | NotFoundError | Proceeding | ValidationError | VersionConflictError;

export type ProceedingStatus =
  /** 受理审查: the organization is deciding whether to accept. */
  | 'ACCEPTANCE_REVIEW'
  | 'CONCLUDED'
  | 'IN_PROGRESS'
  | 'NOT_ACCEPTED'
  | 'PAUSED';

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
  /** Public: the Chinese labels of the enums (statuses, kinds, channels ...), from the one server-side table. */
  enumLabels: Array<EnumLabel>;
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
  /** Referrals addressed to the viewer's organization, newest first. */
  referralInbox: ReferralConnection;
  routeSuggestions: Array<RouteSuggestion>;
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


export type QueryEnumLabelsArgs = {
  enums?: InputMaybe<Array<Scalars['String']['input']>>;
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
  includeInactive?: Scalars['Boolean']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReferralInboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
};


export type QueryRouteSuggestionsArgs = {
  disputeId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  includeDisabled?: Scalars['Boolean']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWorkingDaysBetweenArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

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

export type Role =
  /** Administrator of the hub. */
  | 'ADMIN'
  /** Court liaison: court-delegated mediation, judicial confirmation, and the court's own proceedings in the hub. */
  | 'COURT_LIAISON'
  /** Frontdesk of the one-stop dispute center: registers and routes disputes. */
  | 'FRONTDESK'
  /** Case handler of an organization (mediator, adjudicator, arbitrator, ...). */
  | 'HANDLER'
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

export type Session = {
  __typename?: 'Session';
  expiresAt: Scalars['DateTime']['output'];
  /** Signed in with a one-time password: call changePassword before anything else. */
  mustChangePassword: Scalars['Boolean']['output'];
  /** Bearer token for the Authorization header and the WebSocket connectionParams. */
  token: Scalars['String']['output'];
  user: User;
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

export type UpdateOrganizationInput = {
  channels?: InputMaybe<Array<Channel>>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Another organization; an explicit null removes the parent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
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
