import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchemaSync, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../core/auth-checker';
import { DateTimeScalar } from '../core/scalars';
import { RESOLVERS } from './modules';
import { leanResolvers, ResolverInstances } from './lean-resolvers';

let cached: GraphQLSchema | null = null;
const instances = new ResolverInstances();

/** The executable schema (built once per process: type-graphql metadata is global). */
export function buildHubSchema(): GraphQLSchema {
  if (cached) return cached;
  const options: BuildSchemaOptions = {
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
    // Required by type-graphql once a subscription exists; ours use their own `subscribe`
    // (replay from the event table, then the doorbell), so nothing is published to it.
    pubSub: createPubSub(),
    container: instances,
  };
  cached = buildSchemaSync(options);
  leanResolvers(cached, options, instances);
  // A subscription field's payload is the value its `subscribe` delivered: its arguments chose the
  // stream, and no per-event code runs on them (subscribers alike share an execution whatever
  // their cursors: src/server/subscriptions.ts, payloadKey).
  for (const field of Object.values(cached.getSubscriptionType()?.getFields() ?? {})) field.resolve = (root: unknown) => root;
  return cached;
}

/** The committed artifact: SDL sorted so that diffs show real changes only. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(buildHubSchema())) + '\n';
}
