// Finds tools by words for a lookup's `search`: a word in a tool's name counts most, then one in
// its description or a parameter's name. Words match by prefix, so "file" finds "read_files".
import type { CatalogTool } from '../messages/views';
import { isSchema } from './instructions';

/** Most tools one search answers with. */
export const SEARCH_RESULTS = 5;

const COMMON = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'and', 'or', 'in', 'on', 'with']);

/** Lowercase words, camelCase and snake_case split. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !COMMON.has(w));
}

/** One word matches another when either begins with the other, both of some length. */
const matches = (query: string, word: string) =>
  query === word ||
  (query.length > 2 && word.length > 2 && (word.startsWith(query) || query.startsWith(word)));

const paramNames = (tool: CatalogTool) =>
  isSchema(tool.inputSchema.properties) ? Object.keys(tool.inputSchema.properties) : [];

/** The tools that best match `query`, best first (catalogue order among equals). */
export function searchTools(tools: readonly CatalogTool[], query: string): CatalogTool[] {
  const asked = [...new Set(words(query))];
  if (!asked.length) return [];
  const scored = tools.map((tool, index) => {
    const name = words(`${tool.name} ${tool.title ?? ''}`);
    const text = words(`${tool.description ?? ''} ${paramNames(tool).join(' ')}`);
    let score = 0;
    for (const word of asked) {
      if (name.some((w) => matches(word, w))) score += 3;
      else if (text.some((w) => matches(word, w))) score += 1;
    }
    return { tool, index, score };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, SEARCH_RESULTS)
    .map((s) => s.tool);
}
