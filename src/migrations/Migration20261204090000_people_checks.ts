import { Migration } from '@mikro-orm/migrations';

const EVENT_TYPES_BEFORE = [
  'REGISTERED',
  'REFERRED',
  'REFERRAL_ACCEPTED',
  'REFERRAL_DECLINED',
  'REFERRAL_CANCELLED',
  'PROCEEDING_ADMITTED',
  'PROCEEDING_NOT_ACCEPTED',
  'PROCEEDING_ASSIGNED',
  'JUDICIAL_CONFIRMATION_NOT_ACCEPTED',
  'PAUSED',
  'RESUMED',
  'EXTENDED',
  'CONCLUDED',
  'JUDICIAL_CONFIRMATION_REQUESTED',
  'JUDICIAL_CONFIRMATION_ACCEPTED',
  'JUDICIAL_CONFIRMATION_DECIDED',
  'DEADLINE_DUE_SOON',
  'DEADLINE_OVERDUE',
  'CLOSED',
  'WITHDRAWN',
  'FILE_UPLOADED',
  'MATERIAL_RECORDED',
  'DOCUMENT_ISSUED',
  'DOCUMENT_SERVED',
  'NOTICE_ACKNOWLEDGED',
  'DECISION_WITHOUT_DOCUMENT',
];
const EVENT_TYPES_PEOPLE = [
  'ANSWER_RECEIVED',
  'HANDLERS_CHANGED',
  'EXPERTS_DRAWN',
  'EXPERTS_REDRAWN',
  'EXPERT_DECLARED',
  'EXPERT_WITHDREW',
  'EXPERT_CHALLENGED',
  'EXPERT_CHALLENGE_DECIDED',
  'EXPERT_RATED',
  'FOLLOW_UP_ATTEMPTED',
  'FOLLOW_UP_RECORDED',
  'FOLLOW_UP_CLOSED',
];

const DEADLINE_KINDS_BEFORE = [
  'ACCEPTANCE',
  'HANDLING',
  'REFERRAL_RESPONSE',
  'JUDICIAL_CONFIRMATION_APPLICATION',
  'JUDICIAL_CONFIRMATION_ACCEPTANCE',
  'JUDICIAL_CONFIRMATION_DECISION',
  'SERVICE',
  'ANSWER',
  'SUPPLEMENT',
];
const DEADLINE_KINDS_PEOPLE = ['FOLLOW_UP'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * People (#17): the check constraints of dispute_event.type and deadline.kind admit the
 * timeline events of handlers, expert draws and follow-up visits, and the FOLLOW_UP clock
 * (and ANSWER_RECEIVED of the case files, which stops an ANSWER clock).
 * Written once for all three parts so their own migrations never rewrite these lists.
 */
export class Migration20261204090000_people_checks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_type_check" check ("type" in (${list([...EVENT_TYPES_BEFORE, ...EVENT_TYPES_PEOPLE])}));`);
    this.addSql(`alter table "deadline" drop constraint if exists "deadline_kind_check";`);
    this.addSql(`alter table "deadline" add constraint "deadline_kind_check" check ("kind" in (${list([...DEADLINE_KINDS_BEFORE, ...DEADLINE_KINDS_PEOPLE])}));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "dispute_event" where "type" in (${list(EVENT_TYPES_PEOPLE)});`);
    this.addSql(`delete from "deadline" where "kind" in (${list(DEADLINE_KINDS_PEOPLE)});`);
    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_type_check" check ("type" in (${list(EVENT_TYPES_BEFORE)}));`);
    this.addSql(`alter table "deadline" drop constraint if exists "deadline_kind_check";`);
    this.addSql(`alter table "deadline" add constraint "deadline_kind_check" check ("kind" in (${list(DEADLINE_KINDS_BEFORE)}));`);
  }
}
