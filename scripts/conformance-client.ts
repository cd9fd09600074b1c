// The client command for `@modelcontextprotocol/conformance` (see scripts/conformance.mjs): it
// drives OUR session core (ServerSession) against a scenario's test server. The suite appends the
// server URL as the last argument and names the scenario in MCP_CONFORMANCE_SCENARIO; some
// scenarios pass data in MCP_CONFORMANCE_CONTEXT (JSON). Exits 0 when the scenario's client side
// did what it should, 1 with a message otherwise. Protocol handling stays in the core and the SDK:
// this script only plays the user (connect, look at the catalogue, call a tool).
import type { ElicitRequestParams, ElicitResult } from '@modelcontextprotocol/client';
import { ServerOAuthProvider } from '../src/background/auth/provider';
import { signIn, type UserAgent } from '../src/background/auth/sign-in';
import { memoryVault } from '../src/background/auth/vault';
import {
  ServerSession,
  type SessionAuth,
  type SessionDeps,
} from '../src/background/sessions/session';
import type { ServerConfig } from '../src/shared/storage/items';

type Json = Record<string, unknown>;

const url = process.argv[process.argv.length - 1] ?? '';
const scenario = process.env.MCP_CONFORMANCE_SCENARIO ?? '';
const log = (...parts: unknown[]) => console.error('[conformance-client]', ...parts);

function context(): Json {
  const raw = process.env.MCP_CONFORMANCE_CONTEXT;
  return raw ? (JSON.parse(raw) as Json) : {};
}

/** The client metadata document URL the suite expects where a server accepts one (SEP-991). */
const CLIENT_METADATA_URL = 'https://conformance-test.local/client-metadata.json';
/** Never loaded: the test authorization servers redirect at once, and we read the Location. */
const REDIRECT_URL = 'http://localhost:3000/callback';

/**
 * The user's part of signing in, played without a browser: the suite's authorization servers
 * approve at once, so following the authorization URL's redirect yields the callback URL.
 */
const headlessUser: UserAgent = async (authorizationUrl) => {
  log('authorizing at', authorizationUrl.href);
  const response = await fetch(authorizationUrl, { redirect: 'manual' });
  const location = response.headers.get('location');
  if (!location)
    throw new Error(`authorization endpoint answered ${response.status} without a redirect`);
  return new URL(location, authorizationUrl);
};

/** The extension's OAuth provider and sign-in, with memory for storage and the headless user. */
function oauth(): SessionAuth {
  const ctx = context();
  const clientId = typeof ctx.client_id === 'string' ? ctx.client_id : undefined;
  const clientSecret = typeof ctx.client_secret === 'string' ? ctx.client_secret : undefined;
  const serverUrl = new URL(url);
  const provider = new ServerOAuthProvider({
    serverUrl,
    redirectUrl: REDIRECT_URL,
    vault: memoryVault(),
    clientMetadataUrl: CLIENT_METADATA_URL,
    ...(clientId ? { preRegistered: { clientId, clientSecret: async () => clientSecret } } : {}),
  });
  return {
    provider,
    interactive: true,
    signIn: () => signIn(provider, serverUrl, headlessUser),
  };
}

function openSession(): ServerSession {
  const config: ServerConfig = {
    id: 'conformance',
    name: 'Conformance test server',
    url,
    enabled: true,
    addedAt: Date.now(),
    transport: 'auto',
    callTimeoutMs: 10_000,
    headerNames: [],
  };
  const deps: SessionDeps & {
    /**
     * The user's answer when a server asks for input (elicitation). The core has no such hook
     * yet (see the report of the conformance issue): until SessionDeps grows one under this name,
     * the core ignores it and never declares the elicitation capability. The user here declines.
     */
    elicit(request: ElicitRequestParams): Promise<ElicitResult>;
  } = {
    elicit: async (request) => {
      log('server asks for input, declining:', JSON.stringify(request));
      return { action: 'decline' };
    },
    ...(scenario.startsWith('auth/') ? { auth: oauth() } : {}),
    loadRecord: async () => undefined,
    saveRecord: async () => {},
    headers: async () => ({}),
    onStatus: (status) =>
      log(
        `status ${status.state}`,
        JSON.stringify({
          protocolVersion: status.protocolVersion,
          transport: status.transport,
          era: status.era,
          tools: status.toolCount,
          resources: status.resourceCount,
          prompts: status.promptCount,
          error: status.error?.message,
        }),
      ),
  };
  return new ServerSession(config, deps);
}

/** Connects and fails loudly unless the session ends up connected. */
async function connected(): Promise<ServerSession> {
  const session = openSession();
  await session.ensureConnected();
  if (session.status.state !== 'connected') {
    await session.close();
    throw new Error(
      `session did not connect (state ${session.status.state}): ${session.status.error?.message ?? 'no error reported'}`,
    );
  }
  log(
    'tools in catalogue:',
    session.catalog.tools.map((t) => (t.unavailable ? `${t.name} (unavailable)` : t.name)),
  );
  return session;
}

function needTool(session: ServerSession, name: string): void {
  if (!session.catalog.tools.some((t) => t.name === name))
    throw new Error(`tool ${name} is not in the catalogue`);
}

function text(result: { content?: unknown }): string {
  const content = Array.isArray(result.content) ? (result.content as Json[]) : [];
  return content
    .filter((c) => c.type === 'text')
    .map((c) => String(c.text))
    .join('\n');
}

async function call(session: ServerSession, name: string, args: Json = {}) {
  const result = await session.callTool(name, args);
  log(`${name} →`, JSON.stringify(result));
  if (result.isError) throw new Error(`${name} returned an error: ${text(result)}`);
  return result;
}

