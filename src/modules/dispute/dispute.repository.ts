import { LockMode, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { Dispute } from './dispute.entity';
import { DisputeAccess } from './dispute-access.entity';
import { disputeVisibility, seesEveryDispute } from './dispute.policy';

/** Every read of disputes goes through here, so the visibility condition cannot be forgotten. */
export class DisputeRepository {
  static visibleQuery(em: EntityManager, viewer: Viewer | null, alias = 'd') {
    const qb = em.createQueryBuilder(Dispute, alias).select('*');
    const cond = disputeVisibility(viewer, alias);
    if (cond) qb.andWhere(cond.sql, cond.params);
    return qb;
  }

  static async findVisibleByIds(em: EntityManager, viewer: Viewer | null, ids: readonly string[]): Promise<Dispute[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return DisputeRepository.visibleQuery(em, viewer).andWhere({ id: { $in: valid } }).getResultList();
  }

  static async findVisibleByCode(em: EntityManager, viewer: Viewer | null, code: string): Promise<Dispute | null> {
    if (code.length > 40) return null;
    return DisputeRepository.visibleQuery(em, viewer).andWhere({ code: code.trim().toUpperCase() }).getSingleResult();
  }

  /**
   * For a mutation: the visible dispute, locked FOR UPDATE for the rest of the
   * transaction so that concurrent changes to one dispute run one after the other.
   */
  static async lockVisible(em: EntityManager, viewer: Viewer | null, id: string): Promise<Dispute | null> {
    if (!isUuid(id)) return null;
    const rows = await DisputeRepository.visibleQuery(em, viewer).andWhere({ id }).setLockMode(LockMode.PESSIMISTIC_WRITE).getResultList();
    return rows[0] ?? null;
  }

  /**
   * For a mutation on a record that belongs to a dispute (referral, proceeding,
   * judicial confirmation): the record, and its dispute locked FOR UPDATE, both
   * only if the viewer may read the dispute. The record is read again after the
   * lock, so actions racing on it run one after the other on fresh state.
   */
  static async lockThrough<T extends object>(
    em: EntityManager,
    viewer: Viewer | null,
    entity: EntityName<T>,
    id: string,
    disputeIdOf: (record: T) => string,
  ): Promise<{ record: T; dispute: Dispute } | null> {
    if (!isUuid(id)) return null;
    const found = await em.findOne(entity, { id } as FilterQuery<T>);
    const dispute = found ? await DisputeRepository.lockVisible(em, viewer, disputeIdOf(found)) : null;
    if (!found || !dispute) return null;
    const record = await em.findOneOrFail(entity, { id } as FilterQuery<T>, { refresh: true });
    return { record, dispute };
  }

  /** Locks a dispute known to be visible through another record (its referral or proceeding). */
  static async lock(em: EntityManager, id: string): Promise<Dispute> {
    return em.findOneOrFail(Dispute, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** Dispute ids among `ids` whose personal data the viewer may see unmasked. */
  static async unmaskedIds(em: EntityManager, viewer: Viewer | null, ids: readonly string[]): Promise<Set<string>> {
    if (seesEveryDispute(viewer)) return new Set(ids);
    if (!viewer?.organizationId || !ids.length) return new Set();
    const rows = await em.find(DisputeAccess, { disputeId: { $in: [...ids] }, organizationId: viewer.organizationId, unmasked: true }, { fields: ['disputeId'] });
    return new Set(rows.map((r) => r.disputeId));
  }

  /** Grants (or upgrades to unmasked) an organization's access to a dispute, in the caller's transaction. */
  static async grant(em: EntityManager, disputeId: string, organizationId: string, unmasked: boolean, reason: string): Promise<void> {
    await em.getConnection().execute(
      `insert into dispute_access (dispute_id, organization_id, unmasked, reason) values (?, ?, ?, ?)
       on conflict (dispute_id, organization_id) do update set unmasked = dispute_access.unmasked or excluded.unmasked`,
      [disputeId, organizationId, unmasked, reason],
      'run',
      em.getTransactionContext(),
    );
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(s: unknown): s is string {
  return typeof s === 'string' && UUID.test(s);
}
