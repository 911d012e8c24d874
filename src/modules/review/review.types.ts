import { createUnionType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  Channel,
  DeadlineKind,
  DisputeEventType,
  DocumentKind,
  DocumentStatus,
  OutcomeKind,
  ReviewCampaignKind,
  ReviewCheckCode,
  ReviewCheckStatus,
  ReviewGrade,
  ReviewItemGroup,
  ReviewRound,
  ServiceEvidenceKind,
  ServiceMethod,
} from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { ReviewCampaign, ReviewFile } from './review.entity';

// ---------------------------------------------------------------- checklist

@ObjectType()
export class ReviewVetoItem {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@ObjectType()
export class ReviewGroupLimit {
  @Field(() => ReviewItemGroup)
  group!: ReviewItemGroup;

  @Field(() => Int, { description: 'The most the group’s items together deduct.' })
  max!: number;
}

@ObjectType()
export class ReviewChecklistItem {
  @Field(() => String)
  code!: string;

  @Field(() => ReviewItemGroup)
  group!: ReviewItemGroup;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  maxDeduction!: number;
}

@ObjectType()
export class ReviewGradeCutoff {
  @Field(() => ReviewGrade)
  grade!: ReviewGrade;

  @Field(() => Int, { description: 'Lowest score with this grade; below the lowest cut-off: UNQUALIFIED.' })
  minScore!: number;
}

@ObjectType({ description: 'What an automatic check scores when it fails: an item’s deduction, or a veto item.' })
export class ReviewCheckRule {
  @Field(() => ReviewCheckCode)
  check!: ReviewCheckCode;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String, { nullable: true })
  vetoCode!: string | null;

  @Field(() => Int)
  deduction!: number;
}

@ObjectType()
export class ReviewRequiredDocuments {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => OutcomeKind, { nullable: true, description: 'Null: whatever the outcome.' })
  outcome!: OutcomeKind | null;

  @Field(() => [DocumentKind])
  kinds!: DocumentKind[];
}

@ObjectType({ description: 'One version of the case-file review checklist (案卷评查标准).' })
export class ReviewChecklist {
  @Field(() => Int)
  version!: number;

  @Field(() => [ReviewVetoItem], { description: 'Any one makes a file 不合格 (score 0).' })
  vetoItems!: ReviewVetoItem[];

  @Field(() => [ReviewGroupLimit])
  groups!: ReviewGroupLimit[];

  @Field(() => [ReviewChecklistItem])
  items!: ReviewChecklistItem[];

  @Field(() => [ReviewGradeCutoff])
  grades!: ReviewGradeCutoff[];

  @Field(() => [ReviewCheckRule])
  checks!: ReviewCheckRule[];

  @Field(() => [ReviewRequiredDocuments])
  requiredDocuments!: ReviewRequiredDocuments[];

  @Field(() => Boolean, { description: 'Shipped by the hub (not saved by an administrator).' })
  shipped!: boolean;

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class ReviewVetoItemInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;
}

@InputType()
export class ReviewGroupLimitInput {
  @Field(() => ReviewItemGroup)
  group!: ReviewItemGroup;

  @Field(() => Int)
  max!: number;
}

@InputType()
export class ReviewChecklistItemInput {
  @Field(() => String)
  code!: string;

  @Field(() => ReviewItemGroup)
  group!: ReviewItemGroup;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  maxDeduction!: number;
}

@InputType()
export class ReviewGradeCutoffInput {
  @Field(() => ReviewGrade)
  grade!: ReviewGrade;

  @Field(() => Int)
  minScore!: number;
}

@InputType()
export class ReviewCheckRuleInput {
  @Field(() => ReviewCheckCode)
  check!: ReviewCheckCode;

  @Field(() => String, { nullable: true })
  itemCode?: string | null;

  @Field(() => String, { nullable: true })
  vetoCode?: string | null;

  @Field(() => Int)
  deduction!: number;
}

