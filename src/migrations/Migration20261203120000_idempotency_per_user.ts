import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120000_idempotency_per_user extends Migration {
  override async up(): Promise<void> {
    // An idempotency key belongs to the user who registers with it: another user's
    // (another organization's) key never collides, so it neither reveals nor blocks.
    this.addSql(`alter table "dispute" drop constraint if exists "dispute_idempotency_key_unique";`);
    this.addSql(`alter table "dispute" add constraint "dispute_registered_by_idempotency_key_unique" unique ("registered_by", "idempotency_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispute" drop constraint if exists "dispute_registered_by_idempotency_key_unique";`);
    this.addSql(`alter table "dispute" add constraint "dispute_idempotency_key_unique" unique ("idempotency_key");`);
  }
}
