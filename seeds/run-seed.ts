// npm run seed: idempotent catalog, calendar, demo accounts and demo disputes on the configured
// database. It starts the hub once (on a free port) so that demo disputes go through the real
// services, then stops it.
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../src/config';
import { startHub } from '../src/server/app';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', HUB_SEED_ON_START: 'true', SWEEP_INTERVAL_MS: '0' });
  const hub = await startHub(config);
  await hub.stop();
  console.log('seeded (catalog, holiday calendar, demo accounts, demo disputes when the hub was empty)');
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
