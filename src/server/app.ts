import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, NoSchemaIntrospectionCustomRule, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../core/db/embedded-postgres';
import { prepareStatements } from '../core/db/sql';
import { migrate, openOrm, requestScope } from './orm';
import { seedDemoDisputes } from './demo-data';
import { prepareDatabase } from './go-live';
import { SessionWatch } from './session-watch';
import { InProcessEventBus, PgNotifyEventBus, EventFeed, type EventBus } from '../modules/realtime';
import { DeadlineSweep } from '../modules/deadline';
import { SharedExecutions, subscribeWithFreshContexts } from './subscriptions';
import { buildContext, confirmedExecution, RememberedViewers, resolveViewer, type HubContext } from './context';
import { createLogger, type Logger } from '../core/logger';
import { LIMIT_RULES, QUERY_LIMITS, costLimitError, costLimitRule, parseWithLimits } from './query-limits';
import { RateLimiter } from './rate-limit';
import { findUnstorableString, unstorableMessage } from '../core/unstorable-input';
import { buildHubSchema } from './schema';
import { compiledExecution } from './compiled-execution';
import { MODULES } from './modules';
import type { HttpHub } from '../core/module';
import { createServices, type HubServices } from './services';
import { SubscriptionSlots, WsOperationGuard, takeBudget } from './ws-limits';
import { logWsConnectionRefused, noteOperation, noteRefusal } from './request-log';
import { countDataTotals, describeSeed } from './seed-summary';
import { mountConsole } from './console';
import { HttpFrame } from './http-frame';
import { bodyRefusal, isPlainGraphqlPost, MAX_GRAPHQL_BODY_BYTES, refusalBeforeApollo, serveGraphqlPost } from './graphql-http';
import { mountGraphiql } from './graphiql';

export interface RunningHub {
  url: string;
  wsUrl: string;
  port: number;
  services: HubServices;
  sweep: DeadlineSweep;
  /** Live payloads executed, and deliveries that shared another subscriber's execution. */
  liveExecutions: SharedExecutions['counts'];
  /** Documents compiled for HTTP execution so far (tests: the compiled path is the one taken). */
  compiledDocuments: () => number;
  orm: MikroORM;
  embedded: EmbeddedPostgres | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** An already running embedded database (tests share one per file). */
  embedded?: EmbeddedPostgres;
  now?: () => Date;
  /** The web folder whose builds are served (dist: the console at `/`; dist-graphiql: GraphiQL outside production). Default `<repo>/web`. */
  webDir?: string;
}

const DEFAULT_WEB_DIR = resolve(__dirname, '..', '..', 'web');

async function openDatabase(config: HubConfig, logger: Logger, given?: EmbeddedPostgres) {
  if (config.databaseUrl) {
    const orm = await openOrm(config.databaseUrl, config.dbPoolMax, {}, logger);
    if (config.dbPreparedStatements) prepareStatements(orm.em as EntityManager);
    const u = new URL(config.databaseUrl);
    logger.info({ database: `${u.hostname}:${u.port || 5432}${u.pathname}` }, 'using PostgreSQL from DATABASE_URL');
    return { orm, embedded: null as EmbeddedPostgres | null, ownsEmbedded: false };
  }
  const embedded = given ?? (await startEmbeddedPostgres(join(config.dataDir, 'pglite')));
  logger.info({ dataDir: embedded.dataDir ?? '(memory)' }, 'no DATABASE_URL: using the embedded PostgreSQL (PGlite), one connection');
  const orm = await openOrm(embedded.url, 1, {}, logger);
  return { orm, embedded, ownsEmbedded: !given };
}

