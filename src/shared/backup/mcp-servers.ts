// Reads the server map other MCP clients keep: `mcpServers` (Claude Desktop, Claude Code, Cursor,
// Windsurf, Cline) or `servers` (VS Code), one entry per server name. Remote entries become
// servers; entries that start a local command are listed with the bridge that would expose them.
import { z } from 'zod';
import type { TransportPreference } from '../storage/items';
import {
  type BackupServer,
  headerNameSchema,
  PLACEHOLDER,
  serverNameSchema,
  serverUrlSchema,
} from './format';
import { formatPath, type JsonPath } from './json-text';
import { bridgeFor, FIRST_BRIDGE_PORT } from './local-bridge';
import {
  type Candidate,
  duplicateProblems,
  ImportError,
  isRecord,
  issueLines,
  type Parts,
  type Reader,
  refuseTopLevelDuplicates,
} from './read-kit';

const MAPS = ['mcpServers', 'servers'] as const;

const TRANSPORTS: Record<string, TransportPreference> = {
  http: 'streamable-http',
  'streamable-http': 'streamable-http',
  sse: 'sse',
};

const remoteSchema = z
  .object({
    url: serverUrlSchema,
    type: z
      .enum(['http', 'streamable-http', 'sse'], {
        error: 'should be "http", "streamable-http", "sse" or "stdio"',
      })
      .optional(),
    headers: z.record(headerNameSchema, z.string().max(8192)).optional(),
    disabled: z.boolean().optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.type && /^wss?:/i.test(entry.url))
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `"${entry.type}" needs an http(s):// URL; leave "type" out for a WebSocket`,
      });
  });

const localSchema = z.object({
  command: z.string().trim().min(1, 'should name the program to run'),
  args: z.array(z.string()).default([]),
  env: z.record(z.string(), z.string()).default({}),
});

export const readMcpServers: Reader = (top, duplicates) => {
  refuseTopLevelDuplicates(duplicates, [...MAPS]);
  const parts: Parts = {
    source: `An mcpServers configuration (as Claude Desktop, Cursor and VS Code keep it).`,
    candidates: [],
    sites: {},
    skipped: [],
    local: [],
    notes: [],
  };
  for (const key of MAPS) {
    if (!(key in top)) continue;
    const map = top[key];
    if (!isRecord(map))
      throw new ImportError(
        `"${key}" should be an object with one entry per server name, like { "${key}": { "docs": { "url": "https://…" } } }.`,
      );
    for (const [name, entry] of Object.entries(map))
      readEntry(name, entry, [key, name], duplicates, parts);
  }
  return parts;
};

function readEntry(
  name: string,
  entry: unknown,
  path: JsonPath,
  duplicates: Parameters<Reader>[1],
  parts: Parts,
): void {
  const problems = duplicateProblems(duplicates, path);
  if (!isRecord(entry)) {
    problems.push(`${formatPath(path)}: should be an object with a "url" (or a "command")`);
    parts.candidates.push({ name, path, problems });
  } else if ('command' in entry || entry.type === 'stdio') {
    readLocal(name, entry, path, problems, parts);
  } else {
    parts.candidates.push(readRemote(name, entry, path, problems, parts));
  }
}

function readRemote(
  name: string,
  entry: Record<string, unknown>,
  path: JsonPath,
  problems: string[],
  parts: Parts,
): Candidate {
  const remote = remoteSchema.safeParse(entry);
  // The name is the entry's key, so its problems belong to the entry itself.
  const named = serverNameSchema.safeParse(name);
  if (!named.success) problems.push(...issueLines(named.error, path));
  if (!remote.success) problems.push(...issueLines(remote.error, path));
  if (!remote.success || !named.success) return { name, path, problems };
  const { url, type, headers, disabled } = remote.data;
  const server: BackupServer = {
    name: named.data,
    url,
    ...(type ? { transport: TRANSPORTS[type] } : {}),
    ...(disabled === undefined ? {} : { enabled: !disabled }),
  };
  if (headers) {
    server.headers = Object.fromEntries(
      Object.entries(headers).map(([header, value]) => {
        if (!PLACEHOLDER.test(value)) return [header, value];
        parts.notes.push({
          name: named.data,
          text: `Its ${header} header is written as ${value}, which only the app this file is for fills in.`,
        });
        return [header, null];
      }),
    );
  }
  return { name, path, problems, server };
}

function readLocal(
  name: string,
  entry: Record<string, unknown>,
  path: JsonPath,
  problems: string[],
  parts: Parts,
): void {
  const local = localSchema.safeParse(entry);
  if (!local.success || problems.length > 0) {
    const lines = local.success ? [] : issueLines(local.error, path);
    parts.skipped.push({ name, path: formatPath(path), problems: [...problems, ...lines] });
    return;
  }
  const { command, args, env } = local.data;
  parts.local.push({
    name,
    path: formatPath(path),
    command,
    args,
    bridge: bridgeFor(command, args, FIRST_BRIDGE_PORT + parts.local.length),
    env: Object.keys(env),
  });
}
