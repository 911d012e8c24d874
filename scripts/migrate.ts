// npm run db:migrate: apply committed migrations to the configured database.
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/core/db/embedded-postgres';
import { migrate, openOrm } from '../src/server/orm';

async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
  const orm = await openOrm(config.databaseUrl ?? embedded!.url, 1);
  try {
    const applied = await migrate(orm);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
