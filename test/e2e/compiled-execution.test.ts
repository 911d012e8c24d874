import { execute, parse, print, type DocumentNode, type ExecutionResult } from 'graphql';
import { buildContext } from '../../src/server/context';
import { buildHubSchema } from '../../src/server/schema';
import { seedDemoDisputes } from '../../src/server/demo-data';
import {
  CaseFileDocument,
  ConsoleMeDocument,
  DashboardStatisticsDocument,
  DisputeListDocument,
  DisputePageDocument,
  FrontdeskStatusCountsDocument,
  ReferralInboxDocument,
  ReviewCampaignsDocument,
} from '../../web/src/gql/graphql';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// HTTP queries run compiled (graphql-jit, src/server/compiled-execution.ts) from a document's
// second execution on. Each case here is answered twice over HTTP (interpreted, then compiled)
// and, in the same state, by graphql-js's own execute with a context built the same way: all
// must agree, data and errors alike.
let t: TestHub;
const schema = buildHubSchema();
beforeAll(async () => {
  t = await startTestHub();
  await seedDemoDisputes(t.hub.services);
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

interface Case {
  name: string;
  user: string | null;
  document: DocumentNode;
  variables?: Record<string, unknown>;
}

/** What a client sees of a result: the data (but the instant it was computed at), and each error's message, path and code. */
function seen(result: Pick<ExecutionResult, 'data'> & { errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }) {
  return {
    data: JSON.parse(JSON.stringify(result.data ?? null, (key, value: unknown) => (key === 'asOf' ? 'the instant' : value))) as unknown,
    errors: (result.errors ?? []).map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
  };
}

async function interpreted(c: Case, token: string | null): Promise<ExecutionResult> {
  const contextValue = await buildContext(t.hub.services, { authorization: token ? `Bearer ${token}` : undefined });
  return execute({ schema, document: c.document, variableValues: c.variables ?? {}, contextValue });
}

async function sameBothWays(c: Case): Promise<GqlResponse<Record<string, unknown>>> {
  const token = c.user ? await t.login(c.user) : null;
  // The second execution of a document is the compiled one.
  const first = await t.gql<Record<string, unknown>, Record<string, unknown>>(c.document, c.variables ?? {}, token);
  const http = await t.gql<Record<string, unknown>, Record<string, unknown>>(c.document, c.variables ?? {}, token);
  expect({ case: c.name, ...seen(http) }).toEqual({ case: c.name, ...seen(first) });
  expect({ case: c.name, ...seen(http) }).toEqual({ case: c.name, ...seen(await interpreted(c, token)) });
  return http;
}

it('answers the console’s reads as graphql-js does, for each role', async () => {
  const frontdesk = await t.login('frontdesk');
  const list = await t.gql<{ disputes: { edges: { node: { id: string } }[] } }, Record<string, unknown>>(DisputeListDocument, { first: 5 }, frontdesk);
  const disputeId = list.data!.disputes.edges[0].node.id;
  const year = new Date().getFullYear();
  const cases: Case[] = [
    { name: 'me', user: 'mediator.fuyang', document: ConsoleMeDocument },
    { name: 'inbox', user: 'mediator.fuyang', document: ReferralInboxDocument, variables: { first: 20 } },
    { name: 'list', user: 'frontdesk', document: DisputeListDocument, variables: { first: 50, filter: { status: ['IN_PROGRESS', 'REFERRED'] } } },
    { name: 'day view counts', user: 'frontdesk', document: FrontdeskStatusCountsDocument },
    { name: 'dispute page', user: 'frontdesk', document: DisputePageDocument, variables: { id: disputeId } },
    { name: 'case file', user: 'frontdesk', document: CaseFileDocument, variables: { id: disputeId } },
    { name: 'statistics', user: 'mediator.fuyang', document: DashboardStatisticsDocument, variables: { filter: { from: `${year}-01-01`, to: `${year}-12-31` } } },
    { name: 'review campaigns', user: 'reviewer', document: ReviewCampaignsDocument },
  ];
  for (const c of cases) if (c.user) await t.login(c.user);
  const compiledBefore = t.hub.compiledDocuments();
  for (const c of cases) {
    const http = await sameBothWays(c);
    expect({ name: c.name, errors: http.errors }).toEqual({ name: c.name, errors: undefined });
    expect(http.data).toBeTruthy();
  }
  // Each document was compiled on its second execution: none fell back to graphql-js.
  expect(t.hub.compiledDocuments() - compiledBefore).toBe(cases.length);
});

it('hides and masks what the viewer may not see, and reports a refused field with its path, as graphql-js does', async () => {
  const inbox = await t.gql<{ referralInbox: { edges: { node: { dispute: { id: string } } }[] } }, Record<string, unknown>>(ReferralInboxDocument, { first: 1 }, await t.login('mediator.fuyang'));
  const id = inbox.data!.referralInbox.edges[0].node.dispute.id;
  const page = parse(`query Parties($id: ID!) { me { id } dispute(id: $id) { id parties { name idNumber phone } } }`);
  // Another organization's mediator sees nothing of it; the one it was referred to sees it as its
  // access allows; the frontdesk sees it whole.
  await sameBothWays({ name: 'referred', user: 'mediator.fuyang', document: page, variables: { id } });
  const hidden = await sameBothWays({ name: 'invisible', user: 'mediator.gongshu', document: page, variables: { id } });
  expect(hidden.data?.dispute).toBeNull();
  const whole = await sameBothWays({ name: 'visible', user: 'frontdesk', document: page, variables: { id } });
  expect(whole.data?.dispute).toBeTruthy();
  const refused = await sameBothWays({ name: 'refused', user: 'mediator.gongshu', document: parse(`{ me { id } auditLog(first: 1) { nodes { id } } }`) });
  expect(refused.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['auditLog']]]);
});

