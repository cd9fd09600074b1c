// Reads what the user gives the import (a file or pasted text) into an import plan: our own
// export, or the `mcpServers` / `servers` JSON of Claude Desktop, Cursor, VS Code and others.
// Every problem says where it is; entries with problems are listed, never quietly dropped.
import { readBackup } from './backup-file';
import type { BackupServer, ImportPlan } from './format';
import { duplicateKeys, formatPath, jsonErrorText, stripJsonc } from './json-text';
import { readMcpServers } from './mcp-servers';
import { ImportError, isRecord, type Parts, type Reader, type SkippedEntry } from './read-kit';

export type { EntryNote, LocalServer, SkippedEntry } from './read-kit';

export interface ParsedImport extends Omit<Parts, 'candidates' | 'sites'> {
  /** The valid entries, ready to preview and apply. */
  plan: ImportPlan;
}

export type ParseResult = { ok: true; value: ParsedImport } | { ok: false; error: string };

const NEITHER =
  'This is neither an MCP Switchboard export nor an mcpServers configuration: expected "format": "mcp-switchboard-settings", or an "mcpServers" (or "servers") object, at the top level.';

function readerFor(top: Record<string, unknown>): Reader | undefined {
  if ('format' in top) return readBackup;
  if ('mcpServers' in top || 'servers' in top) return readMcpServers;
  return undefined;
}

export function parseImport(text: string): ParseResult {
  if (!text.trim()) return { ok: false, error: 'There is nothing to import: the text is empty.' };
  const json = stripJsonc(text);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: jsonErrorText(text, error) };
  }
  const read = isRecord(data) ? readerFor(data) : undefined;
  if (!read || !isRecord(data)) return { ok: false, error: NEITHER };
  try {
    return { ok: true, value: settle(read(data, duplicateKeys(json))) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message };
    throw error;
  }
}

/** Names tell servers apart, so entries sharing one (in any case) are all skipped. */
function settle({ candidates, sites, skipped: others, ...parts }: Parts): ParsedImport {
  const key = (name: string) => name.trim().toLowerCase();
  const servers: BackupServer[] = [];
  const skipped: SkippedEntry[] = [];
  for (const candidate of candidates) {
    const problems = [...candidate.problems];
    const same = candidates.filter((c) => key(c.name) === key(candidate.name));
    if (same.length > 1)
      problems.push(
        `“${candidate.name.trim()}” names ${same.length} servers (${same.map((c) => formatPath(c.path)).join(', ')}): rename all but one`,
      );
    if (candidate.server && problems.length === 0) servers.push(candidate.server);
    else skipped.push({ name: candidate.name, path: formatPath(candidate.path), problems });
  }
  return { ...parts, plan: { servers, sites }, skipped: [...skipped, ...others] };
}
