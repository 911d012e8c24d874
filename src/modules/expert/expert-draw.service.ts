import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { ExpertChallengeStatus, ExpertDrawStatus, ExpertSeatStatus, FieldErrorCode, PartyKind, PauseReason, ProceedingStatus, IdType } from '../../core/enums';
import { PROCEEDING_STATUS_LABELS } from '../../core/labels';
import { FieldError, InvalidTransitionError, ValidationError, VersionConflictError, type BusinessError } from '../../core/errors';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { Dispute, DisputeRepository, Party } from '../dispute';
import { Matter } from '../matter';
import { StoredFile } from '../material';
import { Organization } from '../organization';
import { Proceeding, ProceedingPause, ProceedingService } from '../proceeding';
import { Timeline } from '../timeline';
import { conflictReasons, type PartyForConflict } from './conflicts';
import { ExpertChallenge, ExpertDraw, ExpertExclusion, ExpertSeat } from './expert-draw.entity';
import { fieldsOfMatter } from './expert-fields.data';
import { Expert } from './expert.entity';
import { assertDrawsFor } from './expert.policy';
import { ExpertService, isAvailable } from './expert.service';
import { ExpertAlternatesExhaustedError, InsufficientExpertsError, type DrawExpertsInput } from './expert.types';
import { candidateListHash, sampleExperts } from './sampler';

const MAX_PANEL = 15;
const MAX_ALTERNATES = 15;
const ON_PANEL = [ExpertSeatStatus.SEATED, ExpertSeatStatus.DECLARED];

type DrawOutcome = ExpertDraw | InsufficientExpertsError | ExpertAlternatesExhaustedError;

/** The draw a command acts on, with its proceeding, under the dispute's lock. */
interface DrawTarget {
  id: string;
  version: number;
  draw: ExpertDraw;
  proceeding: Proceeding;
}

async function orgName(env: TransactionEnv, id: string): Promise<string> {
  return (await env.em.findOneOrFail(Organization, { id }, { fields: ['name'] })).name;
}

/** The parties as the conflict check reads them: organizations by name and credit code, persons by name. */
async function partiesOf(env: TransactionEnv, disputeId: string): Promise<PartyForConflict[]> {
  const parties = await env.em.find(Party, { dispute: disputeId }, { orderBy: { position: 'asc' } });
  return parties.map((p) => ({
    role: p.role,
    name: p.name,
    creditCode: p.kind === PartyKind.ORGANIZATION && (p.idType === IdType.USCC || p.idType === null) ? p.idNumber : null,
  }));
}

function openProceedingError(p: Proceeding): InvalidTransitionError | null {
  if (p.status === ProceedingStatus.IN_PROGRESS || p.status === ProceedingStatus.PAUSED) return null;
  return new InvalidTransitionError(p.status, `案件处于“${PROCEEDING_STATUS_LABELS[p.status]}”状态，受理后、办结前才能抽取专家。`);
}

async function seatsOf(env: TransactionEnv, drawId: string): Promise<ExpertSeat[]> {
  return env.em.find(ExpertSeat, { drawId }, { orderBy: { drawnPosition: 'asc' } });
}

