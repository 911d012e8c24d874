import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../../../src/config';

const dir = () => mkdtempSync(join(tmpdir(), 'hub-config-'));
const SECRET = 'x'.repeat(40);

describe('configuration', () => {
  it('works with zero configuration: embedded database, port 4000, generated secret kept in the data directory', () => {
    const d = dir();
    const c = loadConfig({ HUB_DATA_DIR: d });
    expect(c.port).toBe(4000);
    expect(c.databaseUrl).toBeNull();
    expect(c.dbPoolMax).toBe(1);
    expect(c.jwtSecretSource).toBe('data-dir');
    expect(existsSync(join(d, 'jwt-secret'))).toBe(true);
    // generated once: a second start reads the same secret
    expect(loadConfig({ HUB_DATA_DIR: d }).jwtSecret).toBe(c.jwtSecret);
    expect(readFileSync(join(d, 'jwt-secret'), 'utf8').trim()).toBe(c.jwtSecret);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SWEEP_INTERVAL_MS: '1.5' }, 'SWEEP_INTERVAL_MS'],
    [{ HUB_SEED_ON_START: 'maybe' }, 'HUB_SEED_ON_START'],
    [{ DB_PREPARED_STATEMENTS: 'sometimes' }, 'DB_PREPARED_STATEMENTS'],
  ] as [Record<string, string>, string][])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig({ HUB_DATA_DIR: dir(), ...env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect((error as ConfigError).message).not.toContain('\n');
  });

  it('requires JWT_SECRET in production and accepts it when given', () => {
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, HUB_DATA_DIR: dir(), DATABASE_URL: 'postgres://u@localhost:5432/hub' });
    expect(c.jwtSecretSource).toBe('env');
    expect(c.seedOnStart).toBe(false);
    expect(c.dbPoolMax).toBe(10);
  });

  it('a bad value stops the real process with one clear line and a non-zero exit code', () => {
    const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/server/main.ts'], {
      env: { ...process.env, PORT: 'nope', HUB_DATA_DIR: dir(), DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual(['Configuration error: PORT must be an integer between 0 and 65535 (got "nope")']);
  });
});
