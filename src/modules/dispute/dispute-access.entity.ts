import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Which organizations may read a dispute, and whether they see personal data
 * unmasked. Written by the services in the same transaction as the change
 * that grants it (registration, referral, acceptance, judicial confirmation);
 * every scoped read of disputes goes through this table (dispute.policy.ts).
 * Rows are never removed: an organization keeps reading what it once received.
 */
@Entity({ tableName: 'dispute_access' })
@Index({ name: 'dispute_access_org_idx', properties: ['organizationId', 'disputeId'] })
export class DisputeAccess {
  [OptionalProps]?: 'grantedAt';

  @PrimaryKey({ type: 'uuid' })
  disputeId!: string;

  @PrimaryKey({ type: 'uuid' })
  organizationId!: string;

  /** True once the organization registered, accepted or holds a proceeding of the dispute. */
  @Property({ type: 'boolean' })
  unmasked!: boolean;

  /** Why it was granted first: REGISTERED, REFERRAL, PROCEEDING, JUDICIAL_CONFIRMATION. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  grantedAt: Date = new Date();
}
