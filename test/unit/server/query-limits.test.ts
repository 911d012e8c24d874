import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLError, Kind, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { LIMIT_RULES, QUERY_LIMITS, costLimitError, costLimitRule, parseWithLimits } from '../../../src/server/query-limits';
import { buildHubSchema } from '../../../src/server/schema';

const schema = buildHubSchema();
const dir = join(__dirname, '../../operations');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');
const doc = parse(all);
const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);

function errorsOf(source: string | DocumentNode) {
  const d = typeof source === 'string' ? parseWithLimits(source) : source;
  if (d instanceof GraphQLError) return [d.message];
  return validate(schema, d, [...specifiedRules, ...LIMIT_RULES, costLimitRule({})]).map((e) => e.message);
}

describe('query limits', () => {
  const operations = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

  it.each(operations.map((o) => [(o as { name?: { value: string } }).name?.value ?? '?', o]))('the real client operation %s passes', (_name, op) => {
    // Each operation with only the fragments it can use, as a client sends it.
    const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op as never, ...fragments] };
    // Variables as the tests send them: pages of at most 50.
    const errors = validate(schema, single, [...specifiedRules, ...LIMIT_RULES, costLimitRule({ first: 50, eventsFirst: 50 })]).filter((m) => !/Fragment ".*" is never used/.test(m.message));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('rejects a document deeper than the limit', () => {
    const deep = `{ dispute(id: "x") { ${'referrals { dispute { '.repeat(6)} id ${'} } '.repeat(6)} } }`;
    expect(errorsOf(deep).join()).toMatch(/levels deep/);
  });

  it('rejects too many aliases and directives', () => {
    const aliases = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(errorsOf(aliases).join()).toMatch(/aliases/);
    const directives = `{ me { ${Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`;
    expect(errorsOf(directives).join()).toMatch(/directives/);
  });

  it('rejects a costly list of lists', () => {
    const costly = `{ disputes(first: 100) { edges { node { events(first: 100) { edges { node { dispute { referrals { proceeding { pauses { reason } extensions { amount } } } } } } } } } } }`;
    expect(errorsOf(costly).join()).toMatch(/estimated cost/);
  });

  it('rejects documents over the token and size limits before validation', () => {
    const manyTokens = `{ ${'me { id } '.repeat(QUERY_LIMITS.maxTokens)} }`;
    expect(errorsOf(manyTokens).join()).toMatch(/token|larger/);
    const big = `{ me { id } } # ${'x'.repeat(QUERY_LIMITS.maxDocumentBytes)}`;
    expect(errorsOf(big).join()).toMatch(/larger than/);
  });

  it('counts a variable page size by its value', () => {
    const q = parse(
      'query($first: Int) { disputes(first: $first) { edges { node { events(first: 100) { edges { node { summary proceeding { pauses { reason note startedAt endedAt } extensions { amount reason } } } } } } } } }',
    );
    expect(validate(schema, q, [costLimitRule({ first: 2 })])).toEqual([]);
    expect(
      validate(schema, q, [costLimitRule({ first: 100 })])
        .map((e) => e.message)
        .join(),
    ).toMatch(/estimated cost/);
  });

  it("per request, costs only a document that could exceed the limit, with that request's variables", () => {
    const risky = parse(
      'query($first: Int) { disputes(first: $first) { edges { node { events(first: 100) { edges { node { summary proceeding { pauses { reason note startedAt endedAt } extensions { amount reason } } } } } } } } }',
    );
    // The same DocumentNode again and again, as Apollo's document store hands it out.
    expect(costLimitError(schema, risky, { first: 2 })).toBeUndefined();
    expect(costLimitError(schema, risky, { first: 100 })?.message).toMatch(/estimated cost/);
    expect(costLimitError(schema, risky, { first: 3 })).toBeUndefined();
    const cheap = parse('query($first: Int) { disputes(first: $first) { edges { node { id code } } } }');
    expect(costLimitError(schema, cheap, { first: 100 })).toBeUndefined();
    expect(costLimitError(schema, cheap, {})).toBeUndefined();
  });
});
