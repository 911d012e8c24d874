/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements a case sends, with the key facts
 * pulled out: which scans (and indexes) run, on which tables, how many rows they
 * return, and the execution time. Used by bench/run-all.ts.
 */
import { Client } from 'pg';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Heap Fetches'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface PlanFacts {
  sql: string;
  executionMs: number;
  planningMs: number;
  /** e.g. "Index Scan referral_inbox_idx on referral → 21 rows" */
  scans: string[];
  sharedHit: number;
  sharedRead: number;
  text: string;
}

function walk(node: PlanNode, out: string[]): void {
  const t = node['Node Type'];
  if (/Scan/.test(t) && node['Relation Name']) {
    const rows = (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1);
    const loops = (node['Actual Loops'] ?? 1) > 1 ? ` (${node['Actual Loops']} loops)` : '';
    const removed = node['Rows Removed by Filter'] ? `, ${node['Rows Removed by Filter']} removed by filter` : '';
    const heap = node['Heap Fetches'] !== undefined ? `, heap fetches ${node['Heap Fetches']}` : '';
    out.push(`${t}${node['Index Name'] ? ` ${node['Index Name']}` : ''} on ${node['Relation Name']} → ${rows} rows${loops}${removed}${heap}`);
  }
  for (const c of node.Plans ?? []) walk(c, out);
}

/** Plans `sql` (interpolated, or with $n params) inside a rolled-back transaction: writes leave nothing behind. */
export async function explain(c: Client, sql: string, params: unknown[] = []): Promise<PlanFacts> {
  await c.query('begin');
  try {
    const json = (await c.query(`explain (analyze, buffers, format json) ${sql}`, params)).rows[0]['QUERY PLAN'][0] as {
      Plan: PlanNode;
      'Execution Time': number;
      'Planning Time': number;
    };
    const text = (await c.query(`explain (analyze, buffers, costs off, timing off) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']).join('\n');
    const scans: string[] = [];
    walk(json.Plan, scans);
    return {
      sql,
      executionMs: Math.round(json['Execution Time'] * 1000) / 1000,
      planningMs: Math.round(json['Planning Time'] * 1000) / 1000,
      scans,
      sharedHit: json.Plan['Shared Hit Blocks'] ?? 0,
      sharedRead: json.Plan['Shared Read Blocks'] ?? 0,
      text,
    };
  } finally {
    await c.query('rollback');
  }
}

/** A statement shortened for a table cell. */
export function shortSql(sql: string): string {
  const s = sql.replace(/\s+/g, ' ').trim();
  const m = s.match(/^(select|insert|update|delete|with)\b.*?\bfrom\s+("?\w+"?)/i);
  return m ? `${m[1].toLowerCase()} … from ${m[2].replace(/"/g, '')}` : s.slice(0, 60);
}
