import type { Dictionary } from '@mikro-orm/core';
// pg's own row parsing and value preparation, so that a pipelined statement's rows and bound
// values are exactly those of a single query.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Result = require('pg/lib/result') as new (rowMode: undefined, types: unknown) => PgResult;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (value: unknown) => unknown };

interface PgResult {
  rows: Dictionary[];
  addFields(fields: unknown[]): void;
  parseRow(fields: unknown[]): Dictionary;
  addRow(row: Dictionary): void;
  addCommandComplete(msg: unknown): void;
}

/** pg's protocol writer, as much of it as a pipeline uses. */
interface PgProtocol {
  stream: { cork?(): void; uncork?(): void };
  parsedStatements: Record<string, string>;
  bind(config: { portal: string; statement: string; values: unknown[]; valueMapper: (value: unknown) => unknown }): void;
  describe(config: { type: 'P'; name: string }): void;
  execute(config: { portal: string; rows: number }): void;
  sync(): void;
}

export interface NamedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * Statements already prepared on one connection, sent in one round trip: Bind/Describe/Execute
 * for each, one Sync at the end (PostgreSQL's extended protocol allows this pipelining; pg has
 * no API for it, but takes any object with `submit` as a query). The backend runs them one after
 * the other and answers them all in one stream, so the client pays for one write and one
 * wake-up instead of one per statement. The statements run in one implicit transaction: only
 * reads are sent this way. If one fails, the backend skips the rest until the Sync, and the
 * whole pipeline fails with that error.
 */
export class Pipeline {
  private readonly results: Dictionary[][] = [];
  private current: PgResult;
  private finished = false;
  private parseError: Error | null = null;

  constructor(
    private readonly statements: readonly NamedStatement[],
    private readonly types: unknown,
    private readonly done: (error: Error | null, results?: Dictionary[][]) => void,
  ) {
    this.current = new Result(undefined, types);
  }

  /** Whether every statement is prepared on this connection (a Parse inside the pipeline would leave pg's record of them wrong if the pipeline failed). */
  static preparedOn(protocol: PgProtocol | undefined, statements: readonly NamedStatement[]): boolean {
    return !!protocol && statements.every((s) => protocol.parsedStatements[s.name] === s.text);
  }

  submit(protocol: PgProtocol): null {
    protocol.stream.cork?.();
    try {
      for (const s of this.statements) {
        protocol.bind({ portal: '', statement: s.name, values: s.values, valueMapper: prepareValue });
        protocol.describe({ type: 'P', name: '' });
        protocol.execute({ portal: '', rows: 0 });
      }
      protocol.sync();
    } finally {
      protocol.stream.uncork?.();
    }
    return null;
  }

  handleRowDescription(msg: { fields: unknown[] }): void {
    this.current.addFields(msg.fields);
  }

  handleDataRow(msg: { fields: unknown[] }): void {
    if (this.parseError) return;
    try {
      this.current.addRow(this.current.parseRow(msg.fields));
    } catch (e) {
      this.parseError = e as Error;
    }
  }

  handleCommandComplete(msg: unknown): void {
    this.current.addCommandComplete(msg);
    this.results.push(this.current.rows);
    this.current = new Result(undefined, this.types);
  }

  handleEmptyQuery(): void {
    this.results.push([]);
  }

  handleError(error: Error): void {
    this.finish(error);
  }

  handleReadyForQuery(): void {
    if (this.parseError) this.finish(this.parseError);
    else if (this.results.length !== this.statements.length) this.finish(new Error(`pipeline: ${this.results.length} results for ${this.statements.length} statements`));
    else this.finish(null);
  }

  handlePortalSuspended(): void {
    this.finish(new Error('pipeline: a portal was suspended'));
  }

  handleCopyInResponse(): void {
    this.finish(new Error('pipeline: unexpected COPY'));
  }

  handleCopyData(): void {}

  private finish(error: Error | null): void {
    if (this.finished) return;
    this.finished = true;
    if (error) this.done(error);
    else this.done(null, this.results);
  }
}
