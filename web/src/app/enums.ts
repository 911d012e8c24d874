/**
 * Enum VALUES for selects and filters (the generated types have no runtime values: enumsAsTypes).
 * Only values, never labels (labels come from the server: useLabels). `exhaustive` makes the type
 * check fail when the schema gains a value that is missing here.
 */
import type {
  Channel,
  DisputeCategory,
  DisputeSource,
  DisputeStatus,
  ExtensionBasis,
  IdType,
  OutcomeKind,
  PartyKind,
  PartyRole,
  PauseReason,
  ProcedureTrack,
  ReferralKind,
  ReferralStatus,
} from '../gql/schema-types';

function exhaustive<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })) => values;
}

export const DISPUTE_STATUSES = exhaustive<DisputeStatus>()(['AWAITING_ROUTING', 'REFERRED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'WITHDRAWN']);
export const DISPUTE_CATEGORIES = exhaustive<DisputeCategory>()([
  'NEIGHBORHOOD',
  'FAMILY',
  'LABOR',
  'CONTRACT',
  'CONSUMER',
  'PROPERTY_MANAGEMENT',
  'CONSTRUCTION',
  'TRAFFIC',
  'MEDICAL',
  'LAND_OWNERSHIP',
  'GOVERNMENT_PROCUREMENT',
  'PATENT_INFRINGEMENT',
  'OTHER',
]);
export const DISPUTE_SOURCES = exhaustive<DisputeSource>()(['WALK_IN', 'HOTLINE', 'ONLINE', 'GRID_INSPECTION', 'PETITION', 'COURT', 'OTHER']);
export const CHANNELS = exhaustive<Channel>()(['MEDIATION', 'ADJUDICATION', 'ARBITRATION', 'RECONSIDERATION', 'LITIGATION', 'PETITION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL']);
export const PARTY_ROLES = exhaustive<PartyRole>()(['APPLICANT', 'RESPONDENT', 'THIRD_PARTY']);
export const PARTY_KINDS = exhaustive<PartyKind>()(['PERSON', 'ORGANIZATION']);
export const ID_TYPES = exhaustive<IdType>()(['RESIDENT_ID', 'USCC', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID', 'OTHER']);
export const REFERRAL_KINDS = exhaustive<ReferralKind>()(['TRANSFER', 'ASSIGN', 'COURT_DELEGATED', 'COURT_ENTRUSTED']);
export const REFERRAL_STATUSES = exhaustive<ReferralStatus>()(['PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED']);
export const PROCEDURE_TRACKS = exhaustive<ProcedureTrack>()(['ORDINARY', 'SIMPLIFIED']);
export const PAUSE_REASONS = exhaustive<PauseReason>()([
  'MATERIALS_SUPPLEMENT',
  'EXPERT_REVIEW',
  'INSPECTION_OR_APPRAISAL',
  'HEARING',
  'VERIFICATION',
  'PUBLIC_NOTICE',
  'SAMPLE_COLLECTION',
  'SUSPENSION',
  'FORCE_MAJEURE',
]);
export const EXTENSION_BASES = exhaustive<ExtensionBasis>()(['PARTIES_CONSENT', 'HEAD_APPROVAL', 'INSTITUTION_RULES']);
export const OUTCOME_KINDS = exhaustive<OutcomeKind>()([
  'AGREEMENT',
  'DECISION',
  'AWARD',
  'JUDGMENT',
  'HANDLING_OPINION',
  'REPLY',
  'CERTIFICATE',
  'APPRAISAL_OPINION',
  'DISMISSED',
  'MEDIATION_FAILED',
  'TERMINATED',
  'WITHDRAWN',
]);

/** Administrative divisions the hub accepts as `region` (Hangzhou after the 2021 adjustment). */
export const REGIONS = ['杭州市', '上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '富阳区', '临安区', '临平区', '钱塘区', '桐庐县', '淳安县', '建德市'] as const;
