import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { maskPhone } from '../../core/validation';
import { chinaDateOf } from '../clock';
import { StoredFile } from '../material';
import { Proceeding } from '../proceeding';
import { ExpertDrawService } from './expert-draw.service';
import { ExpertChallenge, ExpertDraw, ExpertExclusion, ExpertSeat } from './expert-draw.entity';
import { EXPERT_TAXONOMY, expertField, fieldsOfMatter } from './expert-fields.data';
import { Expert } from './expert.entity';
import { keepsPool, readsDrawsOf } from './expert.policy';
import { ExpertService, isAvailable } from './expert.service';
import { CreateExpertInput, DrawExpertsInput, ExpertChallengeResult, ExpertDrawResult, ExpertFieldView, ExpertInput, ExpertResult, ExpertTaxonomyView } from './expert.types';

function fieldView(code: string): ExpertFieldView {
  return Object.assign(new ExpertFieldView(), { code, name: expertField(code)?.field.name ?? code });
}

@Resolver(() => Expert)
export class ExpertResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => [ExpertTaxonomyView], { description: 'The expert fields per matter (procurement categories, patent technical fields, land surveying and registration).' })
  expertTaxonomy(): ExpertTaxonomyView[] {
    return EXPERT_TAXONOMY.map((t) =>
      Object.assign(new ExpertTaxonomyView(), { matterCode: t.matterCode, name: t.name, groups: t.groups.map((g) => ({ name: g.name, fields: g.fields.map((f) => fieldView(f.code)) })) }),
    );
  }

  @Allow(Permission.MANAGE_EXPERTS)
  @Query(() => [Expert], { description: "The viewer's organization's expert pool, by name (ADMIN: organizationId's). Removed experts only with includeRemoved." })
  experts(
    @Ctx() ctx: HubContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('field', () => String, { nullable: true }) field?: string | null,
    @Arg('includeRemoved', () => Boolean, { nullable: true }) includeRemoved?: boolean | null,
    @Arg('flaggedOnly', () => Boolean, { nullable: true, description: 'Only experts flagged for removal by poor ratings.' }) flaggedOnly?: boolean | null,
  ): Promise<Expert[]> {
    return ExpertService.list(ctx, { organizationId, field, includeRemoved, flaggedOnly });
  }

  @Allow(Permission.MANAGE_EXPERTS)
  @Mutation(() => ExpertResult, { description: "Adds an expert to the viewer's organization's pool (ADMIN: to organizationId's)." })
  createExpert(@Ctx() ctx: HubContext, @Arg('input', () => CreateExpertInput) input: CreateExpertInput) {
    return ExpertService.create(ctx, input);
  }

  @Allow(Permission.MANAGE_EXPERTS)
  @Mutation(() => ExpertResult, { description: 'Replaces an expert’s record (version-checked).' })
  updateExpert(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ExpertInput) input: ExpertInput,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertService.update(ctx, id, input, expectedVersion);
  }

  @Allow(Permission.MANAGE_EXPERTS)
  @Mutation(() => ExpertResult, { description: 'Removes an expert from the pool (kept for the draws that named it; clears a removal flag).' })
  removeExpert(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ExpertService.setRemoved(ctx, id, true, expectedVersion);
  }

  @Allow(Permission.MANAGE_EXPERTS)
  @Mutation(() => ExpertResult, { description: 'Restores a removed expert, or keeps a flagged one (clears the flag).' })
  restoreExpert(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ExpertService.setRemoved(ctx, id, false, expectedVersion);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked (first 3 and last 4 digits) except for the pool’s keepers and ADMIN.' })
  phone(@Ctx() ctx: HubContext, @Root() e: Expert): string | null {
    return keepsPool(ctx.viewer, e.organizationId) ? e.phone : (maskPhone(e.phone) ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'Not removed and not marked unavailable today.' })
  available(@Ctx() ctx: HubContext, @Root() e: Expert): boolean {
    return isAvailable(e, chinaDateOf(ctx.services.now()));
  }

  @FieldResolver(() => [ExpertFieldView])
  fieldList(@Root() e: Expert): ExpertFieldView[] {
    return e.fields.map(fieldView);
  }
}

