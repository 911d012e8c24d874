/**
 * The benchmark's second peer: PostGraphile 5 (Grafast; graphql 16, its own node_modules in
 * bench/peer5) on the hub's database and tables, started by bench/run-all.ts beside the
 * PostGraphile 4.14 peer (bench/peer) with the same interface:
 *
 *   node bench/peer5/server.js <database url> [pool size=10]
 *
 * Production-like setup: the amber preset (v5's defaults: v5 inflection, connections), the
 * grafserv node adapter on node:http, no GraphiQL, no watch, no websockets, no explain, no
 * mutations, Grafast's "data as string" output. The hub's soft references are declared as
 * smart-tag foreign keys from the same bench/peer/tags.json as the 4.14 peer. No RLS and no
 * JWT: every request sees every row (see bench/README.md).
 * Listens on 127.0.0.1 (ephemeral port) and reports { ready, port } over IPC.
 * GET /__stats answers { statements }: queries sent through pg since start (for SQL
 * statements per request); GET /__recent the last 20 queries (text and values, for EXPLAIN).
 */
'use strict';

// Production mode whatever the parent's NODE_ENV (Grafast plans more slowly in development mode,
// which it also enters on NODE_ENV=development/test); set before grafast is loaded.
process.env.GRAPHILE_ENV = 'production';

// PostGraphile 5.1 declares Node >= 22; on Node 20 (the hub's runtime) the only newer API its
// packages call is Promise.withResolvers (grafast, grafserv, @dataplan/pg). Same semantics.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const http = require('node:http');
const pg = require('pg');
const { postgraphile } = require('postgraphile');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');
const { jsonPgSmartTags } = require('postgraphile/utils');
const tags = require('../peer/tags.json');
// At start PostGraphile warns that it has no codec for pg_catalog.xid8: dispute_event.tx_id, which
// it then leaves out of DisputeEvent. No case selects it.

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
  console.error('usage: node bench/peer5/server.js <database url> [pool size]');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: url, max: poolMax });

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [jsonPgSmartTags(tags)],
  // As the 4.14 peer (ignoreIndexes: true, its default): conditions and orderBy on every
  // column, indexed or not (the cases filter deadline.kind / open and order party.position).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  schema: {
    // As disableDefaultMutations in the 4.14 peer: a read-only schema.
    defaultBehavior: '-insert -update -delete',
  },
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafserv: { graphiql: false, watch: false, websockets: false, outputDataAsString: true },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);

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
  // Everything else goes to grafserv's handler (it answers 404 for what it does not serve).
  handler(req, res);
});
// createHandler, not serv.addTo(server): addTo adds its own 'request' listener, which would answer
// /__stats too; it is deprecated only because it cannot add websockets, which are off here.
const handler = serv.createHandler();

(async () => {
  // Build the schema before reporting ready (the first request would wait for it otherwise).
  await pgl.getSchema();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  if (process.send) process.send({ ready: true, port });
  else console.log(`postgraphile 5 on http://127.0.0.1:${port}/graphql`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});

process.on('message', (m) => {
  if (m && m.stop)
    server.close(() =>
      Promise.resolve(pgl.release())
        .then(() => pool.end())
        .then(() => process.exit(0)),
    );
});
process.on('SIGTERM', () => process.exit(0));
