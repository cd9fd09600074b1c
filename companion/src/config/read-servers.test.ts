import { describe, expect, it } from 'vitest';
import { readServerList } from './read-servers';

describe('readServerList: good files', () => {
  it('reads command, args, env and cwd, and skips remote entries', () => {
    const text = JSON.stringify({
      mcpServers: {
        files: { command: 'npx', args: ['-y', 'pkg', '/tmp'], env: { TOKEN: 'x' }, cwd: '/srv' },
        plain: { command: 'server' },
        remote: { url: 'https://example.com/mcp' },
      },
    });
    expect(readServerList(text)).toEqual({
      servers: [
        {
          name: 'files',
          command: 'npx',
          args: ['-y', 'pkg', '/tmp'],
          env: { TOKEN: 'x' },
          cwd: '/srv',
        },
        { name: 'plain', command: 'server', args: [], env: {} },
      ],
      problems: [],
    });
  });

  it('reads VS Code’s mcp.json: comments, trailing commas, "servers" and "type": "stdio"', () => {
    const text = `{
      // mine
      "servers": {
        "memory": { "type": "stdio", "command": "npx", "args": ["-y", "mem"], },
      },
    }`;
    expect(readServerList(text).servers.map((s) => s.name)).toEqual(['memory']);
  });

  it('has no servers in an empty file', () => {
    expect(readServerList('  \n')).toEqual({ servers: [], problems: [] });
  });
});

describe('readServerList: malformed files', () => {
  const problems = (text: string) => readServerList(text).problems;

  it('says where JSON breaks, and reads nothing from it', () => {
    const read = readServerList('{\n  "mcpServers": {\n    "a": { "command": "x" ,, }\n  }\n}');
    expect(read.servers).toEqual([]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/^Not valid JSON at line 3, column \d+/);
  });

  it('points at the end when the file stops early', () => {
    // The wording after the position is the engine's own.
    const said = problems('{"mcpServers": {"a": {"command": "x"}');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Not valid JSON at line 1, column 38: /);
  });

  it('refuses a top level or a server map that is not an object', () => {
    expect(problems('[1, 2]')).toEqual(['The top level should be an object with "mcpServers".']);
    expect(problems('{"mcpServers": ["a"]}')).toEqual([
      '"mcpServers" should be an object with one entry per server name.',
    ]);
  });

  it('names each bad entry and keeps the good ones', () => {
    const text = JSON.stringify({
      mcpServers: {
        good: { command: 'ok' },
        text: 'npx thing',
        empty: { command: '  ' },
        list: { command: 'x', args: 'not a list' },
        secret: { command: 'x', env: { TOKEN: 42 } },
        typed: { command: 'x', type: 'sse' },
      },
    });
    const read = readServerList(text);
    expect(read.servers.map((s) => s.name)).toEqual(['good']);
    expect(read.problems).toEqual([
      'mcpServers.text: should be an object with a "command".',
      'mcpServers.empty.command: should name the program to run',
      'mcpServers.list.args: should be a list, not a string',
      'mcpServers.secret.env.TOKEN: should be a string, not a number',
      'mcpServers.typed.type: should be "stdio" for a local command',
    ]);
  });

  it('refuses placeholders that only the file’s own app fills in', () => {
    const text = JSON.stringify({
      servers: { gh: { command: 'gh-mcp', env: { GITHUB_TOKEN: `\${input:token}` } } },
    });
    expect(readServerList(text)).toEqual({
      servers: [],
      problems: [
        `servers.gh: uses \${input:token}, which only the app the file is for fills in: write the value itself`,
      ],
    });
  });

  it('says when a name is given twice, as JSON keeps only the last', () => {
    const text = '{"mcpServers": {"a": {"command": "one"}, "a": {"command": "two"}}}';
    const read = readServerList(text);
    expect(read.problems).toEqual([
      'mcpServers.a appears more than once, and JSON keeps only the last one.',
    ]);
    expect(read.servers.map((s) => s.command)).toEqual(['two']);
  });

  it('refuses a name longer than 100 characters', () => {
    const name = 'n'.repeat(101);
    expect(problems(JSON.stringify({ mcpServers: { [name]: { command: 'x' } } }))).toEqual([
      `mcpServers.${name}: a server name should be 1 to 100 characters.`,
    ]);
  });
});
