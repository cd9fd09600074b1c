// What a tool's schema tells the model, as checkable facts: each must be readable in the generated
// instructions or in the answer to a lookup of that tool, or the instructions are smaller only
// because they say less.
import { deref, isSchema, type Schema, toolLine } from '../src/shared/mcp/instructions';
import { answerLookup, fullName } from '../src/shared/mcp/lookup-answer';
import type { CatalogTool } from '../src/shared/messages/views';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A fact and the text that shows it in the instructions. */
export interface Fact {
  what: string;
  text: string;
}

/** How a JSON Schema type reads in the instructions' TypeScript-like signatures. */
const TYPE_TEXT: Record<string, string> = { array: '[]', object: '{' };

function propertyFacts(schema: Schema, root: Schema, path: string, facts: Fact[]): void {
  const s = deref(schema, root);
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  for (const [name, raw] of Object.entries(isSchema(s.properties) ? s.properties : {})) {
    const p = isSchema(raw) ? deref(raw, root) : {};
    const at = `${path}${name}`;
    facts.push({
      what: `${at} is ${required.has(name) ? 'required' : 'optional'}`,
      text: `${name}${required.has(name) ? '' : '?'}:`,
    });
    if (typeof p.description === 'string' && oneLine(p.description))
      facts.push({ what: `${at} description`, text: oneLine(p.description) });
    // Enum and const values carry their own type; arrays and objects show by their shape.
    if (typeof p.type === 'string' && !Array.isArray(p.enum) && !('const' in p))
      facts.push({ what: `${at} type`, text: TYPE_TEXT[p.type] ?? p.type });
    for (const v of Array.isArray(p.enum) ? p.enum : [])
      facts.push({ what: `${at} enum value`, text: JSON.stringify(v) });
    if ('default' in p)
      facts.push({ what: `${at} default`, text: `= ${JSON.stringify(p.default)}` });
    const item = isSchema(p.items) ? deref(p.items, root) : undefined;
    if (isSchema(p.properties)) propertyFacts(p, root, `${at}.`, facts);
    if (item && isSchema(item.properties)) propertyFacts(item, root, `${at}[].`, facts);
  }
}

/** The facts of one tool: its name and description, and each parameter's. */
export function schemaFacts(
  tool: Pick<CatalogTool, 'name' | 'description' | 'inputSchema'>,
): Fact[] {
  const facts: Fact[] = [{ what: 'name', text: `${tool.name}(` }];
  if (tool.description && oneLine(tool.description))
    facts.push({ what: 'description', text: oneLine(tool.description) });
  propertyFacts(tool.inputSchema, tool.inputSchema, '', facts);
  return facts;
}

/** The facts of `tool` that `text` (its part of the instructions) does not show. */
export function lostFacts(tool: CatalogTool, text: string): Fact[] {
  return schemaFacts(tool).filter((fact) => !text.includes(fact.text));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every schema fact the model cannot reach, as "server/tool: fact": a tool must be named in the
 * instructions, and each fact be in its compact signature there or in the answer to a lookup of
 * that tool alone (the answer the extension gives, from lookup-answer.ts).
 */
export function unreachableFacts(tools: readonly CatalogTool[], instructions: string): string[] {
  return tools.flatMap((tool) => {
    const name = fullName(tool);
    const line = toolLine(tool);
    const signature = instructions.includes(line) ? line : '';
    const listed = new RegExp(`^- ${escaped(tool.name)}( — |$)`, 'm').test(instructions);
    const answer = answerLookup(tools, { tools: [name] });
    const own = answer.shown.length === 1 && answer.shown[0] === name ? answer.text : '';
    return [
      ...(signature || listed ? [] : [`${name}: not named in the instructions`]),
      ...(own ? [] : [`${name}: a lookup of it answers ${answer.shown.join(', ') || 'nothing'}`]),
      ...lostFacts(tool, `${signature}\n${own}`).map((fact) => `${name}: ${fact.what}`),
    ];
  });
}
