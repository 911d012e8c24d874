/**
 * Where the hub's CPU goes on one read case: runs the case against the hub from src/
 * (or HUB_SRC), takes a V8 CPU profile of the measured interval only, and prints the
 * CPU ms per request, the top functions by self time and the packages by self time.
 *
 *   node -r @swc-node/register bench/profile.ts --case=a [--db=hub_bench_10k] [--duration=15] [--top=30]
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { CaseId } from './cases';
import { fixture, login, requestFor, runCase, startServer } from './load';
import { dbUrl } from './seed-scale';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** A sample's package: the node_modules package, node:<module>, src/<dir>/<module>, or the VM's own (GC, native). */
function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const m = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const s = url.match(/\/(src\/[^/]+\/[^/]+|bench\/[^/]+)/);
  return s ? s[1] : url;
}

export function selfTimes(file: string): { byFunction: [string, number][]; byPackage: [string, number][] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((x) => [x.id, x]));
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const { callFrame: f } = byId.get(id)!;
    const t = p.timeDeltas[i] ?? 0;
    total += t;
    const m = f.url.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
    const where = m ? m[1] : f.url.startsWith('node:') ? f.url : (f.url.match(/\/((src|bench)\/.+)$/)?.[1] ?? f.url);
    const fk = `${f.functionName || '(anonymous)'} ${where}:${f.lineNumber + 1}`;
    fn.set(fk, (fn.get(fk) ?? 0) + t);
    const pk = area(f.url, f.functionName);
    pkg.set(pk, (pkg.get(pk) ?? 0) + t);
  });
  const pct = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, t]) => [k, (100 * t) / total] as [string, number]);
  return { byFunction: pct(fn), byPackage: pct(pkg) };
}

async function main(): Promise<void> {
  const db = arg('db', 'hub_bench_10k');
  const c = arg('case', 'a') as CaseId;
  const top = Number(arg('top', '30'));
  const fx = await fixture(db);
  const hub = await startServer('hub', dbUrl(db));
  try {
    const tokens = { frontdesk: await login(hub.base, 'frontdesk'), 'mediator.fuyang': await login(hub.base, 'mediator.fuyang') };
    const file = join(os.tmpdir(), `hub-profile-${db}-${c}.cpuprofile`);
    const r = await runCase(hub, c, requestFor('hub', c, fx, tokens), { warmup: Number(arg('warmup', '5')), duration: Number(arg('duration', '15')), connections: 10, db, profile: file });
    console.log(
      `case ${c} on ${db}: ${r.rps.toFixed(1)} req/s, p50 ${r.p50} ms, ${r.sqlPerRequest} SQL/req, server CPU ${r.serverCpuMs.toFixed(2)} ms/req, DB CPU ${r.dbCpuMs.toFixed(2)} ms/req, errors ${r.errors}`,
    );
    const { byFunction, byPackage } = selfTimes(file);
    console.log('\nself time by package:');
    for (const [k, v] of byPackage.slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(5)}%  ${k}`);
    console.log('\nself time by function:');
    for (const [k, v] of byFunction.slice(0, top)) console.log(`  ${v.toFixed(1).padStart(5)}%  ${k}`);
    console.log(`\nprofile: ${file}`);
  } finally {
    await hub.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
