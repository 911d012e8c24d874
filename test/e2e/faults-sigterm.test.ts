import { runSigtermUnderLoad } from '../../scripts/sigterm-under-load';

// SIGTERM under load, against the real server process (src/server/main.ts):
// see scripts/sigterm-under-load.ts. It needs a real PostgreSQL server to
// create its own database on, so it runs with TEST_DATABASE_URL only.

const serverUrl = process.env.TEST_DATABASE_URL;
const describeWithServer = serverUrl ? describe : describe.skip;
const TITLE = serverUrl ? 'SIGTERM under load (the real server process on PostgreSQL)' : 'SKIPPED (needs TEST_DATABASE_URL): SIGTERM under load against the real server process';

describeWithServer(TITLE, () => {
  it('drains in-flight mutations, keeps every acknowledged write, refuses new ones cleanly and exits 0 within 20 s', async () => {
    const lines: string[] = [];
    const summary = await runSigtermUnderLoad({ serverUrl: serverUrl!, concurrency: 8, loadMs: 3000, sigtermAfterMs: 1500, log: (l) => lines.push(l) });
    const { failures, ...numbers } = summary;
    console.log(`${lines.join('\n')}\n${JSON.stringify(numbers, null, 1)}`);
    expect(failures).toEqual([]);
    expect(summary.exitCode).toBe(0);
    expect(summary.exitMsAfterSigterm).toBeLessThan(20_000);
    expect(summary.acknowledgedInDatabase).toBe(summary.acknowledged);
    expect(summary.inFlightAtSigterm).toBeGreaterThan(0);
    expect(summary.inFlightAcked).toBe(summary.inFlightAtSigterm);
    expect(summary.unacknowledgedButCommitted).toBe(0);
  }, 60_000);
});