@InputType()
export class ReviewRequiredDocumentsInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => OutcomeKind, { nullable: true })
  outcome?: OutcomeKind | null;

  @Field(() => [DocumentKind])
  kinds!: DocumentKind[];
}

@InputType({ description: 'A whole new checklist version (validated: groups sum to 100, cut-offs descending, checks mapped to existing items).' })
export class ReviewChecklistInput {
  @Field(() => [ReviewVetoItemInput])
  vetoItems!: ReviewVetoItemInput[];

  @Field(() => [ReviewGroupLimitInput])
  groups!: ReviewGroupLimitInput[];

  @Field(() => [ReviewChecklistItemInput])
  items!: ReviewChecklistItemInput[];

  @Field(() => [ReviewGradeCutoffInput])
  grades!: ReviewGradeCutoffInput[];

  @Field(() => [ReviewCheckRuleInput])
  checks!: ReviewCheckRuleInput[];

  @Field(() => [ReviewRequiredDocumentsInput])
  requiredDocuments!: ReviewRequiredDocumentsInput[];
}

// ---------------------------------------------------------------- campaigns

@InputType()
export class CreateReviewCampaignInput {
  @Field(() => ReviewCampaignKind)
  kind!: ReviewCampaignKind;

  @Field(() => ID, { description: 'The organization whose concluded files are reviewed (a head: their own, for SELF_INSPECTION).' })
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to a title naming the kind and period.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  matterCode?: string | null;

  @Field(() => Channel, { nullable: true })
  channel?: Channel | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default three years before periodTo.' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; default today (China Standard Time).' })
  periodTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Review a random sample of this many files; null: every file in scope.' })
  sampleSize?: number | null;

  @Field(() => String, { nullable: true, description: 'The sample’s seed (8–64 letters, digits, - or _); generated and recorded when left out.' })
  sampleSeed?: string | null;

  @Field(() => [ID], { description: 'Named reviewers (HANDLER, COURT_LIAISON, HEAD or REVIEWER accounts); for CROSS_REVIEW from another organization.' })
  reviewerIds!: string[];
}

@InputType({ description: 'The report’s text (each 0–5000 characters while drafting; submission needs each).' })
export class ReviewReportInput {
  @Field(() => String, { nullable: true, description: '评查工作开展情况' })
  method?: string | null;

  @Field(() => String, { nullable: true, description: '贯彻落实浙政办发〔2019〕61号文件情况' })
  implementation?: string | null;

  @Field(() => String, { nullable: true, description: '存在的问题' })
  problems?: string | null;

  @Field(() => String, { nullable: true, description: '原因分析' })
  causes?: string | null;

  @Field(() => String, { nullable: true, description: '整改措施' })
  improvements?: string | null;

  @Field(() => String, { nullable: true, description: '可推广的经验做法' })
  goodPractice?: string | null;
}

@ObjectType('ReviewReport', { description: 'The report’s text.' })
export class ReviewReportView {
  @Field(() => String)
  method!: string;

  @Field(() => String)
  implementation!: string;

  @Field(() => String)
  problems!: string;

  @Field(() => String)
  causes!: string;

  @Field(() => String)
  improvements!: string;

  @Field(() => String)
  goodPractice!: string;
}

@ObjectType()
export class ReviewGradeCount {
  @Field(() => ReviewGrade)
  grade!: ReviewGrade;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ReviewDeductionCount {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'Files with a deduction on this item.' })
  files!: number;

  @Field(() => Int, { description: 'Points deducted on this item over all files.' })
  points!: number;
}

@ObjectType()
export class ReviewClockMissedCount {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => Int, { description: 'Files whose clock of this kind was missed (the automatic check failed, as finally scored).' })
  count!: number;
}

@ObjectType({ description: 'Computed from the files’ final rounds (the expert’s where there is one); frozen when the report is submitted.' })
export class ReviewStatistics {
  @Field(() => Int)
  files!: number;

  @Field(() => Int)
  scored!: number;

  @Field(() => [ReviewGradeCount])
  gradeCounts!: ReviewGradeCount[];

