/**
 * The floor: the data of cases (a)-(c) fetched by hand-written SQL through pg (one
 * statement per request, JSON built by PostgreSQL), behind a bare node:http server on
 * 127.0.0.1 so that autocannon measures it exactly like the two GraphQL servers. No
 * GraphQL, no ORM, no visibility, masking or audit: what is left is the database's own
 * cost plus HTTP and JSON. Started by bench/run-all.ts as a child process.
 *
 *   node -r @swc-node/register bench/sql-floor.ts <database url> [pool size=10]
 *
 * POST /a {"org": uuid} | /b {"id": uuid} | /c {"status": s, "region": r}; GET /__stats.
 */
import http from 'node:http';
import { Pool } from 'pg';

const DEADLINE = `json_build_object('kind', dl.kind, 'dueOn', dl.due_on, 'rule', dl.rule, 'startOn', dl.start_on, 'pauses', dl.pauses, 'extended', dl.extended,
  'metOn', dl.met_on, 'open', dl.open, 'paused', dl.paused, 'provisional', dl.provisional, 'dueSoonOn', dl.due_soon_on)`;

export const FLOOR_SQL = {
  /** (a) the inbox page of an organization: 20 referrals with organizations, response clock, proceeding, dispute and parties; the total. */
  a: `with page as (
  select * from referral r where r.to_organization_id = $1 order by r.created_at desc, r.id desc limit 21
)
select (select count(*) from referral where to_organization_id = $1)::int as "totalCount",
  coalesce(json_agg(json_build_object(
    'id', p.id, 'kind', p.kind, 'channel', p.channel, 'status', p.status, 'reason', p.reason, 'declineReason', p.decline_reason, 'createdAt', p.created_at,
    'fromOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = p.from_organization_id),
    'toOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = p.to_organization_id),
    'responseDeadline', (select ${DEADLINE} from deadline dl where dl.referral_id = p.id and dl.kind = 'REFERRAL_RESPONSE' limit 1),
    'proceeding', (select json_build_object('id', pr.id, 'status', pr.status) from proceeding pr where pr.id = p.proceeding_id),
    'dispute', (select json_build_object('id', d.id, 'code', d.code, 'parties',
        (select coalesce(json_agg(json_build_object('idNumber', pa.id_number, 'phone', pa.phone) order by pa.position), '[]') from party pa where pa.dispute_id = d.id))
      from dispute d where d.id = p.dispute_id)
  ) order by p.created_at desc, p.id desc), '[]') as edges
from page p`,

  /** (b) one dispute with everything its page shows and its first 20 (+1) events. */
  b: `select json_build_object(
  'id', d.id, 'code', d.code, 'title', d.title, 'status', d.status, 'version', d.version, 'amount', d.amount, 'region', d.region, 'category', d.category,
  'source', d.source, 'receivedAt', d.received_at, 'closedAt', d.closed_at,
  'matter', (select json_build_object('code', m.code, 'name', m.name) from matter m where m.id = d.matter_id),
  'currentOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = d.current_organization_id),
  'parties', (select coalesce(json_agg(json_build_object('id', pa.id, 'role', pa.role, 'kind', pa.kind, 'name', pa.name, 'idType', pa.id_type,
      'idNumber', pa.id_number, 'phone', pa.phone, 'address', pa.address) order by pa.position), '[]') from party pa where pa.dispute_id = d.id),
  'referrals', (select coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'channel', r.channel, 'status', r.status, 'reason', r.reason,
      'declineReason', r.decline_reason,
      'fromOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = r.from_organization_id),
      'toOrganization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = r.to_organization_id),
      'responseDeadline', (select ${DEADLINE} from deadline dl where dl.referral_id = r.id and dl.kind = 'REFERRAL_RESPONSE' limit 1),
      'proceeding', (select json_build_object('id', pr.id, 'status', pr.status) from proceeding pr where pr.id = r.proceeding_id)
    ) order by r.created_at, r.id), '[]') from referral r where r.dispute_id = d.id),
  'proceedings', (select coalesce(json_agg(json_build_object('id', p.id, 'status', p.status, 'version', p.version, 'channel', p.channel,
      'procedure', p.procedure, 'caseNumber', p.case_number, 'receivedAt', p.received_at, 'acceptedAt', p.accepted_at,
      'organization', (select json_build_object('id', o.id, 'name', o.name) from organization o where o.id = p.organization_id),
      'matter', (select json_build_object('code', m.code) from matter m where m.id = p.matter_id),
      'deadlines', (select coalesce(json_agg(${DEADLINE}), '[]') from deadline dl where dl.proceeding_id = p.id),
      'pauses', (select coalesce(json_agg(json_build_object('reason', pp.reason, 'note', pp.note, 'startedAt', pp.started_at, 'endedAt', pp.ended_at)
          order by pp.started_at), '[]') from proceeding_pause pp where pp.proceeding_id = p.id),
      'extensions', (select coalesce(json_agg(json_build_object('amount', x.amount, 'unit', x.unit, 'reason', x.reason, 'basis', x.basis,
          'approverName', x.approver_name, 'recordedBy', (select u.username from hub_user u where u.id = x.recorded_by)) order by x.at), '[]')
          from extension x where x.proceeding_id = p.id),
      'outcome', case when p.outcome_kind is null then null else json_build_object('kind', p.outcome_kind, 'settles', p.outcome_settles,
          'summary', p.outcome_summary, 'documentNumber', p.outcome_document_number, 'effectiveOn', p.outcome_effective_on) end
    ) order by p.started_at, p.id), '[]') from proceeding p where p.dispute_id = d.id),
  'deadlines', (select coalesce(json_agg(${DEADLINE} order by dl.created_at, dl.id), '[]') from deadline dl where dl.dispute_id = d.id),
  'events', (select coalesce(json_agg(json_build_object('seq', e.seq, 'type', e.type, 'summary', e.summary, 'at', e.at, 'data', e.data,
      'actor', (select u.username from hub_user u where u.id = e.actor_user_id),
      'organization', (select o.name from organization o where o.id = e.organization_id),
      'referralId', e.referral_id, 'proceedingId', e.proceeding_id) order by e.seq), '[]')
    from (select * from dispute_event where dispute_id = d.id order by seq limit 21) e)
) as dispute
from dispute d where d.id = $1`,

  /** (c) 50 disputes of a status in a region, newest first, with the holder's name and the next open deadline; the total. */
  c: `with page as (
  select * from dispute d where d.status = $1 and d.region = $2 order by d.received_at desc, d.id desc limit 51
)
select (select count(*) from dispute where status = $1 and region = $2)::int as "totalCount",
  coalesce(json_agg(json_build_object('id', p.id, 'code', p.code, 'status', p.status, 'region', p.region, 'category', p.category, 'receivedAt', p.received_at,
    'currentOrganization', (select json_build_object('name', o.name) from organization o where o.id = p.current_organization_id),
    'nextDeadline', (select ${DEADLINE} from deadline dl where dl.dispute_id = p.id and dl.open order by dl.due_on, dl.id limit 1)
  ) order by p.received_at desc, p.id desc), '[]') as edges
from page p`,
} as const;