export class ExpertDrawService {
  /**
   * The random draw itself, inside the caller's transaction: candidates are the pool's
   * available experts of the field without a conflict against the dispute's parties, sorted
   * by id; the sampler (seeded, pure) orders the first panelSize + alternates of them.
   */
  private static async draw(
    env: TransactionEnv,
    p: Proceeding,
    params: { field: string; panelSize: number; alternates: number; previous: ExpertDraw | null; reason: string | null },
  ): Promise<ExpertDraw | InsufficientExpertsError> {
    const { em } = env;
    const orgId = p.organization.id;
    const parties = await partiesOf(env, p.dispute.id);
    const pool = await ExpertService.pool(em, orgId, { field: params.field });
    const exclusions: ExpertExclusion[] = [];
    const candidates: string[] = [];
    for (const e of pool) {
      const reasons = conflictReasons(e, parties, env.today);
      if (!isAvailable(e, env.today)) reasons.push(`暂不能参加评审（至 ${e.unavailableUntil} 日）`);
      if (reasons.length) exclusions.push(Object.assign(new ExpertExclusion(), { expertId: e.id, reasons }));
      else candidates.push(e.id);
    }
    candidates.sort();
    exclusions.sort((a, b) => (a.expertId < b.expertId ? -1 : 1));
    const needed = params.panelSize + params.alternates;
    if (candidates.length < needed) return new InsufficientExpertsError(needed, candidates.length);

    const seed = randomBytes(32).toString('hex');
    const order = sampleExperts(seed, candidates, needed);
    const draw = em.create(ExpertDraw, {
      id: randomUUID(),
      proceedingId: p.id,
      disputeId: p.dispute.id,
      organizationId: orgId,
      field: params.field,
      panelSize: params.panelSize,
      alternateCount: params.alternates,
      status: ExpertDrawStatus.IN_FORCE,
      seed,
      candidateHash: candidateListHash(candidates),
      candidateIds: candidates,
      exclusions,
      drawnOrder: order,
      previousDrawId: params.previous?.id ?? null,
      redrawReason: params.reason,
      pausedClock: params.previous?.pausedClock ?? false,
      drawnBy: env.viewer!.userId,
      drawnAt: env.now,
    });
    order.forEach((expertId, i) => {
      const panel = i < params.panelSize;
      em.create(ExpertSeat, {
        id: randomUUID(),
        drawId: draw.id,
        expertId,
        drawnPosition: i + 1,
        panelPosition: panel ? i + 1 : null,
        status: panel ? ExpertSeatStatus.SEATED : ExpertSeatStatus.ALTERNATE,
      });
    });
    env.targets.push(draw.id);
    env.auditDetails = {
      drawId: draw.id,
      field: draw.field,
      seed,
      candidateHash: draw.candidateHash,
      candidates: candidates.length,
      excluded: exclusions.map((x) => x.expertId),
      drawnOrder: order,
      previousDrawId: draw.previousDrawId,
    };
    return draw;
  }

