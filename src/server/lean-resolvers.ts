import { getNamedType, GraphQLObjectType, isLeafType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { LAZY_FIELDS } from '../core/db/keyset';
import { getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type Class = new () => object;
/** A class as type-graphql's metadata holds it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

/** The one instance of each resolver class, shared with type-graphql (buildSchemaSync's `container`): a Map, not its default container's list search per call. */
export class ResolverInstances {
  private readonly instances = new Map<Target, object>();

  get(target: Target): object {
    let instance = this.instances.get(target);
    if (!instance) this.instances.set(target, (instance = new (target as Class)()));
    return instance;
  }
}

interface Param {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

/**
 * type-graphql wraps the resolver of every field of an object type: a plain property too, and per
 * call it allocates the resolver's data, sorts the parameters' metadata, looks the resolver's
 * instance up in a list and runs the middleware chain, empty or not. Here, once the schema is
 * built, the fields that have neither middleware nor a role check get a resolver that does only
 * what the wrapper would do for them: read the property, or call the field resolver's method with
 * its root, context and info. Any other field (arguments, custom parameters, a role or middleware,
 * a root of another class than declared) keeps type-graphql's own. Root types are left alone: they
 * run once per request and most carry a permission. Returns how many fields were made lean.
 *
 * A plain property of a leaf type (scalar or enum, under its own name) gets no resolver at all:
 * graphql-jit then reads it inline, without the three closures, the response path and the resolve
 * info it builds for every resolver call (about half the calls of a list of referrals). A property
 * that may hold a promise must keep a resolver (LAZY_FIELDS, the connections' lazy totalCount);
 * a row's getter that throws (a column it was not read with) is guarded in ./compiled-execution.ts.
 */
export function leanResolvers(schema: GraphQLSchema, options: Pick<BuildSchemaOptions, 'resolvers' | 'globalMiddlewares'>, instances: ResolverInstances): number {
  const storage = getMetadataStorage();
  const resolvers = options.resolvers as readonly Target[];
  // Middlewares would run in type-graphql's wrapper only: with any declared, nothing is touched.
  if (storage.middlewares.length > 0 || options.globalMiddlewares?.length) return 0;
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  let lean = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || roots.has(type)) continue;
    // By name, as the schema knows it: two classes of one name (one of them outside the schema) could lend the wrong one's roles.
    const named = storage.objectTypes.filter((o) => o.name === type.name);
    if (named.length !== 1) continue;
    const [meta] = named;
    const interfaces = storage.interfaceTypes.filter((i) => meta.interfaceClasses?.includes(i.target));
    // As type-graphql collects them: the interfaces' fields first, the type's own last (they win).
    const declared = [...interfaces.flatMap((i) => i.fields ?? []), ...(meta.fields ?? [])];
    for (const [name, field] of Object.entries(type.getFields())) {
      const fm = declared.filter((f) => f.schemaName === name).at(-1);
      if (!fm || !field.resolve || fm.middlewares?.length || fm.roles) continue;
      const fr = storage.fieldResolvers.find((r) => r.getObjectType?.() === fm.target && r.methodName === fm.name && (r.kind === 'internal' || resolvers.includes(r.target)));
      if (!fr) {
        // A plain value read from the row needs no resolver at all: graphql-jit then reads it inline.
        field.resolve = fm.name === name && isLeafType(getNamedType(field.type)) && !LAZY_FIELDS.has(name) ? undefined : property(fm.name);
        lean++;
        continue;
      }
      if (fr.kind !== 'external' || fr.middlewares?.length || fr.roles) continue;
      const params = [...((fr.params ?? []) as Param[])].sort((a, b) => a.index - b.index);
      if (!params.every((p) => (p.kind === 'info' || p.kind === 'root' || p.kind === 'context') && p.propertyName === undefined)) continue;
      field.resolve = method(instances.get(fr.target), fr.methodName, params, field.resolve);
      lean++;
    }
  }
  return lean;
}

function property(name: string): Resolver {
  return (root) => (root as Record<string, unknown>)[name];
}

function method(instance: object, methodName: string, params: Param[], original: Resolver): Resolver {
  const fn = (instance as Record<string, (...a: unknown[]) => unknown>)[methodName];
  const kinds = params.map((p) => p.kind);
  const rootParam = params.find((p) => p.kind === 'root');
  let rootClass: Target | null | undefined;
  const declaredRoot = (): Target | null => {
    if (rootClass === undefined) {
      const t = rootParam?.getType?.();
      rootClass = typeof t === 'function' ? t : null;
    }
    return rootClass;
  };
  return (root, args, ctx, info) => {
    // type-graphql would turn a root of another class into the declared one: its own wrapper does that.
    const cls = declaredRoot();
    if (cls && root != null && !(root instanceof cls)) return original(root, args, ctx, info);
    const values = kinds.map((k) => (k === 'root' ? root : k === 'context' ? ctx : info));
    return fn.apply(instance, values);
  };
}
