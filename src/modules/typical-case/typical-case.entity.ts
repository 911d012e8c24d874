import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { AnonymizationReason, Channel, TypicalCaseAction, TypicalCaseSection, TypicalCaseStatus } from '../../core/enums';
import { Node } from '../../core/node';
import { Organization } from '../organization';

/** The text of a typical case: a title and the three sections of the usual layout. */
export interface TypicalCaseText {
  title: string;
  /** 【基本案情】 */
  facts: string;
  /** 【处理结果】 */
  outcome: string;
  /** 【典型意义】 */
  significance: string;
}

/** One replacement of the anonymization pass (anonymizer.ts), as stored for the editor's diff. */
export interface StoredReplacement {
  section: TypicalCaseSection;
  start: number;
  end: number;
  anonymizedStart: number;
  anonymizedEnd: number;
  original: string;
  replacement: string;
  reason: AnonymizationReason;
}

/** One step of a typical case: who did what, when, and from which status to which. */
export interface TypicalCaseHistoryEntry {
  action: TypicalCaseAction;
  from: TypicalCaseStatus | null;
  to: TypicalCaseStatus;
  at: string;
  by: string;
  /** The version the step produced. */
  version: number;
  /** Why it was returned or withdrawn; never personal data of the dispute. */
  reason: string | null;
}

/**
 * 典型案例: drafted from a concluded dispute by an organization that handled it, anonymized,
 * approved by the organization's head, published, possibly withdrawn (the record stays).
 * The draft text and the replacement list hold personal data: only the drafting organization
 * reads them (typical-case.resolver); the public reads the anonymized text only.
 */
@ObjectType('TypicalCase', { implements: Node })
@Entity({ tableName: 'typical_case' })
@Index({ name: 'typical_case_organization_idx', properties: ['organization', 'draftedAt', 'id'] })
@Index({ name: 'typical_case_status_idx', properties: ['status', 'draftedAt', 'id'] })
export class TypicalCase {
  [OptionalProps]?: 'version' | 'keep' | 'submittedAt' | 'submittedBy' | 'publishedAt' | 'approvedBy' | 'withdrawnAt' | 'withdrawnBy' | 'withdrawReason' | 'updatedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The dispute it was drafted from: never in a public answer. */
  @Index()
  @Property({ type: 'uuid' })
  disputeId!: string;

  /** The drafting organization's proceeding of the dispute. */
  @Property({ type: 'uuid' })
  proceedingId!: string;

  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @Field(() => TypicalCaseStatus)
  @Enum({ items: () => TypicalCaseStatus, type: 'text' })
  status!: TypicalCaseStatus;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => String, { nullable: true, description: "The matter of the drafting organization's proceeding, if it had one." })
  @Property({ type: 'text', nullable: true })
  matterCode!: string | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;

  @Field(() => Int, { description: 'Year (China Standard Time) the proceeding concluded.' })
  @Property({ type: 'integer' })
  year!: number;

  /** The text as the editor wrote it (personal data). */
  @Property({ type: 'jsonb' })
  draft!: TypicalCaseText;

  /** The text the pass made of it: what is submitted, approved and published. */
  @Property({ type: 'jsonb' })
  anonymized!: TypicalCaseText;

  @Property({ type: 'jsonb' })
  replacements!: StoredReplacement[];

  /** Originals the editor decided to keep (not replaced by the pass). */
  @Property({ type: 'jsonb' })
  keep: string[] = [];

  @Property({ type: 'jsonb' })
  history!: TypicalCaseHistoryEntry[];

  @Property({ type: 'uuid' })
  draftedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  draftedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  updatedBy: string | null = null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  submittedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  /** The head who approved the publication. */
  @Property({ type: 'uuid', nullable: true })
  approvedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  withdrawnBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  withdrawReason: string | null = null;
}