  @Field(() => Float, { nullable: true })
  averageScore!: number | null;

  @Field(() => Int)
  vetoed!: number;

  @Field(() => [ReviewDeductionCount], { description: 'Most frequent deductions first.' })
  topDeductions!: ReviewDeductionCount[];

  @Field(() => [ReviewClockMissedCount])
  clocksMissed!: ReviewClockMissedCount[];
}

@ObjectType({ description: 'The rendered report, for download (each download is audited).' })
export class ReviewReportDocument {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  contentType!: string;

  @Field(() => String, { description: 'The file’s bytes, base64.' })
  base64!: string;

  @Field(() => String)
  sha256!: string;
}

// ---------------------------------------------------------------- files (masked view)

@ObjectType()
export class ReviewFileDocument {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  number!: string;

  @Field(() => DocumentStatus)
  status!: DocumentStatus;

  @Field(() => String)
  issuedOn!: string;

  @Field(() => Int)
  recipientCount!: number;
}

@ObjectType({ description: 'A service record, without the recipient, the signer or the addresses.' })
export class ReviewFileService {
  @Field(() => DocumentKind)
  documentKind!: DocumentKind;

  @Field(() => String)
  documentNumber!: string;

  @Field(() => ServiceMethod)
  method!: ServiceMethod;

  @Field(() => String)
  servedOn!: string;

  @Field(() => String)
  completedOn!: string;

  @Field(() => [ServiceEvidenceKind], { description: 'Kinds of evidence files present.' })
  evidenceKinds!: ServiceEvidenceKind[];

  @Field(() => Boolean, { description: 'The evidence its method requires is present.' })
  evidencePresent!: boolean;
}

@ObjectType()
export class ReviewFileClock {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => String)
  startOn!: string;

  @Field(() => String)
  dueOn!: string;

  @Field(() => String, { nullable: true })
  metOn!: string | null;

  @Field(() => Int)
  extended!: number;

  @Field(() => Boolean)
  open!: boolean;
}

@ObjectType()
export class ReviewEvidenceEvent {
  @Field(() => String, { description: 'The event’s seq in the timeline.' })
  seq!: string;

  @Field(() => DisputeEventType)
  type!: DisputeEventType;

  @Field(() => String)
  on!: string;
}

@ObjectType()
export class ReviewEvidenceDocument {
  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  issuedOn!: string;
}

@ObjectType()
export class ReviewEvidenceService {
  @Field(() => DocumentKind)
  documentKind!: DocumentKind;

  @Field(() => String)
  documentNumber!: string;

  @Field(() => ServiceMethod)
  method!: ServiceMethod;

  @Field(() => String)
  servedOn!: string;

  @Field(() => String)
  completedOn!: string;

  @Field(() => [ServiceEvidenceKind])
  evidenceKinds!: ServiceEvidenceKind[];

  @Field(() => [ServiceEvidenceKind], { description: 'What the method requires and the record lacks.' })
  missingKinds!: ServiceEvidenceKind[];
}

@ObjectType()
export class ReviewEvidenceDate {
  @Field(() => String)
  label!: string;

  @Field(() => String)
  on!: string;
}

@ObjectType({ description: 'What a check found: events, documents, clocks, service records and dates; never personal data.' })
export class ReviewCheckEvidence {
  @Field(() => String)
  summary!: string;

  @Field(() => [ReviewEvidenceEvent])
  events!: ReviewEvidenceEvent[];

  @Field(() => [ReviewEvidenceDocument])
  documents!: ReviewEvidenceDocument[];

  @Field(() => [ReviewFileClock])
  clocks!: ReviewFileClock[];

  @Field(() => [ReviewEvidenceService])
  services!: ReviewEvidenceService[];

  @Field(() => [ReviewEvidenceDate])
  dates!: ReviewEvidenceDate[];

  @Field(() => [String])
  missing!: string[];
}

@ObjectType()
export class ReviewCheck {
  @Field(() => ReviewCheckCode)
  code!: ReviewCheckCode;

