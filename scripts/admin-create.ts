// npm run admin:create -- --username <name> [--display-name <name>]
// Creates the first administrator of a database. The password is read from standard input
// (piped: the first line) or prompted for twice without echo on a terminal; never from the
// command line, where it would stay in the shell history and the process list.
import 'reflect-metadata';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from '../src/config';
import { startEmbeddedPostgres } from '../src/core/db/embedded-postgres';
import { createAdministrator } from '../src/modules/auth';
import { migrate, openOrm } from '../src/server/orm';
import type { EntityManager } from '@mikro-orm/postgresql';

function argument(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1] ?? null;
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : null;
}

async function readPipedLine(): Promise<string> {
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.split(/\r?\n/)[0] ?? '';
}

function prompt(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPipedLine();
  const first = await prompt('Password (at least 10 characters): ');
  const second = await prompt('Repeat the password: ');
  if (first !== second) throw new Error('The two passwords differ; nothing was created.');
  return first;
}

async function main(): Promise<void> {
  const username = argument('username');
  if (!username) throw new Error('Usage: npm run admin:create -- --username <name> [--display-name <name>] (the password is read from standard input)');
  const config = loadConfig();
  const password = await readPassword();
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
  const orm = await openOrm(config.databaseUrl ?? embedded!.url, 1);
  try {
    await migrate(orm);
    const outcome = await createAdministrator(orm.em.fork() as EntityManager, { username, password, displayName: argument('display-name') ?? undefined, via: 'admin:create' });
    if (outcome.created) console.log(`Administrator ${username.trim().toLowerCase()} created.`);
    else if (outcome.reason === 'exists') throw new Error(`An account named ${username} already exists; nothing was changed.`);
    else throw new Error(`Refused: ${outcome.problems.join('; ')}`);
  } finally {
    await orm.close(true);
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e instanceof Error ? e.message : e);
  process.exit(1);
});
