import { describe, expect, it } from 'vitest';
import { memoryArea } from '../../shared/storage/item';
import { ServerStore } from './store';

describe('ServerStore', () => {
  it('adds servers with unique names derived from the URL when none is given', async () => {
    const store = new ServerStore(memoryArea());
    const a = await store.add({ url: ' http://127.0.0.1:3001/mcp ' });
    const b = await store.add({ url: 'http://127.0.0.1:3001/mcp' });
    const c = await store.add({ url: 'https://tools.example/github/mcp', name: 'GitHub' });
    expect([a.name, b.name, c.name]).toEqual(['127.0.0.1:3001', '127.0.0.1:3001-2', 'GitHub']);
    expect(a.url).toBe('http://127.0.0.1:3001/mcp');
    expect((await store.list()).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
  });

  it('keeps a malformed URL so the user can fix it, but refuses an empty one', async () => {
    const store = new ServerStore(memoryArea());
    const typo = await store.add({ url: '127.0.0.1:3001/mcp', name: 'typo' });
    expect(typo.url).toBe('127.0.0.1:3001/mcp');
    await expect(store.add({ url: '  ' })).rejects.toMatchObject({ code: 'invalid_url' });
    const fixed = await store.edit(typo.id, { url: 'http://127.0.0.1:3001/mcp' });
    expect(fixed).toMatchObject({ id: typo.id, name: 'typo', url: 'http://127.0.0.1:3001/mcp' });
  });

  it('serialises concurrent writes so none is lost', async () => {
    const store = new ServerStore(memoryArea());
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.add({ url: `http://127.0.0.1:${3000 + i}/mcp` })),
    );
    expect(await store.list()).toHaveLength(10);
  });

  it('copies an unreadable list aside before writing over it', async () => {
    const area = memoryArea({ servers: { v: 1, value: 'garbage' } });
    const store = new ServerStore(area);
    await store.add({ url: 'http://127.0.0.1:1/mcp' });
    const backups = Object.entries(area.data).filter(([key]) =>
      key.startsWith('servers.unreadable.'),
    );
    expect(backups.map(([, value]) => value)).toEqual([{ v: 1, value: 'garbage' }]);
  });
});