export type FloorCase = keyof typeof FLOOR_SQL;

export function floorParams(c: FloorCase, body: { org?: string; id?: string; status?: string; region?: string }): unknown[] {
  if (c === 'a') return [body.org];
  if (c === 'b') return [body.id];
  return [body.status, body.region];
}

function main(): void {
  const url = process.argv[2];
  const poolMax = Number(process.argv[3] ?? 10);
  if (!url) {
    console.error('usage: bench/sql-floor.ts <database url> [pool size]');
    process.exit(2);
  }
  const pool = new Pool({ connectionString: url, max: poolMax });
  let statements = 0;
  const server = http.createServer((req, res) => {
    if (req.url === '/__stats') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ statements }));
      return;
    }
    const c = (req.url ?? '').slice(1) as FloorCase;
    if (req.method !== 'POST' || !(c in FLOOR_SQL)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        statements++;
        // A named statement: parsed and planned once per connection, like an ORM's prepared queries would be.
        const r = await pool.query({ name: `floor_${c}`, text: FLOOR_SQL[c], values: floorParams(c, body) });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: r.rows[0] }));
      } catch (e) {
        res.statusCode = 500;
        res.end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (process.send) process.send({ ready: true, port });
    else console.log(`sql floor on http://127.0.0.1:${port}`);
  });
  process.on('message', (m: { stop?: boolean }) => {
    if (m?.stop) server.close(() => pool.end().then(() => process.exit(0)));
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (require.main === module) main();
