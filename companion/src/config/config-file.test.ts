import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, editConfig, entryOf, loadConfig } from './config-file';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'companion-config-'));
  file = path.join(dir, 'sub', 'config.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const add = (name: string, command: string) =>
  editConfig(file, (servers) => {
    servers[name] = entryOf({ command, args: [], env: {} });
  });

describe('the companion’s config file', () => {
  it('is created on the first edit, readable by its owner only', async () => {
    await add('one', 'server-one');
    expect((await loadConfig(file)).servers).toEqual([
      { name: 'one', command: 'server-one', args: [], env: {} },
    ]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('keeps the other servers and the previous text beside it', async () => {
    await add('one', 'a');
    await add('two', 'b');
    expect((await loadConfig(file)).servers.map((s) => s.name)).toEqual(['one', 'two']);
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).mcpServers).toEqual({
      one: { command: 'a', args: [] },
    });
  });

  it('is never written over when it cannot be read', async () => {
    await add('one', 'a');
    const broken = '{ "mcpServers": { "one": { "command": "a" } ';
    await writeFile(file, broken);
    await expect(add('two', 'b')).rejects.toThrow(ConfigError);
    await expect(add('two', 'b')).rejects.toThrow(/cannot be read \(Not valid JSON at line 1/);
    expect(await readFile(file, 'utf8')).toBe(broken);
  });

  it('refuses a server map that is not an object, and changes nothing', async () => {
    await writeFile(file.replace('sub/', ''), '{"mcpServers": []}');
    file = file.replace('sub/', '');
    await expect(add('two', 'b')).rejects.toThrow(/Fix it, or move it away, first/);
    expect(await readFile(file, 'utf8')).toBe('{"mcpServers": []}');
  });

  it('says when a rewrite drops comments, with where the old text is', async () => {
    file = path.join(dir, 'config.json');
    await writeFile(file, '{\n  // mine\n  "mcpServers": {}\n}\n');
    expect(await add('one', 'a')).toEqual({
      note: `Its comments were not kept; the previous text is in ${file}.bak.`,
    });
  });

  it('reads a missing file as no servers', async () => {
    expect(await loadConfig(path.join(dir, 'none.json'))).toEqual({ servers: [], problems: [] });
  });
});
