// Tests the WebSocket transport against a real `ws` server and, end to end, supergateway.
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { Client, type JSONRPCMessage } from '@modelcontextprotocol/client';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket as NodeWebSocket, type WebSocket as ServerSocket, WebSocketServer } from 'ws';
import { type RunningServer, startMcpServer } from '../../../e2e/fixtures/servers/mcp-servers';
import { WebSocketClientTransport } from './websocket';

// `ws` implements the browser API the transport uses (addEventListener, readyState, binaryType).
const WebSocketImpl = NodeWebSocket as unknown as typeof WebSocket;

interface TestServer {
  url: URL;
  /** Subprotocols each upgrade request offered. */
  offered: string[][];
  nextConnection(): Promise<ServerSocket>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startServer(): Promise<TestServer> {
  const offered: string[][] = [];
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (protocols) => {
      offered.push([...protocols]);
      return protocols.has('mcp') ? 'mcp' : false;
    },
  });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  cleanups.push(async () => {
    for (const client of wss.clients) client.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
  const { port } = wss.address() as AddressInfo;
  return {
    url: new URL(`ws://127.0.0.1:${port}/message`),
    offered,
    nextConnection: () => new Promise((resolve) => wss.once('connection', resolve)),
  };
}

/** Answers every request with its own params as the result. */
function echoRequests(socket: ServerSocket): void {
  socket.on('message', (data) => {
    const request = JSON.parse(data.toString()) as { id?: number; params?: unknown };
    if (request.id === undefined) return;
    socket.send(JSON.stringify({ jsonrpc: '2.0', id: request.id, result: request.params ?? {} }));
  });
}

interface Recorded {
  transport: WebSocketClientTransport;
  messages: JSONRPCMessage[];
  errors: Error[];
  events: string[];
  /** Resolves once `count` messages have arrived. */
  received(count: number): Promise<void>;
  closed: Promise<void>;
}

function record(url: URL, connectTimeoutMs?: number): Recorded {
  const transport = new WebSocketClientTransport(url, {
    WebSocketImpl,
    ...(connectTimeoutMs ? { connectTimeoutMs } : {}),
  });
  cleanups.push(() => transport.close());
  const messages: JSONRPCMessage[] = [];
  const errors: Error[] = [];
  const events: string[] = [];
  let wake = () => {};
  transport.onmessage = (message) => {
    messages.push(message);
    events.push('message');
    wake();
  };
  transport.onerror = (error) => {
    errors.push(error);
    events.push('error');
  };
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => {
      events.push('close');
      resolve();
    };
  });
  const received = async (count: number) => {
    while (messages.length < count) await new Promise<void>((resolve) => (wake = resolve));
  };
  return { transport, messages, errors, events, received, closed };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('WebSocketClientTransport', () => {
  it('sends a request as one text frame and delivers the response', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    const socket = await connection;
    const frames: unknown[] = [];
    socket.on('message', (data, isBinary) => frames.push({ text: data.toString(), isBinary }));
    echoRequests(socket);

    await client.transport.send({ jsonrpc: '2.0', id: 1, method: 'ping', params: { n: 1 } });
    await client.received(1);

    expect(client.messages).toEqual([{ jsonrpc: '2.0', id: 1, result: { n: 1 } }]);
    expect(frames).toEqual([
      {
        text: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'ping', params: { n: 1 } }),
        isBinary: false,
      },
    ]);
    expect(client.errors).toEqual([]);
  });

  it('asks for the mcp subprotocol', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    expect((await connection).protocol).toBe('mcp');
    expect(server.offered).toEqual([['mcp']]);
  });

  it('reports bad frames through onerror and keeps working', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    const socket = await connection;
    echoRequests(socket);

    socket.send('this is not json');
    socket.send(JSON.stringify({ hello: 'world' }));
    socket.send(Buffer.from([1, 2, 3]), { binary: true });
    socket.send(
      JSON.stringify([
        { jsonrpc: '2.0', method: 'notifications/tools/list_changed' },
        { nope: true },
        { jsonrpc: '2.0', id: 7, result: {} },
      ]),
    );
    await client.received(2);
    await client.transport.send({ jsonrpc: '2.0', id: 8, method: 'ping' });
    await client.received(3);

    expect(client.errors.map((error) => error.message)).toEqual([
      `127.0.0.1:${server.url.port} sent a WebSocket frame that is not JSON: this is not json`,
      `127.0.0.1:${server.url.port} sent a WebSocket frame that is not a JSON-RPC message: {"hello":"world"}`,
      `127.0.0.1:${server.url.port} sent a binary WebSocket frame; MCP uses text frames only.`,
      `127.0.0.1:${server.url.port} sent a WebSocket frame that is not a JSON-RPC message: {"nope":true}`,
    ]);
    expect(client.messages).toEqual([
      { jsonrpc: '2.0', method: 'notifications/tools/list_changed' },
      { jsonrpc: '2.0', id: 7, result: {} },
      { jsonrpc: '2.0', id: 8, result: {} },
    ]);
    expect(client.events).not.toContain('close');
  });

  it('contains a throwing onmessage', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    client.transport.onmessage = () => {
      throw new Error('handler failed');
    };
    await client.transport.start();
    (await connection).send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/x' }));
    await expect
      .poll(() => client.errors.map((error) => error.message))
      .toEqual(['handler failed']);
  });

  it('fires onclose once when the server closes normally', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    (await connection).close(1000, 'bye');
    await client.closed;
    await client.transport.close();
    await tick();
    expect(client.events).toEqual(['close']);
    await expect(client.transport.send({ jsonrpc: '2.0', method: 'x' })).rejects.toThrow(
      `Cannot send: the WebSocket to 127.0.0.1:${server.url.port} is not open.`,
    );
  });

  it('reports an abnormal close with its code and reason before onclose', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    (await connection).close(1011, 'server broke');
    await client.closed;
    await tick();
    expect(client.events).toEqual(['error', 'close']);
    expect(client.errors[0]?.message).toBe(
      `The WebSocket to 127.0.0.1:${server.url.port} closed: connection closed (code 1011, reason "server broke").`,
    );
  });

  it('reports a dropped connection', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    (await connection).terminate();
    await client.closed;
    await tick();
    expect(client.events).toEqual(['error', 'close']);
    expect(client.errors[0]?.message).toContain('code 1006');
  });

  it('close() sends code 1000 and fires onclose once', async () => {
    const server = await startServer();
    const connection = server.nextConnection();
    const client = record(server.url);
    await client.transport.start();
    const socket = await connection;
    const serverSaw = new Promise<number>((resolve) => socket.once('close', resolve));
    await client.transport.close();
    await client.transport.close();
    expect(await serverSaw).toBe(1000);
    await tick();
    expect(client.events).toEqual(['close']);
  });

  it('rejects start() clearly when nothing listens', async () => {
    const port = await freePort();
    const client = record(new URL(`ws://127.0.0.1:${port}/message`));
    const started = client.transport.start();
    await expect(started).rejects.toThrow(
      new RegExp(
        `^Could not open a WebSocket to 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED.*code 1006`,
      ),
    );
    await expect(started).rejects.toMatchObject({ name: 'WebSocketOpenError' });
  });

  it('rejects start() when the server never answers the upgrade', async () => {
    const port = await silentServer();
    const client = record(new URL(`ws://127.0.0.1:${port}/`), 200);
    await expect(client.transport.start()).rejects.toThrow(
      `Could not open a WebSocket to 127.0.0.1:${port}: no answer within 200 ms.`,
    );
  });

  it('rejects a second start()', async () => {
    const server = await startServer();
    const client = record(server.url);
    await client.transport.start();
    await expect(client.transport.start()).rejects.toThrow('already started');
  });

  it('rejects a start() that close() interrupts', async () => {
    const port = await silentServer();
    const client = record(new URL(`ws://127.0.0.1:${port}/`));
    const starting = client.transport.start();
    await client.transport.close();
    await expect(starting).rejects.toThrow('it was closed before it opened');
    expect(client.events).toEqual(['close']);
  });
});

describe('WebSocketClientTransport with the SDK Client and supergateway', () => {
  let gateway: RunningServer | undefined;
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
  });

  it('lists tools and calls echo over a real WebSocket MCP server', {
    timeout: 30_000,
  }, async () => {
    gateway = await startMcpServer('everything-ws');
    const client = new Client(
      { name: 'mcp-switchboard-test', version: '0.0.0' },
      { capabilities: {}, versionNegotiation: { mode: 'legacy' } },
    );
    const transport = new WebSocketClientTransport(new URL(gateway.url), { WebSocketImpl });
    await client.connect(transport, { timeout: 10_000 });
    try {
      expect(client.getProtocolEra()).toBe('legacy');
      expect(client.getServerVersion()?.name).toContain('everything');
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toContain('echo');
      const result = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
      expect(result.content).toEqual([{ type: 'text', text: 'Echo: hi' }]);
    } finally {
      await client.close();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A TCP server that accepts connections and never answers; returns its port. */
async function silentServer(): Promise<number> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return (server.address() as AddressInfo).port;
}