  /** drawExperts: the first draw of a proceeding, by the organization holding it; optionally pauses the clock for expert review. */
  static drawExperts(ctx: HubContext, input: DrawExpertsInput): Promise<DrawOutcome | BusinessError> {
    return runCommand<Proceeding, Dispute, never, never, DrawOutcome>(ctx, {
      action: 'drawExperts',
      notFound: `案件 ${input.proceedingId} 不存在。`,
      target: input.proceedingId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Proceeding, input.proceedingId, (x) => x.dispute.id);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record }) => assertDrawsFor(viewer, record.organization.id),
      expectedVersion: input.expectedVersion,
      apply: async (env, p, dispute) => {
        const refused = openProceedingError(p);
        if (refused) return refused;
        const existing = await env.em.findOne(ExpertDraw, { proceedingId: p.id, status: ExpertDrawStatus.IN_FORCE });
        if (existing) return new InvalidTransitionError('DRAWN', '本案已抽取专家，抽取结果不得重抽；确需重新抽取的，请说明理由后重新抽取。');
        const errors: FieldError[] = [];
        const matter = p.matter ? await env.em.findOne(Matter, { id: p.matter.id }, { fields: ['code'] }) : null;
        const fields = fieldsOfMatter(matter?.code);
        if (!fields.length) errors.push(new FieldError('proceedingId', '该案件的事项没有专家专业分类，不能抽取专家', FieldErrorCode.INVALID));
        else if (!fields.includes(input.field)) errors.push(new FieldError('field', '请选择本事项的专业领域', FieldErrorCode.INVALID));
        if (!Number.isInteger(input.panelSize) || input.panelSize < 1 || input.panelSize > MAX_PANEL)
          errors.push(new FieldError('panelSize', `评审专家人数应为 1 至 ${MAX_PANEL} 名`, FieldErrorCode.INVALID));
        if (!Number.isInteger(input.alternates) || input.alternates < 2 || input.alternates > MAX_ALTERNATES)
          errors.push(new FieldError('alternates', `备选专家应为 2 至 ${MAX_ALTERNATES} 名`, FieldErrorCode.INVALID));
        if (errors.length) return new ValidationError(errors);
        const draw = await ExpertDrawService.draw(env, p, { field: input.field, panelSize: input.panelSize, alternates: input.alternates, previous: null, reason: null });
        if (!(draw instanceof ExpertDraw)) return draw;
        const org = await orgName(env, p.organization.id);
        Timeline.append(
          env,
          'EXPERTS_DRAWN',
          { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id },
          { drawId: draw.id, proceedingId: p.id, field: draw.field, panelSize: draw.panelSize, alternates: draw.alternateCount },
          { organization: org },
        );
        if (input.pauseClock) {
          if (p.status !== ProceedingStatus.IN_PROGRESS) return ValidationError.of('pauseClock', '案件已中止计时，无需再次中止', FieldErrorCode.INVALID);
          const paused = await ProceedingService.pauseWithin(env, p, PauseReason.EXPERT_REVIEW, null);
          if (!(paused instanceof Proceeding)) return paused;
          draw.pausedClock = true;
        }
        return draw;
      },
    });
  }

  /** A command on a draw of a dispute the viewer sees, by the organization holding its proceeding. */
  private static onDraw<T>(
    ctx: HubContext,
    action: string,
    drawId: string,
    expectedVersion: number | null | undefined,
    fn: (env: TransactionEnv, draw: ExpertDraw, p: Proceeding, dispute: Dispute) => Promise<T | BusinessError>,
    inForce = true,
  ): Promise<T | BusinessError> {
    return runCommand<DrawTarget, Dispute, never, never, T>(ctx, {
      action,
      notFound: `专家抽取记录 ${drawId} 不存在。`,
      target: drawId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, ExpertDraw, drawId, (d) => d.disputeId);
        if (!locked) return null;
        const proceeding = await env.em.findOneOrFail(Proceeding, { id: locked.record.proceedingId }, { refresh: true });
        return { record: { id: locked.record.id, version: locked.record.version, draw: locked.record, proceeding }, root: locked.dispute };
      },
      authorize: (viewer, { record }) => assertDrawsFor(viewer, record.draw.organizationId),
      // The draw's version is checked (and raised) in apply; the dispute's is raised by runCommand.
      versioned: 'root',
      apply: async (env, t, dispute) => {
        // The draw's own version is what the client passed: check it here, and raise it once.
        const { draw, proceeding } = t;
        if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== draw.version) {
          return new VersionConflictError(draw.version, expectedVersion);
        }
        if (inForce && draw.status !== ExpertDrawStatus.IN_FORCE) return new InvalidTransitionError(draw.status, '该次抽取已被重新抽取取代，请在现行抽取结果上操作。');
        touch(env, draw);
        touch(env, proceeding);
        return fn(env, draw, proceeding, dispute);
      },
    });
  }

  /** redrawExperts: replaces the draw in force with a new one of the same field and sizes; the old one is kept, the reason recorded. */
  static redraw(ctx: HubContext, drawId: string, reason: string, expectedVersion: number | null | undefined): Promise<DrawOutcome | BusinessError> {
    return ExpertDrawService.onDraw<DrawOutcome>(ctx, 'redrawExperts', drawId, expectedVersion, async (env, old, p, dispute) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 500, errors);
      if (errors.length) return new ValidationError(errors);
      const refused = openProceedingError(p);
      if (refused) return refused;
      if (old.opinionFileId) return new InvalidTransitionError('OPINION_RECORDED', '专家评审意见已登记，不能重新抽取。');
      // Out of the partial unique index before the new draw is inserted (the unit of work flushes inserts first).
      await env.em.nativeUpdate(ExpertDraw, { id: old.id }, { status: ExpertDrawStatus.SUPERSEDED, supersededAt: env.now });
      old.status = ExpertDrawStatus.SUPERSEDED;
      old.supersededAt = env.now;
      const draw = await ExpertDrawService.draw(env, p, { field: old.field, panelSize: old.panelSize, alternates: old.alternateCount, previous: old, reason: why });
      if (!(draw instanceof ExpertDraw)) return draw;
      Timeline.append(
        env,
        'EXPERTS_REDRAWN',
        { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id },
        { drawId: draw.id, previousDrawId: old.id, proceedingId: p.id },
        { organization: await orgName(env, p.organization.id) },
      );
      return draw;
    });
  }

  private static async seatOf(env: TransactionEnv, draw: ExpertDraw, expertId: string): Promise<ExpertSeat | null> {
    return isUuid(expertId) ? env.em.findOne(ExpertSeat, { drawId: draw.id, expertId }) : null;
  }

  /** The next alternate takes the vacated panel seat; null when none is left. */
  private static async moveUp(env: TransactionEnv, draw: ExpertDraw, vacated: ExpertSeat): Promise<ExpertSeat | null> {
    const next = (await seatsOf(env, draw.id)).find((s) => s.status === ExpertSeatStatus.ALTERNATE && s.id !== vacated.id);
    if (!next) return null;
    next.status = ExpertSeatStatus.SEATED;
    next.panelPosition = vacated.panelPosition;
    next.replacedId = vacated.expertId;
    vacated.panelPosition = null;
    return next;
  }

  /** Takes a seat off the draw; a panel seat is refilled by the next alternate, or the whole step is refused. */
  private static async vacate(
    env: TransactionEnv,
    draw: ExpertDraw,
    seat: ExpertSeat,
    status: ExpertSeatStatus,
    reason: string | null,
  ): Promise<{ replacedBy: ExpertSeat | null } | ExpertAlternatesExhaustedError> {
    const wasOnPanel = ON_PANEL.includes(seat.status);
    seat.status = status;
    seat.leftAt = env.now;
    seat.leaveReason = reason;
    if (!wasOnPanel) {
      seat.panelPosition = null;
      return { replacedBy: null };
    }
    const next = await ExpertDrawService.moveUp(env, draw, seat);
    return next ? { replacedBy: next } : new ExpertAlternatesExhaustedError();
  }

  static declare(ctx: HubContext, drawId: string, expertId: string, expectedVersion: number | null | undefined) {
    return ExpertDrawService.onDraw<ExpertDraw>(ctx, 'declareExpertNoConflict', drawId, expectedVersion, async (env, draw, p, dispute) => {
      const seat = await ExpertDrawService.seatOf(env, draw, expertId);
      if (!seat) return ValidationError.of('expertId', '该专家不在本次抽取的专家中', FieldErrorCode.NOT_FOUND);
      if (seat.status !== ExpertSeatStatus.SEATED) return new InvalidTransitionError(seat.status, '只有抽中且尚未声明的评审专家可以声明无利害关系。');
      seat.status = ExpertSeatStatus.DECLARED;
      seat.declaredAt = env.now;
      env.targets.push(seat.expertId);
      Timeline.append(env, 'EXPERT_DECLARED', { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id }, { drawId: draw.id, expertId: seat.expertId }, {});
      return draw;
    });
  }

  static withdraw(ctx: HubContext, drawId: string, expertId: string, reason: string | null | undefined, expectedVersion: number | null | undefined) {
    return ExpertDrawService.onDraw<ExpertDraw | ExpertAlternatesExhaustedError>(ctx, 'withdrawExpert', drawId, expectedVersion, async (env, draw, p, dispute) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 0, 500, errors);
      if (errors.length) return new ValidationError(errors);
      const seat = await ExpertDrawService.seatOf(env, draw, expertId);
      if (!seat) return ValidationError.of('expertId', '该专家不在本次抽取的专家中', FieldErrorCode.NOT_FOUND);
      if (![...ON_PANEL, ExpertSeatStatus.ALTERNATE].includes(seat.status)) return new InvalidTransitionError(seat.status, '该专家已不在本次抽取的专家中。');
      if (draw.opinionFileId) return new InvalidTransitionError('OPINION_RECORDED', '专家评审意见已登记，不能再回避。');
      const out = await ExpertDrawService.vacate(env, draw, seat, ExpertSeatStatus.WITHDRAWN, why);
      if (out instanceof ExpertAlternatesExhaustedError) return out;
      env.targets.push(seat.expertId);
      Timeline.append(
        env,
        'EXPERT_WITHDREW',
        { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id },
        { drawId: draw.id, expertId: seat.expertId, replacedById: out.replacedBy?.expertId ?? null },
        {},
      );
      return draw;
    });
  }

  /** challengeExpert: a party's written challenge, recorded by the handler; decided later. */
  static challenge(ctx: HubContext, drawId: string, expertId: string, partyId: string, reasons: string, expectedVersion: number | null | undefined) {
    return ExpertDrawService.onDraw<ExpertChallenge>(ctx, 'challengeExpert', drawId, expectedVersion, async (env, draw, p, dispute) => {
      const errors: FieldError[] = [];
      const text = textField('reasons', reasons, 2, 2000, errors);
      const seat = await ExpertDrawService.seatOf(env, draw, expertId);
      if (!seat) errors.push(new FieldError('expertId', '该专家不在本次抽取的专家中', FieldErrorCode.NOT_FOUND));
      const party = isUuid(partyId) ? await env.em.findOne(Party, { id: partyId, dispute: dispute.id }) : null;
      if (!party) errors.push(new FieldError('partyId', '该当事人不是本案当事人', FieldErrorCode.NOT_FOUND));
      if (errors.length) return new ValidationError(errors);
      if (![...ON_PANEL, ExpertSeatStatus.ALTERNATE].includes(seat!.status)) return new InvalidTransitionError(seat!.status, '该专家已不在本次抽取的专家中。');
      if (draw.opinionFileId) return new InvalidTransitionError('OPINION_RECORDED', '专家评审意见已登记，不能再申请回避。');
      if (await env.em.count(ExpertChallenge, { drawId: draw.id, expertId, partyId, status: ExpertChallengeStatus.PENDING })) {
        return new InvalidTransitionError('PENDING', '该当事人对该专家的回避申请尚待决定。');
      }
      const c = env.em.create(ExpertChallenge, {
        id: randomUUID(),
        drawId: draw.id,
        expertId,
        partyId: party!.id,
        partyRole: party!.role,
        reasons: text!,
        status: ExpertChallengeStatus.PENDING,
        recordedBy: env.viewer!.userId,
        recordedAt: env.now,
      });
      env.targets.push(c.id, expertId, party!.id);
      Timeline.append(env, 'EXPERT_CHALLENGED', { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id }, { drawId: draw.id, expertId, challengeId: c.id }, {});
      return c;
    });
  }

  /** decideExpertChallenge: upheld, the expert is recused and the next alternate takes the seat; dismissed, nothing moves. */
  static decideChallenge(ctx: HubContext, challengeId: string, upheld: boolean, reason: string, expectedVersion: number | null | undefined) {
    return runCommand<{ id: string; draw: ExpertDraw }, Dispute, never, never, ExpertChallenge | ExpertAlternatesExhaustedError>(ctx, {
      action: 'decideExpertChallenge',
      notFound: `回避申请 ${challengeId} 不存在。`,
      target: challengeId,
      lock: async (env, viewer) => {
        const c = isUuid(challengeId) ? await env.em.findOne(ExpertChallenge, { id: challengeId }) : null;
        const locked = c ? await DisputeRepository.lockThrough(env.em, viewer, ExpertDraw, c.drawId, (d) => d.disputeId) : null;
        return locked && { record: { id: challengeId, draw: locked.record }, root: locked.dispute };
      },
      authorize: (viewer, { record }) => assertDrawsFor(viewer, record.draw.organizationId),
      versioned: 'root',
      apply: async (env, rec, dispute) => {
        const draw = rec.draw;
        const c = await env.em.findOneOrFail(ExpertChallenge, { id: challengeId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== draw.version) {
          return new VersionConflictError(draw.version, expectedVersion);
        }
        if (draw.status !== ExpertDrawStatus.IN_FORCE) return new InvalidTransitionError(draw.status, '该次抽取已被重新抽取取代。');
        if (c.status !== ExpertChallengeStatus.PENDING) return new InvalidTransitionError(c.status, '该回避申请已经决定。');
        const errors: FieldError[] = [];
        const why = textField('reason', reason, 2, 2000, errors);
        if (errors.length) return new ValidationError(errors);
        const p = await env.em.findOneOrFail(Proceeding, { id: draw.proceedingId });
        touch(env, draw);
        touch(env, p);
        c.status = upheld ? ExpertChallengeStatus.UPHELD : ExpertChallengeStatus.DISMISSED;
        c.decidedBy = env.viewer!.userId;
        c.decidedAt = env.now;
        c.decisionReason = why;
        let replacedById: string | null = null;
        if (upheld) {
          const seat = await ExpertDrawService.seatOf(env, draw, c.expertId);
          if (seat && [...ON_PANEL, ExpertSeatStatus.ALTERNATE].includes(seat.status)) {
            const out = await ExpertDrawService.vacate(env, draw, seat, ExpertSeatStatus.RECUSED, '回避申请成立');
            if (out instanceof ExpertAlternatesExhaustedError) return out;
            replacedById = out.replacedBy?.expertId ?? null;
          }
        }
        env.targets.push(draw.id, c.expertId);
        env.auditDetails = { upheld, drawId: draw.id, replacedById };
        Timeline.append(
          env,
          'EXPERT_CHALLENGE_DECIDED',
          { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id },
          { drawId: draw.id, expertId: c.expertId, challengeId: c.id, upheld, replacedById },
          {},
        );
        return c;
      },
    });
  }

  /**
   * recordExpertOpinion: the panel's opinion, a file of the dispute, linked to the draw once
   * every panel member has declared; a clock paused for expert review resumes.
   */
  static recordOpinion(ctx: HubContext, drawId: string, fileId: string, expectedVersion: number | null | undefined) {
    return ExpertDrawService.onDraw<ExpertDraw>(ctx, 'recordExpertOpinion', drawId, expectedVersion, async (env, draw, p, dispute) => {
      if (draw.opinionFileId) return new InvalidTransitionError('OPINION_RECORDED', '专家评审意见已登记。');
      const file = isUuid(fileId) ? await env.em.findOne(StoredFile, { id: fileId, disputeId: dispute.id }, { fields: ['id'] }) : null;
      if (!file) return ValidationError.of('fileId', '文件不存在或不属于本纠纷（请先上传到本纠纷）', FieldErrorCode.NOT_FOUND);
      const seats = await seatsOf(env, draw.id);
      const panel = seats.filter((s) => ON_PANEL.includes(s.status));
      if (panel.some((s) => s.status !== ExpertSeatStatus.DECLARED) || panel.length < draw.panelSize) {
        return new InvalidTransitionError('UNDECLARED', '评审专家尚未全部声明无利害关系，不能登记评审意见。');
      }
      if (await env.em.count(ExpertChallenge, { drawId: draw.id, status: ExpertChallengeStatus.PENDING })) {
        return new InvalidTransitionError('PENDING', '尚有回避申请待决定，不能登记评审意见。');
      }
      draw.opinionFileId = file.id;
      draw.opinionRecordedAt = env.now;
      env.targets.push(file.id);
      env.auditDetails = { drawId: draw.id, fileId: file.id };
      // The clock paused for expert review runs again from the opinion (deadlines.md: pauses end when the cause ends).
      if (p.status === ProceedingStatus.PAUSED) {
        const open = await env.em.find(ProceedingPause, { proceedingId: p.id, endedAt: null });
        if (open.length && open.every((x) => x.reason === PauseReason.EXPERT_REVIEW)) {
          const resumed = await ProceedingService.resumeWithin(env, p);
          if (!(resumed instanceof Proceeding)) return resumed;
        }
      }
      return draw;
    });
  }

  /** rateExpert: after the opinion (or the case's end), the handler rates each panel expert once; repeated poor ratings flag the expert. */
  static rate(ctx: HubContext, drawId: string, expertId: string, rating: number, comment: string | null | undefined, expectedVersion: number | null | undefined) {
    return ExpertDrawService.onDraw<ExpertDraw>(
      ctx,
      'rateExpert',
      drawId,
      expectedVersion,
      async (env, draw, p, dispute) => {
        const errors: FieldError[] = [];
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.push(new FieldError('rating', '评分应为 1 至 5 分', FieldErrorCode.INVALID));
        const text = textField('comment', comment, 0, 1000, errors);
        const seat = await ExpertDrawService.seatOf(env, draw, expertId);
        if (!seat) errors.push(new FieldError('expertId', '该专家不在本次抽取的专家中', FieldErrorCode.NOT_FOUND));
        if (errors.length) return new ValidationError(errors);
        if (!draw.opinionFileId && p.status !== ProceedingStatus.CONCLUDED) return new InvalidTransitionError(p.status, '专家评审意见登记或案件办结后才能评价专家。');
        if (seat!.status !== ExpertSeatStatus.DECLARED) return new InvalidTransitionError(seat!.status, '只能评价参加评审的专家。');
        if (seat!.rating !== null) return new InvalidTransitionError('RATED', '已评价过该专家。');
        seat!.rating = rating;
        seat!.ratingComment = text;
        seat!.ratedAt = env.now;
        seat!.ratedBy = env.viewer!.userId;
        await ExpertDrawService.flagIfPoor(env, seat!);
        env.targets.push(seat!.expertId);
        env.auditDetails = { drawId: draw.id, rating };
        Timeline.append(env, 'EXPERT_RATED', { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id }, { drawId: draw.id, expertId: seat!.expertId, rating }, {});
        return draw;
      },
      // A superseded draw's experts never sat: only the draw in force is rated.
      true,
    );
  }

  /** Ratings below the threshold in at least the configured number of cases flag the expert for the keepers. */
  private static async flagIfPoor(env: TransactionEnv, seat: ExpertSeat): Promise<void> {
    const { expertRatingThreshold: threshold, expertRatingMinCases: minCases } = env.settings;
    if (seat.rating === null || seat.rating >= threshold) return;
    const earlier = await env.em.count(ExpertSeat, { expertId: seat.expertId, rating: { $lt: threshold }, id: { $ne: seat.id } });
    if (earlier + 1 < minCases) return;
    const expert = await env.em.findOneOrFail(Expert, { id: seat.expertId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (expert.flaggedForRemoval || expert.removed) return;
    expert.flaggedForRemoval = true;
    expert.flaggedAt = env.now;
    expert.updatedAt = env.now;
    touch(env, expert);
  }
}
