import { describe, expect, it } from 'vitest';
import type { ImportPlan } from '../../shared/backup/format';
import type { ServerConfig } from '../../shared/storage/items';
import type { SettingsSnapshot } from './export';
import { planImport } from './plan-import';

const docs: ServerConfig = {
  id: 'id-docs',
  name: 'Docs',
  url: 'https://docs.example/mcp',
  enabled: true,
  addedAt: 1,
  transport: 'auto',
  callTimeoutMs: 60_000,
  headerNames: ['Authorization'],
};

const state = (): SettingsSnapshot => ({
  servers: [docs],
  secrets: { 'id-docs': { Authorization: 'Bearer old' } },
  policies: { 'id-docs': { default: 'ask', tools: { search: 'allow' } } },
  sites: {
    chatgpt: {
      enabled: true,
      auto: false,
      maxRounds: 10,
      instructions: '',
      catalogThreshold: 1500,
    },
  },
});

const plan = (servers: ImportPlan['servers'], sites: ImportPlan['sites'] = {}): ImportPlan => ({
  servers,
  sites,
});

describe('import preview and writes', () => {
  it('adds a new server with everything it will have, and no header value in the preview', () => {
    const writes = planImport(
      state(),
      plan([
        {
          name: 'everything',
          url: 'http://127.0.0.1:3001/mcp',
          headers: { 'X-Key': 'secret-value' },
          policies: { tools: { echo: 'deny' } },
        },
      ]),
    );
    expect(writes.preview.servers).toEqual([
      {
        name: 'everything',
        status: 'new',
        changes: [
          { field: 'URL', to: 'http://127.0.0.1:3001/mcp' },
          { field: 'Transport', to: 'automatic' },
          { field: 'Tool call timeout', to: '60 s' },
          { field: 'Tool calls per minute', to: '60' },
          { field: 'Enabled', to: 'on' },
          { field: 'Header X-Key', to: 'set (value hidden)' },
          { field: 'Policy for echo', to: 'deny' },
        ],
        notes: [],
      },
    ]);
    expect(JSON.stringify(writes.preview)).not.toContain('secret-value');
    expect(writes.servers).toEqual([
      {
        name: 'everything',
        url: 'http://127.0.0.1:3001/mcp',
        headers: { 'X-Key': 'secret-value' },
      },
    ]);
    expect(writes.policies).toEqual([
      { server: 'everything', changes: { tools: { echo: 'deny' } } },
    ]);
    expect(writes.reconnect).toEqual([]);
  });

  it('matches an existing server by name in any case and lists only what changes', () => {
    const writes = planImport(
      state(),
      plan([
        {
          name: 'docs',
          url: 'https://docs.example/v2/mcp',
          transport: 'sse',
          headers: { Authorization: 'Bearer new', 'X-Team': 'core' },
          policies: { default: 'ask', tools: { search: 'deny', fetch: 'allow' } },
        },
      ]),
    );
    expect(writes.preview.servers).toEqual([
      {
        name: 'Docs',
        status: 'changed',
        changes: [
          { field: 'URL', from: 'https://docs.example/mcp', to: 'https://docs.example/v2/mcp' },
          { field: 'Transport', from: 'automatic', to: 'HTTP+SSE' },
          { field: 'Header Authorization', from: 'set', to: 'new value (hidden)' },
          { field: 'Header X-Team', from: 'not set', to: 'set (value hidden)' },
          { field: 'Policy for search', from: 'allow', to: 'deny' },
          { field: 'Policy for fetch', from: 'not set', to: 'allow' },
        ],
        notes: [],
      },
    ]);
    expect(writes.servers).toEqual([
      {
        name: 'Docs',
        url: 'https://docs.example/v2/mcp',
        transport: 'sse',
        headers: { Authorization: 'Bearer new', 'X-Team': 'core' },
      },
    ]);
    expect(writes.policies).toEqual([
      { server: 'Docs', changes: { tools: { search: 'deny', fetch: 'allow' } } },
    ]);
    expect(writes.reconnect).toEqual(['Docs']);
  });

  it('keeps a stored header value the file leaves out, and says so when there is none', () => {
    const same = planImport(
      state(),
      plan([{ name: 'Docs', url: docs.url, headers: { authorization: null } }]),
    );
    expect(same.preview.servers[0]).toMatchObject({ status: 'unchanged', changes: [], notes: [] });
    expect(same.servers).toEqual([]);

    const fresh = planImport(
      state(),
      plan([{ name: 'new', url: 'http://h/mcp', headers: { Authorization: null } }]),
    );
    expect(fresh.preview.servers[0]?.notes).toEqual([
      'Header Authorization is left out: the file has no value for it. Add it with Edit once imported.',
    ]);
    expect(fresh.servers).toEqual([{ name: 'new', url: 'http://h/mcp' }]);
  });

  it('removes headers the file does not list, when it lists headers at all', () => {
    const removed = planImport(state(), plan([{ name: 'Docs', url: docs.url, headers: {} }]));
    expect(removed.preview.servers[0]?.changes).toEqual([
      { field: 'Header Authorization', from: 'set', to: 'removed' },
    ]);
    const untouched = planImport(state(), plan([{ name: 'Docs', url: docs.url }]));
    expect(untouched.preview.servers[0]?.status).toBe('unchanged');
  });

  it('carries a server’s cap on calls a minute, and shows a change of it', () => {
    const writes = planImport(state(), plan([{ name: 'Docs', url: docs.url, callsPerMinute: 5 }]));
    expect(writes.preview.servers[0]?.changes).toEqual([
      { field: 'Tool calls per minute', from: '60', to: '5' },
    ]);
    expect(writes.servers).toEqual([{ name: 'Docs', url: docs.url, callsPerMinute: 5 }]);
  });

  it('changes only the site settings that differ', () => {
    const writes = planImport(
      state(),
      plan([], {
        chatgpt: { enabled: true, auto: true, maxRounds: 10, instructions: 'Answer in French.' },
        claude: { enabled: false },
      }),
    );
    expect(writes.sites).toEqual({
      chatgpt: { auto: true, instructions: 'Answer in French.' },
      claude: { enabled: false },
    });
    expect(writes.preview.sites).toEqual([
      {
        siteId: 'chatgpt',
        name: 'ChatGPT',
        changes: [
          { field: 'Auto mode', from: 'off', to: 'on' },
          {
            field: 'Custom instructions',
            from: 'none',
            to: '“Answer in French.” (17 characters)',
          },
        ],
      },
      {
        siteId: 'claude',
        name: 'Claude',
        changes: [{ field: 'MCP Switchboard on this site', from: 'on', to: 'off' }],
      },
    ]);
  });
});
