/**
 * leanResolvers on a small type-graphql schema: the fields it makes lean answer as type-graphql's
 * own wrappers did, and the fields it must leave alone (a role check, an argument, a root of
 * another class) still go through them. Under graphql-jit: plain leaves read inline, a lazy total
 * still awaited, and an inline read that throws answered as an error.
 */
import 'reflect-metadata';
import { execute, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root, buildSchemaSync, type BuildSchemaOptions } from 'type-graphql';
import { withLazyTotal } from '../../../src/core/db/keyset';
// Its graphql-jit continuations are guarded (see 'answers an inline read that throws' below).
import '../../../src/server/compiled-execution';
import { leanResolvers, ResolverInstances } from '../../../src/server/lean-resolvers';

@ObjectType()
class LeanThing {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  count!: number | Promise<number>;

  @Field(() => String, { nullable: true })
  @Authorized('ADMIN')
  secret!: string | null;
}

interface TestContext {
  roles: string[];
  calls: { root: unknown; ctx: unknown; info: string }[];
}

/** A root the resolvers get from elsewhere: not a LeanThing, as a literal would be. */
const literal = { id: 'literal', count: 3, secret: 's' };

@Resolver(() => LeanThing)
class LeanThingResolver {
  @Query(() => [LeanThing])
  things(): object[] {
    const thing = Object.assign(new LeanThing(), { id: 't1', count: Promise.resolve(7), secret: 'hidden' });
    return [thing, literal];
  }

