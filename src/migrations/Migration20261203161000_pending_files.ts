import { Migration } from '@mikro-orm/migrations';

/**
 * Pending uploads (#15): the frontdesk uploads materials while filling in the registration
 * form, before the dispute exists. Such a file has no dispute until the registration claims
 * it; unclaimed ones are removed after 24 hours, oldest first, through the partial index.
 */
export class Migration20261203161000_pending_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stored_file" alter column "dispute_id" drop not null;`);
    // A pending file is an upload of a known user: nothing else may lack a dispute.
    this.addSql(`alter table "stored_file" add constraint "stored_file_pending_is_upload" check ("dispute_id" is not null or ("origin" = 'UPLOAD' and "uploaded_by" is not null));`);
    this.addSql(`create index "stored_file_pending_created_at_index" on "stored_file" ("created_at") where "dispute_id" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "stored_file_pending_created_at_index";`);
    this.addSql(`alter table "stored_file" drop constraint if exists "stored_file_pending_is_upload";`);
    this.addSql(`delete from "stored_file" where "dispute_id" is null;`);
    this.addSql(`alter table "stored_file" alter column "dispute_id" set not null;`);
  }
}
