/**
 * Enum VALUES the administration screens select from (labels come from the server: useLabels).
 * The type check fails when the schema gains a value missing here.
 */
import type { OrganizationKind, Role } from '../../gql/graphql';

function exhaustive<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> })) => values;
}

export const ORGANIZATION_KINDS = exhaustive<OrganizationKind>()([
  'DISPUTE_CENTER',
  'JUSTICE_BUREAU',
  'PEOPLES_MEDIATION_COMMITTEE',
  'INDUSTRY_MEDIATION_ORG',
  'LAWYER_MEDIATION_STUDIO',
  'ADJUDICATION_AUTHORITY',
  'ARBITRATION_COMMISSION',
  'LABOR_ARBITRATION_COMMISSION',
  'RECONSIDERATION_OFFICE',
  'PETITION_BUREAU',
  'NOTARY_OFFICE',
  'APPRAISAL_INSTITUTION',
  'COURT',
]);

export const ROLES = exhaustive<Role>()(['FRONTDESK', 'HANDLER', 'COURT_LIAISON', 'HEAD', 'REVIEWER', 'ADMIN']);
