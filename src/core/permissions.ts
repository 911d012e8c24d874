import { Authorized } from 'type-graphql';
import { Role } from './enums';

/**
 * What a resolver may be asked to do, and which roles may ask (ADMIN may do
 * everything, see the auth checker). Resolvers declare the permission; which
 * record a viewer may act on is decided by the owning module's policy inside
 * the command.
 */
export enum Permission {
  /** Any signed-in viewer; what they see is narrowed by visibility. */
  SIGNED_IN = 'SIGNED_IN',
  REGISTER_DISPUTE = 'REGISTER_DISPUTE',
  /** Close or withdraw a dispute the viewer's organization holds. */
  CONCLUDE_DISPUTE = 'CONCLUDE_DISPUTE',
  REFER_DISPUTE = 'REFER_DISPUTE',
  /** Accept, decline or cancel a referral (as its receiver or sender). */
  ANSWER_REFERRAL = 'ANSWER_REFERRAL',
  HANDLE_PROCEEDING = 'HANDLE_PROCEEDING',
  REQUEST_JUDICIAL_CONFIRMATION = 'REQUEST_JUDICIAL_CONFIRMATION',
  DECIDE_JUDICIAL_CONFIRMATION = 'DECIDE_JUDICIAL_CONFIRMATION',
  MANAGE_CALENDAR = 'MANAGE_CALENDAR',
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /** Find disputes by a party's ID number or phone (only among those whose personal data the viewer sees). */
  SEARCH_BY_PERSON = 'SEARCH_BY_PERSON',
  /** Catalog notes for administrators, e.g. legal bases awaiting verification. */
  READ_CATALOG_REVIEW = 'READ_CATALOG_REVIEW',
  /** Create and change organizations. */
  MANAGE_ORGANIZATIONS = 'MANAGE_ORGANIZATIONS',
  /** Create accounts, change their roles and organization, disable them, reset passwords. */
  MANAGE_USERS = 'MANAGE_USERS',
  /** See the active colleagues of one's own organization (to assign a proceeding, name handlers, or name a self-inspection's reviewers). */
  LIST_COLLEAGUES = 'LIST_COLLEAGUES',
  /** Upload files to a dispute the viewer's organization works on, and record its materials checklist. */
  RECORD_MATERIALS = 'RECORD_MATERIALS',
  /** Issue legal documents of a case the viewer's organization holds, and record acknowledgements. */
  ISSUE_DOCUMENT = 'ISSUE_DOCUMENT',
  /** Record service of documents the viewer's organization issued. */
  RECORD_SERVICE = 'RECORD_SERVICE',
  /** Edit document templates and number series. */
  MANAGE_DOCUMENT_TEMPLATES = 'MANAGE_DOCUMENT_TEMPLATES',
  /** Draft, edit and submit a typical case from a concluded dispute the viewer's organization handled. */
  DRAFT_TYPICAL_CASE = 'DRAFT_TYPICAL_CASE',
  /** Approve (publish), return or withdraw the organization's typical cases: its head. */
  APPROVE_PUBLICATION = 'APPROVE_PUBLICATION',
  /** Read the statistics of one's own organization (ADMIN and REVIEWER: of any organization, or of the whole city). */
  READ_STATISTICS = 'READ_STATISTICS',
  /** Open and run case-file review campaigns (案卷评查): an organization's head for its self-inspection, the justice bureau for spot checks and cross-reviews. */
  RUN_REVIEW = 'RUN_REVIEW',
  /** Review the files of a campaign one is named in (which campaign is decided by the review policy). */
  REVIEW_CASE_FILES = 'REVIEW_CASE_FILES',
  /** Save a new version of the case-file review checklist (ADMIN). */
  MANAGE_REVIEW_CHECKLIST = 'MANAGE_REVIEW_CHECKLIST',
  /** Record staff's handling unit, qualifications and training (the organization's head for its own staff). */
  MANAGE_STAFF = 'MANAGE_STAFF',
  /** Keep the expert pool (专家库): experts, fields, relationships, removal. */
  MANAGE_EXPERTS = 'MANAGE_EXPERTS',
  /** Draw experts for a proceeding the viewer's organization holds, record declarations, challenges and ratings. */
  DRAW_EXPERTS = 'DRAW_EXPERTS',
  /** Record follow-up visits (回访) of disputes the viewer's organization handled. */
  RECORD_FOLLOW_UP = 'RECORD_FOLLOW_UP',
}

export const PERMISSION_ROLES: Readonly<Record<Permission, readonly Role[]>> = {
  SIGNED_IN: [],
  REGISTER_DISPUTE: [Role.FRONTDESK, Role.COURT_LIAISON],
  CONCLUDE_DISPUTE: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  REFER_DISPUTE: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  ANSWER_REFERRAL: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  HANDLE_PROCEEDING: [Role.HANDLER, Role.COURT_LIAISON],
  REQUEST_JUDICIAL_CONFIRMATION: [Role.HANDLER],
  DECIDE_JUDICIAL_CONFIRMATION: [Role.COURT_LIAISON],
  MANAGE_CALENDAR: [Role.ADMIN],
  READ_AUDIT_LOG: [Role.ADMIN],
  SEARCH_BY_PERSON: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  READ_CATALOG_REVIEW: [Role.ADMIN],
  MANAGE_ORGANIZATIONS: [Role.ADMIN],
  MANAGE_USERS: [Role.ADMIN],
  LIST_COLLEAGUES: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON, Role.REVIEWER, Role.HEAD],
  RECORD_MATERIALS: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  ISSUE_DOCUMENT: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  RECORD_SERVICE: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
  MANAGE_DOCUMENT_TEMPLATES: [Role.ADMIN],
  DRAFT_TYPICAL_CASE: [Role.HANDLER, Role.COURT_LIAISON],
  APPROVE_PUBLICATION: [Role.HEAD],
  READ_STATISTICS: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON, Role.HEAD, Role.REVIEWER],
  RUN_REVIEW: [Role.HEAD, Role.REVIEWER],
  REVIEW_CASE_FILES: [Role.HANDLER, Role.COURT_LIAISON, Role.HEAD, Role.REVIEWER],
  MANAGE_REVIEW_CHECKLIST: [Role.ADMIN],
  MANAGE_STAFF: [Role.HEAD],
  MANAGE_EXPERTS: [Role.HEAD, Role.HANDLER],
  DRAW_EXPERTS: [Role.HANDLER],
  RECORD_FOLLOW_UP: [Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON],
};

/** Declares the permission a query, mutation or field needs (checked before the resolver runs). */
export function Allow(permission: Permission): MethodDecorator & PropertyDecorator {
  return Authorized(...PERMISSION_ROLES[permission]);
}
