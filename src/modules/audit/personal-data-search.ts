import type { EntityManager } from '@mikro-orm/postgresql';
import { viewerConfirmed, type Viewer } from '../../core/viewer';
import { placeholders } from '../../core/db/read-model';

/**
 * Records a search of disputes by a party's ID number or phone: the search itself reads personal
 * data (it tells whether the person is a party), so it is audited whether anything matched or not.
 * Like the personal-data read loader, autocommitted on its own before the results are returned:
 * nothing is disclosed unaudited, and the entry stays even if the request fails afterwards. The
 * term is stored masked, so the audit log does not become one more copy of the numbers searched.
 */
export async function auditPersonalDataSearch(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: string,
  search: { by: 'idNumber' | 'phone'; maskedTerm: string; disputeIds: readonly string[] },
): Promise<void> {
  const targets = [...new Set(search.disputeIds)];
  await viewerConfirmed(viewer);
  await em
    .getConnection()
    .execute(
      `insert into audit_entry (action, actor_user_id, organization_id, target_ids, details) values ('searchPersonalData', ?, ?, ${targets.length ? `array[${placeholders(targets.length)}]::text[]` : `'{}'::text[]`}, ?::jsonb)`,
      [viewer?.userId ?? null, viewer?.organizationId ?? null, ...targets, JSON.stringify({ requestId, by: search.by, term: search.maskedTerm, matches: targets.length })],
      'run',
    );
}
