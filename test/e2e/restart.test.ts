import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { startHub } from '../../src/server/app';
import { HolidayCalendarOfDocument, LoadHolidayCalendarDocument, MeDocument } from '../generated/graphql';
import { createTestDatabase, serverUrl } from '../support/test-database';
import { postGraphql } from '../support/test-hub';
import { print } from 'graphql';

const SCHEDULE_2027 = {
  year: 2027,
  holidays: [
    '2027-01-01',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
    '2027-02-12',
    '2027-02-13',
    '2027-05-01',
    '2027-05-02',
    '2027-05-03',
    '2027-10-01',
    '2027-10-02',
    '2027-10-03',
    '2027-10-04',
    '2027-10-05',
    '2027-10-06',
    '2027-10-07',
  ],
  makeUpWorkdays: ['2027-02-20', '2027-09-26', '2027-10-09'],
  source: 'test schedule for the restart test',
};

async function login(url: string, username: string): Promise<string> {
  const res = await postGraphql<{ login: { token: string } }>(url, 'mutation { login(username: "' + username + '", password: "demo-password") { ... on Session { token } } }', {});
  return res.data!.login.token;
}

// Two full starts (migrations, seeds, demo disputes) on PGlite: give them room on a busy machine.
jest.setTimeout(180_000);

describe('a restart keeps the data', () => {
  it(serverUrl() ? 'on PostgreSQL (DATABASE_URL)' : 'on the embedded PGlite under HUB_DATA_DIR, with the generated JWT secret', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hub-restart-'));
    const db = serverUrl() ? await createTestDatabase() : null;
    // No JWT_SECRET: the generated one in the data directory must survive the restart too.
    const env = {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SWEEP_INTERVAL_MS: '0',
      HUB_SEED_ON_START: 'true',
      ...(db ? { DATABASE_URL: db.url } : {}),
    };
    try {
      const first = await startHub(loadConfig(env));
      const countDisputes = async (hub: typeof first) => (await hub.orm.em.fork().getConnection().execute('select count(*)::int as n from dispute'))[0].n as number;
      const seeded = await countDisputes(first);
      // Zero configuration seeds demo disputes into the empty hub.
      expect(seeded).toBeGreaterThanOrEqual(30);
      const token = await login(first.url, 'admin');
      const loaded = await postGraphql<{ loadHolidayCalendar: { __typename: string; official: boolean } }>(first.url, print(LoadHolidayCalendarDocument), { input: SCHEDULE_2027 }, token);
      expect(loaded.data!.loadHolidayCalendar).toMatchObject({ __typename: 'HolidayCalendar', official: true });
      await first.stop();

      const second = await startHub(loadConfig(env));
      try {
        const cal = await postGraphql<{ holidayCalendar: { official: boolean; source: string; makeUpWorkdays: string[] } }>(second.url, print(HolidayCalendarOfDocument), { year: 2027 });
        expect(cal.data!.holidayCalendar).toMatchObject({ official: true, source: SCHEDULE_2027.source, makeUpWorkdays: SCHEDULE_2027.makeUpWorkdays });
        const me = await postGraphql<{ me: { username: string } }>(second.url, print(MeDocument), {}, token);
        expect(me.data!.me.username).toBe('admin');
        // Kept, not seeded twice.
        expect(await countDisputes(second)).toBe(seeded);
      } finally {
        await second.stop();
      }
    } finally {
      await db?.drop();
    }
  });
});
