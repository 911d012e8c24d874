import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel, OutcomeKind, ReviewCampaignStatus, ReviewGrade, ReviewReportFormat, ReviewRound } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { User } from '../auth';
import { Matter } from '../matter';
import { Organization } from '../organization';
import type { ChecklistContent } from './review-checklist.data';
import { missingKinds, type FileFacts } from './review-checks';
import { ReviewCampaign, ReviewChecklistRecord, ReviewFile, type ReviewScore } from './review.entity';
import { runsCampaign, takesPart } from './review.policy';
import { contentOf, ReviewService } from './review.service';
import {
  CreateReviewCampaignInput,
  ReviewCampaignResult,
  ReviewCheck,
  ReviewChecklist,
  ReviewChecklistInput,
  ReviewChecklistResult,
  ReviewFileClock,
  ReviewFileDocument,
  ReviewFileResult,
  ReviewFileService,
  ReviewReportDocument,
  ReviewReportInput,
  ReviewReportView,
  ReviewScoreView,
  ReviewStatistics,
  ScoreReviewFileInput,
} from './review.types';

/** A checklist row as the schema shows it. */
export function checklistView(row: ReviewChecklistRecord): ReviewChecklist {
  const c: ChecklistContent = contentOf(row);
  return Object.assign(new ReviewChecklist(), { version: row.version, ...c, shipped: row.createdBy === null, createdAt: row.createdAt });
}

function scoreView(s: ReviewScore): ReviewScoreView {
  return Object.assign(new ReviewScoreView(), {
    round: s.round,
    reviewerId: s.reviewerId,
    decisions: s.decisions,
    deductions: s.deductions,
    vetoes: s.vetoes,
    appliedVetoes: s.result.vetoes,
    comment: s.comment,
    score: s.score,
    grade: s.grade,
    items: s.result.items.map((i) => ({ itemCode: i.itemCode, group: i.group, points: i.points })),
    scoredAt: s.scoredAt,
  });
}

