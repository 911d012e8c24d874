import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from '../core/auth-checker';
import { DateTimeScalar } from '../core/scalars';
import { RESOLVERS } from './modules';

let cached: GraphQLSchema | null = null;

/** The executable schema (built once per process: type-graphql metadata is global). */
export function buildHubSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
    emitSchemaFile: false,
    // Required by type-graphql once a subscription exists; ours use their own `subscribe`
    // (replay from the event table, then the doorbell), so nothing is published to it.
    pubSub: createPubSub(),
  });
  return cached;
}

/** The committed artifact: SDL sorted so that diffs show real changes only. */
export function printHubSchema(): string {
  return printSchema(lexicographicSortSchema(buildHubSchema())) + '\n';
}
