// The companion's own config file, an `mcpServers` map like Claude Desktop's: read fresh at every
// start, and edited only from a terminal (`add`, `adopt`, `remove`). A file it cannot read is never
// written over; each write keeps the previous text beside it.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stripJsonc } from '../../../src/shared/backup/json-text';
import { isRecord } from '../../../src/shared/is-record';
import { type ReadResult, readServerList, type ServerDefinition } from './read-servers';

/** A problem the user must fix before the command can do anything. */
export class ConfigError extends Error {}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError(`Could not read ${file}: ${(error as Error).message}`);
  }
}

/** The servers of the config file; a missing file has none. */
export async function loadConfig(file: string): Promise<ReadResult> {
  const text = await readText(file);
  return text === undefined ? { servers: [], problems: [] } : readServerList(text);
}

export interface Saved {
  /** Set when the old text had comments, which a rewrite cannot keep. */
  note?: string;
}

/** Changes the `mcpServers` map in one write; throws a ConfigError when the file cannot be read. */
export async function editConfig(
  file: string,
  change: (servers: Record<string, unknown>) => void,
): Promise<Saved> {
  const text = await readText(file);
  let top: Record<string, unknown> = {};
  if (text?.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(stripJsonc(text));
    } catch {
      parsed = undefined;
    }
    const list = readServerList(text);
    if (!isRecord(parsed) || ('mcpServers' in parsed && !isRecord(parsed.mcpServers)))
      throw new ConfigError(
        `${file} cannot be read (${list.problems[0] ?? 'it is not an mcpServers object'}). Fix it, or move it away, first: nothing was changed.`,
      );
    top = parsed;
  }
  const servers = isRecord(top.mcpServers) ? top.mcpServers : {};
  change(servers);
  const next = `${JSON.stringify({ ...top, mcpServers: servers }, null, 2)}\n`;
  await mkdir(path.dirname(file), { recursive: true });
  if (text !== undefined) await writeFile(`${file}.bak`, text, { mode: 0o600 });
  // Written aside, then renamed over: a crash mid-write leaves the old file whole.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, next, { mode: 0o600 });
  await rename(temporary, file);
  return text !== undefined && stripJsonc(text) !== text
    ? { note: `Its comments were not kept; the previous text is in ${file}.bak.` }
    : {};
}

/** The entry `add` and `adopt` write for a server. */
export function entryOf(server: Omit<ServerDefinition, 'name'>): Record<string, unknown> {
  return {
    command: server.command,
    args: server.args,
    ...(Object.keys(server.env).length > 0 ? { env: server.env } : {}),
    ...(server.cwd ? { cwd: server.cwd } : {}),
    ...(server.from ? { from: server.from } : {}),
  };
}
