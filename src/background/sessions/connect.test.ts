import { describe, expect, it } from 'vitest';
import { openWith, transportOrder } from './connect';

const url = (u: string) => new URL(u);

describe('transportOrder', () => {
  it('tries Streamable HTTP, then HTTP+SSE, for http(s) URLs', () => {
    expect(transportOrder(url('http://127.0.0.1:3001/mcp'), 'auto')).toEqual([
      'streamable-http',
      'sse',
    ]);
    expect(transportOrder(url('https://example.com/mcp'), 'auto')).toEqual([
      'streamable-http',
      'sse',
    ]);
  });

  it('tries what worked last time first', () => {
    expect(transportOrder(url('http://127.0.0.1:3001/sse'), 'auto', 'sse')).toEqual([
      'sse',
      'streamable-http',
    ]);
  });

  it('uses only the transport the user forced', () => {
    expect(transportOrder(url('http://127.0.0.1:3001/sse'), 'sse', 'streamable-http')).toEqual([
      'sse',
    ]);
  });

  it('uses WebSocket for ws(s) URLs and refuses a mismatch with a clear error', () => {
    expect(transportOrder(url('ws://127.0.0.1:3002/message'), 'auto')).toEqual(['websocket']);
    expect(() => transportOrder(url('wss://h/message'), 'sse')).toThrow(
      'needs the WebSocket transport',
    );
    expect(() => transportOrder(url('http://h/mcp'), 'websocket')).toThrow(
      'needs a ws:// or wss:// URL',
    );
  });
});

describe('openWith over HTTP+SSE', () => {
  it('sends the server’s headers on the event stream as well as on posts', async () => {
    const { createServer } = await import('node:http');
    const seen: unknown[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers['x-team']);
      // Not an MCP server: the first request is enough to see its headers.
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as { port: number };
    try {
      await openWith('sse', new URL(`http://127.0.0.1:${port}/sse`), {
        preference: 'sse',
        headers: { 'X-Team': 'blue' },
        listChanged: {},
        timeoutMs: 2_000,
      }).catch(() => {});
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).toEqual(seen.map(() => 'blue'));
    } finally {
      server.close();
    }
  });
});
