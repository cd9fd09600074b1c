import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../shared/storage/item-storage';
import { ServerStore } from './store';

describe('ServerStore', () => {
  it('adds servers with unique names derived from the URL when none is given', async () => {
    const store = new ServerStore(memoryStorage());
    const a = await store.add({ url: ' http://127.0.0.1:3001/mcp ' });
    const b = await store.add({ url: 'http://127.0.0.1:3001/mcp' });
    const c = await store.add({ url: 'https://tools.example/github/mcp', name: 'GitHub' });
    expect([a.name, b.name, c.name]).toEqual(['127.0.0.1:3001', '127.0.0.1:3001-2', 'GitHub']);
    expect(a.url).toBe('http://127.0.0.1:3001/mcp');
    expect((await store.list()).map((s) => s.id)).toEqual([a.id, b.id, c.id]);
  });

  it('keeps a malformed URL so the user can fix it, but refuses an empty one', async () => {
    const store = new ServerStore(memoryStorage());
    const typo = await store.add({ url: '127.0.0.1:3001/mcp', name: 'typo' });
    expect(typo.url).toBe('127.0.0.1:3001/mcp');
    await expect(store.add({ url: '  ' })).rejects.toMatchObject({ code: 'invalid_url' });
    const fixed = await store.edit(typo.id, { url: 'http://127.0.0.1:3001/mcp' });
    expect(fixed).toMatchObject({ id: typo.id, name: 'typo', url: 'http://127.0.0.1:3001/mcp' });
  });

  it('serialises concurrent writes so none is lost', async () => {
    const store = new ServerStore(memoryStorage());
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.add({ url: `http://127.0.0.1:${3000 + i}/mcp` })),
    );
    expect(await store.list()).toHaveLength(10);
  });

  it('upserts by name in any case: changes what is given, keeps the rest, adds the new', async () => {
    const store = new ServerStore(memoryStorage());
    const docs = await store.add({
      url: 'http://a/mcp',
      name: 'Docs',
      transport: 'sse',
      headers: [{ name: 'Authorization', value: 'Bearer a' }],
    });
    const [changed, added] = await store.upsert([
      { name: 'docs', url: 'http://b/mcp' },
      { name: 'web', url: 'http://c/mcp', headers: { 'X-Key': 'k' } },
    ]);
    expect(changed).toMatchObject({
      id: docs.id,
      name: 'Docs',
      url: 'http://b/mcp',
      transport: 'sse',
      headerNames: ['Authorization'],
    });
    expect(await store.headers(docs.id)).toEqual({ Authorization: 'Bearer a' });
    expect(added).toMatchObject({ name: 'web', transport: 'auto', enabled: true });
    expect(await store.headers(added!.id)).toEqual({ 'X-Key': 'k' });
    expect((await store.list()).map((s) => s.name)).toEqual(['Docs', 'web']);
  });

  it('copies an unreadable list aside before writing over it', async () => {
    const area = memoryStorage({ servers: { v: 1, value: 'garbage' } });
    const store = new ServerStore(area);
    await store.add({ url: 'http://127.0.0.1:1/mcp' });
    const backups = Object.entries(area.data).filter(([key]) =>
      key.startsWith('servers.unreadable.'),
    );
    expect(backups.map(([, value]) => value)).toEqual([{ v: 1, value: 'garbage' }]);
  });
});

describe('ServerStore.headersWith', () => {
  it('gives the values edits would send, with saved ones kept, and saves nothing', async () => {
    const store = new ServerStore(memoryStorage());
    const server = await store.add({
      url: 'http://a/mcp',
      headers: [
        { name: 'Authorization', value: 'Bearer saved' },
        { name: 'X-Team', value: 'one' },
      ],
    });
    expect(await store.headersWith(server.id, undefined)).toEqual({
      Authorization: 'Bearer saved',
      'X-Team': 'one',
    });
    expect(
      await store.headersWith(server.id, [
        { name: 'authorization' },
        { name: 'X-New', value: 'n' },
      ]),
    ).toEqual({ authorization: 'Bearer saved', 'X-New': 'n' });
    expect(await store.headersWith(undefined, [{ name: 'A', value: '1' }])).toEqual({ A: '1' });
    await expect(store.headersWith(undefined, [{ name: 'A' }])).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(await store.headers(server.id)).toEqual({
      Authorization: 'Bearer saved',
      'X-Team': 'one',
    });
  });
});

describe('ServerStore OAuth settings', () => {
  it('keeps sign-in settings and the client secret apart, edits them field by field, and keeps them through an import', async () => {
    const store = new ServerStore(memoryStorage());
    const s = await store.add({
      url: 'https://mcp.example.com/mcp',
      name: 'remote',
      oauth: { clientId: 'mine', clientSecret: 's3cret', scope: 'read' },
    });
    expect(s.oauth).toEqual({ clientId: 'mine', scope: 'read' });
    expect(JSON.stringify(await store.list())).not.toContain('s3cret');
    expect(await store.clientSecret(s.id)).toBe('s3cret');

    // An empty string clears a field; an absent one keeps it; a header edit keeps the secret.
    const edited = await store.edit(s.id, {
      oauth: { scope: '' },
      headers: [{ name: 'X-Team', value: 'one' }],
    });
    expect(edited.oauth).toEqual({ clientId: 'mine' });
    expect(await store.clientSecret(s.id)).toBe('s3cret');
    await expect(
      store.edit(s.id, { oauth: { clientMetadataUrl: 'http://insecure.example/client.json' } }),
    ).rejects.toMatchObject({ code: 'invalid_url' });

    const [imported] = await store.upsert([
      { name: 'remote', url: 'https://mcp.example.com/v2/mcp', headers: {} },
    ]);
    expect(imported?.oauth).toEqual({ clientId: 'mine' });
    expect(await store.clientSecret(s.id)).toBe('s3cret');

    await store.edit(s.id, { oauth: { clientId: '', clientSecret: '' } });
    expect((await store.get(s.id)).oauth).toBeUndefined();
    expect(await store.clientSecret(s.id)).toBeUndefined();
  });
});

describe('ServerStore cap on calls a minute', () => {
  it('keeps none until the user sets one, then keeps it through edits and imports that leave it out', async () => {
    const store = new ServerStore(memoryStorage());
    const s = await store.add({ url: 'http://127.0.0.1:1/mcp' });
    expect(s.callsPerMinute).toBeUndefined();
    expect((await store.edit(s.id, { callsPerMinute: 5 })).callsPerMinute).toBe(5);
    expect((await store.edit(s.id, { name: 'renamed' })).callsPerMinute).toBe(5);
    const [imported] = await store.upsert([{ name: 'renamed', url: 'http://127.0.0.1:1/mcp' }]);
    expect(imported?.callsPerMinute).toBe(5);
    const [changed] = await store.upsert([
      { name: 'renamed', url: 'http://127.0.0.1:1/mcp', callsPerMinute: 9 },
    ]);
    expect(changed?.callsPerMinute).toBe(9);
  });
});
