import { describe, expect, it } from 'vitest';
import '../zod-setup';
import { BACKUP_FORMAT } from './format';
import { type ParsedImport, parseImport } from './parse';

const parsed = (text: string): ParsedImport => {
  const result = parseImport(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const failure = (text: string): string => {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to be refused');
  return result.error;
};
const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('import: mcpServers files of other clients', () => {
  it('reads Claude Desktop / Claude Code style entries with type and headers', () => {
    const result = parsed(
      json({
        mcpServers: {
          docs: {
            type: 'http',
            url: 'https://docs.example/mcp',
            headers: { Authorization: 'Bearer abc' },
          },
          legacy: { type: 'sse', url: 'http://127.0.0.1:9000/sse' },
        },
      }),
    );
    expect(result.plan.servers).toEqual([
      {
        name: 'docs',
        url: 'https://docs.example/mcp',
        transport: 'streamable-http',
        headers: { Authorization: 'Bearer abc' },
      },
      { name: 'legacy', url: 'http://127.0.0.1:9000/sse', transport: 'sse' },
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.source).toMatch(/^An mcpServers configuration/);
  });

  it('reads Cursor style entries: a url and nothing else leaves the transport automatic', () => {
    const result = parsed(json({ mcpServers: { linear: { url: 'https://mcp.linear.app/sse' } } }));
    expect(result.plan.servers).toEqual([{ name: 'linear', url: 'https://mcp.linear.app/sse' }]);
  });

  it('reads VS Code mcp.json: "servers", comments, trailing commas, placeholder headers', () => {
    const text = `{
      // Workspace servers
      "inputs": [{ "type": "promptString", "id": "token", "password": true }],
      "servers": {
        "github": {
          "type": "http",
          "url": "https://api.githubcopilot.com/mcp/", /* remote */
          "headers": { "Authorization": "Bearer \${input:token}", "X-Team": "core", },
        },
      },
    }`;
    const result = parsed(text);
    expect(result.plan.servers).toEqual([
      {
        name: 'github',
        url: 'https://api.githubcopilot.com/mcp/',
        transport: 'streamable-http',
        headers: { Authorization: null, 'X-Team': 'core' },
      },
    ]);
    expect(result.notes).toEqual([
      {
        name: 'github',
        text: `Its Authorization header is written as Bearer \${input:token}, which only the app this file is for fills in.`,
      },
    ]);
  });

  it('reads "disabled" and a streamable-http type', () => {
    const result = parsed(
      json({
        mcpServers: { off: { url: 'http://h/mcp', type: 'streamable-http', disabled: true } },
      }),
    );
    expect(result.plan.servers).toEqual([
      { name: 'off', url: 'http://h/mcp', transport: 'streamable-http', enabled: false },
    ]);
  });

  it('lists stdio entries as not imported, each with its own bridge command line', () => {
    const result = parsed(
      json({
        mcpServers: {
          files: {
            command: 'npx',
            args: ['-y', '@modelcontextprotocol/server-filesystem', '/home/me/My Documents'],
          },
          git: { type: 'stdio', command: 'uvx', args: ['mcp-server-git'], env: { GIT_TOKEN: 's' } },
          web: { url: 'http://127.0.0.1:3001/mcp' },
        },
      }),
    );
    expect(result.plan.servers.map((s) => s.name)).toEqual(['web']);
    expect(result.local).toEqual([
      {
        name: 'files',
        path: 'mcpServers.files',
        command: 'npx',
        args: ['-y', '@modelcontextprotocol/server-filesystem', '/home/me/My Documents'],
        bridge: {
          commandLine:
            "npx mcp-proxy --host 127.0.0.1 --port 8080 -- npx -y @modelcontextprotocol/server-filesystem '/home/me/My Documents'",
          url: 'http://127.0.0.1:8080/mcp',
        },
        env: [],
      },
      {
        name: 'git',
        path: 'mcpServers.git',
        command: 'uvx',
        args: ['mcp-server-git'],
        bridge: {
          commandLine: 'npx mcp-proxy --host 127.0.0.1 --port 8081 -- uvx mcp-server-git',
          url: 'http://127.0.0.1:8081/mcp',
        },
        // The value is a secret: only the name is shown.
        env: ['GIT_TOKEN'],
      },
    ]);
  });

  it('quotes what a shell would split or expand', () => {
    const result = parsed(
      json({ mcpServers: { q: { command: 'node', args: ["it's", '$HOME', 'a;b'] } } }),
    );
    expect(result.local[0]?.bridge.commandLine).toBe(
      `npx mcp-proxy --host 127.0.0.1 --port 8080 -- node 'it'\\''s' '$HOME' 'a;b'`,
    );
  });

  it('skips bad entries, saying where and why, and keeps the good ones', () => {
    const result = parsed(
      json({
        mcpServers: {
          good: { url: 'http://127.0.0.1:1/mcp' },
          typo: { url: 'localhost:3000/mcp' },
          ftp: { url: 'ftp://files.example/' },
          creds: { url: 'https://me:pw@host.example/mcp' },
          socket: { url: 'ws://127.0.0.1:2/message', type: 'http' },
          kind: { url: 'http://h/mcp', type: 'grpc' },
          header: { url: 'http://h/mcp', headers: { 'Bad Name': 'x' } },
          empty: {},
          number: 5,
          placeholder: { url: `https://\${input:host}/mcp` },
        },
      }),
    );
    expect(result.plan.servers.map((s) => s.name)).toEqual(['good']);
    expect(Object.fromEntries(result.skipped.map((s) => [s.name, s.problems]))).toEqual({
      typo: [
        'mcpServers.typo.url: “localhost:3000/mcp” is not a full URL: start it with http://, https://, ws:// or wss://',
      ],
      ftp: ['mcpServers.ftp.url: ftp:// is not an MCP transport'],
      creds: ['mcpServers.creds.url: has credentials in it: put them in a header'],
      socket: [
        'mcpServers.socket.type: "http" needs an http(s):// URL; leave "type" out for a WebSocket',
      ],
      kind: ['mcpServers.kind.type: should be "http", "streamable-http", "sse" or "stdio"'],
      header: ['mcpServers.header.headers["Bad Name"]: not a valid header name'],
      empty: ['mcpServers.empty.url: is missing'],
      number: ['mcpServers.number: should be an object with a "url" (or a "command")'],
      placeholder: [
        `mcpServers.placeholder.url: has a \${…} placeholder that only the app this file is for fills in: write the address itself`,
      ],
    });
  });

  it('skips every entry of a name used twice, in any case or by repeating the key', () => {
    const result = parsed(`{
      "mcpServers": {
        "Docs": { "url": "http://a/mcp" },
        "docs": { "url": "http://b/mcp" },
        "web": { "url": "http://c/mcp" },
        "web": { "url": "http://d/mcp" },
        "ok": { "url": "http://e/mcp", "headers": { "X-A": "1", "X-A": "2" } }
      }
    }`);
    expect(result.plan.servers).toEqual([]);
    expect(result.skipped).toEqual([
      {
        name: 'Docs',
        path: 'mcpServers.Docs',
        problems: ['“Docs” names 2 servers (mcpServers.Docs, mcpServers.docs): rename all but one'],
      },
      {
        name: 'docs',
        path: 'mcpServers.docs',
        problems: ['“docs” names 2 servers (mcpServers.Docs, mcpServers.docs): rename all but one'],
      },
      {
        name: 'web',
        path: 'mcpServers.web',
        problems: ['mcpServers.web appears more than once, and JSON keeps only the last one'],
      },
      {
        name: 'ok',
        path: 'mcpServers.ok',
        problems: ['mcpServers.ok.headers["X-A"] appears more than once'],
      },
    ]);
  });

  it('refuses a file whose server map is not an object, or appears twice', () => {
    expect(failure(json({ mcpServers: [{ url: 'http://a' }] }))).toBe(
      '"mcpServers" should be an object with one entry per server name, like { "mcpServers": { "docs": { "url": "https://…" } } }.',
    );
    expect(failure('{"mcpServers": {}, "mcpServers": {"a": {"url": "http://a"}}}')).toBe(
      '“mcpServers” appears twice at the top level, and JSON keeps only the last one. Merge them into one.',
    );
  });
});

describe('import: our own export', () => {
  const backup = (extra: Record<string, unknown> = {}) => ({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2026-05-01T12:00:00.000Z',
    secretsIncluded: false,
    servers: [
      {
        name: 'everything',
        url: 'http://127.0.0.1:3001/mcp',
        enabled: true,
        transport: 'auto',
        callTimeoutMs: 30_000,
        headers: { Authorization: null },
        policies: { default: 'ask', tools: { echo: 'allow' } },
      },
    ],
    sites: { chatgpt: { enabled: true, auto: true, maxRounds: 5, instructions: 'Be brief.' } },
    ...extra,
  });

  it('reads servers with their policies, and sites', () => {
    const result = parsed(json(backup()));
    expect(result.source).toBe(
      'An MCP Switchboard export of 2026-05-01, without secret header values.',
    );
    expect(result.plan).toEqual({
      servers: backup().servers,
      sites: backup().sites,
    });
    expect(result.skipped).toEqual([]);
  });

  it('reads a local server by the name the companion runs it under, and nothing more', () => {
    const local = { name: 'files', url: 'companion:my%20files', enabled: true };
    const result = parsed(json(backup({ servers: [local, { name: 'bad', url: 'companion:' }] })));
    expect(result.plan.servers).toEqual([local]);
    expect(result.skipped).toEqual([
      {
        name: 'bad',
        path: 'servers[1]',
        problems: ['servers[1].url: names no server after companion:'],
      },
    ]);
  });

  it('refuses an export from a newer version, and says what to do', () => {
    expect(failure(json(backup({ version: 2 })))).toBe(
      'This file was exported by a newer MCP Switchboard (settings version 2); this one reads version 1. Update the extension, then import the file again.',
    );
  });

  it('refuses another format marker or a missing version', () => {
    expect(failure(json({ format: 'other-app', servers: [] }))).toBe(
      '"format" is "other-app": this is not an MCP Switchboard settings file (those have "format": "mcp-switchboard-settings").',
    );
    expect(failure(json({ format: BACKUP_FORMAT }))).toBe(
      '"version" should be a whole number from 1; this file has none.',
    );
  });

  it('skips invalid servers and sites by path, and servers sharing a name', () => {
    const result = parsed(
      json(
        backup({
          servers: [
            { name: 'a', url: 'http://a/mcp', transport: 'carrier-pigeon' },
            { url: 'http://b/mcp' },
            { name: 'c', url: 'http://c/mcp', callTimeoutMs: 10 },
            { name: 'dup', url: 'http://d/mcp' },
            { name: 'DUP', url: 'http://e/mcp' },
            { name: 'fine', url: 'wss://f/ws' },
          ],
          sites: { chatgpt: { maxRounds: 1000 }, claude: { auto: true }, myspace: {} },
        }),
      ),
    );
    expect(result.plan.servers.map((s) => s.name)).toEqual(['fine']);
    expect(result.plan.sites).toEqual({ claude: { auto: true } });
    expect(result.skipped.map((s) => [s.name, s.path, s.problems])).toEqual([
      [
        'a',
        'servers[0]',
        ['servers[0].transport: should be "auto", "streamable-http", "sse" or "websocket"'],
      ],
      ['servers[1]', 'servers[1]', ['servers[1].name: is missing']],
      ['c', 'servers[2]', ['servers[2].callTimeoutMs: should be at least 1000']],
      ['dup', 'servers[3]', ['“dup” names 2 servers (servers[3], servers[4]): rename all but one']],
      ['DUP', 'servers[4]', ['“DUP” names 2 servers (servers[3], servers[4]): rename all but one']],
      ['ChatGPT', 'sites.chatgpt', ['sites.chatgpt.maxRounds: should be at most 100']],
      ['myspace', 'sites.myspace', ['sites.myspace: not a chat site this version knows']],
    ]);
  });
});

describe('import: text that cannot be read', () => {
  it('says where JSON is malformed, by line and column', () => {
    expect(
      failure('{\n  "mcpServers": {\n    "a": { "url": "http://a" }\n    "b": {}\n  }\n}'),
    ).toBe("Not valid JSON at line 4, column 5: expected ',' or '}' after property value.");
    expect(failure('{"mcpServers": {')).toMatch(/^Not valid JSON at line 1, column 17: /);
  });

  it('refuses empty text, JSON of neither format, and a top-level array', () => {
    expect(failure('  ')).toBe('There is nothing to import: the text is empty.');
    for (const text of ['{"name": "x"}', '[1, 2]', '"text"'])
      expect(failure(text)).toMatch(/^This is neither an MCP Switchboard export nor an mcpServers/);
  });
});
