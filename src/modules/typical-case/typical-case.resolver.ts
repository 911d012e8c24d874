import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel, TypicalCaseStatus } from '../../core/enums';
import { FieldError } from '../../core/errors';
import { pageSize } from '../../core/pagination';
import { Allow, Permission } from '../../core/permissions';
import { User } from '../auth';
import { Dispute } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { TypicalCase } from './typical-case.entity';
import { readsDraftOf } from './typical-case.policy';
import { TypicalCaseService } from './typical-case.service';
import {
  AnonymizationReplacement,
  DraftTypicalCaseInput,
  PublishedTypicalCase,
  PublishedTypicalCaseConnection,
  TypicalCaseConnection,
  TypicalCaseHistoryEntryView,
  TypicalCaseResult,
  TypicalCaseTextView,
  UpdateTypicalCaseInput,
} from './typical-case.types';

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => TypicalCaseConnection, {
    description: "Typical cases for staff, newest draft first: the viewer's organization's own (every status), and for REVIEWER and ADMIN every submitted and published one.",
  })
  typicalCases(
    @Ctx() ctx: HubContext,
    @Arg('status', () => [TypicalCaseStatus], { nullable: true }) status?: TypicalCaseStatus[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TypicalCaseConnection> {
    return TypicalCaseService.list(ctx, status, pageSize(first, 20), after);
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => TypicalCase, { nullable: true, description: 'One typical case, if the viewer may read it (as typicalCases).' })
  typicalCase(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<TypicalCase | null> {
    return TypicalCaseService.one(ctx, id);
  }

  @Query(() => PublishedTypicalCaseConnection, { description: 'Public: published typical cases (anonymized text only), newest publication first.' })
  publishedTypicalCases(
    @Ctx() ctx: HubContext,
    @Arg('matterCode', () => String, { nullable: true }) matterCode?: string | null,
    @Arg('channel', () => Channel, { nullable: true }) channel?: Channel | null,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<PublishedTypicalCaseConnection> {
    return TypicalCaseService.published(ctx, { matterCode, channel, year }, pageSize(first, 20), after);
  }

  @Query(() => PublishedTypicalCase, { nullable: true, description: 'Public: one published typical case; null once withdrawn.' })
  publishedTypicalCase(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<PublishedTypicalCase | null> {
    return TypicalCaseService.publishedOne(ctx, id);
  }

  @Allow(Permission.DRAFT_TYPICAL_CASE)
  @Mutation(() => TypicalCaseResult, {
    description: 'Drafts a typical case from a CLOSED or RESOLVED dispute the viewer’s organization handled (admitted and concluded a proceeding of); the anonymization pass runs on the text.',
  })
  draftTypicalCase(@Ctx() ctx: HubContext, @Arg('input', () => DraftTypicalCaseInput) input: DraftTypicalCaseInput) {
    return TypicalCaseService.draft(ctx, input);
  }

  @Allow(Permission.DRAFT_TYPICAL_CASE)
  @Mutation(() => TypicalCaseResult, { description: 'Changes a draft; the anonymization pass runs again.' })
  updateTypicalCase(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTypicalCaseInput) input: UpdateTypicalCaseInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return TypicalCaseService.update(ctx, id, input, expectedVersion);
  }

  @Allow(Permission.DRAFT_TYPICAL_CASE)
  @Mutation(() => TypicalCaseResult, { description: 'Submits a draft to the organization’s head; refused (ValidationError) while anything identifying is left in the anonymized text.' })
  submitTypicalCase(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return TypicalCaseService.submit(ctx, id, expectedVersion);
  }

  @Allow(Permission.APPROVE_PUBLICATION)
  @Mutation(() => TypicalCaseResult, { description: 'The head of the drafting organization approves: published. Refused like submitTypicalCase while anything identifying is left.' })
  approveTypicalCase(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return TypicalCaseService.approve(ctx, id, expectedVersion);
  }

  @Allow(Permission.APPROVE_PUBLICATION)
  @Mutation(() => TypicalCaseResult, { description: 'The head sends a submitted case back to its drafters (DRAFT).' })
  returnTypicalCase(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return TypicalCaseService.return(ctx, id, reason, expectedVersion);
  }

  @Allow(Permission.APPROVE_PUBLICATION)
  @Mutation(() => TypicalCaseResult, { description: 'Withdraws a case (the head, or ADMIN): no longer public; the record stays.' })
  withdrawTypicalCase(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return TypicalCaseService.withdraw(ctx, id, reason, expectedVersion);
  }

  @FieldResolver(() => Organization, { description: 'The drafting (handling) organization.' })
  async organization(@Ctx() ctx: HubContext, @Root() c: TypicalCase): Promise<Organization> {
    return (await ctx.loaders.organization.load(c.organization.id))!;
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() c: TypicalCase) {
    return c.matterCode ? ctx.loaders.matterByCode.load(c.matterCode) : null;
  }

  @FieldResolver(() => Dispute, { nullable: true, description: 'The dispute it was drafted from, if the viewer may read it.' })
  dispute(@Ctx() ctx: HubContext, @Root() c: TypicalCase) {
    return ctx.loaders.visibleDispute.load(c.disputeId);
  }

  @FieldResolver(() => TypicalCaseTextView, { description: 'The text as it is submitted and published.' })
  anonymized(@Root() c: TypicalCase): TypicalCaseTextView {
    return c.anonymized;
  }

  @FieldResolver(() => TypicalCaseTextView, { nullable: true, description: 'The text as the editor wrote it (personal data): the drafting organization only, else null.' })
  async draft(@Ctx() ctx: HubContext, @Root() c: TypicalCase): Promise<TypicalCaseTextView | null> {
    if (!readsDraftOf(ctx.viewer, c)) return null;
    await ctx.loaders.personalDataRead.load(c.disputeId);
    return c.draft;
  }

  @FieldResolver(() => [AnonymizationReplacement], { nullable: true, description: 'What the pass replaced (the originals are personal data): the drafting organization only, else null.' })
  async replacements(@Ctx() ctx: HubContext, @Root() c: TypicalCase): Promise<AnonymizationReplacement[] | null> {
    if (!readsDraftOf(ctx.viewer, c)) return null;
    await ctx.loaders.personalDataRead.load(c.disputeId);
    return c.replacements;
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Originals the editor keeps: the drafting organization only, else null.' })
  keep(@Ctx() ctx: HubContext, @Root() c: TypicalCase): string[] | null {
    return readsDraftOf(ctx.viewer, c) ? c.keep : null;
  }

  @FieldResolver(() => [FieldError], {
    nullable: true,
    description: 'What submission and approval would refuse now (empty: nothing identifying left), as the ValidationError would list it: the drafting organization only, else null.',
  })
  async publicationCheck(@Ctx() ctx: HubContext, @Root() c: TypicalCase): Promise<FieldError[] | null> {
    if (!readsDraftOf(ctx.viewer, c)) return null;
    return TypicalCaseService.check(c, await ctx.loaders.partiesByDispute.load(c.disputeId));
  }

  @FieldResolver(() => [TypicalCaseHistoryEntryView], { description: 'Every step, oldest first.' })
  history(@Root() c: TypicalCase): TypicalCaseHistoryEntryView[] {
    return c.history.map((h) =>
      Object.assign(new TypicalCaseHistoryEntryView(), { action: h.action, from: h.from, to: h.to, at: new Date(h.at), actorUserId: h.by, version: h.version, reason: h.reason }),
    );
  }
}

@Resolver(() => TypicalCaseHistoryEntryView)
export class TypicalCaseHistoryResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Ctx() ctx: HubContext, @Root() h: TypicalCaseHistoryEntryView) {
    return ctx.loaders.user.load(h.actorUserId);
  }
}

@Resolver(() => PublishedTypicalCase)
export class PublishedTypicalCaseResolver {
  @FieldResolver(() => Organization, { description: 'The organization that published it.' })
  async organization(@Ctx() ctx: HubContext, @Root() c: PublishedTypicalCase): Promise<Organization> {
    return (await ctx.loaders.organization.load(c.organizationId))!;
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() c: PublishedTypicalCase) {
    return c.matterCode ? ctx.loaders.matterByCode.load(c.matterCode) : null;
  }
}
