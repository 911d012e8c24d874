import type { GraphQLResolveInfo } from 'graphql';
import { selectsAnyField } from '../../core/selection';
import { CONNECTION_ROWS, projectionOf, Reads } from '../../core/db/projection';
import { Arg, Info, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { andThen } from '../../core/maybe-async';
import { Allow, Permission } from '../../core/permissions';
import { pageSize } from '../../core/pagination';
import { JSONScalar } from '../../core/scalars';
import { DeadlineView, presentDeadlines, sortDeadlines } from '../deadline';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { DisputeEvent, DisputeEventConnection, eventSeqOf } from '../timeline';
import { DisputeStatusCount } from './dispute.types';
import { Dispute } from './dispute.entity';
import { DisputeQueryService } from './dispute-query.service';
import { DisputeService } from './dispute.service';
import { DisputeConnection, DisputeFilter, DisputeResult, DisputesByPersonResult, RegisterDisputeInput, RegisterDisputeResult } from './dispute.types';
import { RELATED_DISPUTES_LIMIT } from './dispute.loaders';
import { disputesByPerson } from './person-search';
import { Party } from './party.entity';
import { partiesWithDisclosure } from './party.resolver';
import { disclosesPersonalData } from './disclosure';

/** A dispute list's rows always carry what their cursors are made of. */
const BY_RECEIPT = ['receivedAt'] as const;

@Resolver(() => Dispute)
export class DisputeResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => Dispute, { nullable: true })
  dispute(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string): Promise<Dispute | null> {
    return DisputeQueryService.byId(ctx, id);
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => Dispute, { nullable: true })
  disputeByCode(@Ctx() ctx: HubContext, @Arg('code', () => String) code: string): Promise<Dispute | null> {
    return DisputeQueryService.byCode(ctx, code);
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => DisputeConnection)
  disputes(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => DisputeFilter, { nullable: true }) filter?: DisputeFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DisputeConnection> {
    return DisputeQueryService.connection(ctx, filter, first, after, projectionOf(ctx.em, info, Dispute, CONNECTION_ROWS, BY_RECEIPT));
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => [DisputeStatusCount], { description: 'How many disputes the viewer may read are in each status, under the filter (its status part aside).' })
  disputeStatusCounts(@Ctx() ctx: HubContext, @Arg('filter', () => DisputeFilter, { nullable: true }) filter?: DisputeFilter | null): Promise<DisputeStatusCount[]> {
    return DisputeQueryService.statusCounts(ctx, filter);
  }

  @Allow(Permission.SEARCH_BY_PERSON)
  @Query(() => DisputesByPersonResult, {
    description:
      'Disputes with a party of this ID number (resident ID, credit code or other document) or this phone, exact match after normalization (upper-case X; spaces and hyphens of a phone ignored), newest first. Exactly one of the two. Only disputes whose personal data the viewer sees (FRONTDESK: all; a handling organization: those it holds). Audited as a read of personal data. An invalid number is a ValidationError.',
  })
  disputesByPerson(
    @Ctx() ctx: HubContext,
    @Arg('idNumber', () => String, { nullable: true }) idNumber?: string | null,
    @Arg('phone', () => String, { nullable: true }) phone?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return disputesByPerson(ctx, idNumber, phone, first, after);
  }

  @Allow(Permission.REGISTER_DISPUTE)
  @Mutation(() => RegisterDisputeResult)
  registerDispute(@Ctx() ctx: HubContext, @Arg('input', () => RegisterDisputeInput) input: RegisterDisputeInput) {
    return DisputeService.register(ctx, input);
  }

  @Allow(Permission.CONCLUDE_DISPUTE)
  @Mutation(() => DisputeResult, { description: '办结: close a dispute that is resolved, or that nobody can take further.' })
  closeDispute(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return DisputeService.close(ctx, id, note, expectedVersion);
  }

  @Allow(Permission.CONCLUDE_DISPUTE)
  @Mutation(() => DisputeResult, { description: 'The applicant withdraws; open referrals are cancelled and open proceedings concluded as WITHDRAWN.' })
  withdrawDispute(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return DisputeService.withdraw(ctx, id, reason, expectedVersion);
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() d: Dispute) {
    return d.matter ? ctx.loaders.matter.now(d.matter.id) : null;
  }

  @FieldResolver(() => JSONScalar, {
    nullable: true,
    description: "Answers to the matter's application form, keyed by FormField.key. They hold personal data (contact ID numbers, phones, addresses): null for viewers who see the dispute masked.",
  })
  async applicationData(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<Record<string, unknown> | null> {
    if (d.applicationData === null) return null;
    return (await disclosesPersonalData(ctx, d.id)) ? d.applicationData : null;
  }

  @FieldResolver(() => [Dispute], {
    description: `Earlier disputes (received before this one) with a party of the same ID number, credit code or phone, newest first, at most ${RELATED_DISPUTES_LIMIT}: a warning at registration of the same person's or organization's earlier disputes. Only those the viewer may read, each masked as it is to the viewer; empty when the viewer sees this dispute masked.`,
  })
  @Reads(Dispute)
  relatedDisputes(@Ctx() ctx: HubContext, @Root() d: Dispute) {
    return ctx.loaders.relatedDisputes.load(d.id);
  }

  @FieldResolver(() => [Party])
  @Reads(Dispute)
  parties(@Ctx() ctx: HubContext, @Root() d: Dispute, @Info() info: GraphQLResolveInfo) {
    return partiesWithDisclosure(ctx, d.id, info);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who holds the dispute now: the center while awaiting routing, else the handling organization.' })
  currentOrganization(@Ctx() ctx: HubContext, @Root() d: Dispute) {
    return d.currentOrganization ? ctx.loaders.organization.now(d.currentOrganization.id) : null;
  }

  @FieldResolver(() => DeadlineView, { nullable: true, description: 'The earliest open deadline of the dispute, if any.' })
  @Reads(Dispute)
  nextDeadline(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<DeadlineView | null> {
    return ctx.loaders.openDeadlinesByDispute.load(d.id).then((rows) => andThen(presentDeadlines(ctx, rows), (views) => sortDeadlines(views, rows)[0] ?? null));
  }

  @FieldResolver(() => [DeadlineView], { description: "Every deadline of the dispute's referrals and proceedings, open ones first." })
  @Reads(Dispute)
  deadlines(@Ctx() ctx: HubContext, @Root() d: Dispute): Promise<DeadlineView[]> {
    return ctx.loaders.deadlinesByDispute.load(d.id).then((rows) => andThen(presentDeadlines(ctx, rows), (views) => sortDeadlines(views, rows)));
  }

  @FieldResolver(() => DisputeEventConnection)
  @Reads(Dispute)
  events(
    @Ctx() ctx: HubContext,
    @Root() d: Dispute,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DisputeEventConnection> {
    prefetchDeadlines(ctx, d, info);
    return ctx.loaders.eventPage.load({ disputeId: d.id, first: pageSize(first, 50), afterSeq: after ? eventSeqOf(after) : '0' });
  }
}

/** Fields below a dispute whose resolvers read the dispute's deadlines (deadlinesByDispute). */
const DEADLINE_FIELDS: ReadonlySet<string> = new Set(['responseDeadline', 'handlingDeadline', 'acceptanceDeadline', 'judicialConfirmationApplicationDeadline', 'deadline']);

/**
 * Asks for the dispute's deadlines at the dispute's level, in the same tick for every dispute on
 * the page, when a nested field will need them: otherwise referrals and proceedings, whose rows
 * arrive at different times, would each start a batch for a different subset of the disputes,
 * and the number of statements would depend on timing.
 */
export function prefetchDeadlines(ctx: HubContext, d: Dispute, info: GraphQLResolveInfo): void {
  if (selectsAnyField(info, DEADLINE_FIELDS)) ctx.loaders.deadlinesByDispute.load(d.id).catch(() => undefined);
}

@Resolver(() => DisputeEvent)
export class DisputeEventResolver {
  @FieldResolver(() => Dispute)
  async dispute(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<Dispute> {
    const d = await ctx.loaders.visibleDispute.load(e.disputeId);
    if (!d) throw new Error('event of an invisible dispute');
    return d;
  }
}
