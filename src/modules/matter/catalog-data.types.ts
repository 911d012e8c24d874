/**
 * Types of the catalog seed data (organizations, matters, channel rules, demo users).
 *
 * The string-literal unions mirror the enums of the public contract
 * (/work/shared/contract/core.graphql); the `*_VALUES` arrays list the same
 * values so that code and tests can iterate over them. Plain data only: no
 * database code here.
 */

export const CHANNEL_VALUES = ['ADJUDICATION', 'MEDIATION', 'ARBITRATION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL', 'PETITION', 'RECONSIDERATION', 'LITIGATION'] as const;
/** 纠纷化解渠道 (contract enum Channel). */
export type Channel = (typeof CHANNEL_VALUES)[number];

export const ORGANIZATION_KIND_VALUES = [
  'DISPUTE_CENTER',
  'JUSTICE_BUREAU',
  'ADJUDICATION_AUTHORITY',
  'PEOPLES_MEDIATION_COMMITTEE',
  'INDUSTRY_MEDIATION_ORG',
  'LAWYER_MEDIATION_STUDIO',
  'ARBITRATION_COMMISSION',
  'LABOR_ARBITRATION_COMMISSION',
  'NOTARY_OFFICE',
  'APPRAISAL_INSTITUTION',
  'PETITION_BUREAU',
  'RECONSIDERATION_OFFICE',
  'COURT',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KIND_VALUES)[number];

export const TIME_UNIT_VALUES = ['CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS'] as const;
export type TimeUnit = (typeof TIME_UNIT_VALUES)[number];

export const CLOCK_START_VALUES = ['RECEIPT', 'ACCEPTANCE', 'TRIBUNAL_FORMED', 'AGREEMENT_EFFECTIVE'] as const;
export type ClockStart = (typeof CLOCK_START_VALUES)[number];

export const PAUSE_REASON_VALUES = [
  'MATERIALS_SUPPLEMENT',
  'EXPERT_REVIEW',
  'INSPECTION_OR_APPRAISAL',
  'PUBLIC_NOTICE',
  'HEARING',
  'VERIFICATION',
  'SAMPLE_COLLECTION',
  'FORCE_MAJEURE',
  'SUSPENSION',
] as const;
export type PauseReason = (typeof PAUSE_REASON_VALUES)[number];

export const FORM_FIELD_TYPE_VALUES = ['TEXT', 'TEXTAREA', 'DATE', 'NUMBER', 'MONEY', 'SELECT', 'ID_NUMBER', 'PHONE', 'FILE'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPE_VALUES)[number];

/** The contract's roles and HEAD (beyond the contract: an organization's head, who approves its typical cases). */
export const ROLE_VALUES = ['FRONTDESK', 'HANDLER', 'COURT_LIAISON', 'REVIEWER', 'ADMIN', 'HEAD'] as const;
export type Role = (typeof ROLE_VALUES)[number];

export const DISPUTE_CATEGORY_VALUES = [
  'GOVERNMENT_PROCUREMENT',
  'PATENT_INFRINGEMENT',
  'LAND_OWNERSHIP',
  'CONTRACT',
  'LABOR',
  'NEIGHBORHOOD',
  'FAMILY',
  'PROPERTY_MANAGEMENT',
  'CONSUMER',
  'CONSTRUCTION',
  'MEDICAL',
  'TRAFFIC',
  'OTHER',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORY_VALUES)[number];

export interface OrganizationSeed {
  /** Stable key used by the other seed files (never shown to users). */
  key: string;
  name: string;
  kind: OrganizationKind;
  channels: Channel[];
  /** Administrative division: 杭州市, or the district/county (富阳区, 拱墅区, 桐庐县, ...). */
  region: string;
  /**
   * Default handling rule when this org handles one of its channels without a
   * matter (e.g. a court-delegated mediation or a plain referral): the code of
   * a matter in MATTERS that lists this org among its handlers. Optional.
   */
  defaultMatterCode?: string;
}

export interface TimeLimitSeed {
  amount: number;
  unit: TimeUnit;
  startsFrom: ClockStart;
  pauseReasons: PauseReason[];
  /** Most that may be added by extension, in `unit`; null: no fixed maximum, or none allowed (see `extensible`). */
  maxExtension: number | null;
  extensible: boolean;
  legalBasis: string;
  /** What the act is, Chinese: '决定是否受理' / '作出处理决定' / ... */
  action: string;
}

export interface MaterialRequirementSeed {
  name: string;
  required: boolean;
  note?: string;
}

export interface FormFieldSeed {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  /** Choices, for SELECT fields only. */
  options?: string[];
}

export interface FormTemplateSeed {
  title: string;
  fields: FormFieldSeed[];
}

export interface MatterSeed {
  code: string;
  name: string;
  channel: Channel;
  /** City-level authority org key. */
  authorityKey: string | null;
  /** Every org that handles it, city and district. */
  handlerKeys: string[];
  categories: DisputeCategory[];
  legalBasis: string[];
  conditions: string[];
  procedure: string[];
  acceptanceTimeLimit: TimeLimitSeed | null;
  handlingTimeLimit: TimeLimitSeed;
  simplifiedHandlingTimeLimit: TimeLimitSeed | null;
  requiredMaterials: MaterialRequirementSeed[];
  applicationForm: FormTemplateSeed;
  /** True where deadlines.md marks the row (verify). */
  needsVerification: boolean;
  /**
   * What of the legal basis awaits verification, for administrators only (Matter.unverifiedLegalBasis):
   * the public legalBasis texts carry no verification marks.
   */
  unverifiedLegalBasis?: string[];
}

export interface UserSeed {
  username: string;
  displayName: string;
  roles: Role[];
  organizationKey: string | null;
}

export type ChannelRuleKind = 'COURT_DELEGATED' | 'COURT_ENTRUSTED' | 'COURT_ENTRUSTED_SIMPLE' | 'JC_APPLICATION' | 'JC_ACCEPTANCE' | 'JC_DECISION' | 'REFERRAL_RESPONSE';

export interface ChannelRuleSeed {
  channel: Channel;
  kind: ChannelRuleKind;
  limit: TimeLimitSeed;
  /** What of limit.legalBasis awaits verification (never shown to parties; limit.legalBasis carries no marks). */
  unverified?: string;
}
