import { randomUUID } from 'node:crypto';
import { LockMode, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { keysetPage, pageInfoOf, withLazyTotal } from '../../core/db/keyset';
import { readAll } from '../../core/db/read-model';
import { Channel, DisputeStatus, FieldErrorCode, ProceedingStatus, TypicalCaseAction, TypicalCaseSection, TypicalCaseStatus } from '../../core/enums';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../core/errors';
import { ANONYMIZATION_REASON_LABELS, DISPUTE_STATUS_LABELS, PARTY_ROLE_LABELS, TYPICAL_CASE_SECTION_LABELS } from '../../core/labels';
import type { TransactionEnv } from '../../core/unit-of-work';
import { textField } from '../../core/validation/text-field';
import { isUuid } from '../../core/validation/uuid';
import { isAdmin, requireViewer, type Viewer } from '../../core/viewer';
import { chinaDateOf, yearOf } from '../clock';
import { DisputeRepository, Party } from '../dispute';
import { Matter } from '../matter';
import { Proceeding } from '../proceeding';
import { anonymize, findIdentifying, type PartyRecord, type TextSection } from './anonymizer';
import { TypicalCase, type TypicalCaseText } from './typical-case.entity';
import { assertIsHeadOf, assertMayEdit, assertMayWithdraw, OVERSEEN_STATUSES, overseesTypicalCases } from './typical-case.policy';
import { typicalCaseMachine, typicalCaseRefusal, type TypicalCaseTransition } from './typical-case.state-machine';
import { PublishedTypicalCase, PublishedTypicalCaseConnection, TypicalCaseConnection, type DraftTypicalCaseInput, type UpdateTypicalCaseInput } from './typical-case.types';

const SECTION_KEYS: [TypicalCaseSection, keyof TypicalCaseText][] = [
  [TypicalCaseSection.TITLE, 'title'],
  [TypicalCaseSection.FACTS, 'facts'],
  [TypicalCaseSection.OUTCOME, 'outcome'],
  [TypicalCaseSection.SIGNIFICANCE, 'significance'],
];
/** The input field of each section, for field errors. */
const SECTION_FIELD: Record<TypicalCaseSection, string> = {
  TITLE: 'title',
  FACTS: 'sections.facts',
  OUTCOME: 'sections.outcome',
  SIGNIFICANCE: 'sections.significance',
};
const MAX_KEEP = 200;

function sectionsOf(text: TypicalCaseText): TextSection<TypicalCaseSection>[] {
  return SECTION_KEYS.map(([key, prop]) => ({ key, text: text[prop] }));
}

function textOf(sections: TextSection<TypicalCaseSection>[]): TypicalCaseText {
  const by = new Map(sections.map((s) => [s.key, s.text]));
  return { title: by.get(TypicalCaseSection.TITLE)!, facts: by.get(TypicalCaseSection.FACTS)!, outcome: by.get(TypicalCaseSection.OUTCOME)!, significance: by.get(TypicalCaseSection.SIGNIFICANCE)! };
}

function partyRecords(parties: readonly Party[]): PartyRecord[] {
  return parties.map((p) => ({ kind: p.kind, name: p.name, role: p.role, idNumber: p.idNumber, phone: p.phone, address: p.address }));
}

/** The checked text of a draft or an update (the sections' limits); errors are pushed. */
function checkedText(input: { title: string; facts: string; outcome: string; significance: string }, errors: FieldError[]): TypicalCaseText {
  return {
    title: textField('title', input.title, 4, 100, errors) ?? '',
    facts: textField('sections.facts', input.facts, 10, 10_000, errors) ?? '',
    outcome: textField('sections.outcome', input.outcome, 4, 10_000, errors) ?? '',
    significance: textField('sections.significance', input.significance, 10, 10_000, errors) ?? '',
  };
}

/** The publication check as field errors: one per place, naming the section, the position and what it is, never the value itself. */
function checkErrors(c: TypicalCase, parties: readonly Party[]): FieldError[] {
  return findIdentifying(sectionsOf(c.anonymized), partyRecords(parties)).map((f) => {
    const whose = f.party === null ? '' : `（${PARTY_ROLE_LABELS[parties[f.party].role]}）`;
    return new FieldError(
      SECTION_FIELD[f.section],
      `${TYPICAL_CASE_SECTION_LABELS[f.section]}第 ${f.start + 1}–${f.end} 字仍有${ANONYMIZATION_REASON_LABELS[f.reason]}${whose}`,
      FieldErrorCode.PERSONAL_DATA,
    );
  });
}

/** The publication check as a ValidationError, null when nothing identifying is left. */
function refusalOf(c: TypicalCase, parties: readonly Party[], doing: string): ValidationError | null {
  const errors = checkErrors(c, parties);
  return errors.length ? new ValidationError(errors, `文本中仍有 ${errors.length} 处可识别当事人的信息，不能${doing}：请修改原文或取消保留后重新生成。`) : null;
}

/** Records a step (after the machine moved the case): from the status the previous step left. */
function addHistory(env: TransactionEnv, c: TypicalCase, action: TypicalCaseAction, reason: string | null = null): void {
  const from = c.history.at(-1)?.to ?? null;
  c.history = [...c.history, { action, from, to: c.status, at: env.now.toISOString(), by: env.viewer!.userId, version: c.version, reason }];
  env.auditDetails = { status: c.status, version: c.version };
}

/**
 * Typical cases (典型案例): drafted from a concluded dispute by an organization that handled it,
 * anonymized by the pass (anonymizer.ts), approved by the organization's head, published to the
 * public, withdrawn without losing the record. Every change is one unit of work with its audit entry.
 */
export class TypicalCaseService {
  static draft(ctx: HubContext, input: DraftTypicalCaseInput): Promise<TypicalCase | BusinessError> {
    const viewer = requireViewer(ctx);
    const duplicate = () => ValidationError.of('disputeId', '本单位已就该纠纷编写了典型案例，请修改原有案例。', FieldErrorCode.TAKEN);
    return ctx.services.uow.run<TypicalCase>(
      { services: ctx.services, em: ctx.em, viewer },
      'draftTypicalCase',
      async (env) => {
        env.targets.push(input.disputeId);
        // Nothing tells another organization whether the dispute exists: the same answer as for no dispute.
        const notFound = new NotFoundError(`纠纷 ${input.disputeId} 不存在。`);
        const orgId = viewer.organizationId;
        if (!orgId || !isUuid(input.disputeId)) return notFound;
        const [dispute] = await DisputeRepository.findVisibleByIds(env.em, viewer, [input.disputeId]);
        if (!dispute) return notFound;
        // The handling organization: one that admitted a proceeding of the dispute (the latest concluded one counts).
        const proceeding = await env.em.findOne(
          Proceeding,
          { dispute: dispute.id, organization: orgId, acceptedAt: { $ne: null } },
          { orderBy: { outcomeAt: QueryOrder.DESC_NULLS_LAST, startedAt: 'desc', id: 'desc' } },
        );
        if (!proceeding) return notFound;
        if ((dispute.status !== DisputeStatus.CLOSED && dispute.status !== DisputeStatus.RESOLVED) || proceeding.status !== ProceedingStatus.CONCLUDED) {
          return new InvalidTransitionError(dispute.status, `纠纷处于“${DISPUTE_STATUS_LABELS[dispute.status]}”状态，办结后才能编写典型案例。`);
        }
        const errors: FieldError[] = [];
        const draft = checkedText({ title: input.title, ...input.sections }, errors);
        if (errors.length) return new ValidationError(errors);
        if (await TypicalCaseService.activeCase(env.em, dispute.id, orgId)) return duplicate();

        const matter = proceeding.matter ? await env.em.findOne(Matter, { id: proceeding.matter.id }) : null;
        const parties = await env.em.find(Party, { dispute: dispute.id }, { orderBy: { position: 'asc' } });
        const pass = anonymize(sectionsOf(draft), partyRecords(parties));
        const c = env.em.create(TypicalCase, {
          id: randomUUID(),
          disputeId: dispute.id,
          proceedingId: proceeding.id,
          organization: orgId,
          status: TypicalCaseStatus.DRAFT,
          matterCode: matter?.code ?? null,
          channel: proceeding.channel as Channel,
          year: yearOf(chinaDateOf(proceeding.outcomeAt ?? dispute.closedAt ?? env.now)),
          draft,
          anonymized: textOf(pass.sections),
          replacements: pass.replacements,
          keep: [],
          history: [],
          draftedBy: viewer.userId,
          draftedAt: env.now,
          updatedAt: env.now,
        });
        addHistory(env, c, TypicalCaseAction.DRAFT);
        env.targets.push(c.id);
        return c;
      },
      // Two drafts racing for one dispute: the partial unique index lets one in.
      { onUniqueViolation: async () => duplicate() },
    );
  }

  private static activeCase(em: EntityManager, disputeId: string, organizationId: string): Promise<TypicalCase | null> {
    return em.findOne(TypicalCase, { disputeId, organization: organizationId, status: { $ne: TypicalCaseStatus.WITHDRAWN } });
  }

  static update(ctx: HubContext, id: string, input: UpdateTypicalCaseInput, expectedVersion: number | null | undefined) {
    return TypicalCaseService.onCase(ctx, 'updateTypicalCase', 'update', id, expectedVersion, assertMayEdit, async (env, c) => {
      const errors: FieldError[] = [];
      const draft = checkedText({ title: input.title ?? c.draft.title, ...(input.sections ?? c.draft) }, errors);
      const keep = input.keep === undefined || input.keep === null ? c.keep : [...new Set(input.keep.map((k) => k.trim()).filter(Boolean))];
      if (keep.length > MAX_KEEP) errors.push(new FieldError('keep', `最多保留 ${MAX_KEEP} 处`, FieldErrorCode.TOO_LONG));
      if (errors.length) return new ValidationError(errors);
      const parties = await env.em.find(Party, { dispute: c.disputeId }, { orderBy: { position: 'asc' } });
      const pass = anonymize(sectionsOf(draft), partyRecords(parties), { keep });
      c.draft = draft;
      c.keep = keep;
      c.anonymized = textOf(pass.sections);
      c.replacements = pass.replacements;
      c.updatedBy = env.viewer!.userId;
      c.updatedAt = env.now;
      addHistory(env, c, TypicalCaseAction.UPDATE);
      return c;
    });
  }

  static submit(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return TypicalCaseService.onCase(ctx, 'submitTypicalCase', 'submit', id, expectedVersion, assertMayEdit, async (env, c) => {
      const refused = refusalOf(c, await TypicalCaseService.partiesOf(env, c), '提交审批');
      if (refused) return refused;
      c.submittedBy = env.viewer!.userId;
      c.submittedAt = env.now;
      addHistory(env, c, TypicalCaseAction.SUBMIT);
      return c;
    });
  }

  static approve(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return TypicalCaseService.onCase(ctx, 'approveTypicalCase', 'approve', id, expectedVersion, assertIsHeadOf, async (env, c) => {
      // Checked again: the records may have changed since the submission.
      const refused = refusalOf(c, await TypicalCaseService.partiesOf(env, c), '发布');
      if (refused) return refused;
      c.approvedBy = env.viewer!.userId;
      c.publishedAt = env.now;
      addHistory(env, c, TypicalCaseAction.APPROVE);
      return c;
    });
  }

  static return(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return TypicalCaseService.onCase(ctx, 'returnTypicalCase', 'return', id, expectedVersion, assertIsHeadOf, async (env, c) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 1000, errors);
      if (errors.length) return new ValidationError(errors);
      c.submittedAt = null;
      c.submittedBy = null;
      addHistory(env, c, TypicalCaseAction.RETURN, why);
      return c;
    });
  }

  static withdraw(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return TypicalCaseService.onCase(ctx, 'withdrawTypicalCase', 'withdraw', id, expectedVersion, assertMayWithdraw, async (env, c) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 1000, errors);
      if (errors.length) return new ValidationError(errors);
      c.withdrawnBy = env.viewer!.userId;
      c.withdrawnAt = env.now;
      c.withdrawReason = why;
      addHistory(env, c, TypicalCaseAction.WITHDRAW, why);
      return c;
    });
  }

  /**
   * The dispute's parties, for the publication check. Read by the system for the drafting
   * organization (which handled the dispute); nothing of them reaches the viewer but positions.
   */
  private static partiesOf(env: TransactionEnv, c: TypicalCase): Promise<Party[]> {
    return env.em.find(Party, { dispute: c.disputeId }, { orderBy: { position: 'asc' } });
  }

  /** Frame of every change: the case locked, found only by its own organization (or ADMIN), authorized, version and transition checked. */
  private static onCase(
    ctx: HubContext,
    action: string,
    transition: TypicalCaseTransition,
    id: string,
    expectedVersion: number | null | undefined,
    authorize: (viewer: Viewer, c: TypicalCase) => void,
    apply: (env: TransactionEnv, c: TypicalCase) => Promise<TypicalCase | BusinessError>,
  ) {
    return runCommand<TypicalCase, TypicalCase, TypicalCaseStatus, TypicalCaseTransition, TypicalCase>(ctx, {
      action,
      notFound: `典型案例 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        if (!isUuid(id) || (!viewer.organizationId && !isAdmin(viewer))) return null;
        const c = await env.em.findOne(TypicalCase, { id, ...(isAdmin(viewer) ? {} : { organization: viewer.organizationId }) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        return c && { record: c, root: c };
      },
      authorize: (viewer, { record }) => authorize(viewer, record),
      expectedVersion,
      transition: { machine: typicalCaseMachine, action: transition, refusal: (status) => typicalCaseRefusal(transition, status) },
      apply: (env, c) => apply(env, c),
    });
  }

  // ---------------------------------------------------------------- reads

  /** What submission and approval would refuse now (the editor's view of the check). */
  static check(c: TypicalCase, parties: readonly Party[]): FieldError[] {
    return checkErrors(c, parties);
  }

  /** Staff: the viewer's organization's cases, and every submitted and published one for REVIEWER and ADMIN. Newest draft first. */
  static async list(ctx: HubContext, status: readonly TypicalCaseStatus[] | null | undefined, limit: number, after: string | null | undefined): Promise<TypicalCaseConnection> {
    const viewer = requireViewer(ctx);
    const qb = TypicalCaseService.scoped(ctx.em, viewer);
    if (!qb)
      return Object.setPrototypeOf(
        withLazyTotal({ edges: [], pageInfo: pageInfoOf([], false, after) }, async () => 0),
        TypicalCaseConnection.prototype,
      ) as TypicalCaseConnection;
    if (status?.length) qb.andWhere({ status: { $in: [...status] } });
    const page = await keysetPage(ctx.em, qb, TypicalCase, { kind: 'tc', alias: 't', instantColumn: 'drafted_at', instantOf: (c) => c.draftedAt, limit, after });
    return Object.setPrototypeOf(page, TypicalCaseConnection.prototype) as TypicalCaseConnection;
  }

  static async one(ctx: HubContext, id: string): Promise<TypicalCase | null> {
    const qb = isUuid(id) ? TypicalCaseService.scoped(ctx.em, requireViewer(ctx)) : null;
    if (!qb) return null;
    const [row] = await readAll(ctx.em, TypicalCase, qb.andWhere({ id }).limit(1));
    return row ?? null;
  }

  /** The staff scope as a query (null: the viewer sees none). */
  private static scoped(em: EntityManager, viewer: Viewer) {
    const own = viewer.organizationId;
    const overseen = overseesTypicalCases(viewer);
    if (!own && !overseen) return null;
    const qb = em.createQueryBuilder(TypicalCase, 't').select('*');
    if (own && overseen) qb.where(`(t.organization_id = ? or t.status in (?, ?))`, [own, ...OVERSEEN_STATUSES]);
    else if (own) qb.where({ organization: own });
    else qb.where({ status: { $in: OVERSEEN_STATUSES } });
    return qb;
  }

  /** Public: published cases by matter, channel and year, newest publication first. */
  static async published(
    ctx: HubContext,
    filter: { matterCode?: string | null; channel?: Channel | null; year?: number | null },
    limit: number,
    after: string | null | undefined,
  ): Promise<PublishedTypicalCaseConnection> {
    const qb = ctx.em.createQueryBuilder(TypicalCase, 't').select('*').where({ status: TypicalCaseStatus.PUBLISHED });
    if (filter.matterCode) qb.andWhere({ matterCode: filter.matterCode.trim().toUpperCase() });
    if (filter.channel) qb.andWhere({ channel: filter.channel });
    if (filter.year !== null && filter.year !== undefined) qb.andWhere({ year: filter.year });
    const page = await keysetPage(ctx.em, qb, TypicalCase, { kind: 'ptc', alias: 't', instantColumn: 'published_at', instantOf: (c) => c.publishedAt!, limit, after });
    const connection = withLazyTotal({ edges: page.edges.map((e) => ({ cursor: e.cursor, node: PublishedTypicalCase.of(e.node) })), pageInfo: page.pageInfo }, async () => page.totalCount);
    return Object.setPrototypeOf(connection, PublishedTypicalCaseConnection.prototype) as PublishedTypicalCaseConnection;
  }

  static async publishedOne(ctx: HubContext, id: string): Promise<PublishedTypicalCase | null> {
    if (!isUuid(id)) return null;
    const c = await ctx.em.findOne(TypicalCase, { id, status: TypicalCaseStatus.PUBLISHED });
    return c ? PublishedTypicalCase.of(c) : null;
  }
}
