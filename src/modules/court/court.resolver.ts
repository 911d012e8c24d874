import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { DeadlineKind, JudicialConfirmationDecision } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { DeadlineView, ExtensionRecord, presentDeadlines } from '../deadline';
import { Organization } from '../organization';
import { Proceeding } from '../proceeding';
import { CourtService } from './court.service';
import { JudicialConfirmationResult } from './court.types';
import { JudicialConfirmation } from './judicial-confirmation.entity';

@Resolver(() => JudicialConfirmation)
export class CourtResolver {
  @Allow(Permission.REQUEST_JUDICIAL_CONFIRMATION)
  @Mutation(() => JudicialConfirmationResult)
  requestJudicialConfirmation(@Ctx() ctx: HubContext, @Arg('proceedingId', () => ID) proceedingId: string, @Arg('courtId', () => ID) courtId: string) {
    return CourtService.request(ctx, proceedingId, courtId);
  }

  @Allow(Permission.DECIDE_JUDICIAL_CONFIRMATION)
  @Mutation(() => JudicialConfirmationResult, { description: '立案: the court accepts the application.' })
  acceptJudicialConfirmation(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return CourtService.accept(ctx, id, expectedVersion);
  }

  @Allow(Permission.DECIDE_JUDICIAL_CONFIRMATION)
  @Mutation(() => JudicialConfirmationResult)
  declineJudicialConfirmation(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return CourtService.decline(ctx, id, reason, expectedVersion);
  }

  @Allow(Permission.DECIDE_JUDICIAL_CONFIRMATION)
  @Mutation(() => JudicialConfirmationResult)
  extendJudicialConfirmation(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('approverName', () => String, { nullable: true }) approverName?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return CourtService.extend(ctx, id, reason, approverName, expectedVersion);
  }

  @Allow(Permission.DECIDE_JUDICIAL_CONFIRMATION)
  @Mutation(() => JudicialConfirmationResult)
  decideJudicialConfirmation(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => JudicialConfirmationDecision) decision: JudicialConfirmationDecision,
    @Arg('rulingNumber', () => String, { nullable: true }) rulingNumber?: string | null,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return CourtService.decide(ctx, id, decision, rulingNumber, note, expectedVersion);
  }

  @FieldResolver(() => Proceeding)
  async proceeding(@Ctx() ctx: HubContext, @Root() jc: JudicialConfirmation): Promise<Proceeding> {
    return (await ctx.loaders.proceeding.load(jc.proceedingId))!;
  }

  @FieldResolver(() => Organization)
  async court(@Ctx() ctx: HubContext, @Root() jc: JudicialConfirmation): Promise<Organization> {
    return (await ctx.loaders.organization.load(jc.court.id))!;
  }

  @FieldResolver(() => DeadlineView)
  async acceptanceDeadline(@Ctx() ctx: HubContext, @Root() jc: JudicialConfirmation): Promise<DeadlineView> {
    const view = await confirmationDeadline(ctx, jc, DeadlineKind.JUDICIAL_CONFIRMATION_ACCEPTANCE);
    if (!view) throw new Error(`judicial confirmation ${jc.id} has no acceptance deadline`);
    return view;
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'Exists once the application is accepted.' })
  decisionDeadline(@Ctx() ctx: HubContext, @Root() jc: JudicialConfirmation): Promise<DeadlineView | null> {
    return confirmationDeadline(ctx, jc, DeadlineKind.JUDICIAL_CONFIRMATION_DECISION);
  }

  @FieldResolver(() => [ExtensionRecord])
  extensions(@Ctx() ctx: HubContext, @Root() jc: JudicialConfirmation) {
    return ctx.loaders.extensionsByConfirmation.load(jc.id);
  }
}

async function confirmationDeadline(ctx: HubContext, jc: JudicialConfirmation, kind: DeadlineKind): Promise<DeadlineView | null> {
  const rows = (await ctx.loaders.deadlinesByConfirmation.load(jc.id)).filter((d) => d.kind === kind);
  return (await presentDeadlines(ctx, rows))[0] ?? null;
}

@Resolver(() => Proceeding)
export class ProceedingConfirmationResolver {
  @FieldResolver(() => JudicialConfirmation, { nullable: true })
  async judicialConfirmation(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<JudicialConfirmation | null> {
    return (await ctx.loaders.confirmationsByProceeding.load(p.id))[0] ?? null;
  }
}
