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
];
const EVENT_TYPES_CASE_FILES = ['FILE_UPLOADED', 'MATERIAL_RECORDED', 'DOCUMENT_ISSUED', 'DOCUMENT_SERVED', 'NOTICE_ACKNOWLEDGED', 'DECISION_WITHOUT_DOCUMENT'];

const DEADLINE_KINDS_BEFORE = ['ACCEPTANCE', 'HANDLING', 'REFERRAL_RESPONSE', 'JUDICIAL_CONFIRMATION_APPLICATION', 'JUDICIAL_CONFIRMATION_ACCEPTANCE', 'JUDICIAL_CONFIRMATION_DECISION'];
const DEADLINE_KINDS_CASE_FILES = ['SERVICE', 'ANSWER', 'SUPPLEMENT'];

const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Case files (#15): the check constraints of dispute_event.type and deadline.kind admit the
 * new timeline events (files, materials, documents, service, notices) and the new clocks
 * (SERVICE, ANSWER, SUPPLEMENT); Migration20261203160000_case_files created the tables but
 * left these two lists as they were.
 */
export class Migration20261203163000_case_files_checks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_type_check" check ("type" in (${list([...EVENT_TYPES_BEFORE, ...EVENT_TYPES_CASE_FILES])}));`);
    this.addSql(`alter table "deadline" drop constraint if exists "deadline_kind_check";`);
    this.addSql(`alter table "deadline" add constraint "deadline_kind_check" check ("kind" in (${list([...DEADLINE_KINDS_BEFORE, ...DEADLINE_KINDS_CASE_FILES])}));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "dispute_event" where "type" in (${list(EVENT_TYPES_CASE_FILES)});`);
    this.addSql(`delete from "deadline" where "kind" in (${list(DEADLINE_KINDS_CASE_FILES)});`);
    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);
    this.addSql(`alter table "dispute_event" add constraint "dispute_event_type_check" check ("type" in (${list(EVENT_TYPES_BEFORE)}));`);
    this.addSql(`alter table "deadline" drop constraint if exists "deadline_kind_check";`);
    this.addSql(`alter table "deadline" add constraint "deadline_kind_check" check ("kind" in (${list(DEADLINE_KINDS_BEFORE)}));`);
  }
}
