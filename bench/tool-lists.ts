// The tools of server-everything, server-filesystem and server-memory, listed by starting each over
// stdio with the protocol's own client: the tool set the instruction-size metric is defined on.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import type { CatalogTool } from '../src/shared/messages/views';

const require = createRequire(import.meta.url);

/** A package's bin script, by the path its package.json declares. */
function bin(pkg: string, name: string): string {
  const manifest = require(`${pkg}/package.json`) as { bin: Record<string, string> };
  const file = manifest.bin[name];
  if (!file) throw new Error(`${pkg} has no bin ${name}`);
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

async function listTools(server: string, args: string[], env: Record<string, string> = {}) {
  const client = new Client({ name: 'bench', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args,
    env: { PATH: process.env.PATH ?? '', ...env },
    stderr: 'ignore',
  });
  await client.connect(transport);
  try {
    const tools: CatalogTool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : {});
      for (const t of page.tools)
        tools.push({
          server,
          serverId: server,
          needsServer: false,
          name: t.name,
          ...(t.description ? { description: t.description } : {}),
          inputSchema: t.inputSchema as Record<string, unknown>,
        });
      cursor = page.nextCursor;
    } while (cursor);
    return tools;
  } finally {
    await client.close();
  }
}

/** Every tool of the three servers, as the extension's catalogue holds them. */
export async function referenceTools(): Promise<CatalogTool[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-tools-'));
  try {
    const lists = await Promise.all([
      listTools('everything', [
        bin('@modelcontextprotocol/server-everything', 'mcp-server-everything'),
        'stdio',
      ]),
      listTools('filesystem', [
        bin('@modelcontextprotocol/server-filesystem', 'mcp-server-filesystem'),
        scratch,
      ]),
      listTools('memory', [bin('@modelcontextprotocol/server-memory', 'mcp-server-memory')], {
        MEMORY_FILE_PATH: join(scratch, 'memory.jsonl'),
      }),
    ]);
    const tools = lists.flat();
    // Names shared by two servers need the server named, as the extension's catalogue marks them.
    return tools.map((t) => ({
      ...t,
      needsServer: tools.some((o) => o !== t && o.name === t.name),
    }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `servers` servers of `perServer` tools each, made of the reference tools: each server takes the
 * next run of them, round the list, a tool's second appearance on a server named `<name>_2`.
 * Real tools at a scale no one runs three servers at: the catalogue-on-demand goal is set on it.
 */
export function scaledTools(
  reference: readonly CatalogTool[],
  servers: number,
  perServer: number,
): CatalogTool[] {
  const tools = Array.from({ length: servers }, (_, s) =>
    Array.from({ length: perServer }, (_, t): CatalogTool => {
      const at = s * perServer + t;
      const base = reference[at % reference.length]!;
      const round = Math.floor(t / reference.length);
      const name = round ? `${base.name}_${round + 1}` : base.name;
      return { ...base, server: `server-${s + 1}`, serverId: `server-${s + 1}`, name };
    }),
  ).flat();
  const owners = new Map<string, number>();
  for (const t of tools) owners.set(t.name, (owners.get(t.name) ?? 0) + 1);
  return tools.map((t) => ({ ...t, needsServer: (owners.get(t.name) ?? 0) > 1 }));
}
