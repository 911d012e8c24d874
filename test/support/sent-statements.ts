type Query = (config: unknown, ...rest: unknown[]) => unknown;

export interface SentStatement {
  text: string;
  values: unknown[];
  /** Sent by knex (it passes a callback; its own query event sees it too), not by querySql. */
  byKnex: boolean;
}

/**
 * Calls `seen` with each SQL statement sent on a knex client's pooled connections, watched as they
 * leave the pool: querySql (src/core/db/sql.ts) sends past knex's query event, and a turn's reads
 * travel together as one Pipeline (src/core/db/pipeline.ts), seen here statement by statement.
 * For tests and bench/hub-server.ts.
 */
export function watchSentStatements(client: unknown, seen: (statement: SentStatement) => void): void {
  const pool = client as { acquireConnection(): Promise<{ query: Query }> };
  const acquire = pool.acquireConnection.bind(pool);
  const watched = new WeakSet<object>();
  pool.acquireConnection = async () => {
    const connection = await acquire();
    if (!watched.has(connection)) {
      watched.add(connection);
      const query = connection.query.bind(connection);
      connection.query = (config, ...rest) => {
        if (config && typeof config === 'object') {
          const sent = 'text' in config ? [config as { text: string; values?: unknown[] }] : ((config as { statements?: { text: string; values?: unknown[] }[] }).statements ?? []);
          for (const s of sent) seen({ text: s.text, values: s.values ?? [], byKnex: rest.length > 0 });
        }
        return query(config, ...rest);
      };
    }
    return connection;
  };
}
