import { Migration } from '@mikro-orm/migrations';

export class Migration20261126090000_referral_inbox_status extends Migration {
  override async up(): Promise<void> {
    // A mediator's working inbox is filtered by status (PENDING): an ordered index scan of only
    // those rows instead of walking every referral the organization ever received.
    this.addSql(`create index "referral_inbox_status_idx" on "referral" ("to_organization_id", "status", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "referral_inbox_status_idx";`);
  }
}
