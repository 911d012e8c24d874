import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type EntityClass = abstract new (...a: never[]) => object;

/**
 * The columns of one entity a read fetches: every column (`Projection.ALL`) or those of some
 * properties. Every row a read carries is decoded and mapped, wanted or not (a dispute's facts
 * and form answers, a proceeding's rules), so a list read for a few fields fetches only theirs.
 * Interned per entity and property set: `covers` and `union` are cheap enough to ask per row.
 */
export class Projection {
  /** Every column: what a read with no selection to go by fetches. */
  static readonly ALL = new Projection(null, null, '*');

  private readonly unions = new Map<Projection, Projection>();

  private constructor(
    readonly meta: EntityMetadata | null,
    /** Property names, or null for every column. */
    readonly properties: ReadonlySet<string> | null,
    readonly key: string,
  ) {}

  /** The projection of these properties of `meta`'s entity (interned). */
  static of(meta: EntityMetadata, properties: Iterable<string>): Projection {
    const columns = columnPropertiesOf(meta);
    const set = new Set<string>(['id']);
    for (const p of properties) {
      if (!columns.has(p)) throw new Error(`${meta.className}.${p} is not a column of its own`);
      set.add(p);
    }
    if (set.size === columns.size) return Projection.ALL;
    const key = [...set].sort().join(',');
    let byKey = interned.get(meta);
    if (!byKey) interned.set(meta, (byKey = new Map()));
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = new Projection(meta, set, key)));
    return p;
  }

  /** Whether rows read with this projection carry every column `other` needs. */
  covers(other: Projection): boolean {
    if (this === other || this.properties === null) return true;
    if (other.properties === null) return false;
    for (const p of other.properties) if (!this.properties.has(p)) return false;
    return true;
  }

  union(other: Projection): Projection {
    if (this.covers(other)) return this;
    if (other.covers(this)) return other;
    let u = this.unions.get(other);
    if (!u) this.unions.set(other, (u = Projection.of(this.meta!, [...this.properties!, ...other.properties!])));
    return u;
  }

  /** The select list: `alias.*`, or the projected columns (`alias.code, alias.status`). */
  select(alias?: string): string {
    const prefix = alias ? `${alias}.` : '';
    if (this.properties === null) return `${prefix}*`;
    let byAlias = this.selects.get(prefix);
    if (byAlias === undefined) {
      const columns = columnPropertiesOf(this.meta!);
      byAlias = [...this.properties].flatMap((p) => columns.get(p)!.map((c) => prefix + c)).join(', ');
      this.selects.set(prefix, byAlias);
    }
    return byAlias;
  }
  private readonly selects = new Map<string, string>();
}

const interned = new WeakMap<EntityMetadata, Map<string, Projection>>();

/** An entity's properties that are columns of its own table (scalars, embedded JSON, owning sides of relations), with their column names. */
const columnProperties = new WeakMap<EntityMetadata, Map<string, string[]>>();
function columnPropertiesOf(meta: EntityMetadata): Map<string, string[]> {
  let map = columnProperties.get(meta);
  if (!map) {
    map = new Map();
    for (const p of meta.props) {
      const owns = p.kind === 'scalar' || p.kind === 'embedded' || p.kind === 'm:1' || (p.kind === '1:1' && p.owner);
      if (owns && p.persist !== false && !p.formula && p.fieldNames?.length) map.set(p.name, p.fieldNames);
    }
    columnProperties.set(meta, map);
  }
  return map;
}

/**
 * What a field resolver reads of its parent row beyond `id`: declared on the resolver, so that a
 * projection of the parent fetches those columns when the field is selected. A selected field
 * that is neither a column property nor declared here makes its parent read in full.
 */
const declaredReads = new Map<EntityClass, Map<string, readonly string[]>>();

/**
 * Declares the properties of `entity` this field resolver reads (besides `id`). The field is the
 * method's name. Reading a property a projection left out throws (projectedPrototype), so an
 * incomplete declaration fails loudly in tests instead of answering wrong.
 */
