/**
 * One hub process against two on the same PostgreSQL (issue #18, deliverable 5): the same read
 * case, the same number of client connections in total (split evenly between the instances),
 * warm-up, then a timed run; requests per second, latency, and where the CPU went (each hub, the
 * PostgreSQL backends, this load generator, idle) out of what the machine had.
 *
 *   node -r reflect-metadata -r @swc-node/register bench/instances.ts [--db=hub_bench_10k] [--cases=abc] [--connections=10] [--warmup=5] [--duration=15] [--rounds=2]
 *
 * Rounds alternate one → two → one → two … so that drift of the machine shows as spread, not as a
 * difference. Live handoffs across instances are a test (test/e2e/subscriptions-multi-instance.test.ts),
 * not timed here.
 */
import os from 'node:os';
import { CASE_TITLES, type CaseId } from './cases';
import { backendCpu, backendDelta, cannon, cpuMs, fixture, login, percentile, probe, requestFor, startServer, type Server } from './load';
import { dbUrl } from './seed-scale';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;

interface Row {
  case: CaseId;
  instances: number;
  round: number;
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms per request: the hubs together, the PostgreSQL backends, this process (autocannon). */
  hubCpu: number;
  dbCpu: number;
  driverCpu: number;
  /** Share of the machine's CPU time (cores × duration) each used, and what was left. */
  share: { hubs: number; db: number; driver: number; idle: number };
  errors: number;
}

async function measure(hubs: Server[], c: CaseId, req: ReturnType<typeof requestFor>, opts: { connections: number; warmup: number; duration: number; db: string }, round: number): Promise<Row> {
  const per = Math.max(1, Math.floor(opts.connections / hubs.length));
  if (opts.warmup > 0) await Promise.all(hubs.map((h, i) => cannon(h.base, req, per, opts.warmup, 2_000_000 + i * 100_000)));
  const hub0 = hubs.map((h) => cpuMs(h.child.pid!));
  const db0 = await backendCpu(opts.db);
  const me0 = process.cpuUsage();
  const runs = await Promise.all(hubs.map((h, i) => cannon(h.base, req, per, opts.duration, 3_000_000 + i * 1_000_000)));
  const me = process.cpuUsage(me0);
  const hubCpu = hubs.reduce((s, h, i) => s + cpuMs(h.child.pid!) - hub0[i], 0);
  const dbCpu = backendDelta(db0, await backendCpu(opts.db));
  const driverCpu = (me.user + me.system) / 1000;
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const n = Math.max(1, latencies.length);
  const machine = os.availableParallelism() * opts.duration * 1000;
  const pct = (ms: number) => Math.round((1000 * ms) / machine) / 10;
  return {
    case: c,
    instances: hubs.length,
    round,
    rps: Math.round((latencies.length / opts.duration) * 10) / 10,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    hubCpu: Math.round((hubCpu / n) * 100) / 100,
    dbCpu: Math.round((dbCpu / n) * 100) / 100,
    driverCpu: Math.round((driverCpu / n) * 100) / 100,
    share: { hubs: pct(hubCpu), db: pct(dbCpu), driver: pct(driverCpu), idle: Math.max(0, Math.round(1000 - (1000 * (hubCpu + dbCpu + driverCpu)) / machine) / 10) },
    errors: runs.reduce((s, r) => s + r.result.errors + r.result.timeouts + r.result.non2xx + r.bodyErrors, 0),
  };
}

async function main(): Promise<void> {
  const db = arg('db', 'hub_bench_10k');
  const cases = arg('cases', 'abc').split('') as CaseId[];
  const opts = { connections: Number(arg('connections', '10')), warmup: Number(arg('warmup', '5')), duration: Number(arg('duration', '15')), db };
  const rounds = Number(arg('rounds', '2'));
  const fx = await fixture(db);
  const hubs = [await startServer('hub', dbUrl(db)), await startServer('hub', dbUrl(db))];
  const rows: Row[] = [];
  try {
    const tokens = { frontdesk: await login(hubs[0].base, 'frontdesk'), 'mediator.fuyang': await login(hubs[0].base, 'mediator.fuyang') };
    for (const c of cases) {
      const req = requestFor('hub', c, fx, tokens);
      // Both instances answer, and answer alike (the token of one is good on the other: shared secret, shared database).
      const [a, b] = [await probe(hubs[0], req, 7), await probe(hubs[1], req, 7)];
      if (JSON.stringify(a.body) !== JSON.stringify(b.body)) throw new Error(`${CASE_TITLES[c]}: the two instances answer differently`);
      for (let r = 1; r <= rounds; r++) {
        for (const set of [hubs.slice(0, 1), hubs]) {
          const row = await measure(set, c, req, opts, r);
          rows.push(row);
          console.log(
            `${CASE_TITLES[c].slice(0, 3)} ${row.instances} instance(s), round ${r}: ${row.rps} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  cpu/req hubs ${row.hubCpu} + db ${row.dbCpu} + driver ${row.driverCpu} ms  machine: hubs ${row.share.hubs}% db ${row.share.db}% driver ${row.share.driver}% idle ${row.share.idle}%  errors ${row.errors}`,
          );
        }
      }
    }
  } finally {
    await Promise.all(hubs.map((h) => h.stop()));
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)) * 10) / 10;
  console.log('\n| case | req/s, one instance | req/s, two | two ÷ one | p99 ms one → two | CPU ms/req hubs + DB, one → two | machine, two: hubs / DB / driver / idle |');
  console.log('|---|---:|---:|---:|---|---|---|');
  for (const c of cases) {
    const one = rows.filter((r) => r.case === c && r.instances === 1);
    const two = rows.filter((r) => r.case === c && r.instances === 2);
    const share = (k: keyof Row['share']) => mean(two.map((r) => r.share[k]));
    console.log(
      `| ${CASE_TITLES[c].slice(0, 3)} | ${mean(one.map((r) => r.rps))} | ${mean(two.map((r) => r.rps))} | ${(mean(two.map((r) => r.rps)) / mean(one.map((r) => r.rps))).toFixed(2)} | ${mean(one.map((r) => r.p99))} → ${mean(two.map((r) => r.p99))} | ${mean(one.map((r) => r.hubCpu))} + ${mean(one.map((r) => r.dbCpu))} → ${mean(two.map((r) => r.hubCpu))} + ${mean(two.map((r) => r.dbCpu))} | ${share('hubs')}% / ${share('db')}% / ${share('driver')}% / ${share('idle')}% |`,
    );
  }
  console.log(
    `\n${os.availableParallelism()} CPUs, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
