import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface HubConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** null: embedded PGlite under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  jwtSecretSource: 'env' | 'data-dir';
  tokenTtlSeconds: number;
  logLevel: string;
  dbPoolMax: number;
  /** Named (prepared) statements for the hand-written reads; off behind a pooler that shares sessions (PgBouncer in transaction mode). */
  dbPreparedStatements: boolean;
  /** Interval of the deadline sweep; 0 disables it. */
  sweepIntervalMs: number;
  /** Working days a receiver has to accept or decline a referral. */
  referralResponseDays: number;
  /** Refused attempts (FORBIDDEN, NOT_FOUND) recorded in the audit log per viewer per minute; the rest are only logged. */
  auditRefusalsPerMinute: number;
  /** Seed demo accounts and demo disputes on start (default: embedded mode only; never in production). Reference data is applied on every start. */
  seedOnStart: boolean;
  /** First administrator for automated installs (HUB_BOOTSTRAP_ADMIN_USERNAME / _PASSWORD); created once, never changed afterwards. */
  bootstrapAdmin: { username: string; password: string } | null;
  /** Also seed a few dozen demo disputes into an empty hub (default: with seedOnStart). */
  seedDemoDisputes: boolean;
  /** GraphQL requests per minute per viewer (or per address when anonymous); 0 disables. */
  rateLimitPerMinute: number;
  /** Failed sign-ins allowed per username, and per address, within 15 minutes. */
  loginMaxFailuresPerUser: number;
  loginMaxFailuresPerIp: number;
  /** Live subscriptions one WebSocket connection may hold. */
  subscriptionsPerConnection: number;
  /** Live subscriptions one viewer may hold over all their connections (counted per process). */
  subscriptionsPerViewer: number;
  /** Largest accepted upload, in bytes (HUB_FILE_MAX_BYTES). */
  fileMaxBytes: number;
  /** Where file contents are kept: PostgreSQL (default, nothing else to run) or an S3-compatible bucket. */
  fileStore: FileStoreConfig;
  /** Working days an issued document may wait for service on each recipient before it is overdue (HUB_SERVICE_DUE_WORKING_DAYS). */
  serviceDueWorkingDays: number;
  /** An expert rating below this (1–5) counts as poor (HUB_EXPERT_RATING_THRESHOLD). */
  expertRatingThreshold: number;
  /** Poor ratings in this many cases flag an expert for removal (HUB_EXPERT_RATING_MIN_CASES). */
  expertRatingMinCases: number;
  /** Working days after a dispute is resolved or closed within which its follow-up visit (回访) is due (HUB_FOLLOW_UP_DUE_WORKING_DAYS). */
  followUpDueWorkingDays: number;
  /** Failed contact attempts after which a follow-up closes as unreachable (HUB_FOLLOW_UP_MAX_ATTEMPTS). */
  followUpMaxAttempts: number;
}

export type FileStoreConfig = { kind: 'postgres' } | { kind: 's3'; endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };

/** A configuration problem, reported as one line naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Configuration error: ${variable} ${detail}`);
  }
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, dflt: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `must be an integer between ${min} and ${max} (got "${raw}")`);
  const n = Number(raw.trim());
  if (n < min || n > max) throw new ConfigError(name, `must be an integer between ${min} and ${max} (got "${raw}")`);
  return n;
}

function boolVar(env: Env, name: string, dflt: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function databaseUrlVar(env: Env): string | null {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// URL (could not parse it)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must be a postgres:// or postgresql:// URL (got protocol "${url.protocol}")`);
  }
  if (!url.pathname || url.pathname === '/') throw new ConfigError('DATABASE_URL', 'must name a database (postgres://host:5432/dbname)');
  return raw;
}

function fileStoreVar(env: Env): FileStoreConfig {
  const kind = (env.HUB_FILE_STORE ?? '').trim() || 'postgres';
  if (kind === 'postgres') return { kind };
  if (kind !== 's3') throw new ConfigError('HUB_FILE_STORE', `must be postgres or s3 (got "${kind}")`);
  const need = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(name, 'is required when HUB_FILE_STORE=s3');
    return v;
  };
  const endpoint = need('S3_ENDPOINT');
  try {
    const u = new URL(endpoint);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError('S3_ENDPOINT', `must be an http(s):// URL (got "${endpoint}")`);
  }
  return {
    kind,
    endpoint: endpoint.replace(/\/+$/, ''),
    region: env.S3_REGION?.trim() || 'us-east-1',
    bucket: need('S3_BUCKET'),
    accessKeyId: need('S3_ACCESS_KEY_ID'),
    secretAccessKey: need('S3_SECRET_ACCESS_KEY'),
    forcePathStyle: boolVar(env, 'S3_FORCE_PATH_STYLE', true),
  };
}

/** Demo data is for demonstrations and tests: production never seeds demo accounts, embedded or not. */
function demoDataVar(env: Env, name: string, nodeEnv: NodeEnv, dflt: boolean): boolean {
  const value = boolVar(env, name, dflt);
  if (value && nodeEnv === 'production') throw new ConfigError(name, 'must not be true when NODE_ENV=production: demo accounts and disputes are never seeded in production');
  return value;
}