@Resolver(() => ExpertDraw)
export class ExpertDrawResolver {
  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, {
    description:
      'Draws experts at random for a proceeding from its organization’s pool: available experts of the field without a conflict against the parties; the panel, then at least two alternates used in order. Recorded (seed, candidates, exclusions with reasons) and not repeatable: a second draw needs redrawExperts.',
  })
  drawExperts(@Ctx() ctx: HubContext, @Arg('input', () => DrawExpertsInput) input: DrawExpertsInput) {
    return ExpertDrawService.drawExperts(ctx, input);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, { description: 'Replaces the draw in force by a new draw (same field and sizes); the old one is kept and the reason recorded.' })
  redrawExperts(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.redraw(ctx, drawId, reason, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, { description: 'A drawn panel expert declared no conflict of interest (recorded by the handler).' })
  declareExpertNoConflict(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.declare(ctx, drawId, expertId, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, { description: 'A drawn expert withdrew (回避): the next alternate moves up; refused when none is left.' })
  withdrawExpert(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.withdraw(ctx, drawId, expertId, reason, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertChallengeResult, { description: 'Records a party’s written challenge (回避申请) of a drawn expert, with its reasons.' })
  challengeExpert(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('partyId', () => ID) partyId: string,
    @Arg('reasons', () => String) reasons: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.challenge(ctx, drawId, expertId, partyId, reasons, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertChallengeResult, { description: 'Decides a challenge: upheld, the expert is recused and the next alternate moves up.' })
  decideExpertChallenge(
    @Ctx() ctx: HubContext,
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The draw’s version.' }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.decideChallenge(ctx, challengeId, upheld, reason, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, { description: 'Links the panel’s opinion (a file uploaded to the dispute) to the draw; a clock paused for expert review resumes.' })
  recordExpertOpinion(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('fileId', () => ID) fileId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.recordOpinion(ctx, drawId, fileId, expectedVersion);
  }

  @Allow(Permission.DRAW_EXPERTS)
  @Mutation(() => ExpertDrawResult, { description: 'The handler rates a panel expert 1–5 after the opinion; repeated poor ratings flag the expert for removal.' })
  rateExpert(
    @Ctx() ctx: HubContext,
    @Arg('drawId', () => ID) drawId: string,
    @Arg('expertId', () => ID) expertId: string,
    @Arg('rating', () => Int) rating: number,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ExpertDrawService.rate(ctx, drawId, expertId, rating, comment, expectedVersion);
  }

  @FieldResolver(() => ExpertFieldView)
  fieldInfo(@Root() d: ExpertDraw): ExpertFieldView {
    return fieldView(d.field);
  }

  @FieldResolver(() => [ExpertSeat], { description: 'Every drawn expert in the order drawn (panel seats, alternates, and those who left).' })
  seats(@Ctx() ctx: HubContext, @Root() d: ExpertDraw): Promise<ExpertSeat[]> {
    return ctx.loaders.expertSeatsByDraw.load(d.id);
  }

  @FieldResolver(() => [ExpertChallenge])
  challenges(@Ctx() ctx: HubContext, @Root() d: ExpertDraw): Promise<ExpertChallenge[]> {
    return ctx.loaders.expertChallengesByDraw.load(d.id);
  }

  @FieldResolver(() => StoredFile, { nullable: true, description: 'The panel’s opinion, a file of the dispute.' })
  opinionFile(@Ctx() ctx: HubContext, @Root() d: ExpertDraw): Promise<StoredFile | null> | null {
    return d.opinionFileId ? ctx.loaders.expertOpinionFile.load(d.opinionFileId) : null;
  }
}

async function expertOf(ctx: HubContext, id: string): Promise<Expert> {
  const e = await ctx.loaders.expertById.load(id);
  if (!e) throw new Error(`missing expert ${id}`);
  return e;
}

@Resolver(() => ExpertSeat)
export class ExpertSeatResolver {
  @FieldResolver(() => Expert)
  expert(@Ctx() ctx: HubContext, @Root() s: ExpertSeat): Promise<Expert> {
    return expertOf(ctx, s.expertId);
  }
}

@Resolver(() => ExpertExclusion)
export class ExpertExclusionResolver {
  @FieldResolver(() => Expert)
  expert(@Ctx() ctx: HubContext, @Root() x: ExpertExclusion): Promise<Expert> {
    return expertOf(ctx, x.expertId);
  }
}

@Resolver(() => ExpertChallenge)
export class ExpertChallengeResolver {
  @FieldResolver(() => Expert)
  expert(@Ctx() ctx: HubContext, @Root() c: ExpertChallenge): Promise<Expert> {
    return expertOf(ctx, c.expertId);
  }
}

@Resolver(() => Proceeding)
export class ProceedingExpertsResolver {
  @FieldResolver(() => [ExpertDraw], { description: 'Expert draws of the proceeding, newest first: only for the organization holding it (and ADMIN); empty for everyone else.' })
  async expertDraws(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<ExpertDraw[]> {
    if (!readsDrawsOf(ctx.viewer, p.organization.id)) return [];
    return ctx.loaders.expertDrawsByProceeding.load(p.id);
  }

  @FieldResolver(() => [ExpertFieldView], { description: 'The expert fields of the proceeding’s matter (empty: its matter has no expert pool).' })
  async expertFields(@Ctx() ctx: HubContext, @Root() p: Proceeding): Promise<ExpertFieldView[]> {
    if (!p.matter) return [];
    const m = await ctx.loaders.matter.load(p.matter.id);
    return fieldsOfMatter(m?.code).map(fieldView);
  }
}
