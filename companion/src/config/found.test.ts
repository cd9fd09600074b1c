import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { findServers } from './found';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'companion-found-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('lists the local servers other apps keep, names broken files, and skips missing ones', async () => {
  const claude = path.join(dir, 'claude.json');
  const cursor = path.join(dir, 'cursor.json');
  await writeFile(claude, JSON.stringify({ mcpServers: { mem: { command: 'npx', args: ['m'] } } }));
  await writeFile(cursor, '{ "mcpServers": ');
  const { found, problems } = await findServers([
    { app: 'Claude Desktop', file: claude },
    { app: 'Cursor', file: cursor },
    { app: 'VS Code', file: path.join(dir, 'missing.json') },
  ]);
  expect(found).toEqual([
    { name: 'mem', command: 'npx', args: ['m'], env: {}, app: 'Claude Desktop', file: claude },
  ]);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: cursor });
  expect(problems[0]!.message).toMatch(/^Cursor: Not valid JSON at line 1/);
});
