import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel, DeadlineKind, ExtensionBasis, PauseReason, ProcedureTrack } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { findAmong } from '../../core/db/loaders';
import { selectsAnyField } from '../../core/selection';
import { User } from '../auth';
import { DeadlineView, ExtensionRecord, presentDeadlineOf } from '../deadline';
import { Dispute, prefetchDeadlines } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { DisputeEvent } from '../timeline';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';
import { ProceedingService } from './proceeding.service';
import { ConcludeProceedingInput, Outcome, ProceedingResult } from './proceeding.types';

@Resolver(() => Proceeding)
export class ProceedingResolver {
  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult, { description: '受理: accept a proceeding under acceptance review.' })
  admitProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('procedure', () => ProcedureTrack, { nullable: true }) procedure?: ProcedureTrack | null,
    @Arg('caseNumber', () => String, { nullable: true }) caseNumber?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.admit(ctx, id, procedure, caseNumber, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult, { description: '不予受理, with reasons and where the applicant may go instead.' })
  rejectProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('suggestedChannel', () => Channel, { nullable: true }) suggestedChannel?: Channel | null,
    @Arg('suggestedOrganizationId', () => ID, { nullable: true }) suggestedOrganizationId?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.reject(ctx, id, reason, suggestedChannel, suggestedOrganizationId, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult)
  assignProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.assign(ctx, id, userId, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult)
  pauseProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => PauseReason) reason: PauseReason,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.pause(ctx, id, reason, note, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult)
  resumeProceeding(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ProceedingService.resume(ctx, id, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult)
  extendProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('amount', () => Int) amount: number,
    @Arg('reason', () => String) reason: string,
    @Arg('basis', () => ExtensionBasis) basis: ExtensionBasis,
    @Arg('approverName', () => String, { nullable: true }) approverName?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.extend(ctx, id, amount, reason, basis, approverName, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult)
  concludeProceeding(@Ctx() ctx: HubContext, @Arg('input', () => ConcludeProceedingInput) input: ConcludeProceedingInput) {
    return ProceedingService.conclude(ctx, input);
  }

  @FieldResolver(() => Dispute)
  async dispute(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<Dispute> {
    const d = await ctx.loaders.visibleDispute.load(p.dispute.id);
    if (!d) throw new Error('proceeding of an invisible dispute');
    return d;
  }

  @FieldResolver(() => Organization)
  organization(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return ctx.loaders.organization.now(p.organization.id);
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return p.matter ? ctx.loaders.matter.now(p.matter.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The handler responsible inside the organization.' })
  assignee(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return p.assignee ? ctx.loaders.user.load(p.assignee.id) : null;
  }

  @FieldResolver(() => DeadlineView, { nullable: true })
  acceptanceDeadline(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return deadlineOf(ctx, p, DeadlineKind.ACCEPTANCE);
  }

  @FieldResolver(() => DeadlineView, { nullable: true })
  handlingDeadline(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return deadlineOf(ctx, p, DeadlineKind.HANDLING);
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'For an AGREEMENT: the 30-day window in which the parties may apply for judicial confirmation.' })
  judicialConfirmationApplicationDeadline(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return deadlineOf(ctx, p, DeadlineKind.JUDICIAL_CONFIRMATION_APPLICATION);
  }

  @FieldResolver(() => [ProceedingPause])
  async pauses(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return (await ctx.loaders.pausesByDispute.load(p.dispute.id)).filter((x) => x.proceedingId === p.id);
  }

  @FieldResolver(() => [ExtensionRecord])
  async extensions(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return (await ctx.loaders.extensionsOfProceedingsByDispute.load(p.dispute.id)).filter((x) => x.proceedingId === p.id);
  }

  @FieldResolver(() => Outcome, { nullable: true })
  outcome(@Root() p: Proceeding): Outcome | null {
    if (!p.outcomeKind) return null;
    return Object.assign(new Outcome(), {
      kind: p.outcomeKind,
      settles: !!p.outcomeSettles,
      summary: p.outcomeSummary ?? '',
      documentNumber: p.outcomeDocumentNumber,
      effectiveOn: p.outcomeEffectiveOn!,
      at: p.outcomeAt!,
    });
  }
}

function deadlineOf(ctx: HubContext, p: Proceeding, kind: DeadlineKind): Promise<DeadlineView | null> {
  return presentDeadlineOf(ctx, p.dispute.id, (d) => d.proceedingId === p.id && d.kind === kind);
}

const PAUSES: ReadonlySet<string> = new Set(['pauses']);
const EXTENSIONS: ReadonlySet<string> = new Set(['extensions']);

/** A dispute's proceedings and an event's proceeding: fields this module adds to the dispute and the timeline. */
@Resolver(() => Dispute)
export class DisputeProceedingsResolver {
  @FieldResolver(() => [Proceeding])
  proceedings(@Ctx() ctx: HubContext, @Root() d: Dispute, @Info() info: GraphQLResolveInfo) {
    prefetchDeadlines(ctx, d, info);
    // Asked for with the proceedings, not after them: one round trip for both levels.
    if (selectsAnyField(info, PAUSES)) ctx.loaders.pausesByDispute.load(d.id).catch(() => undefined);
    if (selectsAnyField(info, EXTENSIONS)) ctx.loaders.extensionsOfProceedingsByDispute.load(d.id).catch(() => undefined);
    return ctx.loaders.proceedingsByDispute.load(d.id);
  }
}

@Resolver(() => DisputeEvent)
export class EventProceedingResolver {
  @FieldResolver(() => Proceeding, { nullable: true })
  proceeding(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return findAmong(ctx.loaders.proceedingsByDispute, e.disputeId, e.proceedingId);
  }
}
