/**
 * leanResolvers on a small type-graphql schema: the fields it makes lean answer as type-graphql's
 * own wrappers did, and the fields it must leave alone (a role check, an argument, a root of
 * another class) still go through them.
 */
import 'reflect-metadata';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root, buildSchemaSync, type BuildSchemaOptions } from 'type-graphql';
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
