import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126053920_foundation } from './Migration20261126053920_foundation';
import { Migration20261126054452_alert_generation } from './Migration20261126054452_alert_generation';
import { Migration20261126054802_dispute_lifecycle } from './Migration20261126054802_dispute_lifecycle';
import { Migration20261126060233_hardening } from './Migration20261126060233_hardening';
import { Migration20261126090000_referral_inbox_status } from './Migration20261126090000_referral_inbox_status';
import { Migration20261126091000_referral_inbox_count } from './Migration20261126091000_referral_inbox_count';
import { Migration20261126092000_dispute_count } from './Migration20261126092000_dispute_count';

// Committed migrations, in order. New ones are created with `npm run db:migration:create -- <name>`
// and must be appended here (no folder globbing at run time).
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261126053920_foundation', class: Migration20261126053920_foundation },
  { name: 'Migration20261126054452_alert_generation', class: Migration20261126054452_alert_generation },
  { name: 'Migration20261126054802_dispute_lifecycle', class: Migration20261126054802_dispute_lifecycle },
  { name: 'Migration20261126060233_hardening', class: Migration20261126060233_hardening },
  { name: 'Migration20261126090000_referral_inbox_status', class: Migration20261126090000_referral_inbox_status },
  { name: 'Migration20261126091000_referral_inbox_count', class: Migration20261126091000_referral_inbox_count },
  { name: 'Migration20261126092000_dispute_count', class: Migration20261126092000_dispute_count },
];
