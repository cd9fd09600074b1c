import {
  Client,
  InMemoryTransport,
  type JSONRPCMessage,
  SdkErrorCode,
  SdkHttpError,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { afterEach, describe, expect, it } from 'vitest';
import { SwitchboardError } from '../../shared/errors';
import type { ServerConfig } from '../../shared/storage/items';
import { CLIENT_INFO, type Opened } from './connect';
import { ServerSession, type SessionDeps } from './session';

/** A fake legacy MCP server on the other end of an in-memory link; its behaviour is switchable. */
class FakeServer {
  answerPings = true;
  answerCalls = true;
  calls = 0;
  reads = 0;
  /** Throw this from the next connection attempts, instead of connecting. */
  refuse: Error | undefined;
  attempts = 0;
  forgetSession = false;

  async open(): Promise<Opened> {
    this.attempts++;
    if (this.refuse) throw this.refuse;
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    serverSide.onmessage = (message) => void this.answer(serverSide, message);
    await serverSide.start();
    const client = new Client(CLIENT_INFO, { capabilities: {} });
    await client.connect(clientSide, { prior: { kind: 'legacy' } });
    return {
      client,
      transport: clientSide,
      verdict: { transport: 'streamable-http', era: 'legacy' },
    };
  }

  private async answer(link: InMemoryTransport, message: JSONRPCMessage): Promise<void> {
    if (!('method' in message) || !('id' in message)) return;
    const reply = (result: unknown) =>
      link.send({ jsonrpc: '2.0', id: message.id, result } as JSONRPCMessage);
    switch (message.method) {
      case 'initialize':
        return reply({
          protocolVersion: '2025-11-25',
          capabilities: { tools: {}, resources: {} },
          serverInfo: { name: 'fake', version: '1' },
        });
      case 'tools/list':
        return reply({ tools: [{ name: 'echo', inputSchema: { type: 'object' } }] });
      case 'resources/list':
      case 'resources/templates/list':
      case 'prompts/list':
        return reply(
          message.method === 'resources/list'
            ? { resources: [] }
            : message.method === 'prompts/list'
              ? { prompts: [] }
              : { resourceTemplates: [] },
        );
      case 'resources/read':
        this.reads++;
        await new Promise((r) => setTimeout(r, 20));
        return reply({ contents: [{ uri: 'mem://a', text: 'A' }] });
      case 'ping':
        if (this.answerPings) return reply({});
        return;
      case 'tools/call':
        this.calls++;
        if (this.answerCalls) return reply({ content: [{ type: 'text', text: 'ok' }] });
        return;
    }
  }
}

const config: ServerConfig = {
  id: 's1',
  name: 'fake',
  url: 'http://127.0.0.1:9/mcp',
  enabled: true,
  addedAt: 0,
  transport: 'auto',
  callTimeoutMs: 2_000,
  headerNames: [],
};

const sessions: ServerSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function start(server: FakeServer, overrides: Partial<SessionDeps> = {}, cfg = config) {
  const states: string[] = [];
  const errors: (string | undefined)[] = [];
  const session = new ServerSession(cfg, {
    loadRecord: async () => undefined,
    saveRecord: async () => {},
    headers: async () => ({}),
    onStatus: (s) => {
      states.push(s.state);
      errors.push(s.error?.message);
    },
    open: () => server.open(),
    random: () => 0,
    ...overrides,
  });
  sessions.push(session);
  return { session, states, errors };
}

const until = async (check: () => boolean, ms = 2_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('ServerSession', () => {
  it('connects, fills the catalogue and reports its state', async () => {
    const server = new FakeServer();
    const { session, states } = start(server);
    await session.ensureConnected();
    expect(session.status).toMatchObject({
      state: 'connected',
      toolCount: 1,
      transport: 'streamable-http',
      era: 'legacy',
    });
    expect(states).toEqual(['connecting', 'connected']);
  });

  it('marks the peer dead after two missed heartbeats and reconnects', async () => {
    const server = new FakeServer();
    const { session, states, errors } = start(server, { heartbeatMs: 20 });
    await session.ensureConnected();
    server.answerPings = false;
    await until(() => states.includes('reconnecting'));
    expect(errors).toContain('The server stopped answering (two heartbeats missed).');
    server.answerPings = true;
    await until(() => session.status.state === 'connected');
    expect(server.attempts).toBe(2);
  });

  it('retries an unreachable server with backoff, then opens the breaker and fails calls fast', async () => {
    const server = new FakeServer();
    server.refuse = new TypeError('Failed to fetch');
    const { session } = start(server, { random: () => 0.001 });
    await session.ensureConnected();
    expect(session.status).toMatchObject({ state: 'reconnecting', attempt: 1, breakerOpen: false });
    expect(session.status.nextRetryAt).toBeGreaterThanOrEqual(session.status.error?.at ?? 0);
    await until(() => session.status.breakerOpen);
    const attempts = server.attempts;
    await expect(session.callTool('echo', {})).rejects.toMatchObject({
      code: 'server_unavailable',
    });
    expect(server.attempts).toBe(attempts);

    // A successful reconnect closes the breaker and resets the backoff.
    server.refuse = undefined;
    await session.reconnectNow();
    expect(session.status).toMatchObject({ state: 'connected', breakerOpen: false });
    expect((await session.callTool('echo', {})).content).toEqual([{ type: 'text', text: 'ok' }]);
  });

  it('waits for the user after a failure retrying cannot fix', async () => {
    const server = new FakeServer();
    const { session } = start(server, {}, { ...config, url: 'not a url' });
    await session.ensureConnected();
    expect(session.status).toMatchObject({ state: 'failed', error: { code: 'invalid_url' } });
    await new Promise((r) => setTimeout(r, 50));
    await session.ensureConnected();
    expect(server.attempts).toBe(0);
    expect(session.status.state).toBe('failed');
  });

  it('waits without a request while the host permission is missing, and connects once granted', async () => {
    const server = new FakeServer();
    let granted = false;
    const { session } = start(
      server,
      { canReach: async () => granted },
      { ...config, url: 'https://mcp.example.com/mcp' },
    );
    await session.ensureConnected();
    expect(session.status).toMatchObject({
      state: 'failed',
      error: {
        code: 'no_permission',
        message: 'Permission to reach https://mcp.example.com was removed — grant it again.',
      },
    });
    expect(server.attempts).toBe(0);
    granted = true;
    await session.reconnectNow();
    expect(session.status.state).toBe('connected');
    expect(server.attempts).toBe(1);
  });

  it('never retries a tool call that failed on a live connection', async () => {
    const server = new FakeServer();
    const { session } = start(server);
    await session.ensureConnected();
    server.answerCalls = false;
    await expect(
      session.callTool('echo', {}, { signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(server.calls).toBe(1);
    expect(session.status.state).toBe('connected');
  });

  it('refuses a tool the server marked as task-only, without calling it', async () => {
    const server = new FakeServer();
    const { session } = start(server);
    await session.ensureConnected();
    session.catalog.tools[0]!.unavailable = 'It only runs as a background task.';
    await expect(session.callTool('echo', {})).rejects.toBeInstanceOf(SwitchboardError);
    expect(server.calls).toBe(0);
  });

  it('shares identical reads already under way instead of sending them again', async () => {
    const server = new FakeServer();
    const { session } = start(server);
    await session.ensureConnected();
    const [a, b] = await Promise.all([
      session.readResource('mem://a'),
      session.readResource('mem://a'),
    ]);
    expect(a).toBe(b);
    expect(server.reads).toBe(1);
    await session.readResource('mem://a');
    expect(server.reads).toBe(2);
  });
});

describe('ServerSession sign-in demands', () => {
  const fakeAuth = (interactive: boolean, server: FakeServer) => {
    const forgotten: string[] = [];
    const provider = {
      invalidateCredentials: async (scope: string) => void forgotten.push(scope),
    } as unknown as import('../auth/provider').ServerOAuthProvider;
    let signIns = 0;
    return {
      auth: {
        provider,
        interactive,
        signIn: async () => {
          signIns++;
          server.refuse = undefined;
        },
      },
      forgotten,
      signIns: () => signIns,
    };
  };

  it('waits for the user in "sign in required" and never signs in on its own', async () => {
    const server = new FakeServer();
    server.refuse = new UnauthorizedError();
    const { auth, signIns } = fakeAuth(false, server);
    const { session } = start(server, { auth });
    await session.ensureConnected();
    expect(session.status.state).toBe('failed');
    expect(session.status.error).toMatchObject({ code: 'sign_in_required' });
    expect(session.status.error?.message).toContain('needs you to sign in');
    expect(signIns()).toBe(0);
    // No retry timer: the same demand would come back.
    expect(session.status.nextRetryAt).toBeUndefined();
  });

  it('after tokens refused even fresh, forgets discovery and tries once more', async () => {
    const server = new FakeServer();
    server.refuse = new SdkHttpError(SdkErrorCode.ClientHttpAuthentication, 'again 401', {
      status: 401,
      statusText: 'Unauthorized',
    });
    const { auth, forgotten } = fakeAuth(false, server);
    const { session } = start(server, { auth });
    await session.ensureConnected();
    expect(forgotten).toEqual(['discovery']);
    expect(server.attempts).toBe(2);
    expect(session.status.error?.code).toBe('sign_in_required');
  });

  it('signs in and goes on when it may (the conformance client), a bounded number of times', async () => {
    const server = new FakeServer();
    server.refuse = new UnauthorizedError();
    const { auth, signIns } = fakeAuth(true, server);
    const { session } = start(server, { auth });
    await session.ensureConnected();
    expect(session.status.state).toBe('connected');
    expect(signIns()).toBe(1);

    const stubborn = new FakeServer();
    stubborn.refuse = new UnauthorizedError();
    const never = { ...fakeAuth(true, stubborn).auth, signIn: async () => {} };
    const second = start(stubborn, { auth: never });
    await second.session.ensureConnected();
    expect(second.session.status.state).toBe('failed');
    expect(stubborn.attempts).toBe(4);
  });
});
