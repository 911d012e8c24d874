import { isUuid } from '../../core/validation/uuid';
import { LockMode, type Dictionary, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/viewer';
import type { TransactionEnv } from '../../core/unit-of-work';
import { Dispute } from './dispute.entity';
import { disputeUnmasking, disputeVisibility, type SqlCondition } from './dispute.policy';
import { placeholders, readModels } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';
import { Projection } from '../../core/db/projection';

/** Every read of disputes goes through here, so the visibility condition cannot be forgotten. */
export class DisputeRepository {
  static visibleQuery(em: EntityManager, viewer: Viewer | null, alias = 'd') {
    const qb = em.createQueryBuilder(Dispute, alias).select('*');
    const cond = disputeVisibility(viewer, alias);
    if (cond) qb.andWhere(cond.sql, cond.params);
    return qb;
  }

  static async findVisibleByIds(em: EntityManager, viewer: Viewer | null, ids: readonly string[]): Promise<Dispute[]> {
    return (await DisputeRepository.visibleRows(em, viewer, ids, null)).map((r) => r.dispute);
  }

  /** Visible disputes among `ids` and, in the same statement, whether the viewer sees each unmasked. */
  static findVisibleWithMasking(em: EntityManager, viewer: Viewer | null, ids: readonly string[], projection: Projection = Projection.ALL): Promise<{ dispute: Dispute; unmasked: boolean }[]> {
    return DisputeRepository.visibleRows(em, viewer, ids, disputeUnmasking(viewer, 'd'), projection);
  }

  /** Visible disputes among `ids`, with the masking flag only when `unmasking` is given (not every caller needs it). */
  private static async visibleRows(
    em: EntityManager,
    viewer: Viewer | null,
    ids: readonly string[],
    unmasking: SqlCondition | null,
    projection: Projection = Projection.ALL,
  ): Promise<{ dispute: Dispute; unmasked: boolean }[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const vis = disputeVisibility(viewer, 'd');
    const rows = await querySql(
      em,
      `select ${projection.select('d')}${unmasking ? `, ${unmasking.sql} as hub_unmasked` : ''} from dispute d where d.id in (${placeholders(valid.length)})${vis ? ` and ${vis.sql}` : ''}`,
      [...(unmasking?.params ?? []), ...valid, ...(vis?.params ?? [])],
    );
    const flags = rows.map((r) => r.hub_unmasked === true);
    for (const r of rows) delete r.hub_unmasked;
    return readModels(em, Dispute, rows, projection).map((dispute, i) => ({ dispute, unmasked: flags[i] }));
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

  /**
   * For each of `rootIds`: earlier disputes (received before it) with a party of the same ID number
   * (or credit code) or phone, newest first, at most `limit`, among those the viewer may read, with
   * the masking flag of each. Matching is on personal data, so only for roots the viewer sees
   * unmasked (others get none). One statement for all roots (party_id_number_index, party_phone_index).
   */
  static async findRelatedVisible(em: EntityManager, viewer: Viewer | null, rootIds: readonly string[], limit: number): Promise<{ rootId: string; dispute: Dispute; unmasked: boolean }[]> {
    const valid = rootIds.filter(isUuid);
    const rootUnmasked = disputeUnmasking(viewer, 'root');
    if (!valid.length || rootUnmasked.sql === 'false') return [];
    const unmasking = disputeUnmasking(viewer, 'd');
    const vis = disputeVisibility(viewer, 'd');
    const rows = await em.getConnection().execute<Dictionary[]>(
      `select root.id as hub_root, d.*, ${unmasking.sql} as hub_unmasked
       from dispute root
       cross join lateral (
         select d.* from dispute d
         where d.id in (
             select q.dispute_id from party p join party q on q.id_number = p.id_number where p.dispute_id = root.id and p.id_number is not null
             union
             select q.dispute_id from party p join party q on q.phone = p.phone where p.dispute_id = root.id and p.phone is not null)
           and (d.received_at, d.id) < (root.received_at, root.id)${vis ? ` and ${vis.sql}` : ''}
         order by d.received_at desc, d.id desc
         limit ${Math.max(0, Math.floor(limit))}
       ) d
       where root.id in (${placeholders(valid.length)})${rootUnmasked.sql === 'true' ? '' : ` and ${rootUnmasked.sql}`}
       order by root.id, d.received_at desc, d.id desc`,
      [...unmasking.params, ...(vis?.params ?? []), ...valid, ...(rootUnmasked.sql === 'true' ? [] : rootUnmasked.params)],
      'all',
      em.getTransactionContext(),
    );
    const meta = rows.map((r) => ({ rootId: r.hub_root as string, unmasked: r.hub_unmasked === true }));
    for (const r of rows) {
      delete r.hub_root;
      delete r.hub_unmasked;
    }
    return readModels(em, Dispute, rows).map((dispute, i) => ({ dispute, ...meta[i] }));
  }

  /** Dispute ids among `ids` whose personal data the viewer may see unmasked. */
  static async unmaskedIds(em: EntityManager, viewer: Viewer | null, ids: readonly string[]): Promise<Set<string>> {
    // The one masking rule (dispute.policy), here as a filter.
    const unmasking = disputeUnmasking(viewer, 'd');
    if (unmasking.sql === 'true') return new Set(ids);
    const valid = ids.filter(isUuid);
    if (unmasking.sql === 'false' || !valid.length) return new Set();
    const rows = await querySql<{ id: string }>(em, `select d.id from dispute d where d.id in (${placeholders(valid.length)}) and ${unmasking.sql}`, [...valid, ...unmasking.params]);
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Grants (or upgrades to unmasked) an organization's access to a dispute, in the
   * transaction: written once the transaction's entities (the dispute) are flushed.
   */
  static grant(env: TransactionEnv, disputeId: string, organizationId: string, unmasked: boolean, reason: string): void {
    env.afterFlush(async (em) => {
      await em.getConnection().execute(
        `insert into dispute_access (dispute_id, organization_id, unmasked, reason) values (?, ?, ?, ?)
       on conflict (dispute_id, organization_id) do update set unmasked = dispute_access.unmasked or excluded.unmasked`,
        [disputeId, organizationId, unmasked, reason],
        'run',
        em.getTransactionContext(),
      );
    });
  }
}