  @FieldResolver(() => String)
  label(@Root() thing: LeanThing, @Ctx() ctx: TestContext, @Info() info: { fieldName: string }): string {
    ctx.calls.push({ root: thing, ctx, info: info.fieldName });
    return `${thing.id}:${thing instanceof LeanThing ? 'LeanThing' : 'other'}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() thing: LeanThing, @Arg('times', () => Int) times: number): string {
    return thing.id.repeat(times);
  }

  @FieldResolver(() => String, { nullable: true })
  @Authorized('ADMIN')
  guarded(@Root() thing: LeanThing): string {
    return `guarded ${thing.id}`;
  }
}

function schemaWith(lean: boolean): { schema: GraphQLSchema; made: number } {
  const instances = new ResolverInstances();
  const options: BuildSchemaOptions = {
    resolvers: [LeanThingResolver],
    container: instances,
    authChecker: ({ context }, roles) => roles.some((r) => (context as TestContext).roles.includes(r)),
    validate: false,
  };
  const schema = buildSchemaSync(options);
  const made = lean ? leanResolvers(schema, options, instances) : 0;
  return { schema, made };
}

const DOC = parse('{ things { id count secret label repeated(times: 2) guarded } }');

async function run(schema: GraphQLSchema, roles: string[]) {
  const ctx: TestContext = { roles, calls: [] };
  const result = await execute({ schema, document: DOC, contextValue: ctx });
  return { result: JSON.parse(JSON.stringify(result)) as unknown, calls: ctx.calls.map((c) => ({ root: c.root, rootId: (c.root as LeanThing).id, ctx: c.ctx === ctx, info: c.info })) };
}

describe('leanResolvers', () => {
  it('makes the plain fields and the field resolver of root, context and info lean, and nothing else', () => {
    const { made } = schemaWith(true);
    // id, count and label; not secret (a role), repeated (an argument), guarded (a role).
    expect(made).toBe(3);
  });

  it('leaves everything to type-graphql when a global middleware is declared', () => {
    const instances = new ResolverInstances();
    const options: BuildSchemaOptions = { resolvers: [LeanThingResolver], container: instances, authChecker: () => true, validate: false, globalMiddlewares: [(_data, next) => next()] };
    expect(leanResolvers(buildSchemaSync(options), options, instances)).toBe(0);
  });

  it.each([[['ADMIN']], [[]]])('answers as type-graphql does, roles %j', async (roles) => {
    const before = await run(schemaWith(false).schema, roles);
    const after = await run(schemaWith(true).schema, roles);
    expect(after.result).toEqual(before.result);
    expect(after.calls.map(({ root, ...c }) => ({ ...c, leanThing: root instanceof LeanThing }))).toEqual(before.calls.map(({ root, ...c }) => ({ ...c, leanThing: root instanceof LeanThing })));
  });

  it('still checks roles, converts arguments and hands a root of another class to type-graphql', async () => {
    const { result, calls } = await run(schemaWith(true).schema, []);
    expect(result).toMatchObject({
      data: {
        things: [
          { id: 't1', count: 7, secret: null, label: 't1:LeanThing', repeated: 't1t1', guarded: null },
          // type-graphql makes a LeanThing of a literal root before calling the method.
          { id: 'literal', count: 3, secret: null, label: 'literal:LeanThing', repeated: 'literalliteral', guarded: null },
        ],
      },
      errors: expect.arrayContaining([expect.objectContaining({ path: ['things', 0, 'secret'] }), expect.objectContaining({ path: ['things', 1, 'guarded'] })]),
    });
    expect(calls).toEqual([
      { root: expect.any(LeanThing), rootId: 't1', ctx: true, info: 'label' },
      { root: expect.any(LeanThing), rootId: 'literal', ctx: true, info: 'label' },
    ]);
  });
});

/** A connection's lazy total (keyset.ts withLazyTotal) and rows whose getter refuses a column, under graphql-jit. */
@ObjectType()
class JitRow {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
class JitRows {
  @Field(() => [JitRow])
  rows!: JitRow[];

  @Field(() => Int)
  totalCount!: number;
}

/** A row read without its name: reading it throws, as a projected row's getter does (src/core/db/projection.ts). */
function rowWithoutName(id: string): JitRow {
  const row = Object.assign(new JitRow(), { id });
  Object.defineProperty(row, 'name', {
    get() {
      throw new Error(`JitRow.name was not read`);
    },
  });
  return row;
}

@Resolver(() => JitRows)
class JitRowsResolver {
  @Query(() => JitRows)
  async jitRows(@Arg('broken', () => Boolean) broken: boolean): Promise<JitRows> {
    await Promise.resolve();
    const rows = [Object.assign(new JitRow(), { id: 'r1', name: 'one' }), broken ? rowWithoutName('r2') : Object.assign(new JitRow(), { id: 'r2', name: 'two' })];
    return withLazyTotal(Object.assign(new JitRows(), { rows }), async () => 2);
  }

  @Query(() => JitRows)
  syncRows(): JitRows {
    return Object.assign(new JitRows(), { rows: [rowWithoutName('r3')], totalCount: 1 });
  }
}

describe('leanResolvers under graphql-jit', () => {
  const instances = new ResolverInstances();
  const options: BuildSchemaOptions = { resolvers: [JitRowsResolver], container: instances, authChecker: () => true, validate: false };
  const schema = buildSchemaSync(options);
  leanResolvers(schema, options, instances);
  const compiled = (query: string) => {
    const c = compileQuery(schema, parse(query));
    if (!('query' in c)) throw new Error(JSON.stringify(c));
    return (c.query as (root: unknown, ctx: unknown, vars: unknown) => Promise<unknown>)(undefined, {}, {});
  };

  it('reads a plain leaf inline (no resolver) and keeps the resolver of a lazy total', async () => {
    const fields = (schema.getType('JitRow') as GraphQLObjectType).getFields();
    expect(fields.id.resolve).toBeUndefined();
    expect(fields.name.resolve).toBeUndefined();
    expect((schema.getType('JitRows') as GraphQLObjectType).getFields().totalCount.resolve).toBeDefined();
    expect(await compiled('{ jitRows(broken: false) { totalCount rows { id name } } }')).toEqual({
      data: {
        jitRows: {
          totalCount: 2,
          rows: [
            { id: 'r1', name: 'one' },
            { id: 'r2', name: 'two' },
          ],
        },
      },
    });
  });

  it('answers an inline read that throws after a promise as an error, instead of never answering', async () => {
    const result = (await Promise.race([compiled('{ jitRows(broken: true) { rows { id name } } }'), new Promise((r) => setTimeout(() => r('no answer'), 2000))])) as {
      data?: unknown;
      errors?: { message: string }[];
    };
    expect(result).not.toBe('no answer');
    expect(result.errors?.map((e) => e.message)).toEqual(['JitRow.name was not read']);
  });

  it('leaves nothing unhandled behind a request whose synchronous part threw', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      // jitRows' promise is pending when syncRows' row throws in the synchronous part.
      const answer = Promise.resolve().then(() => compiled('{ jitRows(broken: false) { totalCount } syncRows { rows { name } } }'));
      await expect(answer).rejects.toThrow('JitRow.name was not read');
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
