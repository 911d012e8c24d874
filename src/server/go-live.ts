import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import type { Logger } from '../core/logger';
import { createAdministrator, demoAccountsAccepting } from '../modules/auth';
import { DEMO_PASSWORD, seedDatabase } from './demo-data';

/** A start that must not go on; main.ts prints the message as one line. */
export class StartRefused extends Error {}

/**
 * What every start does to any database after migrating: the reference data (matter
 * catalog, its organizations, the holiday calendar) is applied; demo accounts only
 * where demo data is asked for (never in production, see config); the bootstrap
 * administrator when configured; and in production a refusal to start while a demo
 * account still accepts the demo password.
 */
export async function prepareDatabase(orm: MikroORM, config: HubConfig, logger: Logger) {
  const seeded = await seedDatabase(orm, { demo: config.seedOnStart });
  const em = orm.em.fork() as EntityManager;
  if (config.bootstrapAdmin) {
    const outcome = await createAdministrator(em, { ...config.bootstrapAdmin, via: 'HUB_BOOTSTRAP_ADMIN_USERNAME' });
    if (!outcome.created && outcome.reason === 'invalid') throw new StartRefused(`Configuration error: HUB_BOOTSTRAP_ADMIN_* refused: ${outcome.problems.join('; ')}`);
    if (outcome.created) logger.info({ username: config.bootstrapAdmin.username }, 'bootstrap administrator created');
  }
  if (config.nodeEnv === 'production') {
    const demo = await demoAccountsAccepting(em, DEMO_PASSWORD);
    if (demo.length) {
      throw new StartRefused(
        `Refusing to start with NODE_ENV=production: ${demo.length} account(s) still accept the demo password (${demo.join(', ')}); disable them or change their passwords first.`,
      );
    }
  }
  return seeded;
}
