import { Client, InMemoryTransport, type JSONRPCMessage } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { memoryArea, readItem, writeItem } from '../../shared/storage/item';
import { ItemStorage, type WriteReport } from '../../shared/storage/item-storage';
import { type Catalog, type ServerConfig, sessionsItem } from '../../shared/storage/items';
import { CLIENT_INFO, type Opened } from './connect';
import { SessionManager } from './manager';

const config = (id: string, url: string, enabled = true): ServerConfig => ({
  id,
  name: id,
  url,
  enabled,
  addedAt: 0,
  transport: 'auto',
  callTimeoutMs: 60_000,
  headerNames: [],
});

const catalog = (tool: string): Catalog => ({
  tools: [{ name: tool, inputSchema: { type: 'object' } }],
  resources: [],
  templates: [],
  prompts: [],
});

/** A manager whose servers never answer, over a session area holding what an earlier worker saved. */
async function managerWithSaved(saved: Record<string, { url: string; catalog: Catalog }>) {
  const area = memoryArea();
  const records = Object.fromEntries(
    Object.entries(saved).map(([id, r]) => [
      id,
      { ...r, transport: 'streamable-http' as const, era: 'legacy' as const },
    ]),
  );
  await writeItem(area, sessionsItem, records);
  const manager = new SessionManager({
    sessionStorage: new ItemStorage(area),
    headers: async () => ({}),
    onChange: () => {},
    tuning: { open: () => Promise.reject(new TypeError('fetch failed')) },
  });
  return manager;
}

describe('SessionManager.lastCatalog', () => {
  it('gives the saved tools of a server that is down or turned off', async () => {
    const manager = await managerWithSaved({
      down: { url: 'http://127.0.0.1:1/mcp', catalog: catalog('echo') },
      off: { url: 'http://127.0.0.1:2/mcp', catalog: catalog('sum') },
    });
    const down = config('down', 'http://127.0.0.1:1/mcp');
    const off = config('off', 'http://127.0.0.1:2/mcp', false);
    manager.sync([down, off]);
    await manager.get('down')?.ensureConnected();
    expect(manager.get('down')?.status.state).toBe('reconnecting');
    expect((await manager.lastCatalog(down))?.tools.map((t) => t.name)).toEqual(['echo']);
    expect((await manager.lastCatalog(off))?.tools.map((t) => t.name)).toEqual(['sum']);
    manager.sync([]);
  });

  it('ignores tools saved for the URL a server had before an edit, and knows none of a new one', async () => {
    const manager = await managerWithSaved({
      moved: { url: 'http://127.0.0.1:1/mcp', catalog: catalog('echo') },
    });
    expect(await manager.lastCatalog(config('moved', 'http://127.0.0.1:9/mcp', false))).toBe(
      undefined,
    );
    expect(await manager.lastCatalog(config('new', 'http://127.0.0.1:3/mcp', false))).toBe(
      undefined,
    );
  });
});

/** A server on an in-memory link that answers the handshake and lists one tool. */
async function openInMemory(): Promise<Opened> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  serverSide.onmessage = (message: JSONRPCMessage) => {
    if (!('method' in message) || !('id' in message)) return;
    const result =
      message.method === 'initialize'
        ? {
            protocolVersion: '2025-11-25',
            capabilities: { tools: {} },
            serverInfo: { name: 'fake', version: '1' },
          }
        : message.method === 'tools/list'
          ? { tools: [{ name: 'echo', inputSchema: { type: 'object' } }] }
          : {};
    void serverSide.send({ jsonrpc: '2.0', id: message.id, result } as JSONRPCMessage);
  };
  await serverSide.start();
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  await client.connect(clientSide, { prior: { kind: 'legacy' } });
  return {
    client,
    transport: clientSide,
    verdict: { transport: 'streamable-http', era: 'legacy' },
  };
}

describe('SessionManager records', () => {
  it('after one record failed to save, saves the next ones and reports the failure', async () => {
    const area = memoryArea();
    let refuse = 1;
    const flaky = {
      ...area,
      set: async (items: Record<string, unknown>) => {
        if (refuse-- > 0) throw new Error('disk on fire');
        await area.set(items);
      },
    };
    const reports: WriteReport[] = [];
    const manager = new SessionManager({
      sessionStorage: new ItemStorage(flaky, (report) => reports.push(report)),
      headers: async () => ({}),
      onChange: () => {},
      tuning: { open: openInMemory },
    });
    const first = config('first', 'http://127.0.0.1:1/mcp');
    const second = config('second', 'http://127.0.0.1:2/mcp');
    manager.sync([first]);
    await manager.get('first')?.ensureConnected();
    await expect.poll(() => reports.length).toBe(1);
    manager.sync([first, second]);
    await manager.get('second')?.ensureConnected();
    await expect
      .poll(async () => Object.keys((await readItem(area, sessionsItem)).value))
      .toEqual(['second']);
    expect(reports).toEqual([
      { key: 'sessions', error: expect.objectContaining({ message: 'disk on fire' }) },
      { key: 'sessions' },
    ]);
    manager.sync([]);
  });
});
