// Reads the local servers of an MCP config file: the companion's own, or another client's
// (`mcpServers` for Claude Desktop, Cursor and Claude Code; `servers` in VS Code's mcp.json). Text
// with comments is read as VS Code writes it; every problem says where it is.
import { z } from 'zod';
import {
  duplicateKeys,
  formatPath,
  jsonErrorText,
  stripJsonc,
} from '../../../src/shared/backup/json-text';
import { isRecord, issueLines } from '../../../src/shared/backup/read-kit';
import { serverNameSchema } from '../../../src/shared/companion/protocol';

export interface ServerDefinition {
  name: string;
  command: string;
  args: string[];
  /** Set for the server's process only; the values never leave the companion. */
  env: Record<string, string>;
  cwd?: string;
  /** The client config file it was adopted from. */
  from?: string;
}

export interface ReadResult {
  servers: ServerDefinition[];
  /** Entries left out and why, or why the whole file was. */
  problems: string[];
}

const MAPS = ['mcpServers', 'servers'] as const;
const PLACEHOLDER = /\$\{[^}]*\}/;

const entrySchema = z.object({
  command: z.string().trim().min(1, 'should name the program to run'),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
  cwd: z.string().trim().min(1, 'should name a folder').optional(),
  type: z.literal('stdio', { error: 'should be "stdio" for a local command' }).optional(),
  from: z.string().optional(),
});

/** `${input:token}`, `${workspaceFolder}`, `${HOME}`: filled in by the app a file is for, not here. */
function placeholderProblem(entry: z.infer<typeof entrySchema>): string | undefined {
  const values = [entry.command, ...entry.args, ...Object.values(entry.env), entry.cwd ?? ''];
  const found = values.map((v) => PLACEHOLDER.exec(v)?.[0]).find(Boolean);
  return found
    ? `uses ${found}, which only the app the file is for fills in: write the value itself`
    : undefined;
}

export function readServerList(text: string): ReadResult {
  if (!text.trim()) return { servers: [], problems: [] };
  const json = stripJsonc(text);
  let top: unknown;
  try {
    top = JSON.parse(json);
  } catch (error) {
    return { servers: [], problems: [jsonErrorText(text, error)] };
  }
  if (!isRecord(top))
    return { servers: [], problems: ['The top level should be an object with "mcpServers".'] };
  const duplicates = duplicateKeys(json);
  const result: ReadResult = { servers: [], problems: [] };
  for (const key of MAPS) {
    if (!(key in top)) continue;
    const map = top[key];
    if (!isRecord(map)) {
      result.problems.push(`"${key}" should be an object with one entry per server name.`);
      continue;
    }
    for (const [name, entry] of Object.entries(map))
      readEntry(name, entry, [key, name], duplicates, result);
  }
  return result;
}

function readEntry(
  name: string,
  entry: unknown,
  path: (string | number)[],
  duplicates: ReturnType<typeof duplicateKeys>,
  result: ReadResult,
): void {
  const where = formatPath(path);
  if (duplicates.some((d) => d.path.length === 1 && d.path[0] === path[0] && d.key === name)) {
    result.problems.push(`${where} appears more than once, and JSON keeps only the last one.`);
  }
  if (!isRecord(entry)) {
    result.problems.push(`${where}: should be an object with a "command".`);
    return;
  }
  // Remote servers are the extension's to add; they are not this file's business here.
  if ('url' in entry && !('command' in entry)) return;
  if (!serverNameSchema.safeParse(name).success) {
    result.problems.push(`${where}: a server name should be 1 to 100 characters.`);
    return;
  }
  const parsed = entrySchema.safeParse(entry);
  if (!parsed.success) {
    result.problems.push(...issueLines(parsed.error, path));
    return;
  }
  const placeholder = placeholderProblem(parsed.data);
  if (placeholder) {
    result.problems.push(`${where}: ${placeholder}`);
    return;
  }
  const { command, args, env, cwd, from } = parsed.data;
  result.servers.push({
    name: name.trim(),
    command,
    args,
    env,
    ...(cwd ? { cwd } : {}),
    ...(from ? { from } : {}),
  });
}
