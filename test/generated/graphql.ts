/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type ErrorCode =
  | 'EXTENSION_NOT_ALLOWED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'VERSION_CONFLICT';

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

/** A year's official schedule as published by the State Council. */
export type HolidayScheduleInput = {
  /** Every day off, weekends inside a holiday block included. */
  holidays: Array<string>;
  /** Saturdays or Sundays declared working days (调休上班日). */
  makeUpWorkdays: Array<string>;
  /** Where the schedule comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号). */
  source: string;
  year: number;
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

export type TimeUnit =
  | 'CALENDAR_DAYS'
  | 'MONTHS'
  | 'WORKING_DAYS';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login:
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'Session', token: string, expiresAt: string, user: { id: string, username: string, roles: Array<Role>, organization: { id: string, name: string } | null } }
   };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string, kind: OrganizationKind, region: string } | null } | null };

export type AddWorkingDaysQueryVariables = Exact<{
  from: string;
  days: number;
}>;


export type AddWorkingDaysQuery = { addWorkingDays: string };

export type WorkingDaysBetweenQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkingDaysBetweenQuery = { workingDaysBetween: number };

export type HolidayCalendarOfQueryVariables = Exact<{
  year: number;
}>;


export type HolidayCalendarOfQuery = { holidayCalendar: { year: number, official: boolean, source: string | null, holidays: Array<string>, makeUpWorkdays: Array<string> } };

export type LoadHolidayCalendarMutationVariables = Exact<{
  input: HolidayScheduleInput;
}>;


export type LoadHolidayCalendarMutation = { loadHolidayCalendar:
    | { __typename: 'HolidayCalendar', year: number, official: boolean, source: string | null, holidays: Array<string>, makeUpWorkdays: Array<string> }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, fieldErrors: Array<{ field: string, message: string }> }
   };

export type MattersQueryVariables = Exact<{
  channel?: Channel | null | undefined;
}>;


export type MattersQuery = { matters: Array<{ id: string, code: string, name: string, channel: Channel, legalBasis: Array<string>, conditions: Array<string>, procedure: Array<string>, authority: { name: string } | null, acceptanceTimeLimit: { amount: number, unit: TimeUnit, startsFrom: ClockStart, extensible: boolean, maxExtension: number | null, legalBasis: string } | null, handlingTimeLimit: { amount: number, unit: TimeUnit, startsFrom: ClockStart, pauseReasons: Array<PauseReason>, extensible: boolean, maxExtension: number | null, legalBasis: string }, requiredMaterials: Array<{ name: string, required: boolean }>, applicationForm: { title: string, fields: Array<{ key: string, label: string, type: FormFieldType, required: boolean, options: Array<string> | null }> } }> };

export type MatterByCodeQueryVariables = Exact<{
  code: string;
  region?: string | null | undefined;
}>;


export type MatterByCodeQuery = { matter: { code: string, name: string, authority: { name: string } | null, authorities: Array<{ name: string, region: string }> } | null };

export type OrganizationsQueryVariables = Exact<{
  channel?: Channel | null | undefined;
  region?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind, channels: Array<Channel>, region: string }> };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AddWorkingDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AddWorkingDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkingDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}]}]}}]} as unknown as DocumentNode<AddWorkingDaysQuery, AddWorkingDaysQueryVariables>;
export const WorkingDaysBetweenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingDaysBetween"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingDaysBetween"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<WorkingDaysBetweenQuery, WorkingDaysBetweenQueryVariables>;
export const HolidayCalendarOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolidayCalendarOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpWorkdays"}}]}}]}}]} as unknown as DocumentNode<HolidayCalendarOfQuery, HolidayCalendarOfQueryVariables>;
export const LoadHolidayCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoadHolidayCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadHolidayCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HolidayCalendar"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpWorkdays"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoadHolidayCalendarMutation, LoadHolidayCalendarMutationVariables>;
export const MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"procedure"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceTimeLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"extensible"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtension"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handlingTimeLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"startsFrom"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReasons"}},{"kind":"Field","name":{"kind":"Name","value":"extensible"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtension"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requiredMaterials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MattersQuery, MattersQueryVariables>;
export const MatterByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<MatterByCodeQuery, MatterByCodeQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;