export function Reads<T extends object>(entity: abstract new (...a: never[]) => T, ...properties: (keyof T & string)[]): MethodDecorator {
  return (_target, field) => {
    let fields = declaredReads.get(entity);
    if (!fields) declaredReads.set(entity, (fields = new Map()));
    fields.set(String(field), properties);
  };
}

/**
 * The projection of `entity` that the field being resolved selects: below it, or below `path`
 * (['edges', 'node'] for a connection's rows). Each selected field (through fragments and inline
 * fragments; directives count as selected) needs the column property of its name or what its
 * resolver declares with `@Reads`; any other field needs every column. Memoized per `fieldNodes`
 * of the field: a compiled query (graphql-jit) keeps them for as long as the document is cached, so
 * its rows pay a map lookup; graphql-js (subscriptions) makes them per execution, and they are
 * forgotten with it.
 */
export function projectionOf(em: EntityManager, info: GraphQLResolveInfo, entity: EntityClass, path: readonly string[] = [], always: readonly string[] = []): Projection {
  let cached = memo.get(info.fieldNodes);
  if (!cached) memo.set(info.fieldNodes, (cached = []));
  for (const c of cached) if (c.entity === entity && samePath(c.path, path) && samePath(c.always, always)) return c.projection;
  const meta = em.getMetadata().get(entity.name);
  const projection = computeProjection(meta, entity, info, path, always);
  cached.push({ entity, path, always, projection });
  return projection;
}

interface Memo {
  entity: EntityClass;
  path: readonly string[];
  always: readonly string[];
  projection: Projection;
}
const memo = new WeakMap<readonly FieldNode[], Memo[]>();

/** Where a connection's rows are below its field. */
export const CONNECTION_ROWS: readonly string[] = ['edges', 'node'];
const samePath = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((x, i) => x === b[i]));

function computeProjection(meta: EntityMetadata, entity: EntityClass, info: GraphQLResolveInfo, path: readonly string[], always: readonly string[]): Projection {
  const columns = columnPropertiesOf(meta);
  const declared = declaredReads.get(entity);
  const needed = new Set<string>(always);
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) sets = sets.flatMap((s) => fieldsNamed(s, step, info).flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])));
  for (const s of sets) {
    for (const f of fieldsNamed(s, null, info)) {
      const name = f.name.value;
      if (name === '__typename') continue;
      const reads = declared?.get(name);
      if (reads) for (const p of reads) needed.add(p);
      else if (columns.has(name)) needed.add(name);
      else return Projection.ALL;
    }
  }
  return Projection.of(meta, needed);
}

/** The fields of a selection set (through fragments and inline fragments), those named `name` or all. */
function fieldsNamed(set: SelectionSetNode, name: string | null, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (name === null || s.name.value === name) out.push(s);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      out.push(...fieldsNamed(s.selectionSet, name, info, seen));
    } else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      if (fragment) out.push(...fieldsNamed(fragment.selectionSet, name, info, seen));
    }
  }
  return out;
}

const prototypes = new WeakMap<Projection, object>();

/**
 * The prototype of rows read with a projection: the entity's, below getters that throw for every
 * column property left out. A resolver that reads a column its field did not declare fails (in
 * tests) instead of answering `undefined` as if the value were empty.
 */
export function projectedPrototype(projection: Projection, entityPrototype: object): object {
  if (projection.properties === null) return entityPrototype;
  let proto = prototypes.get(projection);
  if (!proto) {
    const meta = projection.meta!;
    const read = projection.properties;
    const missing: PropertyDescriptorMap = {};
    for (const p of columnPropertiesOf(meta).keys()) {
      if (read.has(p)) continue;
      missing[p] = {
        get() {
          throw new Error(`${meta.className}.${p} was not read: the row was projected to ${[...read].join(', ')} (declare it with @Reads on the field's resolver)`);
        },
        set(value: unknown) {
          Object.defineProperty(this, p, { value, writable: true, enumerable: true, configurable: true });
        },
      };
    }
    proto = Object.create(entityPrototype, missing) as object;
    prototypes.set(projection, proto);
  }
  return proto;
}
