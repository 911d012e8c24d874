import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126053920_foundation } from './Migration20261126053920_foundation';
import { Migration20261126054452_alert_generation } from './Migration20261126054452_alert_generation';
import { Migration20261126054802_dispute_lifecycle } from './Migration20261126054802_dispute_lifecycle';
import { Migration20261126060233_hardening } from './Migration20261126060233_hardening';
import { Migration20261126090000_referral_inbox_status } from './Migration20261126090000_referral_inbox_status';
import { Migration20261126091000_referral_inbox_count } from './Migration20261126091000_referral_inbox_count';
import { Migration20261126092000_dispute_count } from './Migration20261126092000_dispute_count';
import { Migration20261203100000_accounts } from './Migration20261203100000_accounts';
import { Migration20261203120000_idempotency_per_user } from './Migration20261203120000_idempotency_per_user';
import { Migration20261203120100_audit_refusals } from './Migration20261203120100_audit_refusals';
import { Migration20261203130000_person_search_legal_basis } from './Migration20261203130000_person_search_legal_basis';
import { Migration20261203160000_case_files } from './Migration20261203160000_case_files';
import { Migration20261203161000_pending_files } from './Migration20261203161000_pending_files';
import { Migration20261203163000_case_files_checks } from './Migration20261203163000_case_files_checks';
import { Migration20261203170000_statistics } from './Migration20261203170000_statistics';
import { Migration20261203171000_typical_cases } from './Migration20261203171000_typical_cases';
import { Migration20261204090000_people_checks } from './Migration20261204090000_people_checks';
import { Migration20261204100000_case_file_review } from './Migration20261204100000_case_file_review';
import { Migration20261204120000_expert_pool } from './Migration20261204120000_expert_pool';
import { Migration20261204130000_follow_ups } from './Migration20261204130000_follow_ups';
import { Migration20261204140000_answers } from './Migration20261204140000_answers';
import { Migration20261204110000_staff } from './Migration20261204110000_staff';
import { Migration20261204150000_day_view_counts } from './Migration20261204150000_day_view_counts';

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
  { name: 'Migration20261203100000_accounts', class: Migration20261203100000_accounts },
  { name: 'Migration20261203120000_idempotency_per_user', class: Migration20261203120000_idempotency_per_user },
  { name: 'Migration20261203120100_audit_refusals', class: Migration20261203120100_audit_refusals },
  { name: 'Migration20261203130000_person_search_legal_basis', class: Migration20261203130000_person_search_legal_basis },
  { name: 'Migration20261203160000_case_files', class: Migration20261203160000_case_files },
  { name: 'Migration20261203161000_pending_files', class: Migration20261203161000_pending_files },
  { name: 'Migration20261203163000_case_files_checks', class: Migration20261203163000_case_files_checks },
  { name: 'Migration20261203170000_statistics', class: Migration20261203170000_statistics },
  { name: 'Migration20261203171000_typical_cases', class: Migration20261203171000_typical_cases },
  { name: 'Migration20261204090000_people_checks', class: Migration20261204090000_people_checks },
  { name: 'Migration20261204100000_case_file_review', class: Migration20261204100000_case_file_review },
  { name: 'Migration20261204110000_staff', class: Migration20261204110000_staff },
  { name: 'Migration20261204120000_expert_pool', class: Migration20261204120000_expert_pool },
  { name: 'Migration20261204130000_follow_ups', class: Migration20261204130000_follow_ups },
  { name: 'Migration20261204140000_answers', class: Migration20261204140000_answers },
  { name: 'Migration20261204150000_day_view_counts', class: Migration20261204150000_day_view_counts },
];
