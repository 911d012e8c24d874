import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../server/context';
import { DeadlineKind, JudicialConfirmationDecision, Role } from '../../shared/enums';
import { presentDeadlines } from '../deadline/deadline.presenter';
import { DeadlineView } from '../deadline/deadline.types';
import { Organization } from '../organization/organization.entity';
import { ExtensionRecord } from '../proceeding/extension.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { CourtService } from './court.service';
import { JudicialConfirmationResult } from './court.types';
import { JudicialConfirmation } from './judicial-confirmation.entity';

@Resolver(() => JudicialConfirmation)
export class CourtResolver {
  @Authorized(Role.HANDLER)
  @Mutation(() => JudicialConfirmationResult)
  requestJudicialConfirmation(@Ctx() ctx: HubContext, @Arg('proceedingId', () => ID) proceedingId: string, @Arg('courtId', () => ID) courtId: string) {
    return CourtService.request(ctx, proceedingId, courtId);
  }

  @Authorized(Role.COURT_LIAISON)
  @Mutation(() => JudicialConfirmationResult, { description: '立案: the court accepts the application.' })
  acceptJudicialConfirmation(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return CourtService.accept(ctx, id, expectedVersion);
  }

  @Authorized(Role.COURT_LIAISON)
  @Mutation(() => JudicialConfirmationResult)
  declineJudicialConfirmation(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return CourtService.decline(ctx, id, reason, expectedVersion);
  }

  @Authorized(Role.COURT_LIAISON)
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

  @Authorized(Role.COURT_LIAISON)
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
