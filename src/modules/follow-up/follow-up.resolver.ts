import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { FollowUpMethod, FollowUpStatus } from '../../core/enums';
import { pageSize } from '../../core/pagination';
import { Allow, Permission } from '../../core/permissions';
import { DateScalar } from '../../core/scalars';
import { DeadlineView, presentDeadlines } from '../deadline';
import { Dispute } from '../dispute';
import { Organization } from '../organization';
import { FollowUp } from './follow-up.entity';
import { seesFollowUp } from './follow-up.policy';
import { FollowUpService } from './follow-up.service';
import { FollowUpAttemptView, FollowUpConnection, FollowUpResult, RecordFollowUpInput } from './follow-up.types';

/** The mean of the four scores, when recorded. */
export function averageScore(f: Pick<FollowUp, 'professionalism' | 'ease' | 'timeliness' | 'fairness'>): number | null {
  const { professionalism, ease, timeliness, fairness } = f;
  if (professionalism === null || ease === null || timeliness === null || fairness === null) return null;
  return (professionalism + ease + timeliness + fairness) / 4;
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Allow(Permission.RECORD_FOLLOW_UP)
  @Query(() => FollowUpConnection, {
    description:
      'The follow-up queue (回访) of the viewer’s organization (ADMIN: every organization’s), earliest due first. status: default [OPEN]; dueSoon / overdue: open follow-ups whose FOLLOW_UP clock is due soon / ran out (false: the others).',
  })
  followUps(
    @Ctx() ctx: HubContext,
    @Arg('status', () => [FollowUpStatus], { nullable: true }) status?: FollowUpStatus[] | null,
    @Arg('dueSoon', () => Boolean, { nullable: true }) dueSoon?: boolean | null,
    @Arg('overdue', () => Boolean, { nullable: true }) overdue?: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FollowUpConnection> {
    return FollowUpService.queue(ctx, { status, dueSoon, overdue }, pageSize(first, 20), after);
  }

  @Allow(Permission.RECORD_FOLLOW_UP)
  @Mutation(() => FollowUpResult, {
    description:
      'Records the follow-up visit (回访) of a resolved or closed dispute: date, method, performance (履行情况), satisfaction 1–5 on four dimensions, comments. The handling organization only; the FOLLOW_UP clock is met on the day of the visit.',
  })
  recordFollowUp(
    @Ctx() ctx: HubContext,
    @Arg('followUpId', () => ID) followUpId: string,
    @Arg('input', () => RecordFollowUpInput) input: RecordFollowUpInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return FollowUpService.record(ctx, followUpId, input, expectedVersion);
  }

  @Allow(Permission.RECORD_FOLLOW_UP)
  @Mutation(() => FollowUpResult, {
    description: 'Records a contact attempt that did not reach the party (未联系上); after HUB_FOLLOW_UP_MAX_ATTEMPTS attempts (default 3) the follow-up closes as UNREACHABLE.',
  })
  recordFollowUpAttempt(
    @Ctx() ctx: HubContext,
    @Arg('followUpId', () => ID) followUpId: string,
    @Arg('attemptedOn', () => DateScalar) attemptedOn: string,
    @Arg('method', () => FollowUpMethod) method: FollowUpMethod,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return FollowUpService.attempt(ctx, followUpId, attemptedOn, method, expectedVersion);
  }

  @Allow(Permission.RECORD_FOLLOW_UP)
  @Mutation(() => FollowUpResult, { description: 'Closes an open follow-up as UNREACHABLE before the last attempt; at least one attempt must be recorded.' })
  closeFollowUp(@Ctx() ctx: HubContext, @Arg('followUpId', () => ID) followUpId: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return FollowUpService.close(ctx, followUpId, expectedVersion);
  }

  @FieldResolver(() => Dispute, { nullable: true, description: 'The dispute followed up.' })
  dispute(@Ctx() ctx: HubContext, @Root() f: FollowUp) {
    return ctx.loaders.visibleDispute.load(f.disputeId);
  }

  @FieldResolver(() => Organization, { description: 'The handling organization, which owes the visit.' })
  async organization(@Ctx() ctx: HubContext, @Root() f: FollowUp): Promise<Organization> {
    return (await ctx.loaders.organization.load(f.organizationId))!;
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'The FOLLOW_UP clock (HUB_FOLLOW_UP_DUE_WORKING_DAYS working days from the conclusion).' })
  async deadline(@Ctx() ctx: HubContext, @Root() f: FollowUp): Promise<DeadlineView | null> {
    const row = await ctx.loaders.followUpClock.load(f.deadlineId);
    return row ? ((await presentDeadlines(ctx, [row]))[0] ?? null) : null;
  }

  @FieldResolver(() => [FollowUpAttemptView], { description: 'Contact attempts that did not reach the party, oldest first.' })
  attempts(@Root() f: FollowUp): FollowUpAttemptView[] {
    return f.attempts.map((a) => Object.assign(new FollowUpAttemptView(), { attemptedOn: a.on, method: a.method, recordedAt: new Date(a.at) }));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The mean of the four scores (null until visited).' })
  averageScore(@Root() f: FollowUp): number | null {
    return averageScore(f);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Satisfied: the mean of the four scores is at least 4 (the statistics’ satisfaction rate counts these); null until visited.' })
  satisfied(@Root() f: FollowUp): boolean | null {
    const avg = averageScore(f);
    return avg === null ? null : avg >= 4;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the party said (free text): the handling organization and ADMIN only, audited as a read of personal data.' })
  async comments(@Ctx() ctx: HubContext, @Root() f: FollowUp): Promise<string | null> {
    if (f.comments === null || !seesFollowUp(ctx.viewer, f)) return null;
    await ctx.loaders.personalDataRead.load(f.disputeId);
    return f.comments;
  }
}

@Resolver(() => Dispute)
export class DisputeFollowUpResolver {
  @FieldResolver(() => FollowUp, {
    nullable: true,
    description:
      'The follow-up visit (回访) of a resolved or closed dispute: for the handling organization and ADMIN only (null for every other viewer, and before the dispute is resolved or closed).',
  })
  async followUp(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<FollowUp | null> {
    const f = (await ctx.loaders.followUpsByDispute.load(d.id))[0] ?? null;
    return f && seesFollowUp(ctx.viewer, f) ? f : null;
  }
}
