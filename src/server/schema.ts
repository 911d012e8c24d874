import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../modules/auth/auth-checker';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { MatterResolver } from '../modules/matter/matter.resolver';
import { OrganizationResolver } from '../modules/organization/organization.resolver';
import { DateTimeScalar } from '../shared/scalars';
import { DisputeResolver } from '../modules/dispute/dispute.resolver';
import { PartyResolver } from '../modules/dispute/party.resolver';
import { ReferralResolver } from '../modules/referral/referral.resolver';
import { ExtensionResolver, ProceedingResolver } from '../modules/proceeding/proceeding.resolver';
import { TimelineResolver } from '../modules/timeline/timeline.resolver';
import { CourtResolver } from '../modules/court/court.resolver';
import { SubscriptionResolver } from '../modules/realtime/subscription.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  OrganizationResolver,
  MatterResolver,
  CalendarResolver,
  DisputeResolver,
  PartyResolver,
  ReferralResolver,
  ProceedingResolver,
  ExtensionResolver,
  TimelineResolver,
  CourtResolver,
  SubscriptionResolver,
  AuditResolver,
];

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
