import {
  Client,
  InMemoryTransport,
  type JSONRPCMessage,
  SdkErrorCode,
  SdkHttpError,
} from '@modelcontextprotocol/client';
import { describe, expect, it, vi } from 'vitest';
import type { TransportKind } from '../../shared/storage/items';
import { CLIENT_INFO, type Opened } from '../sessions/connect';
import { nearbyUrls, type TestDeps, testConnection } from './test-connection';

/** Opens an in-memory link to a small legacy server with two tools, as the SDK would a real one. */
async function openFake(kind: TransportKind): Promise<Opened> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  serverSide.onmessage = (message: JSONRPCMessage) => {
    if (!('method' in message) || !('id' in message)) return;
    const results: Record<string, Record<string, unknown>> = {
      initialize: {
        protocolVersion: '2025-06-18',
        capabilities: { tools: {} },
        serverInfo: { name: 'fake', version: '1.2.3' },
      },
      'tools/list': {
        tools: ['a', 'b'].map((name) => ({ name, inputSchema: { type: 'object' } })),
      },
    };
    void serverSide.send({ jsonrpc: '2.0', id: message.id, result: results[message.method] ?? {} });
  };
  await serverSide.start();
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  await client.connect(clientSide, { prior: { kind: 'legacy' } });
  return { client, transport: clientSide, verdict: { transport: kind, era: 'legacy' } };
}

const http = (status: number) =>
  new SdkHttpError(SdkErrorCode.ClientHttpNotImplemented, `HTTP ${status}`, { status });

/** Deps whose `open` answers per URL and transport: a connection, or this error. */
function deps(answer: (url: string, kind: TransportKind) => Error | 'connect'): TestDeps & {
  open: ReturnType<typeof vi.fn>;
  opened: Opened[];
} {
  const opened: Opened[] = [];
  const open = vi.fn(async (kind: TransportKind, url: URL) => {
    const result = answer(url.href, kind);
    if (result !== 'connect') throw result;
    const link = await openFake(kind);
    opened.push(link);
    return link;
  });
  return {
    open,
    opened,
    canReach: async () => true,
    fetch: (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch,
    extensionOrigin: 'chrome-extension://abcdef',
  };
}

const input = (url: string) => ({ url, preference: 'auto' as const, headers: {} });

describe('testConnection', () => {
  it('connects, counts the tools, and closes what it opened', async () => {
    const d = deps(() => 'connect');
    const report = await testConnection(input('http://127.0.0.1:3001/mcp'), d);
    expect(report).toMatchObject({
      outcome: 'connected',
      server: {
        transport: 'streamable-http',
        era: 'legacy',
        protocolVersion: '2025-06-18',
        name: 'fake',
        version: '1.2.3',
        toolCount: 2,
      },
    });
    expect(d.opened).toHaveLength(1);
    // A closed client has no transport left.
    expect(d.opened[0]?.client.transport).toBeUndefined();
  });

  it('falls back to HTTP+SSE like a session does, and lists both attempts', async () => {
    const d = deps((_, kind) => (kind === 'sse' ? 'connect' : http(405)));
    const report = await testConnection(input('http://127.0.0.1:3001/sse'), d);
    expect(report.outcome).toBe('connected');
    expect(report.server?.transport).toBe('sse');
    expect(report.tried).toEqual([
      { url: 'http://127.0.0.1:3001/sse', transport: 'streamable-http', result: 'HTTP 405' },
      { url: 'http://127.0.0.1:3001/sse', transport: 'sse', result: 'connected' },
    ]);
  });

  it('finds the server at /mcp when /sse is not an endpoint, and suggests it', async () => {
    const d = deps((url) => (url.endsWith('/mcp') ? 'connect' : http(404)));
    const report = await testConnection(input('http://127.0.0.1:3001/sse'), d);
    expect(report).toMatchObject({
      outcome: 'wrong_path',
      suggestedUrl: 'http://127.0.0.1:3001/mcp',
      server: { transport: 'streamable-http', toolCount: 2 },
    });
    expect(report.tried.map((t) => `${t.transport} ${t.url} ${t.result}`)).toEqual([
      'streamable-http http://127.0.0.1:3001/sse HTTP 404',
      'sse http://127.0.0.1:3001/sse HTTP 404',
      'streamable-http http://127.0.0.1:3001/mcp connected',
    ]);
  });

  it('tries the other transports when the one forced is not answered', async () => {
    const d = deps((_, kind) => (kind === 'streamable-http' ? 'connect' : http(400)));
    const report = await testConnection(
      { ...input('http://127.0.0.1:3001/mcp'), preference: 'sse' },
      d,
    );
    expect(report).toMatchObject({
      outcome: 'wrong_transport',
      server: { transport: 'streamable-http' },
    });
    expect(report.tried.map((t) => `${t.transport} ${t.result}`)).toEqual([
      'sse HTTP 400',
      'streamable-http connected',
    ]);
  });

  it('does not look elsewhere, nor fall back, after a refusal that is not about the path', async () => {
    const d = deps(() => http(401));
    const report = await testConnection(input('http://127.0.0.1:3001/mcp'), d);
    expect(report.outcome).toBe('unauthorized');
    expect(d.open).toHaveBeenCalledTimes(1);
  });

  it('says a loopback port with nothing on it refused', async () => {
    const d = deps(() => new TypeError('Failed to fetch'));
    const report = await testConnection(input('http://127.0.0.1:9/mcp'), d);
    expect(report).toMatchObject({ outcome: 'refused', title: 'Connection refused' });
  });

  it('says when the server refused the Authorization it was sent', async () => {
    const d = deps(() => http(401));
    const report = await testConnection(
      { ...input('http://127.0.0.1:3001/mcp'), headers: { authorization: 'Bearer x' } },
      d,
    );
    expect(report.detail).toContain('did not accept the credentials sent');
  });

  it('asks nothing of a server it has no permission to reach', async () => {
    const d = { ...deps(() => 'connect'), canReach: async () => false };
    const report = await testConnection(input('https://mcp.example.com/mcp'), d);
    expect(report.outcome).toBe('no_permission');
    expect(d.open).not.toHaveBeenCalled();
  });

  it('explains a URL it cannot use, and a transport that does not fit it', async () => {
    const d = deps(() => 'connect');
    expect(await testConnection(input('mcp.example.com'), d)).toMatchObject({
      outcome: 'invalid_url',
      detail: expect.stringContaining('is not a URL'),
    });
    const forced = { url: 'ws://127.0.0.1:1/ws', preference: 'sse' as const, headers: {} };
    expect((await testConnection(forced, d)).detail).toContain('needs the WebSocket transport');
    expect(d.open).not.toHaveBeenCalled();
  });
});

describe('nearbyUrls', () => {
  it('swaps /mcp and /sse, and tries both under any other path', () => {
    const near = (u: string) => nearbyUrls(new URL(u)).map((x) => x.href);
    expect(near('http://h:1/sse')).toEqual(['http://h:1/mcp']);
    expect(near('http://h:1/api/mcp/?k=1')).toEqual(['http://h:1/api/sse?k=1']);
    expect(near('http://h:1/')).toEqual(['http://h:1/mcp', 'http://h:1/sse']);
    expect(near('http://h:1/api')).toEqual(['http://h:1/api/mcp', 'http://h:1/api/sse']);
    expect(near('ws://h:1/message')).toEqual([]);
  });
});
