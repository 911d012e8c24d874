import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Channel, ReviewCampaignKind, ReviewCampaignStatus, ReviewGrade, ReviewRound } from '../../core/enums';
import { Node } from '../../core/node';
import type { ChecklistContent } from './review-checklist.data';
import type { CheckDecision, CheckOutcome, ManualDeduction, ScoreResult } from './review-scoring';
import type { CheckEvidence } from './review-checks';

/** One version of the review checklist (reference data: the hub ships version 1, ADMIN saves later ones). */
@Entity({ tableName: 'review_checklist' })
export class ReviewChecklistRecord {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique()
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'jsonb' })
  content!: ChecklistContent;

  /** Null: shipped by the hub. */
  @Property({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** The report's text, written by the campaign's runner (the statistics are computed). */
export interface ReviewReportText {
  /** 评查工作开展情况 */
  method: string;
  /** 贯彻落实《浙江省人民政府办公厅关于…的意见》（浙政办发〔2019〕61号）情况 */
  implementation: string;
  /** 存在的问题 */
  problems: string;
  /** 原因分析 */
  causes: string;
  /** 整改措施 */
  improvements: string;
  /** 可推广的经验做法 */
  goodPractice: string;
}

/** The statistics of a campaign (computed from its files' final scores; frozen at submission). */
export interface ReviewStatisticsData {
  files: number;
  scored: number;
  gradeCounts: { grade: ReviewGrade; count: number }[];
  averageScore: number | null;
  vetoed: number;
  topDeductions: { itemCode: string; title: string; files: number; points: number }[];
  clocksMissed: { kind: string; count: number }[];
}

/**
 * 案卷评查: a campaign over the concluded proceedings of one organization in a period — all of
 * them, or a random sample reproducible from the recorded seed — by named reviewers, scored on
 * the checklist version it started with, ending in a report to the justice bureau.
 */
@ObjectType('ReviewCampaign', { implements: Node })
@Entity({ tableName: 'review_campaign' })
@Index({ name: 'review_campaign_organization_idx', properties: ['organizationId', 'createdAt'] })
export class ReviewCampaign {
  [OptionalProps]?: 'version' | 'startedAt' | 'reportedAt' | 'cancelledAt' | 'report' | 'statistics' | 'candidateCount' | 'candidateHash' | 'checklistVersion';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ReviewCampaignKind)
  @Enum({ items: () => ReviewCampaignKind, type: 'text' })
  kind!: ReviewCampaignKind;

  @Field(() => ReviewCampaignStatus)
  @Enum({ items: () => ReviewCampaignStatus, type: 'text' })
  status!: ReviewCampaignStatus;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  /** The organization whose files are reviewed. */
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** The runner's organization (the justice bureau for a spot check); null for ADMIN. */
  @Property({ type: 'uuid', nullable: true })
  runnerOrganizationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Only proceedings of this matter; null: every matter.' })
  @Property({ type: 'text', nullable: true })
  matterCode!: string | null;

  @Field(() => Channel, { nullable: true, description: 'Only proceedings of this channel; null: every channel.' })
  @Enum({ items: () => Channel, type: 'text', nullable: true })
  channel!: Channel | null;

  @Field(() => String, { description: 'First day (China Standard Time) of the period in which the proceedings concluded.' })
  @Property({ type: 'date' })
  periodFrom!: string;

  @Field(() => String, { description: 'Last day of the period.' })
  @Property({ type: 'date' })
  periodTo!: string;

  @Field(() => Int, { nullable: true, description: 'The size of the random sample; null: every concluded proceeding in scope.' })
  @Property({ type: 'integer', nullable: true })
  sampleSize!: number | null;

  @Field(() => String, { nullable: true, description: 'The seed the sample is drawn from (reproducible: see review-sampler.ts); null without a sample.' })
  @Property({ type: 'text', nullable: true })
  sampleSeed!: string | null;

  @Field(() => Int, { nullable: true, description: 'Concluded proceedings in scope when the campaign started.' })
  @Property({ type: 'integer', nullable: true })
  candidateCount: number | null = null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the sorted candidate proceeding ids when the campaign started.' })
  @Property({ type: 'text', nullable: true })
  candidateHash: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The checklist version the campaign pinned when it started.' })
  @Property({ type: 'integer', nullable: true })
  checklistVersion: number | null = null;

  @Property({ type: 'jsonb' })
  reviewerIds!: string[];

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the report was submitted to the justice bureau.' })
  @Property({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'jsonb', nullable: true })
  report: ReviewReportText | null = null;

  /** Frozen at submission. */
  @Property({ type: 'jsonb', nullable: true })
  statistics: ReviewStatisticsData | null = null;
}

/** One case file of a started campaign: a concluded proceeding, with its automatic checks as computed at the start. */
@ObjectType('ReviewFile', { implements: Node })
@Entity({ tableName: 'review_file' })
@Unique({ name: 'review_file_one_per_proceeding', properties: ['campaignId', 'proceedingId'] })
export class ReviewFile {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  campaignId!: string;

  @Field(() => Int, { description: 'Position in the campaign (1-based, in the order drawn or by dispute code).' })
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'uuid' })
  proceedingId!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  @Field(() => Int, { description: 'Optimistic-lock version of the file’s scoring; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'jsonb' })
  checks!: (CheckOutcome & { evidence: CheckEvidence })[];
}

/** A reviewer's round on a file: the first review, or the expert's re-review recorded beside it. */
@Entity({ tableName: 'review_score' })
@Unique({ name: 'review_score_one_per_round', properties: ['fileId', 'round'] })
export class ReviewScore {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  fileId!: string;

  @Index()
  @Property({ type: 'uuid' })
  campaignId!: string;

  @Enum({ items: () => ReviewRound, type: 'text' })
  round!: ReviewRound;

  @Property({ type: 'uuid' })
  reviewerId!: string;

  @Property({ type: 'jsonb' })
  decisions!: CheckDecision[];

  @Property({ type: 'jsonb' })
  deductions!: ManualDeduction[];

  @Property({ type: 'jsonb' })
  vetoes!: string[];

  @Property({ type: 'text', nullable: true })
  comment!: string | null;

  @Property({ type: 'integer' })
  score!: number;

  @Enum({ items: () => ReviewGrade, type: 'text' })
  grade!: ReviewGrade;

  @Property({ type: 'jsonb' })
  result!: ScoreResult;

  @Property({ type: 'timestamptz' })
  scoredAt!: Date;
}
