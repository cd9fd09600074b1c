// What the readers of each import format share: the shapes they return and how they say where a
// problem is.
import type { z } from 'zod';
import type { BackupServer, ImportPlan } from './format';
import { type DuplicateKey, formatPath, type JsonPath } from './json-text';
import type { Bridge } from './local-bridge';

/** An entry that will not be imported, and why. */
export interface SkippedEntry {
  name: string;
  path: string;
  problems: string[];
}

/** A server that runs as a local command: not imported, with the bridge that would expose it. */
export interface LocalServer {
  name: string;
  path: string;
  /** What it runs, to match it with a server of the companion's. */
  command: string;
  args: string[];
  bridge: Bridge;
  /** Environment variables the file sets for the command (names only: values may be secrets). */
  env: string[];
}

/** Something the user should know about an entry that is imported. */
export interface EntryNote {
  name: string;
  text: string;
}

/** A server entry as read, before names are checked against each other. */
export interface Candidate {
  name: string;
  path: JsonPath;
  /** Absent when the entry could not be read. */
  server?: BackupServer;
  problems: string[];
}

/** What a reader of one format finds. */
export interface Parts {
  /** What the text is, as said to the user. */
  source: string;
  candidates: Candidate[];
  sites: ImportPlan['sites'];
  skipped: SkippedEntry[];
  local: LocalServer[];
  notes: EntryNote[];
}

export type Reader = (top: Record<string, unknown>, duplicates: DuplicateKey[]) => Parts;

/** A problem with the whole text: nothing in it can be imported. */
export class ImportError extends Error {}

export { isRecord } from '../is-record';

/** Zod's wording for the common cases, rephrased to follow a path: `url: should be a string`. */
function say(issue: z.core.$ZodIssue): string {
  // Our own messages already read that way.
  if (!/^(Invalid|Too big|Too small)/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? 'is missing'
        : `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}${received ? `, not ${received === 'array' ? 'a list' : `a ${received}`}` : ''}`;
    }
    case 'invalid_value':
      return `should be ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`.replace(
        /, ([^,]*)$/,
        ' or $1',
      );
    case 'too_big':
      return `should be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'too_small':
      return `should be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? issue.message;
    default:
      return issue.message;
  }
}

/** A zod failure as lines that each say where: `mcpServers.docs.url: “x” is not a URL`. */
export function issueLines(error: z.ZodError, at: JsonPath): string[] {
  return error.issues.map((issue) => `${formatPath([...at, ...issue.path])}: ${say(issue)}`);
}

const startsWith = (path: JsonPath, prefix: JsonPath) =>
  prefix.length <= path.length && prefix.every((part, i) => path[i] === part);

/** What duplicate keys mean for the entry at `path`: the entry given twice, or a key inside it. */
export function duplicateProblems(duplicates: DuplicateKey[], path: JsonPath): string[] {
  return duplicates.flatMap((d) => {
    if (d.path.length === path.length - 1 && startsWith(path, d.path) && d.key === path.at(-1))
      return [`${formatPath(path)} appears more than once, and JSON keeps only the last one`];
    if (startsWith(d.path, path))
      return [`${formatPath([...d.path, d.key])} appears more than once`];
    return [];
  });
}

/** A key given twice at the top level loses a whole part of the file: refuse the file. */
export function refuseTopLevelDuplicates(duplicates: DuplicateKey[], keys: readonly string[]) {
  const twice = duplicates.find((d) => d.path.length === 0 && keys.includes(d.key));
  if (twice)
    throw new ImportError(
      `“${twice.key}” appears twice at the top level, and JSON keeps only the last one. Merge them into one.`,
    );
}