it('keeps aliases, fragments on unions, directives and introspection as graphql-js does', async () => {
  const http = await sameBothWays({
    name: 'shapes',
    user: 'frontdesk',
    document: parse(`
      query Shapes($withCount: Boolean!, $skipOrgs: Boolean!) {
        a: disputes(first: 2) { totalCount @include(if: $withCount) edges { node { ...Row } } }
        b: disputes(first: 1, filter: { status: [CLOSED] }) { edges { node { ...Row } } }
        organizations @skip(if: $skipOrgs) { id }
        matter(code: "no-such-matter") { code }
        __typename
      }
      fragment Row on Dispute { id code status __typename ... on Dispute { title } }`),
    variables: { withCount: true, skipOrgs: true },
  });
  expect(Object.keys(http.data!)).toEqual(['a', 'b', 'matter', '__typename']);
  // The schema as a client tool reads it (the full introspection query is deeper than the hub allows).
  await sameBothWays({
    name: 'introspection',
    user: null,
    document: parse(
      `{ __schema { queryType { name } types { name kind description fields(includeDeprecated: true) { name isDeprecated args { name defaultValue } type { name kind ofType { name kind } } } enumValues { name } } directives { name locations } } }`,
    ),
  });
});

it('refuses variables that do not coerce with graphql-js’s message and status 400', async () => {
  const frontdesk = await t.login('frontdesk');
  const query = print(DisputeListDocument);
  await t.gql(query, { first: 1 }, frontdesk);
  // The document's second execution: compiled.
  const res = await t.gql(query, { first: 'many' }, frontdesk);
  expect(res.status).toBe(400);
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  const direct = await execute({
    schema,
    document: DisputeListDocument,
    variableValues: { first: 'many' },
    contextValue: await buildContext(t.hub.services, { authorization: `Bearer ${frontdesk}` }),
  });
  expect(res.errors?.map((e) => e.message)).toEqual(direct.errors?.map((e) => e.message));
});

it('refuses an operation name the document does not have, as graphql-js does, also once compiled', async () => {
  const frontdesk = await t.login('frontdesk');
  for (let i = 0; i < 2; i++) {
    const res = await postNamed('{ me { id } }', 'A', frontdesk);
    expect({ status: res.status, messages: res.body.errors?.map((e) => e.message) }).toEqual({ status: 400, messages: ['Unknown operation named "A".'] });
    const empty = await postNamed('{ me { id } }', '', frontdesk);
    expect({ status: empty.status, messages: empty.body.errors?.map((e) => e.message) }).toEqual({ status: 400, messages: ['Unknown operation named "".'] });
  }
  const named = await postNamed('query B { me { id } } query C { me { id } }', 'C', frontdesk);
  expect(named.status).toBe(200);
  expect(named.body.data).toEqual({ me: { id: expect.any(String) } });
});

async function postNamed(query: string, operationName: string, token: string) {
  const res = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, operationName }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string }[] } };
}