  @Field(() => ReviewCheckStatus)
  status!: ReviewCheckStatus;

  @Field(() => String, { nullable: true, description: 'The checklist item it scores.' })
  itemCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The veto item a failure suggests.' })
  vetoCode!: string | null;

  @Field(() => Int)
  suggestedDeduction!: number;

  @Field(() => ReviewCheckEvidence)
  evidence!: ReviewCheckEvidence;
}

@ObjectType()
export class ReviewCheckDecisionView {
  @Field(() => ReviewCheckCode)
  code!: ReviewCheckCode;

  @Field(() => Boolean)
  confirmed!: boolean;

  @Field(() => ReviewCheckStatus, { nullable: true })
  status!: ReviewCheckStatus | null;

  @Field(() => Int, { nullable: true })
  deduction!: number | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType()
export class ReviewDeductionView {
  @Field(() => String)
  itemCode!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class ReviewScoredItem {
  @Field(() => String)
  itemCode!: string;

  @Field(() => ReviewItemGroup)
  group!: ReviewItemGroup;

  @Field(() => Int, { description: 'Deducted, after the item’s maximum.' })
  points!: number;
}

@ObjectType({ description: 'A reviewer’s round on a file.' })
export class ReviewScoreView {
  @Field(() => ReviewRound)
  round!: ReviewRound;

  /** Resolved to the reviewer. */
  reviewerId!: string;

  @Field(() => [ReviewCheckDecisionView])
  decisions!: ReviewCheckDecisionView[];

  @Field(() => [ReviewDeductionView])
  deductions!: ReviewDeductionView[];

  @Field(() => [String], { description: 'Veto items the reviewer applied.' })
  vetoes!: string[];

  @Field(() => [String], { description: 'Veto items that apply (the reviewer’s and those of confirmed failed checks).' })
  appliedVetoes!: string[];

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Int)
  score!: number;

  @Field(() => ReviewGrade)
  grade!: ReviewGrade;

  @Field(() => [ReviewScoredItem])
  items!: ReviewScoredItem[];

  @Field(() => Date)
  scoredAt!: Date;
}

@InputType()
export class ReviewCheckDecisionInput {
  @Field(() => ReviewCheckCode)
  code!: ReviewCheckCode;

  @Field(() => Boolean, { description: 'True: the check stands as computed. False: overridden (status and reason required).' })
  confirmed!: boolean;

  @Field(() => ReviewCheckStatus, { nullable: true })
  status?: ReviewCheckStatus | null;

  @Field(() => Int, { nullable: true, description: 'Deduction instead of the suggestion (an overridden FAIL).' })
  deduction?: number | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class ReviewDeductionInput {
  @Field(() => String)
  itemCode!: string;

  @Field(() => Int)
  points!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class ScoreReviewFileInput {
  @Field(() => ID)
  fileId!: string;

  @Field(() => ReviewRound, { description: 'FIRST, or EXPERT (after a FIRST round, recorded beside it).' })
  round!: ReviewRound;

  @Field(() => [ReviewCheckDecisionInput], { nullable: true, description: 'Checks not listed stand as computed.' })
  decisions?: ReviewCheckDecisionInput[] | null;

  @Field(() => [ReviewDeductionInput], { nullable: true, description: 'Deductions for items a machine cannot judge (facts, evidence, law, discretion, form).' })
  deductions?: ReviewDeductionInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Veto item codes.' })
  vetoes?: string[] | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: 'The file’s version as read.' })
  expectedVersion?: number | null;
}

export const ReviewCampaignResult = createUnionType({
  name: 'ReviewCampaignResult',
  types: () => [ReviewCampaign, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});

export const ReviewFileResult = createUnionType({
  name: 'ReviewFileResult',
  types: () => [ReviewFile, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});

export const ReviewChecklistResult = createUnionType({
  name: 'ReviewChecklistResult',
  types: () => [ReviewChecklist, ValidationError, VersionConflictError] as const,
});
