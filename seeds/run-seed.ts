// npm run seed: idempotent catalog, calendar and demo accounts on the configured database.
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/shared/db/embedded-postgres';
import { migrate, openOrm } from '../src/shared/db/orm';
import { seedDatabase } from './seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
  const orm = await openOrm(config.databaseUrl ?? embedded!.url, config.databaseUrl ? 2 : 1);
  try {
    await migrate(orm);
    const demo = process.env.SEED_DEMO !== 'false';
    const report = await seedDatabase(orm, { demo });
    console.log(JSON.stringify({ seeded: report }));
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