function bootstrapAdminVar(env: Env): { username: string; password: string } | null {
  const username = env.HUB_BOOTSTRAP_ADMIN_USERNAME?.trim() ?? '';
  const password = env.HUB_BOOTSTRAP_ADMIN_PASSWORD ?? '';
  if (!username && !password) return null;
  if (!username) throw new ConfigError('HUB_BOOTSTRAP_ADMIN_USERNAME', 'is required when HUB_BOOTSTRAP_ADMIN_PASSWORD is set');
  if (!password) throw new ConfigError('HUB_BOOTSTRAP_ADMIN_PASSWORD', 'is required when HUB_BOOTSTRAP_ADMIN_USERNAME is set');
  return { username, password };
}

const MIN_SECRET_LENGTH = 32;

/**
 * A missing JWT_SECRET outside production is generated once and kept in the data
 * directory, so tokens survive a restart with zero configuration.
 */
function jwtSecretVar(env: Env, nodeEnv: NodeEnv, dataDir: string): { secret: string; source: 'env' | 'data-dir' } {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < MIN_SECRET_LENGTH) throw new ConfigError('JWT_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters long`);
    return { secret: raw, source: 'env' };
  }
  if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  try {
    if (existsSync(file)) {
      const kept = readFileSync(file, 'utf8').trim();
      if (kept.length < MIN_SECRET_LENGTH) throw new ConfigError('JWT_SECRET', `kept in ${file} is too short; delete the file to regenerate it`);
      return { secret: kept, source: 'data-dir' };
    }
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret + '\n', { mode: 0o600 });
    return { secret, source: 'data-dir' };
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError('HUB_DATA_DIR', `is not writable (${(e as Error).message})`);
  }
}

export function loadConfig(env: Env = process.env): HubConfig {
  const nodeEnvRaw = env.NODE_ENV === undefined || env.NODE_ENV === '' ? 'development' : env.NODE_ENV;
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;
  const port = intVar(env, 'PORT', 4000, 0, 65535);
  const databaseUrl = databaseUrlVar(env);
  const dataDirRaw = env.HUB_DATA_DIR && env.HUB_DATA_DIR.trim() !== '' ? env.HUB_DATA_DIR : './data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw);
  const logLevel = env.LOG_LEVEL && env.LOG_LEVEL !== '' ? env.LOG_LEVEL : nodeEnv === 'test' ? 'silent' : 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`);
  }
  const { secret, source } = jwtSecretVar(env, nodeEnv, dataDir);
  return {
    nodeEnv,
    port,
    host: env.HOST && env.HOST !== '' ? env.HOST : '0.0.0.0',
    databaseUrl,
    dataDir,
    jwtSecret: secret,
    jwtSecretSource: source,
    tokenTtlSeconds: intVar(env, 'TOKEN_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600),
    logLevel,
    dbPoolMax: databaseUrl ? intVar(env, 'DB_POOL_MAX', 10, 1, 200) : 1,
    dbPreparedStatements: boolVar(env, 'DB_PREPARED_STATEMENTS', true),
    sweepIntervalMs: intVar(env, 'SWEEP_INTERVAL_MS', 60_000, 0, 24 * 3600 * 1000),
    referralResponseDays: intVar(env, 'REFERRAL_RESPONSE_DAYS', 3, 1, 30),
    auditRefusalsPerMinute: intVar(env, 'AUDIT_REFUSALS_PER_MINUTE', 20, 0, 10_000),
    seedOnStart: demoDataVar(env, 'HUB_SEED_ON_START', nodeEnv, databaseUrl === null && nodeEnv !== 'production'),
    seedDemoDisputes: demoDataVar(env, 'HUB_DEMO_DISPUTES', nodeEnv, boolVar(env, 'HUB_SEED_ON_START', databaseUrl === null && nodeEnv !== 'production')),
    bootstrapAdmin: bootstrapAdminVar(env),
    rateLimitPerMinute: intVar(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    loginMaxFailuresPerUser: intVar(env, 'LOGIN_MAX_FAILURES_PER_USER', 5, 1, 1000),
    loginMaxFailuresPerIp: intVar(env, 'LOGIN_MAX_FAILURES_PER_IP', 30, 1, 100_000),
    subscriptionsPerConnection: intVar(env, 'SUBSCRIPTIONS_PER_CONNECTION', 20, 1, 10_000),
    subscriptionsPerViewer: intVar(env, 'SUBSCRIPTIONS_PER_VIEWER', 50, 1, 100_000),
    fileMaxBytes: intVar(env, 'HUB_FILE_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    fileStore: fileStoreVar(env),
    serviceDueWorkingDays: intVar(env, 'HUB_SERVICE_DUE_WORKING_DAYS', 5, 1, 90),
    expertRatingThreshold: intVar(env, 'HUB_EXPERT_RATING_THRESHOLD', 3, 1, 5),
    expertRatingMinCases: intVar(env, 'HUB_EXPERT_RATING_MIN_CASES', 3, 1, 100),
    followUpDueWorkingDays: intVar(env, 'HUB_FOLLOW_UP_DUE_WORKING_DAYS', 10, 1, 90),
    followUpMaxAttempts: intVar(env, 'HUB_FOLLOW_UP_MAX_ATTEMPTS', 3, 1, 10),
  };
}
