import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { ComplianceIssue } from '../../core/errors';
import { Allow, Permission } from '../../core/permissions';
import { DateScalar } from '../../core/scalars';
import { User } from '../auth';
import { Organization } from '../organization';
import { Proceeding, ProceedingResult } from '../proceeding';
import { holdsLegalProfession, StaffReads } from './staff.reads';
import { StaffService } from './staff.service';
import { HandlerCaseCount, ProceedingHandlerView, StaffMember, StaffRecordInput, StaffRecordResult, StaffRoster, StaffSettingsResult, StaffStatisticsResult } from './staff.types';

@Resolver(() => StaffMember)
export class StaffResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => StaffRoster, {
    nullable: true,
    description:
      "An organization's staff with their records and the staff settings: the viewer's own organization (the default); ADMIN any. Another organization is FORBIDDEN; null for an unknown one.",
  })
  staffRoster(@Ctx() ctx: HubContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null): Promise<StaffRoster | null> {
    return StaffService.roster(ctx, organizationId);
  }

  @Allow(Permission.SIGNED_IN)
  @Query(() => StaffMember, { nullable: true, description: "A user's staff record: members of the user's organization and ADMIN; null for anyone else." })
  staffMember(@Ctx() ctx: HubContext, @Arg('userId', () => ID) userId: string): Promise<StaffMember | null> {
    return StaffService.member(ctx, userId);
  }

  @Allow(Permission.READ_STATISTICS)
  @Query(() => StaffStatisticsResult, {
    description:
      'Per handling unit of one organization: staff, staff with the legal professional qualification, training hours, and cases per handler (proceedings admitted in the period where the user is lead or co-handler). Own organization; ADMIN and REVIEWER any. Period at most 5 years.',
  })
  staffStatistics(
    @Ctx() ctx: HubContext,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
  ) {
    return StaffService.statistics(ctx, organizationId, from, to);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Mutation(() => StaffRecordResult, { description: "Records a user's handling unit, qualifications and training (the whole record): the head of the user's organization, or ADMIN." })
  recordStaff(
    @Ctx() ctx: HubContext,
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => StaffRecordInput) input: StaffRecordInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return StaffService.recordStaff(ctx, userId, input, expectedVersion);
  }

  @Allow(Permission.MANAGE_STAFF)
  @Mutation(() => StaffSettingsResult, {
    description: 'Switches enforcement of the handler rules for an organization (its head, or ADMIN): when on, admitting or concluding a proceeding that breaks them is refused.',
  })
  setHandlerRulesEnforcement(
    @Ctx() ctx: HubContext,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('enforce', () => Boolean) enforce: boolean,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return StaffService.setEnforcement(ctx, organizationId, enforce, expectedVersion);
  }

  @Allow(Permission.HANDLE_PROCEEDING)
  @Mutation(() => ProceedingResult, {
    description: 'Names the handlers of an open proceeding: the lead (主办) and co-handlers (协办), active members of the holding organization. Replaces the previous handlers.',
  })
  setProceedingHandlers(
    @Ctx() ctx: HubContext,
    @Arg('proceedingId', () => ID) proceedingId: string,
    @Arg('leadId', () => ID) leadId: string,
    @Arg('coHandlerIds', () => [ID]) coHandlerIds: string[],
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return StaffService.setHandlers(ctx, proceedingId, leadId, coHandlerIds, expectedVersion);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Ctx() ctx: HubContext, @Root() m: StaffMember) {
    return ctx.loaders.user.load(m.userId);
  }
}

@Resolver(() => StaffRoster)
export class StaffRosterResolver {
  @FieldResolver(() => Organization)
  async organization(@Ctx() ctx: HubContext, @Root() r: StaffRoster): Promise<Organization> {
    return (await ctx.loaders.organization.load(r.organizationId))!;
  }
}

@Resolver(() => ProceedingHandlerView)
export class ProceedingHandlerResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Ctx() ctx: HubContext, @Root() h: ProceedingHandlerView) {
    return ctx.loaders.user.load(h.userId);
  }
}

@Resolver(() => HandlerCaseCount)
export class HandlerCaseCountResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Ctx() ctx: HubContext, @Root() h: HandlerCaseCount) {
    return ctx.loaders.user.load(h.userId);
  }
}

/** Fields this module adds to the proceeding: its handlers and the open issues of its matter's rules. */
@Resolver(() => Proceeding)
export class ProceedingStaffResolver {
  @FieldResolver(() => [ProceedingHandlerView], { description: "The lead (first) and co-handlers, with their qualifications; certificate numbers only for the handlers' organization and ADMIN." })
  async handlers(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<ProceedingHandlerView[]> {
    const rows = await ctx.loaders.handlersByProceeding.load(p.id);
    return rows.map((r) =>
      Object.assign(new ProceedingHandlerView(), {
        userId: r.userId,
        lead: r.lead,
        qualifications: StaffReads.present(ctx.viewer, r.organizationId, r.qualifications),
        legalProfession: holdsLegalProfession(r.qualifications),
      }),
    );
  }

  @FieldResolver(() => [ComplianceIssue], {
    description:
      "Open issues of the handlers against the matter's rules (at least two handlers for administrative adjudication; the legal professional qualification where required). Empty when met or when no rule applies.",
  })
  async complianceIssues(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<ComplianceIssue[]> {
    const [rows, matter] = await Promise.all([ctx.loaders.handlersByProceeding.load(p.id), p.matter ? ctx.loaders.matter.load(p.matter.id) : null]);
    return StaffReads.issuesOf(
      p.channel,
      matter?.code ?? null,
      p.status,
      p.outcomeKind,
      rows.map((r) => ({ lead: r.lead, legalProfession: holdsLegalProfession(r.qualifications) })),
    );
  }
}