/** Starts the whole hub: database, migrations, seeds, HTTP and WebSocket on one port. */
export async function startHub(config: HubConfig, options: StartOptions = {}): Promise<RunningHub> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const { orm, embedded, ownsEmbedded } = await openDatabase(config, logger, options.embedded);
  try {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const seeded = await prepareDatabase(orm, config, logger);
    const totals = await countDataTotals(orm);
    logger.info({ exists: totals, added: seeded }, describeSeed(totals, seeded));
  } catch (e) {
    await orm.close(true);
    if (ownsEmbedded) await embedded?.stop();
    throw e;
  }

  const bus: EventBus = config.databaseUrl ? new PgNotifyEventBus(config.databaseUrl, logger) : new InProcessEventBus();
  await bus.start();
  const feed = new EventFeed(orm, bus, logger);
  await feed.start();
  // Sockets of an account that was disabled, changed or had its password reset close, and deliver nothing after the change.
  const sessions = new SessionWatch(orm, logger);
  sessions.start();
  feed.setGate(() => sessions.refresh());
  const services = createServices(config, orm, logger, bus, feed, options.now);
  if (config.seedOnStart && config.seedDemoDisputes) {
    // Demo disputes go through the real services (events, clocks, access rows as real use makes them); only into an empty hub.
    const demoDisputes = await seedDemoDisputes(services);
    if (demoDisputes) logger.info({ demoDisputes }, 'demo disputes seeded');
  }
  const sweep = new DeadlineSweep(services);
  // One request budget per viewer for HTTP and WebSocket together.
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  const wsGuard = new WsOperationGuard({
    limiter,
    slots: new SubscriptionSlots({ perConnection: config.subscriptionsPerConnection, perViewer: config.subscriptionsPerViewer }),
    logger,
  });
  sweep.start(config.sweepIntervalMs);
  const schema = buildHubSchema();
  const app = express();
  // GraphQL answers are POST responses nobody revalidates: no SHA-1 of every body for an ETag.
  app.set('etag', false);
  app.disable('x-powered-by');
  const frame = new HttpFrame(logger);
  // POST /graphql with a JSON body is served on node:http (./graphql-http.ts); the rest by Express.
  const httpServer: Server = createServer((req, res) =>
    frame.run(req, res, (req.url ?? '/').split('?')[0], (requestId) =>
      isPlainGraphqlPost(req) ? void serveGraphqlPost(req, res, apollo, () => graphqlContext(req, requestId), logger) : app(req, res),
    ),
  );
  // One live event reaches every subscriber in the same turn of the event loop; their executions
  // share one EntityManager made for that turn (a fork costs about as much as executing the
  // payload's fields), and subscribers alike in all that the payload read of them share one
  // execution (SharedExecutions). The next turn gets a new one.
  let turnEm: EntityManager | null = null;
  const freshEmThisTurn = (): EntityManager => {
    if (!turnEm) {
      turnEm = services.orm.em.fork() as EntityManager;
      setImmediate(() => (turnEm = null));
    }
    return turnEm;
  };
  const liveExecutions = new SharedExecutions();

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: HubContext['viewer']; requestId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          const em = services.orm.em.fork();
          const viewer = await resolveViewer(services, em as never, ctx.connectionParams?.authorization);
          if (!viewer) {
            logWsConnectionRefused(logger, randomUUID(), 'no token in connectionParams.authorization');
            return false; // graphql-ws closes with 4403 Forbidden
          }
          ctx.extra.viewer = viewer;
          ctx.extra.requestId = randomUUID();
          // The connection lives no longer than its token.
          const socket = ctx.extra.socket;
          const timer = setTimeout(() => socket.close(4403, 'Forbidden: token expired'), Math.max(0, viewer.tokenExpiresAt.getTime() - Date.now()));
          timer.unref();
          const watched = sessions.watch(viewer, (code, reason) => socket.close(code, reason));
          socket.once('close', () => {
            clearTimeout(timer);
            watched.release();
          });
          return true;
        } catch (e) {
          logWsConnectionRefused(logger, randomUUID(), e instanceof Error ? e.message : String(e));
          return false;
        }
      },
      // The same document limits as HTTP: size, tokens, depth, aliases, directives, cost; the same
      // request budget; and a cap on live subscriptions. Each refusal is logged with its reason.
      onSubscribe: (ctx, id, payload) => {
        const unstorable = findUnstorableString(payload, 'payload');
        if (unstorable) return wsGuard.refuse(ctx, id, payload, [new GraphQLError(unstorableMessage(unstorable), { extensions: { code: 'BAD_USER_INPUT' } })]);
        const document = parseWithLimits(payload.query);
        if (document instanceof GraphQLError) return wsGuard.refuse(ctx, id, payload, [document], undefined, 'GRAPHQL_PARSE_FAILED');
        const limited = wsGuard.takeBudget(ctx);
        if (limited) return wsGuard.refuse(ctx, id, payload, [limited], document);
        const errors = validate(schema, document, [
          ...specifiedRules,
          ...LIMIT_RULES,
          costLimitRule(payload.variables ?? {}),
          ...(config.nodeEnv === 'production' ? [NoSchemaIntrospectionCustomRule] : []),
        ]);
        if (errors.length) return wsGuard.refuse(ctx, id, payload, errors, document, 'GRAPHQL_VALIDATION_FAILED');
        const capped = wsGuard.reserveSlot(ctx, payload, document);
        if (capped) return wsGuard.refuse(ctx, id, payload, [capped], document);
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
      },
      // Each event of a subscription is resolved with a context (loaders) of its own, on an
      // EntityManager fresh for this turn of the event loop.
      subscribe: (args) => {
        const viewer = (args.contextValue as HubContext).viewer;
        return subscribeWithFreshContexts(args, freshEmThisTurn, () => !viewer || sessions.allowed(viewer), liveExecutions);
      },
      context: (ctx) => buildContext(services, { viewer: ctx.extra.viewer ?? null, requestId: ctx.extra.requestId, ip: ctx.extra.request.socket.remoteAddress ?? 'unknown' }),
      onOperation: (ctx, id, payload, args, result) => {
        wsGuard.started(ctx, id, payload, args, result);
      },
      onComplete: (ctx, _id, payload) => wsGuard.completed(ctx, payload),
      onClose: (ctx) => wsGuard.closed(ctx),
    },
    wsServer,
  );

  // Queries and mutations run compiled (graphql-jit); Apollo takes an executor only as a gateway.
  // A request of an account read before starts before its own read of the account has answered (./context.ts).
  const rememberedViewers = new RememberedViewers();
  const execution = compiledExecution(schema, (rc, run) => confirmedExecution(rc.context as HubContext, rc.operation?.operation === 'query', run));
  const apollo = new ApolloServer<HubContext>({
    gateway: execution,
    // main.ts owns SIGTERM/SIGINT and calls stop() in order. Apollo's own handler (on whenever
    // NODE_ENV is not 'test') would start a second, concurrent apollo.stop(); Apollo 5 never
    // releases a concurrent stop() call, so shutdown under load hung until the 20 s force-exit.
    stopOnTerminationSignals: false,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: config.nodeEnv !== 'production',
    csrfPrevention: true,
    validationRules: LIMIT_RULES,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    // No "did you mean" field suggestions in production.
    hideSchemaDetailsFromClientErrors: config.nodeEnv === 'production',
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No HTTP cache hints are used; without this plugin Apollo's default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // No Apollo Sandbox landing page (it loads from a CDN): outside production GET /graphql in a
      // browser is the bundled GraphiQL (./graphiql.ts); in production there is no IDE.
      ApolloServerPluginLandingPageDisabled(),
      // The hub is no federated subgraph: without this Apollo installs its inline-trace plugin, a listener of every request.
      ApolloServerPluginInlineTraceDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      // The hub's one request listener: Apollo awaits every listener at every stage of every request.
      {
        async requestDidStart() {
          return {
            async didResolveOperation(rc) {
              // Subscriptions live on the WebSocket; over HTTP there is no event stream to answer with.
              if (rc.operation?.operation === 'subscription') {
                throw new GraphQLError('Subscriptions are served over WebSocket (graphql-transport-ws) on /graphql, not over HTTP.', {
                  extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
                });
              }
              const limited = takeBudget(limiter, rc.contextValue.viewer?.userId, rc.contextValue.ip);
              if (limited) throw limited;
              // The cost limit needs the variables (a connection's `first`), so it runs here rather than in validation.
              const error = costLimitError(rc.schema, rc.document, rc.request.variables ?? {});
              if (error) throw new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
            },
            async willSendResponse(rc) {
              // Operation name and type, viewer and outcome for the request's log line.
              noteOperation(rc);
              // Statements per request, for tests and benchmarks (not exposed in production).
              const counter = requestScope.getStore()?.sql;
              if (counter && config.nodeEnv !== 'production') {
                rc.response.http.headers.set('x-sql-statements', String(counter.statements));
                rc.response.http.headers.set('x-sql-round-trips', String(counter.roundTrips));
              }
            },
            async didEncounterErrors(rc) {
              for (const err of rc.errors) {
                const code = err.extensions?.code;
                if (!code || code === 'INTERNAL_SERVER_ERROR') rc.contextValue.log?.error({ err: err.originalError ?? err }, 'unexpected error');
              }
            },
          };
        },
      },
    ],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      // Apollo refuses some malformed requests (a persisted-query hash that does not match its query)
      // with HTTP 4xx but no code: the client's mistake, not an internal error.
      const status = (error as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
      if ((!code || code === 'INTERNAL_SERVER_ERROR') && status !== undefined && status >= 400 && status < 500) {
        return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
      }
      // Unexpected failures never show internals to the client.
      if (config.nodeEnv === 'production' && (!code || code === 'INTERNAL_SERVER_ERROR')) {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1', [], 'get');
      res.json({ status: 'ready', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'not ready', database: 'unreachable' });
    }
  });

  const webDir = options.webDir ?? DEFAULT_WEB_DIR;
  mountGraphiql(app, { dir: join(webDir, 'dist-graphiql'), nodeEnv: config.nodeEnv });

  const graphqlContext = async (req: IncomingMessage, requestId: string): Promise<HubContext> => {
    try {
      return await buildContext(services, { authorization: req.headers.authorization, requestId, ip: req.socket.remoteAddress ?? 'unknown', remembered: rememberedViewers });
    } catch (e) {
      // A refused token never reaches Apollo's plugins: note it for the request's log line.
      if (e instanceof GraphQLError) noteRefusal(String(e.extensions?.code ?? 'UNAUTHENTICATED'), e.message);
      throw e;
    }
  };
  app.use(
    '/graphql',
    express.json({ limit: MAX_GRAPHQL_BODY_BYTES }),
    (req, res, next) => {
      const refused = refusalBeforeApollo(req.body, req.query);
      if (refused) res.status(refused.status).json(refused.body);
      else next();
    },
    expressMiddleware(apollo, { context: ({ req }) => graphqlContext(req, (req as unknown as { requestId: string }).requestId) }),
  );

  // The modules' own HTTP endpoints (POST /files, GET /files/:id ...), authenticated like /graphql.
  const httpHub: HttpHub = {
    services,
    contextOf: async (req, requestId) => {
      const ctx = await buildContext(services, { authorization: req.headers.authorization, requestId, ip: req.socket.remoteAddress ?? 'unknown' });
      const limited = takeBudget(limiter, ctx.viewer?.userId, ctx.ip);
      if (limited) throw limited;
      return ctx;
    },
  };
  for (const m of MODULES) {
    if (!m.http) continue;
    const router = express.Router();
    m.http(router, httpHub);
    app.use(router);
  }

  // The web console at `/` (web/dist; a short page saying how to build it when missing).
  mountConsole(app, { dir: join(webDir, 'dist'), nodeEnv: config.nodeEnv });

  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; statusCode?: number };
    const status = e.status ?? e.statusCode;
    // What the body parser refuses (too large, not JSON, a charset or encoding, ...) is the client's mistake.
    if (status && status >= 400 && status < 500) {
      const refused = bodyRefusal(e.type ?? 'unreadable body', status);
      return res.status(refused.status).json(refused.body);
    }
    logger.error({ err }, 'unhandled HTTP error');
    return res.status(status && status >= 500 && status < 600 ? status : 500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://127.0.0.1:${port}/graphql`;
  logger.info({ url, embedded: !!embedded }, 'dispute hub listening');

  let stopping: Promise<void> | null = null;
  return {
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    port,
    services,
    sweep,
    liveExecutions: liveExecutions.counts,
    compiledDocuments: execution.compiledDocuments,
    orm,
    embedded,
    stop() {
      stopping ??= (async () => {
        frame.drain();
        await sweep.stop();
        sessions.stop();
        await feed.stop();
        await bus.stop();
        await apollo.stop(); // drains HTTP, disposes the WebSocket server
        await orm.close(true);
        if (ownsEmbedded) await embedded?.stop();
        logger.info('dispute hub stopped');
      })();
      return stopping;
    },
  };
}
