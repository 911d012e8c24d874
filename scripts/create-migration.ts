// Creates a migration from the difference between the entities and the
// committed migrations, on a throwaway in-memory PGlite. Append the printed
// class to src/migrations/index.ts.
import 'reflect-metadata';
import { startEmbeddedPostgres } from '../src/core/db/embedded-postgres';
import { migrate, openOrm } from '../src/server/orm';

async function main(): Promise<void> {
  const pg = await startEmbeddedPostgres(null);
  const orm = await openOrm(pg.url, 1);
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration('src/migrations', false, false, process.argv[2]);
    if (!result.fileName) console.log('No changes: the entities match the migrations.');
    else console.log(`Created src/migrations/${result.fileName}`);
  } finally {
    await orm.close(true);
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
