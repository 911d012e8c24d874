import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  parse,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { findUnstorableString, unstorableMessage } from '../core/unstorable-input';

/**
 * Limits on every GraphQL document, HTTP and WebSocket alike. The values were
 * chosen from the hub's real client operations (test/operations/*.graphql: the
 * deepest is a dispute page at depth 8; the costliest, 50 disputes with every
 * nested field and 50 events each, is about 136,000) with headroom, and are
 * stated in the README.
 */
export const QUERY_LIMITS = {
  maxDocumentBytes: 20_000,
  maxTokens: 3_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 250_000,
  /** Assumed size of a list field without a `first` argument (parties, referrals, ...). */
  defaultListSize: 10,
  /** Assumed `first` when it is a variable (its cap). */
  maxPageSize: 100,
};

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: true } });
}

/** Size and token limits, checked before any validation; returns the parsed document or the error. */
export function parseWithLimits(source: string): DocumentNode | GraphQLError {
  if (Buffer.byteLength(source, 'utf8') > QUERY_LIMITS.maxDocumentBytes) {
    return limitError(`The document is larger than ${QUERY_LIMITS.maxDocumentBytes} bytes.`);
  }
  try {
    return parse(source, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (e) {
    return e instanceof GraphQLError ? e : limitError('The document could not be parsed.');
  }
}

function fragmentsOf(ctx: ValidationContext): Map<string, FragmentDefinitionNode> {
  return new Map(
    ctx
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let max = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) max = Math.max(max, s.selectionSet ? 1 + depthOf(s.selectionSet, fragments, seen) : 1);
    else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(s.selectionSet, fragments, seen));
    else {
      const f = fragments.get(s.name.value);
      if (f && !seen.has(f.name.value)) max = Math.max(max, depthOf(f.selectionSet, fragments, new Set([...seen, f.name.value])));
    }
  }
  return max;
}

export const depthLimitRule: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const depth = depthOf(node.selectionSet, fragmentsOf(ctx), new Set());
    if (depth > QUERY_LIMITS.maxDepth) ctx.reportError(limitError(`The operation is ${depth} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed.`));
  },
});

export const aliasLimitRule: ValidationRule = (ctx) => {
  let aliases = 0;
  let directives = 0;
  const visitor: ASTVisitor = {
    Field(node) {
      if (node.alias) aliases++;
    },
    Directive() {
      directives++;
    },
    Document: {
      leave() {
        if (aliases > QUERY_LIMITS.maxAliases) ctx.reportError(limitError(`The document uses ${aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed.`));
        if (directives > QUERY_LIMITS.maxDirectives) ctx.reportError(limitError(`The document uses ${directives} directives; at most ${QUERY_LIMITS.maxDirectives} are allowed.`));
      },
    },
  };
  return visitor;
};

function listMultiplier(field: FieldNode, def: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number {
  const firstArg = def.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = field.arguments?.find((a) => a.name.value === 'first');
    if (given?.value.kind === Kind.INT) return Math.max(1, Number(given.value.value));
    if (given?.value.kind === Kind.VARIABLE) {
      const v = variables[given.value.name.value];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return Math.max(1, Math.min(v, QUERY_LIMITS.maxPageSize));
      if (v === undefined || v === null) return typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : QUERY_LIMITS.maxPageSize;
    }
    if (given) return QUERY_LIMITS.maxPageSize;
    return typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : QUERY_LIMITS.maxPageSize;
  }
  const unwrapped = isNonNullType(def.type) ? def.type.ofType : def.type;
  if (!isListType(unwrapped)) return 1;
  // A connection's edges were counted by its `first` already.
  return field.name.value === 'edges' ? 1 : QUERY_LIMITS.defaultListSize;
}

/**
 * Estimated cost: every field costs 1 (or its type-graphql `complexity`
 * extension), times the size of the lists it sits in. Connections count
 * `first` — its value from the request's variables when it is one, since the
 * rule runs once the operation is resolved (Apollo's didResolveOperation, and
 * graphql-ws's onSubscribe).
 */
export const costLimitRule =
  (variables: Record<string, unknown> = {}): ValidationRule =>
  (ctx) => {
    const schema = ctx.getSchema();
    const fragments = fragmentsOf(ctx);
    const costOf = (set: SelectionSetNode | undefined, parentType: ReturnType<typeof getNamedType>, seen: Set<string>): number => {
      if (!set || !parentType || !('getFields' in parentType)) return 0;
      let total = 0;
      for (const s of set.selections) {
        if (s.kind === Kind.FIELD) {
          const def = (parentType.getFields() as Record<string, GraphQLField<unknown, unknown>>)[s.name.value];
          if (!def) continue;
          const own = typeof def.extensions?.complexity === 'number' ? (def.extensions.complexity as number) : 1;
          const child = costOf(s.selectionSet, getNamedType(def.type), seen);
          total += own + listMultiplier(s, def, variables) * child;
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          const t = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parentType;
          total += costOf(s.selectionSet, (t as typeof parentType) ?? parentType, seen);
        } else {
          const f = fragments.get(s.name.value);
          if (f && !seen.has(f.name.value)) total += costOf(f.selectionSet, schema.getType(f.typeCondition.name.value) as typeof parentType, new Set([...seen, f.name.value]));
        }
      }
      return total;
    };
    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
        const cost = costOf(node.selectionSet, root ?? undefined, new Set());
        if (cost > QUERY_LIMITS.maxCost) ctx.reportError(limitError(`The operation's estimated cost is ${cost}; at most ${QUERY_LIMITS.maxCost} is allowed.`));
      },
    };
  };

/** Every `first` given by a variable at its cap: the most an operation can cost, whatever its variables. */
const AT_THE_CAP: Record<string, unknown> = new Proxy({}, { get: () => QUERY_LIMITS.maxPageSize });
const withinLimitWhateverVariables = new WeakMap<DocumentNode, boolean>();

/**
 * The cost limit's error for one request, or undefined. Apollo hands out the same DocumentNode
 * for the same document text, so the bound with every variable `first` at its cap is computed
 * once per document; only a document that could exceed the limit is costed per request, with
 * its real variables.
 */
export function costLimitError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): GraphQLError | undefined {
  let safe = withinLimitWhateverVariables.get(document);
  if (safe === undefined) {
    safe = validate(schema, document, [costLimitRule(AT_THE_CAP)]).length === 0;
    withinLimitWhateverVariables.set(document, safe);
  }
  return safe ? undefined : validate(schema, document, [costLimitRule(variables)])[0];
}

/**
 * A string literal written in the document ("\u0000" is six characters in the
 * body, a NUL once parsed) must be storable too: see src/shared/unstorable-input.ts.
 */
export const storableLiteralsRule: ValidationRule = (ctx) => ({
  StringValue(node) {
    if (findUnstorableString(node.value)) {
      ctx.reportError(new GraphQLError(unstorableMessage('A string in the document'), { nodes: [node], extensions: { code: 'BAD_USER_INPUT' } }));
    }
  },
});

/** Rules that need no variables: validation of every document. */
export const LIMIT_RULES: ValidationRule[] = [depthLimitRule, aliasLimitRule, storableLiteralsRule];
