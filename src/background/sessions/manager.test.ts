import { describe, expect, it } from 'vitest';
import { memoryArea, writeItem } from '../../shared/storage/item';
import { type Catalog, type ServerConfig, sessionsItem } from '../../shared/storage/items';
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
    sessionArea: area,
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
