// The hub's development GraphiQL (issue #14): served at GET /graphql to a browser when NODE_ENV is
// not 'production' (src/server/graphiql.ts). Bundled from the `graphiql` package by
// web/graphiql/vite.config.mts (`npm run build:graphiql`): nothing loads from another origin, no telemetry.
import './workers';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { buildSchema, Kind, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The hub's schema as built (npm run schema): GraphiQL needs no introspection round trip, which the
// hub's depth limit (src/server/query-limits.ts) would refuse. Rebuilt when the schema changes.
import schemaSdl from '../../schema/schema.graphql?raw';

const schema = buildSchema(schemaSdl);

const httpUrl = new URL('/graphql', window.location.href).toString();
const wsUrl = httpUrl.replace(/^http/, 'ws');
type Fetcher = GraphiQLProps['fetcher'];

/** Queries and mutations: POST with the headers of GraphiQL's Headers editor (JSON, so no CSRF preflight is needed). */
const http: Fetcher = async (params, opts) => {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...((opts?.headers ?? {}) as Record<string, string>) },
    body: JSON.stringify(params),
  });
  return res.json();
};

/** One WebSocket client per Authorization header (the hub authenticates a connection once, in connectionParams). */
const wsClients = new Map<string, Client>();
function wsClient(authorization: string): Client {
  let client = wsClients.get(authorization);
  if (!client) {
    client = createClient({ url: wsUrl, lazy: true, connectionParams: { authorization } });
    wsClients.set(authorization, client);
  }
  return client;
}

function isSubscription(doc: DocumentNode | null | undefined, operationName: string | null | undefined): boolean {
  const ops = (doc?.definitions ?? []).filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((d) => d.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  return op?.operation === 'subscription';
}

/** Queries and mutations over HTTP; subscriptions over graphql-ws with the headers' Authorization as connectionParams. */
const fetcher: Fetcher = (params, opts) => {
  if (!isSubscription(opts?.documentAST, params.operationName)) return http(params, opts);
  const headers = (opts?.headers ?? {}) as Record<string, string>;
  const authorization = headers.Authorization ?? headers.authorization ?? '';
  const events = wsClient(authorization).iterate({ query: params.query, variables: params.variables ?? undefined, operationName: params.operationName ?? undefined });
  return events as unknown as ReturnType<Fetcher>;
};

const DEFAULT_QUERY = `# 纠纷调处平台 API（开发环境）
#
# 1. 登录：运行下面的 login 变更（演示账号：frontdesk、mediator.fuyang、
#    adjudicator.finance、court.liaison、reviewer、admin，密码均为 demo-password，
#    仅在演示/测试数据库中存在）。
# 2. 复制结果中的 token，在下方 “Headers” 中填写：
#    { "Authorization": "Bearer <token>" }
# 3. 之后的查询、变更和订阅（WebSocket）都以该账号身份执行。

mutation SignIn {
  login(username: "frontdesk", password: "demo-password") {
    __typename
    ... on Session { token expiresAt mustChangePassword user { username roles } }
    ... on ErrorResult { errorCode message }
  }
}

query Labels {
  enumLabels(enums: ["DisputeStatus"]) { enum value label }
}
`;

function SignInNote() {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  return (
    <div className="hub-note" role="note">
      <span>
        登录方法：运行示例中的 <code>login</code> 变更（演示账号如 <code>frontdesk</code>、<code>mediator.fuyang</code>、<code>court.liaison</code>、<code>admin</code>， 密码{' '}
        <code>demo-password</code>），再把返回的 token 填入 Headers：<code>{'{ "Authorization": "Bearer <token>" }'}</code>。 Token 不会被保存到 localStorage。
      </span>
      <button type="button" onClick={() => setOpen(false)} aria-label="关闭说明">
        ×
      </button>
    </div>
  );
}

function App() {
  return (
    <div className="hub-graphiql">
      <SignInNote />
      <div className="hub-graphiql-ide">
        <GraphiQL schema={schema} fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultHeaders={'{\n}'} shouldPersistHeaders={false} defaultEditorToolsVisibility="headers" />
      </div>
    </div>
  );
}

createRoot(document.getElementById('graphiql-app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
