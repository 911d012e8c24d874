import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config';
import { startHub } from '../src/server/app';
import { startEmbeddedPostgres } from '../src/shared/db/embedded-postgres';

(async () => {
  const embedded = await startEmbeddedPostgres(null);
  const config = loadConfig({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', HUB_DATA_DIR: mkdtempSync(join(os.tmpdir(), 'p-')), JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz', LOG_LEVEL: 'silent', SWEEP_INTERVAL_MS: '0', HUB_SEED_ON_START: 'true', RATE_LIMIT_PER_MINUTE: '0' });
  const hub = await startHub(config, { embedded });
  const res = await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { login(username: "mediator.fuyang", password: "demo-password") { ... on Session { token } } }' }) });
  const token = ((await res.json()) as any).data.login.token;
  for (let i = 0; i < 60; i++) {
    const t0 = performance.now();
    let acked = 0;
    const c = createClient({ url: hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0, on: { connected: () => (acked = performance.now()) } });
    c.subscribe({ query: 'subscription { referralUpdates { type } }' }, { next() {}, error() {}, complete() {} });
    const before = hub.services.feed.subscriberCount;
    while (hub.services.feed.subscriberCount === before) await new Promise((r) => setImmediate(r));
    console.log(`conn ${i}: ack ${(acked - t0).toFixed(1)} ms, registered ${(performance.now() - t0).toFixed(1)} ms`);
  }
  process.exit(0);
})();
