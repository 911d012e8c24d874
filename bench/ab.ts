/**
 * Before/after of a change to the hub, without touching src/: runs the hub from src/
 * ("before") and from another copy of it ("after", HUB_SRC of bench/hub-server.ts) on
 * the same benchmark database, first checks that both answer the same JSON to the same
 * requests, then measures the read cases on each, one after the other.
 *
 *   node -r @swc-node/register bench/ab.ts --after=/tmp/hub-proto/src [--db=hub_bench_10k] [--cases=abc] [--warmup=10 --duration=20]
 *   ... --after=/tmp/step1/src,/tmp/step2/src      # several variants, each against the same "before"
 *
 * The copy needs its own seeds/ beside its src/ and node_modules reachable from it
 * (e.g. `cp -r src seeds /tmp/hub-proto/ && ln -s $PWD/node_modules /tmp/hub-proto/`).
 */
import { isDeepStrictEqual } from 'node:util';
import { CASE_TITLES, type CaseId } from './cases';
import { fixture, login, requestFor, runCase, startServer, type RunResult, type Server } from './load';
import { dbUrl } from './seed-scale';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;

async function main(): Promise<void> {
  const afters = arg('after', '').split(',').filter(Boolean);
  if (!afters.length) throw new Error('--after=<copy of src>[,<another>] is required');
  const db = arg('db', 'hub_bench_10k');
  const cases = arg('cases', 'abc').split('') as CaseId[];
  const opts = { warmup: Number(arg('warmup', '10')), duration: Number(arg('duration', '20')), connections: Number(arg('connections', '10')), db, log: console.log };
  const fx = await fixture(db);
  const names = ['before', ...afters.map((_, i) => (afters.length > 1 ? `after${i + 1}` : 'after'))];
  const list: Server[] = [await startServer('hub', dbUrl(db))];
  for (const a of afters) list.push(await startServer('hub', dbUrl(db), { env: { HUB_SRC: a } }));
  const servers = Object.fromEntries(names.map((n, i) => [n, list[i]])) as Record<string, Server>;
  try {
    const tokens = { frontdesk: await login(servers.before.base, 'frontdesk'), 'mediator.fuyang': await login(servers.before.base, 'mediator.fuyang') };
    // Same answers first (the read cases; (d) writes).
    for (const c of cases.filter((x) => x !== 'd')) {
      const req = requestFor('hub', c, fx, tokens);
      for (let n = 0; n < 25; n++) {
        const [a, ...others] = await Promise.all(list.map(async (s) => (await fetch(s.base + req.path, { method: 'POST', headers: req.headers, body: req.body(n) })).json()));
        others.forEach((b, i) => {
          if (!isDeepStrictEqual(a, b)) {
            throw new Error(`${CASE_TITLES[c]}: the answers differ for request ${n}:\nbefore ${JSON.stringify(a).slice(0, 1500)}\n${names[i + 1]} ${JSON.stringify(b).slice(0, 1500)}`);
          }
        });
      }
      console.log(`${CASE_TITLES[c]}: same answers to 25 requests`);
    }
    const rows: { c: CaseId; runs: RunResult[] }[] = [];
    for (const c of cases) {
      const req = requestFor('hub', c, fx, tokens);
      const runs: RunResult[] = [];
      for (const name of names) {
        runs.push(await runCase(servers[name], c, req, { ...opts, log: (s) => console.log(name.padEnd(7), s) }));
        await new Promise((r) => setTimeout(r, 1500));
      }
      rows.push({ c, runs });
    }
    const arrow = (xs: number[], d = 0) => xs.map((x) => x.toFixed(d)).join(' → ');
    console.log(`\n${names.join(' → ')}\n`);
    console.log('| case | req/s | p50 ms | p99 ms | server CPU ms/req | DB CPU ms/req | SQL/req |');
    console.log('|---|---|---|---|---|---|---|');
    for (const { c, runs } of rows) {
      console.log(
        `| ${CASE_TITLES[c].slice(0, 3)} | ${arrow(
          runs.map((r) => r.rps),
          1,
        )} | ${arrow(runs.map((r) => r.p50))} | ${arrow(runs.map((r) => r.p99))} | ${arrow(
          runs.map((r) => r.serverCpuMs),
          1,
        )} | ${arrow(
          runs.map((r) => r.dbCpuMs),
          1,
        )} | ${arrow(runs.map((r) => r.sqlPerRequest))} |`,
      );
    }
  } finally {
    await new Promise((r) => setTimeout(r, 1500));
    for (const s of Object.values(servers)) await s.stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
