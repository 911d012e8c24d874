import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../server/context';
import { Channel, DeadlineKind, ExtensionBasis, PauseReason, ProcedureTrack, Role } from '../../shared/enums';
import { User } from '../auth/user.entity';
import { JudicialConfirmation } from '../court/judicial-confirmation.entity';
import { presentDeadlines } from '../deadline/deadline.presenter';
import { DeadlineView } from '../deadline/deadline.types';
import { Dispute } from '../dispute/dispute.entity';
import { findAmong } from '../dispute/dispute.loaders';
import { Matter } from '../matter/matter.entity';
import { Organization } from '../organization/organization.entity';
import { Referral } from '../referral/referral.entity';
import { ExtensionRecord } from './extension.entity';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';
import { ProceedingService } from './proceeding.service';
import { ConcludeProceedingInput, Outcome, ProceedingResult } from './proceeding.types';

const ACTORS = [Role.HANDLER, Role.COURT_LIAISON] as const;

@Resolver(() => Proceeding)
export class ProceedingResolver {
  @Authorized(...ACTORS)
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

  @Authorized(...ACTORS)
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

  @Authorized(...ACTORS)
  @Mutation(() => ProceedingResult)
  assignProceeding(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ProceedingService.assign(ctx, id, userId, expectedVersion);
  }

  @Authorized(...ACTORS)
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

  @Authorized(...ACTORS)
  @Mutation(() => ProceedingResult)
  resumeProceeding(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ProceedingService.resume(ctx, id, expectedVersion);
  }

  @Authorized(...ACTORS)
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

  @Authorized(...ACTORS)
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
    return ctx.loaders.organization.load(p.organization.id);
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return p.matter ? ctx.loaders.matter.load(p.matter.id) : null;
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return findAmong(ctx.loaders.referralsByDispute, p.dispute.id, p.referralId);
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
  pauses(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return ctx.loaders.pausesByProceeding.load(p.id);
  }

  @FieldResolver(() => [ExtensionRecord])
  extensions(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return ctx.loaders.extensionsByProceeding.load(p.id);
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

  @FieldResolver(() => JudicialConfirmation, { nullable: true })
  async judicialConfirmation(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<JudicialConfirmation | null> {
    return (await ctx.loaders.confirmationsByProceeding.load(p.id))[0] ?? null;
  }
}

async function deadlineOf(ctx: HubContext, p: Proceeding, kind: DeadlineKind): Promise<DeadlineView | null> {
  const rows = (await ctx.loaders.deadlinesByDispute.load(p.dispute.id)).filter((d) => d.proceedingId === p.id && d.kind === kind);
  const views = await presentDeadlines(ctx, rows.slice(-1));
  return views[0] ?? null;
}

@Resolver(() => ExtensionRecord)
export class ExtensionResolver {
  @FieldResolver(() => User)
  async recordedBy(@Ctx() ctx: HubContext, @Root() e: ExtensionRecord): Promise<User> {
    return (await ctx.loaders.user.load(e.recordedBy))!;
  }
}