@Resolver(() => ReviewCampaign)
export class ReviewCampaignResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => [ReviewCampaign], {
    description:
      'Case-file review campaigns the viewer sees, newest first: those they created or are named reviewers of; submitted ones (REPORTED) also for every REVIEWER (justice bureau) and for members of the reviewed organization.',
  })
  reviewCampaigns(
    @Ctx() ctx: HubContext,
    @Arg('status', () => [ReviewCampaignStatus], { nullable: true }) status?: ReviewCampaignStatus[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
  ): Promise<ReviewCampaign[]> {
    return ReviewService.list(ctx, status, Math.min(Math.max(first ?? 50, 1), 200));
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => ReviewCampaign, { nullable: true, description: 'One campaign, if the viewer sees it (as reviewCampaigns); else null.' })
  reviewCampaign(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<ReviewCampaign | null> {
    return ReviewService.one(ctx, id);
  }

  @Allow(Permission.REVIEW_CASE_FILES)
  @Query(() => ReviewFile, { nullable: true, description: 'One file of a campaign, for its named reviewers and its creator only; else null.' })
  reviewFile(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<ReviewFile | null> {
    return ReviewService.file(ctx, id);
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => ReviewReportDocument, {
    nullable: true,
    description:
      'The campaign’s report rendered as PDF or DOCX (base64), audited. Participants may preview it while the campaign runs; once submitted, the justice bureau and the reviewed organization read it. Null for anyone else.',
  })
  reviewReportDocument(
    @Ctx() ctx: HubContext,
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('format', () => ReviewReportFormat, { nullable: true, defaultValue: ReviewReportFormat.PDF }) format?: ReviewReportFormat | null,
  ): Promise<ReviewReportDocument | null> {
    return ReviewService.reportDocument(ctx, campaignId, format ?? ReviewReportFormat.PDF);
  }

  @Allow(Permission.RUN_REVIEW)
  @Mutation(() => ReviewCampaignResult, {
    description:
      'Opens a campaign (DRAFT): SELF_INSPECTION by the head of the organization reviewed, CROSS_REVIEW and SPOT_CHECK by the justice bureau (REVIEWER) over any organization. Refused (ValidationError on scope) when the scope holds no concluded proceeding, or on sampleSize when the sample is larger than the scope.',
  })
  createReviewCampaign(@Ctx() ctx: HubContext, @Arg('input', () => CreateReviewCampaignInput) input: CreateReviewCampaignInput) {
    return ReviewService.create(ctx, input);
  }

  @Allow(Permission.RUN_REVIEW)
  @Mutation(() => ReviewCampaignResult, {
    description: 'Starts a campaign (its creator): the files are fixed (all, or the sample drawn from the seed), the newest checklist pinned, the automatic checks computed.',
  })
  startReviewCampaign(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ReviewService.start(ctx, id, expectedVersion);
  }

  @Allow(Permission.RUN_REVIEW)
  @Mutation(() => ReviewCampaignResult, { description: 'Cancels a campaign before its report is submitted (its creator).' })
  cancelReviewCampaign(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ReviewService.cancel(ctx, id, expectedVersion);
  }

  @Allow(Permission.RUN_REVIEW)
  @Mutation(() => ReviewCampaignResult, { description: 'Writes the report’s sections while the campaign runs (fields left out stay as they are).' })
  saveReviewReport(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReviewReportInput) input: ReviewReportInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ReviewService.saveReport(ctx, id, input, expectedVersion);
  }

  @Allow(Permission.RUN_REVIEW)
  @Mutation(() => ReviewCampaignResult, { description: 'Submits the report to the justice bureau (REPORTED): every file scored and every section written; the statistics are frozen.' })
  submitReviewReport(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ReviewService.submit(ctx, id, expectedVersion);
  }

  @Allow(Permission.REVIEW_CASE_FILES)
  @Mutation(() => ReviewFileResult, {
    description:
      'A reviewer’s round on a file (named reviewers and the creator only): confirm or override the automatic checks (an override needs a reason), deduct for the items a machine cannot judge, apply veto items, comment. Version-checked on the file.',
  })
  scoreReviewFile(@Ctx() ctx: HubContext, @Arg('input', () => ScoreReviewFileInput) input: ScoreReviewFileInput) {
    return ReviewService.score(ctx, input);
  }

  @FieldResolver(() => Organization, { description: 'The organization whose files are reviewed.' })
  async organization(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): Promise<Organization> {
    return (await ctx.loaders.organization.load(c.organizationId))!;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization that runs it (null: an administrator).' })
  runnerOrganization(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign) {
    return c.runnerOrganizationId ? ctx.loaders.organization.now(c.runnerOrganizationId) : null;
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign) {
    return c.matterCode ? ctx.loaders.matterByCode.load(c.matterCode) : null;
  }

  @FieldResolver(() => [User], { description: 'The named reviewers.' })
  async reviewers(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): Promise<User[]> {
    return (await ctx.loaders.user.loadMany(c.reviewerIds)).filter((u): u is User => !!u && !(u instanceof Error));
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign) {
    return ctx.loaders.user.load(c.createdBy);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may start, write, submit or cancel it.' })
  viewerRunsIt(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): boolean {
    return runsCampaign(ctx.viewer, c);
  }

  @FieldResolver(() => Boolean, { description: 'The viewer may read and score its files.' })
  viewerReviews(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): boolean {
    return takesPart(ctx.viewer, c);
  }

  @FieldResolver(() => ReviewChecklist, { nullable: true, description: 'The pinned checklist once started; before, the newest.' })
  async checklist(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): Promise<ReviewChecklist | null> {
    const row = await ReviewService.checklist(ctx.em, c.checklistVersion);
    return row ? checklistView(row) : null;
  }

  @FieldResolver(() => [ReviewFile], { nullable: true, description: 'The files (fixed when started): the named reviewers and the creator only; null for others.' })
  files(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign): Promise<ReviewFile[] | null> {
    return ReviewService.files(ctx, c);
  }

  @FieldResolver(() => ReviewReportView, { nullable: true, description: 'The report’s text, as written so far.' })
  report(@Root() c: ReviewCampaign): ReviewReportView | null {
    return c.report;
  }

  @FieldResolver(() => ReviewStatistics, { nullable: true, description: 'Frozen at submission; live for the participants while the campaign runs; null before it starts.' })
  statistics(@Ctx() ctx: HubContext, @Root() c: ReviewCampaign) {
    return ReviewService.liveStatistics(ctx, c);
  }
}

@Resolver(() => ReviewFile)
export class ReviewFileResolver {
  private facts(ctx: HubContext, f: ReviewFile): Promise<FileFacts | null> {
    return ctx.loaders.reviewFacts.load(f.proceedingId);
  }

  @FieldResolver(() => ReviewCampaign)
  async campaign(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewCampaign> {
    return (await ctx.em.findOne(ReviewCampaign, { id: f.campaignId }))!;
  }

  @FieldResolver(() => String, { description: 'The dispute’s code (not personal data).' })
  async disputeCode(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<string> {
    return (await this.facts(ctx, f))!.disputeCode;
  }

  @FieldResolver(() => String, { nullable: true })
  async matterCode(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<string | null> {
    return (await this.facts(ctx, f))!.matterCode;
  }

  @FieldResolver(() => Channel)
  async channel(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<Channel> {
    return (await this.facts(ctx, f))!.channel;
  }

  @FieldResolver(() => OutcomeKind, { nullable: true })
  async outcome(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<OutcomeKind | null> {
    return (await this.facts(ctx, f))!.outcome;
  }

  @FieldResolver(() => String, { description: 'When the case reached the organization (YYYY-MM-DD, China Standard Time).' })
  async receivedOn(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<string> {
    return (await this.facts(ctx, f))!.receivedOn;
  }

  @FieldResolver(() => String, { nullable: true })
  async acceptedOn(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<string | null> {
    return (await this.facts(ctx, f))!.acceptedOn;
  }

  @FieldResolver(() => String, { nullable: true })
  async concludedOn(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<string | null> {
    return (await this.facts(ctx, f))!.concludedOn;
  }

  @FieldResolver(() => [ReviewFileDocument], { description: 'The proceeding’s documents: kind, number, dates (no content).' })
  async documents(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewFileDocument[]> {
    return (await this.facts(ctx, f))!.documents.map((d) =>
      Object.assign(new ReviewFileDocument(), { kind: d.kind, number: d.number, status: d.status, issuedOn: d.issuedOn, recipientCount: d.recipientCount }),
    );
  }

  @FieldResolver(() => [ReviewFileService], { description: 'Service records: method, dates and whether the evidence the method requires is present; no recipient, signer or address.' })
  async services(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewFileService[]> {
    return (await this.facts(ctx, f))!.services.map((s) =>
      Object.assign(new ReviewFileService(), {
        documentKind: s.documentKind,
        documentNumber: s.documentNumber,
        method: s.method,
        servedOn: s.servedOn,
        completedOn: s.completedOn,
        evidenceKinds: s.evidenceKinds,
        evidencePresent: missingKinds(s.method, s.evidenceKinds).length === 0,
      }),
    );
  }

  @FieldResolver(() => [ReviewFileClock])
  async clocks(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewFileClock[]> {
    return (await this.facts(ctx, f))!.clocks.map((c) =>
      Object.assign(new ReviewFileClock(), { kind: c.kind, startOn: c.startOn, dueOn: c.dueOn, metOn: c.metOn, extended: c.extended, open: c.open }),
    );
  }

  @FieldResolver(() => [ReviewCheck], { description: 'The automatic checks as computed when the campaign started.' })
  checks(@Root() f: ReviewFile): ReviewCheck[] {
    return f.checks.map((c) => Object.assign(new ReviewCheck(), c));
  }

  @FieldResolver(() => [ReviewScoreView], { description: 'The reviewers’ rounds: FIRST and, beside it, EXPERT.' })
  async rounds(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewScoreView[]> {
    const order = [ReviewRound.FIRST, ReviewRound.EXPERT];
    return [...(await ctx.loaders.reviewRounds.load(f.id))].sort((a, b) => order.indexOf(a.round) - order.indexOf(b.round)).map(scoreView);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The final score: the expert round’s where there is one, else the first.' })
  async finalScore(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<number | null> {
    return (await this.finalRound(ctx, f))?.score ?? null;
  }

  @FieldResolver(() => ReviewGrade, { nullable: true })
  async finalGrade(@Ctx() ctx: HubContext, @Root() f: ReviewFile): Promise<ReviewGrade | null> {
    return (await this.finalRound(ctx, f))?.grade ?? null;
  }

  private async finalRound(ctx: HubContext, f: ReviewFile): Promise<ReviewScore | null> {
    const rounds = await ctx.loaders.reviewRounds.load(f.id);
    return rounds.find((r) => r.round === ReviewRound.EXPERT) ?? rounds.find((r) => r.round === ReviewRound.FIRST) ?? null;
  }
}

@Resolver(() => ReviewScoreView)
export class ReviewScoreResolver {
  @FieldResolver(() => User, { nullable: true })
  reviewer(@Ctx() ctx: HubContext, @Root() s: ReviewScoreView) {
    return ctx.loaders.user.load(s.reviewerId);
  }
}

@Resolver(() => ReviewChecklist)
export class ReviewChecklistResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => ReviewChecklist, { nullable: true, description: 'A version of the case-file review checklist; the newest when no version is given.' })
  async reviewChecklist(@Ctx() ctx: HubContext, @Arg('version', () => Int, { nullable: true }) version?: number | null): Promise<ReviewChecklist | null> {
    const row = await ReviewService.checklist(ctx.em, version);
    return row ? checklistView(row) : null;
  }

  @Allow(Permission.MANAGE_REVIEW_CHECKLIST)
  @Mutation(() => ReviewChecklistResult, {
    description: 'ADMIN saves a new checklist version (validated). expectedVersion is the newest version as read; campaigns already started keep the version they pinned.',
  })
  async saveReviewChecklist(@Ctx() ctx: HubContext, @Arg('input', () => ReviewChecklistInput) input: ReviewChecklistInput, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    const out = await ReviewService.saveChecklist(ctx, input, expectedVersion);
    return out instanceof ReviewChecklistRecord ? checklistView(out) : out;
  }
}
