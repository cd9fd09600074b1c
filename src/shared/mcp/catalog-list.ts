// The instructions' short form for a large catalogue (issue #16): each tool as its name and a
// one-line summary, and how to look up full signatures (lookup.ts) before calling.
import type { CatalogTool } from '../messages/views';
import { LOOKUP_LANGUAGE, LOOKUP_RESULT_TAG, MAX_LOOKUP_TOOLS } from './lookup';

/** Longest summary: a clause says what a tool is for; the lookup says the rest. */
const SUMMARY_MAX = 72;

const oneLine = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';

/** The first sentence of a tool's description (or its title), cut at a word near SUMMARY_MAX. */
export function summaryOf(tool: Pick<CatalogTool, 'description' | 'title'>): string {
  const text = oneLine(tool.description) || oneLine(tool.title);
  // A sentence ends where the next begins with a capital: "e.g. this" goes on.
  const sentence = /^(.+?[.!?])(?=\s+[\p{Lu}\d"'`([]|$)/u.exec(text)?.[1] ?? text;
  if (sentence.length <= SUMMARY_MAX) return sentence;
  const cut = sentence.slice(0, SUMMARY_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** `- name — summary`. */
export function summaryLine(tool: CatalogTool): string {
  const summary = summaryOf(tool);
  return `- ${tool.name}${summary ? ` — ${summary}` : ''}`;
}

export const LOOKUP_TEACHING = [
  'The tools below are listed by name and summary only. Before calling one, look up its parameters: write a block like this, then stop and wait:',
  '',
  `\`\`\`${LOOKUP_LANGUAGE}`,
  '{"lookup_id": "l1", "tools": ["<server>/<tool>"]}',
  '```',
  '',
  `Or find tools by words: {"lookup_id": "l2", "search": "<words>"}. Up to ${MAX_LOOKUP_TOOLS} tools per lookup, a new lookup_id each time. The answer comes at once as <${LOOKUP_RESULT_TAG} lookup_id="…" nonce="…"> … </${LOOKUP_RESULT_TAG} nonce="…"> with their full signatures (parameters with ? are optional; = shows the default). A lookup runs nothing and needs no approval.`,
];

export const CATALOG_HEADING = 'Tools (name — summary):';
