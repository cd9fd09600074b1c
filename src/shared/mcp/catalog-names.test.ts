import { describe, expect, it } from 'vitest';
import {
  type CatalogServer,
  MAX_KEY_LENGTH,
  nameCatalog,
  resolveCall,
  serverKey,
} from './catalog-names';

const none = new Set<string>();

function server(id: string, name: string, tools: string[]): CatalogServer {
  return { id, name, tools: tools.map((t) => ({ name: t })) };
}

describe('serverKey', () => {
  it('lowercases and turns other runs into single dashes, trimmed', () => {
    expect(serverKey('My Files', none)).toBe('my-files');
    expect(serverKey('  GitHub  (work) ', none)).toBe('github-work');
    expect(serverKey('a - b__c', none)).toBe('a-b__c');
    expect(serverKey('--x--', none)).toBe('x');
  });

  it('folds accents and drops other scripts', () => {
    expect(serverKey('Café Crème', none)).toBe('cafe-creme');
    expect(serverKey('日本語 notes', none)).toBe('notes');
    expect(serverKey('Ｆｕｌｌ　Ｗｉｄｔｈ', none)).toBe('full-width');
  });

  it('falls back when nothing usable is left', () => {
    expect(serverKey('', none)).toBe('server');
    expect(serverKey('🙂 !!!', none)).toBe('server');
    expect(serverKey('日本語', new Set(['server']))).toBe('server-2');
  });

  it('caps the length without a trailing dash', () => {
    const long = serverKey(`${'a'.repeat(31)} tail`, none);
    expect(long).toBe('a'.repeat(31));
    expect(serverKey('x'.repeat(100), none)).toHaveLength(MAX_KEY_LENGTH);
  });

  it('dedupes against taken keys with -2, -3, within the length cap', () => {
    expect(serverKey('Files', new Set(['files']))).toBe('files-2');
    expect(serverKey('Files', new Set(['files', 'files-2']))).toBe('files-3');
    const taken = new Set(['x'.repeat(MAX_KEY_LENGTH)]);
    const key = serverKey('x'.repeat(40), taken);
    expect(key).toBe(`${'x'.repeat(MAX_KEY_LENGTH - 2)}-2`);
  });

  it('leaves the taken set alone', () => {
    const taken = new Set(['a']);
    serverKey('b', taken);
    expect([...taken]).toEqual(['a']);
  });
});

const servers = [
  server('s1', 'Files', ['read', 'write', 'search']),
  server('s2', 'Web Search', ['search', 'fetch']),
  server('s3', 'files', ['read', 'list']),
];

describe('nameCatalog', () => {
  it('keys servers in input order and flags clashing tool names', () => {
    const catalog = nameCatalog(servers);
    expect([...catalog.serverKeys]).toEqual([
      ['s1', 'files'],
      ['s2', 'web-search'],
      ['s3', 'files-2'],
    ]);
    expect(catalog.tools.map((t) => `${t.server}/${t.tool}:${t.needsServer}`)).toEqual([
      'files/read:true',
      'files/write:false',
      'files/search:true',
      'web-search/search:true',
      'web-search/fetch:false',
      'files-2/read:true',
      'files-2/list:false',
    ]);
    expect(catalog.tools[0]?.serverId).toBe('s1');
  });

  it('does not flag a name repeated within one server', () => {
    const catalog = nameCatalog([server('a', 'A', ['x', 'x']), server('b', 'B', ['y'])]);
    expect(catalog.tools.map((t) => t.needsServer)).toEqual([false, false, false]);
  });
});

describe('resolveCall', () => {
  const catalog = nameCatalog([
    ...servers,
    server('s4', 'My Tools', ['t']),
    server('s5', 'my tools', ['t']),
  ]);

  it('finds a unique tool without a server', () => {
    expect(resolveCall(catalog, { tool: 'fetch' })).toEqual({ serverId: 's2' });
  });

  it('reports a clash without a server, listing the servers', () => {
    expect(resolveCall(catalog, { tool: 'read' })).toEqual({
      error: 'ambiguous',
      candidates: ['files', 'files-2'],
    });
  });

  it('reports an unknown tool, suggesting names that differ only in case', () => {
    expect(resolveCall(catalog, { tool: 'Fetch' })).toEqual({
      error: 'unknown-tool',
      candidates: ['fetch'],
    });
    expect(resolveCall(catalog, { tool: 'nope' })).toEqual({ error: 'unknown-tool' });
  });

  it('matches the server by key, in any case', () => {
    expect(resolveCall(catalog, { server: 'files-2', tool: 'read' })).toEqual({ serverId: 's3' });
    expect(resolveCall(catalog, { server: 'Web-Search', tool: 'search' })).toEqual({
      serverId: 's2',
    });
  });

  it("matches the server by the user's name, case-insensitively", () => {
    expect(resolveCall(catalog, { server: 'WEB SEARCH', tool: 'fetch' })).toEqual({
      serverId: 's2',
    });
  });

  it('reports names shared by several servers as ambiguous', () => {
    expect(resolveCall(catalog, { server: 'My Tools', tool: 't' })).toEqual({
      error: 'ambiguous',
      candidates: ['my-tools', 'my-tools-2'],
    });
  });

  it('reports an unknown server with the known keys', () => {
    expect(resolveCall(catalog, { server: 'mail', tool: 'read' })).toEqual({
      error: 'unknown-server',
      candidates: ['files', 'web-search', 'files-2', 'my-tools', 'my-tools-2'],
    });
  });

  it("reports a tool the named server lacks, with that server's tools", () => {
    expect(resolveCall(catalog, { server: 'web-search', tool: 'read' })).toEqual({
      error: 'unknown-tool',
      candidates: ['search', 'fetch'],
    });
  });
});
