// Reads our own export (see format.ts), refusing a newer version rather than guessing at it.
import { CHAT_SITES } from '../sites';
import { siteSettingsSchema } from '../storage/items';
import { BACKUP_FORMAT, BACKUP_VERSION, backupServerSchema } from './format';
import { formatPath } from './json-text';
import {
  type Candidate,
  duplicateProblems,
  ImportError,
  isRecord,
  issueLines,
  type Parts,
  type Reader,
  refuseTopLevelDuplicates,
  type SkippedEntry,
} from './read-kit';

export const readBackup: Reader = (top, duplicates) => {
  if (top.format !== BACKUP_FORMAT)
    throw new ImportError(
      `"format" is ${JSON.stringify(top.format)}: this is not an MCP Switchboard settings file (those have "format": "${BACKUP_FORMAT}").`,
    );
  const { version } = top;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError(
      `"version" should be a whole number from 1; this file has ${JSON.stringify(version) ?? 'none'}.`,
    );
  if (version > BACKUP_VERSION)
    throw new ImportError(
      `This file was exported by a newer MCP Switchboard (settings version ${version}); this one reads version ${BACKUP_VERSION}. Update the extension, then import the file again.`,
    );
  refuseTopLevelDuplicates(duplicates, ['format', 'version', 'servers', 'sites']);
  const servers = top.servers ?? [];
  if (!Array.isArray(servers)) throw new ImportError('"servers" should be a list of servers.');
  const sites = top.sites ?? {};
  if (!isRecord(sites))
    throw new ImportError('"sites" should be an object with one entry per site.');

  const candidates = servers.map((entry, i): Candidate => {
    const path = ['servers', i];
    const named = isRecord(entry) && typeof entry.name === 'string' && entry.name.trim();
    const name = named ? String(entry.name) : formatPath(path);
    const parsed = backupServerSchema.safeParse(entry);
    const problems = [
      ...(parsed.success ? [] : issueLines(parsed.error, path)),
      ...duplicateProblems(duplicates, path),
    ];
    return { name, path, problems, ...(parsed.success ? { server: parsed.data } : {}) };
  });

  const parts: Parts = {
    source: `An MCP Switchboard export${typeof top.exportedAt === 'string' ? ` of ${top.exportedAt.slice(0, 10)}` : ''}, ${top.secretsIncluded === true ? 'with' : 'without'} secret header values.`,
    candidates,
    sites: {},
    skipped: [],
    local: [],
    notes: [],
  };
  for (const [id, settings] of Object.entries(sites)) {
    const path = ['sites', id];
    const site = CHAT_SITES.find((s) => s.id === id);
    const parsed = siteSettingsSchema.partial().safeParse(settings);
    const problems = [
      ...(site ? [] : [`${formatPath(path)}: not a chat site this version knows`]),
      ...(parsed.success ? [] : issueLines(parsed.error, path)),
      ...duplicateProblems(duplicates, path),
    ];
    if (site && parsed.success && problems.length === 0) parts.sites[id] = parsed.data;
    else
      parts.skipped.push({
        name: site?.name ?? id,
        path: formatPath(path),
        problems,
      } satisfies SkippedEntry);
  }
  return parts;
};
