import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { startTestHub } from '../support/test-hub';
import { writeFileSync } from 'node:fs';
it('profiles', async () => {
  const t0 = Date.now();
  const t = await startTestHub({}, process.env.DEMO_NOW ? { now: () => new Date(process.env.DEMO_NOW!) } : {});
  const t1 = Date.now();
  const c0 = process.cpuUsage();
  const n = await seedDemoDisputes(t.hub.services);
  const t2 = Date.now();
  const cu = process.cpuUsage(c0); console.log('CPU ms', (cu.user + cu.system) / 1000, 'wall ms', t2 - t1);
  console.log(JSON.stringify({ start: t1 - t0, seed: t2 - t1, n, prof: (globalThis as any).__prof }));
  const tok = await t.login('frontdesk');
  const res = await t.gql<any, any>(`{ disputes(first: 100) { edges { node { code title status region currentOrganization { name }
    referrals { kind channel status toOrganization { name } responseDeadline { state dueOn } }
    proceedings { channel status organization { name } outcome { kind } handlingDeadline { state dueOn } acceptanceDeadline { state dueOn } judicialConfirmationApplicationDeadline { state dueOn } }
    deadlines { kind state dueOn } receivedAt } } } }`, {}, tok);
  const rows = res.data.disputes.edges.map((e: any) => e.node).reverse();
  const lines = rows.map((d: any) => {
    const ch = [...new Set([...d.referrals.map((r: any) => r.channel), ...d.proceedings.map((p: any) => p.channel)])].join('+');
    const dl = d.deadlines.map((x: any) => `${x.kind}:${x.state}`).join(', ');
    return `${d.code} | ${d.title} | ${d.region} | ${ch} | ${d.status} | ${d.currentOrganization?.name} | ${dl}`;
  });
  writeFileSync(process.env.DEMO_OUT ?? '/tmp/demo-table.txt', lines.join('\n') + '\n');
  const ev = await t.gql<any, any>(`{ disputes(first: 100) { edges { node { code receivedAt referrals { createdAt } events(first: 3) { edges { node { type at } } } } } } }`, {}, tok);
  console.log(JSON.stringify(ev.data.disputes.edges.slice(-1)[0].node));
  await t.stop();
}, 300000);