/** A plausible value for each required argument, as a model filling in the schema would give. */
function sampleArguments(inputSchema: Json): Json {
  const properties = (inputSchema.properties ?? {}) as Record<string, Json>;
  const required = (inputSchema.required ?? []) as string[];
  const args: Json = {};
  for (const name of required) {
    const type = properties[name]?.type;
    args[name] =
      type === 'integer' || type === 'number'
        ? 1
        : type === 'boolean'
          ? true
          : type === 'object'
            ? {}
            : type === 'array'
              ? []
              : type === 'null'
                ? null
                : 'sample';
  }
  return args;
}

const scenarios: Record<string, () => Promise<void>> = {
  /** Handshake only: connect (initialize or discover), fetch the catalogue, close. */
  async initialize() {
    const session = await connected();
    await session.close();
  },

  async tools_call() {
    const session = await connected();
    needTool(session, 'add_numbers');
    const result = await call(session, 'add_numbers', { a: 5, b: 3 });
    if (!text(result).includes('8'))
      throw new Error(`unexpected add_numbers result: ${text(result)}`);
    await session.close();
  },

  /** The server closes the tool call's SSE stream; the SDK must resume it after `retry` ms. */
  async 'sse-retry'() {
    const session = await connected();
    needTool(session, 'test_reconnection');
    await call(session, 'test_reconnection');
    await session.close();
  },

  /** Every request is checked for the per-request `_meta` and the version header. */
  async 'request-metadata'() {
    const session = await connected();
    await session.close();
  },

  /** Mcp-Method / Mcp-Name headers on every kind of request the core sends. */
  async 'http-standard-headers'() {
    const session = await connected();
    for (const tool of session.catalog.tools) await call(session, tool.name);
    for (const resource of session.catalog.resources) await session.readResource(resource.uri);
    for (const prompt of session.catalog.prompts) await session.getPrompt(prompt.name, {});
    await session.close();
  },

  /** Calls the tools named in the context; the SDK mirrors `x-mcp-header` parameters. */
  async 'http-custom-headers'() {
    const calls = (context().toolCalls ?? []) as { name: string; arguments: Json }[];
    if (calls.length === 0) throw new Error('MCP_CONFORMANCE_CONTEXT names no toolCalls');
    const session = await connected();
    for (const { name, arguments: args } of calls) {
      needTool(session, name);
      await call(session, name, args);
    }
    await session.close();
  },

  /**
   * Tools with invalid `x-mcp-header` declarations must not be offered. Call every tool the
   * catalogue offers, as a model could; the suite checks that only the valid one arrives.
   */
  async 'http-invalid-tool-headers'() {
    const session = await connected();
    needTool(session, 'valid_tool');
    // Tools the SDK refuses are still in our catalogue, marked unavailable with the reason.
    const refused = session.catalog.tools.filter((t) => t.unavailable);
    if (refused.length === 0)
      throw new Error('expected the invalid-header tools to be listed as unavailable');
    log('unavailable:', refused.map((t) => `${t.name} (${t.unavailable})`).join('; '));
    for (const tool of session.catalog.tools) {
      if (tool.unavailable) continue;
      try {
        await call(session, tool.name, sampleArguments(tool.inputSchema));
      } catch (error) {
        if (tool.name === 'valid_tool') throw error;
        log(`${tool.name} refused:`, error instanceof Error ? error.message : error);
      }
    }
    await session.close();
  },

  /**
   * Multi-round tool calls: the core (through the SDK) must fulfil the embedded elicitation and
   * retry with the exact `requestState`, on a new request id, and never leak it to other calls.
   */
  async 'sep-2322-client-request-state'() {
    const session = await connected();
    for (const name of ['test_mrtr_echo_state', 'test_mrtr_no_state', 'test_mrtr_unrelated'])
      if (session.catalog.tools.some((t) => t.name === name)) await call(session, name);
    // This result has no `resultType`. The suite only checks that the client does not retry it;
    // the SDK rejects it locally as a 2026-07-28 protocol violation, which is fine either way.
    await call(session, 'test_mrtr_no_result_type').catch((error: unknown) =>
      log('test_mrtr_no_result_type rejected locally (no retry):', (error as Error).message),
    );
    await session.close();
  },

  /** Listing tools must not fetch the network `$ref` in a tool's inputSchema. */
  async 'json-schema-ref-no-deref'() {
    const session = await connected();
    needTool(session, 'lookup_user');
    await session.close();
  },
};

/**
 * Every auth scenario: connect (signing in when asked), then use everything the server offers, as
 * a user would; step-up and authorization-server changes happen on the way.
 */
async function signedInUse(): Promise<void> {
  const session = await connected();
  for (const tool of session.catalog.tools) {
    if (tool.unavailable) continue;
    await call(session, tool.name, sampleArguments(tool.inputSchema));
  }
  await session.close();
}

async function main(): Promise<void> {
  if (!/^https?:\/\//.test(url))
    throw new Error(`expected the server URL as last argument, got "${url}"`);
  const run = scenarios[scenario] ?? (scenario.startsWith('auth/') ? signedInUse : undefined);
  if (!run) throw new Error(`no handler for scenario "${scenario}"`);
  log(`scenario ${scenario} against ${url}`);
  await run();
  log(`scenario ${scenario}: client side done`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `[conformance-client] FAILED (${scenario}):`,
      error instanceof Error ? error.message : error,
    );
    process.exit(1);
  },
);
