import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../shared/storage/item-storage';
import type { ServerConfig } from '../../shared/storage/items';
import { OriginRewrite, originRules, type SessionRulesApi, scopeOf } from './origin-rewrite';
import { ServerStore } from './store';

const server = (url: string, omitOrigin?: boolean): ServerConfig => ({
  id: url,
  name: url,
  url,
  enabled: true,
  addedAt: 0,
  transport: 'auto',
  callTimeoutMs: 60_000,
  headerNames: [],
  ...(omitOrigin === undefined ? {} : { omitOrigin }),
});

/** RE2 and JavaScript agree on the little syntax the scope uses. */
const matches = (url: string, target: string) => new RegExp(scopeOf(url)!).test(target);

type MemoryRules = SessionRulesApi & { rules: chrome.declarativeNetRequest.Rule[] };

/** Session rules kept in memory, refusing duplicate ids as Chrome does. */
function memoryRules(): MemoryRules {
  const api: MemoryRules = {
    rules: [],
    getSessionRules: async () => [...api.rules],
    updateSessionRules: async ({ removeRuleIds = [], addRules = [] }) => {
      const kept = api.rules.filter((r) => !removeRuleIds.includes(r.id));
      const ids = [...kept, ...addRules].map((r) => r.id);
      if (new Set(ids).size !== ids.length) throw new Error('duplicate rule id');
      api.rules = [...kept, ...addRules];
    },
  };
  return api;
}

describe('scopeOf', () => {
  it('covers the server’s folder over HTTP and its WebSocket twin, and nothing beside it', () => {
    const url = 'http://127.0.0.1:3001/api/mcp';
    expect(matches(url, 'http://127.0.0.1:3001/api/mcp')).toBe(true);
    expect(matches(url, 'http://127.0.0.1:3001/api/messages?sessionId=1')).toBe(true);
    expect(matches(url, 'ws://127.0.0.1:3001/api/mcp')).toBe(true);
    for (const other of [
      'https://127.0.0.1:3001/api/mcp', // another scheme is another origin
      'http://127.0.0.1:30011/api/mcp', // a longer port
      'http://127.0.0.1:3002/api/mcp',
      'http://127.0.0.1:3001/other/mcp',
      'http://127.0.0.1:3001/', // above the folder
      'http://127x0x0x1:3001/api/mcp', // dots are literal
      'http://evil.example/?http://127.0.0.1:3001/api/mcp', // anchored at the start
    ])
      expect(matches(url, other), other).toBe(false);
  });

  it('pairs https with wss, keeps default ports implicit, and refuses what no session uses', () => {
    expect(matches('wss://tools.example/mcp', 'https://tools.example/mcp')).toBe(true);
    expect(matches('https://tools.example', 'https://tools.example/mcp')).toBe(true);
    expect(matches('https://tools.example/mcp', 'http://tools.example/mcp')).toBe(false);
    expect(matches('http://[::1]:8080/mcp', 'http://[::1]:8080/mcp')).toBe(true);
    for (const bad of ['127.0.0.1:3001/mcp', 'ftp://host/mcp', 'file:///mcp', ''])
      expect(scopeOf(bad), bad).toBeUndefined();
  });
});

describe('originRules', () => {
  it('one rule per opted-in server, removing Origin from the extension’s own requests only', () => {
    const rules = originRules(
      [
        server('http://127.0.0.1:1/mcp', true),
        server('http://127.0.0.1:2/mcp'),
        server('http://127.0.0.1:3/mcp', false),
        server('not a url', true),
        server('wss://tools.example/ws', true),
      ],
      'ourid',
    );
    expect(rules.map((r) => [r.id, r.condition.regexFilter])).toEqual([
      [1, scopeOf('http://127.0.0.1:1/mcp')],
      [2, scopeOf('wss://tools.example/ws')],
    ]);
    expect(rules[0]).toEqual({
      id: 1,
      priority: 1,
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'origin', operation: 'remove' }],
      },
      condition: {
        regexFilter: scopeOf('http://127.0.0.1:1/mcp'),
        initiatorDomains: ['ourid'],
        tabIds: [-1],
        resourceTypes: ['xmlhttprequest', 'websocket', 'other'],
      },
    });
  });
});

describe('OriginRewrite with the server store', () => {
  it('follows every change to the servers, before the change’s caller goes on', async () => {
    const api = memoryRules();
    const rewrite = new OriginRewrite(api, 'ourid');
    const store = new ServerStore(memoryStorage(), (servers) => rewrite.sync(servers));
    const regexes = () => api.rules.map((r) => r.condition.regexFilter);

    const a = await store.add({ url: 'http://127.0.0.1:1/mcp', omitOrigin: true });
    expect(regexes()).toEqual([scopeOf(a.url)]);
    const b = await store.add({ url: 'http://127.0.0.1:2/mcp' });
    expect(regexes()).toEqual([scopeOf(a.url)]);
    await store.edit(b.id, { omitOrigin: true });
    expect(regexes()).toEqual([scopeOf(a.url), scopeOf(b.url)]);
    await store.edit(a.id, { url: 'http://127.0.0.1:9/mcp' });
    expect(regexes()).toEqual([scopeOf('http://127.0.0.1:9/mcp'), scopeOf(b.url)]);
    await store.edit(b.id, { name: 'renamed' }); // other edits keep the switch
    expect(regexes()).toHaveLength(2);
    await store.upsert([{ name: 'renamed', url: b.url }]); // so does an import
    expect(regexes()).toHaveLength(2);
    await store.edit(a.id, { omitOrigin: false });
    expect(regexes()).toEqual([scopeOf(b.url)]);
    await store.remove(b.id);
    expect(api.rules).toEqual([]);
  });

  it('replaces rules left by an earlier worker, and survives concurrent syncs', async () => {
    const api = memoryRules();
    api.rules = originRules([server('http://127.0.0.1:7/mcp', true)], 'ourid');
    const rewrite = new OriginRewrite(api, 'ourid');
    const one = [server('http://127.0.0.1:1/mcp', true)];
    const two = [...one, server('http://127.0.0.1:2/mcp', true)];
    await Promise.all([rewrite.sync(two), rewrite.sync(one), rewrite.sync(two)]);
    expect(api.rules.map((r) => r.id)).toEqual([1, 2]);
    expect(api.rules[0]?.condition.regexFilter).toBe(scopeOf('http://127.0.0.1:1/mcp'));
  });

  it('a failed update is reported, not thrown into the write that caused it', async () => {
    const api = memoryRules();
    api.updateSessionRules = async () => {
      throw new Error('quota');
    };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const store = new ServerStore(memoryStorage(), (s) => new OriginRewrite(api, 'x').sync(s));
      await store.add({ url: 'http://127.0.0.1:1/mcp', omitOrigin: true });
      expect(await store.list()).toHaveLength(1);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
