/**
 * The benchmark's peer: PostGraphile 4.14.1 (graphql 15, its own node_modules in
 * bench/peer) on the hub's database and tables, started by bench/run-all.ts.
 *
 *   node bench/peer/server.js <database url> [pool size=10]
 *
 * The hub's soft references (uuid columns without a FOREIGN KEY: deadline.dispute_id,
 * dispute_event.dispute_id, ...) are declared to PostGraphile as smart-tag foreign keys
 * (tags.json), so that it can follow them like the hub's resolvers do; the database is
 * not changed. No RLS and no JWT: every request sees every row (see bench/README.md).
 * Listens on 127.0.0.1 (ephemeral port) and reports { ready, port } over IPC.
 * GET /__stats answers { statements }: queries sent through pg since start (for SQL
 * statements per request); GET /__recent the last 20 queries (text and values, for EXPLAIN).
 */
'use strict';
const http = require('node:http');
const pg = require('pg');
const { postgraphile, makeJSONPgSmartTagsPlugin } = require('postgraphile');
const tags = require('./tags.json');

let statements = 0;
let recent = [];
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements++;
  const q = args[0];
  recent.push(typeof q === 'string' ? { text: q, values: args[1] } : { text: q && q.text, values: q && q.values });
  if (recent.length > 20) recent = recent.slice(-20);
  return query.apply(this, args);
};

const url = process.argv[2];
const poolMax = Number(process.argv[3] || 10);
if (!url) {
  console.error('usage: node bench/peer/server.js <database url> [pool size]');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: url, max: poolMax });

const middleware = postgraphile(pool, 'public', {
  appendPlugins: [makeJSONPgSmartTagsPlugin(tags)],
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  legacyRelations: 'omit',
  disableDefaultMutations: true,
  disableQueryLog: true,
  watchPg: false,
  graphiql: false,
  enableQueryBatching: false,
  retryOnInitFail: false,
});

const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements }));
    return;
  }
  if (req.url === '/__recent') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(recent));
    return;
  }
  middleware(req, res);
});
server.listen(0, '127.0.0.1', async () => {
  // Build the schema before reporting ready (PostGraphile builds it lazily otherwise).
  await middleware.getGraphQLSchema();
  const { port } = server.address();
  if (process.send) process.send({ ready: true, port });
  else console.log(`postgraphile on http://127.0.0.1:${port}/graphql`);
});
process.on('message', (m) => {
  if (m && m.stop) server.close(() => pool.end().then(() => process.exit(0)));
});
process.on('SIGTERM', () => process.exit(0));
