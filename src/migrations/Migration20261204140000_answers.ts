import { Migration } from '@mikro-orm/migrations';

/**
 * The answer (答辩状) a respondent gives to a served 答辩通知书: recorded on that service
 * record, once; recording it stops the recipient's ANSWER clock.
 */
export class Migration20261204140000_answers extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "document_service" add column "answer_received_on" date null, add column "answer_file_ids" jsonb null, add column "answer_recorded_by" uuid null, add column "answer_recorded_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "document_service" drop column "answer_received_on", drop column "answer_file_ids", drop column "answer_recorded_by", drop column "answer_recorded_at";`);
  }
}
