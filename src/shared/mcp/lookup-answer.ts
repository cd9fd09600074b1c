// The answer to a lookup (lookup.ts), from the catalogue the background holds: the full signatures
// of the tools named or found by words, and for a name no tool has, the nearest names. Bounded in
// size, since it goes into one chat message.
import type { CatalogTool } from '../messages/views';
import { serverSections, toolEntry } from './instructions';
import { searchTools, words } from './lookup-search';

/** Longest run of signatures in one answer; a first signature longer than this is cut. */
export const MAX_ANSWER_SIGNATURES = 16_000;
/** The answer's first line: the model must not take it for a tool's result. */
export const ANSWER_HEADER =
  'From the catalogue of the user’s MCP servers; no tool was run. Call a tool with an mcp-call block.';

export interface LookupQuery {
  tools?: string[];
  search?: string;
}

export interface LookupAnswer {
  /** The body of the answer block. */
  text: string;
  /** The tools whose signatures it gives, as `server/tool`. */
  shown: string[];
  /** Names asked for that no tool has. */
  unknown: string[];
}

export const fullName = (tool: Pick<CatalogTool, 'server' | 'name'>) =>
  `${tool.server}/${tool.name}`;

/** The tools a name means, `server/tool` or `tool` on any server: exact first, then in any case. */
function byName(tools: readonly CatalogTool[], name: string): CatalogTool[] {
  const exact = tools.filter((t) => fullName(t) === name || t.name === name);
  if (exact.length) return exact;
  const lower = name.toLowerCase();
  return tools.filter((t) => fullName(t).toLowerCase() === lower || t.name.toLowerCase() === lower);
}

/** Edit distance, on the first 64 characters: enough to tell a typo from another name. */
function distance(a: string, b: string): number {
  const [x, y] = [a.slice(0, 64), b.slice(0, 64)];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[y.length] ?? 0;
}

/** Up to three tools whose names are near `name`, nearest first. */
export function nearestNames(tools: readonly CatalogTool[], name: string): string[] {
  const lower = name.toLowerCase();
  const tail = lower.slice(lower.indexOf('/') + 1);
  const asked = words(tail);
  const scored = tools.map((t) => {
    const own = t.name.toLowerCase();
    const near = Math.min(distance(lower, fullName(t).toLowerCase()), distance(tail, own));
    // Words in another order or with one more ("read_file" for "read_text_file") are near too.
    const ownWords = words(own);
    const same = asked.length > 0 && asked.every((w) => ownWords.includes(w));
    return { name: fullName(t), score: same ? Math.min(near, 1) : near };
  });
  const limit = Math.max(2, Math.floor(tail.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map((s) => s.name);
}

/** Signatures of `tools` by server, as many as fit; the names of those left out. */
function signatures(tools: readonly CatalogTool[]): { text: string; shown: CatalogTool[] } {
  const shown: CatalogTool[] = [];
  let size = 0;
  for (const tool of tools) {
    const entry = toolEntry(tool);
    if (shown.length && size + entry.length > MAX_ANSWER_SIGNATURES) break;
    shown.push(tool);
    size += entry.length;
  }
  const cut = (tool: CatalogTool) => {
    const entry = toolEntry(tool);
    return entry.length > MAX_ANSWER_SIGNATURES
      ? `${entry.slice(0, MAX_ANSWER_SIGNATURES)}… [cut: too long for one answer]`
      : entry;
  };
  return { text: serverSections(shown, cut).join('\n'), shown };
}

/** Answers a lookup from `catalog` (the tools that can be called); runs nothing. */
export function answerLookup(catalog: readonly CatalogTool[], query: LookupQuery): LookupAnswer {
  const tools = catalog.filter((t) => !t.unavailable);
  const wanted: CatalogTool[] = [];
  const unknown: string[] = [];
  const lines: string[] = [];
  for (const name of query.tools ?? []) {
    const found = byName(tools, name);
    if (!found.length) unknown.push(name);
    for (const tool of found) if (!wanted.includes(tool)) wanted.push(tool);
  }
  const matches = query.search ? searchTools(tools, query.search) : [];
  for (const tool of matches) if (!wanted.includes(tool)) wanted.push(tool);
  const { text, shown } = signatures(wanted);
  if (text) lines.push(text);
  if (query.search)
    lines.push(
      matches.length
        ? `Search ${JSON.stringify(query.search)} found ${matches.map(fullName).join(', ')}.`
        : `No tool matches ${JSON.stringify(query.search)}. The instructions list every tool by name.`,
    );
  for (const name of unknown) {
    const near = nearestNames(tools, name);
    lines.push(
      `No tool named ${JSON.stringify(name)}${near.length ? `; did you mean ${near.join(', ')}?` : '. The instructions list every tool by name.'}`,
    );
  }
  const left = wanted.filter((t) => !shown.includes(t)).map(fullName);
  if (left.length)
    lines.push(`Not shown, to keep this answer short: ${left.join(', ')}. Look them up again.`);
  return { text: [ANSWER_HEADER, ...lines].join('\n'), shown: shown.map(fullName), unknown };
}
