// The lookup block the model writes to ask the catalogue for tools' full signatures, and its reader.
//
//   ```mcp-lookup
//   {"lookup_id": "l1", "tools": ["everything/echo", "add"]}
//   ```
//   ```mcp-lookup
//   {"lookup_id": "l2", "search": "read a file"}
//   ```
//
// A lookup runs nothing: the extension answers it from the catalogue of tools the user enabled.
// It is read by the rules a call is read by (tool-call.ts): by its language or, where a site
// drops the language, by a body that opens with `{"lookup_id"`. Part of the chat page's script,
// so checked by hand rather than with zod.
import { isRecord } from '../is-record';
import { attr } from './result-text';
import { blockBody, CALL_ID_FORMAT, isBalanced, messageOf } from './tool-call';

export const LOOKUP_LANGUAGE = 'mcp-lookup';
/** Most tools one lookup may name: an answer has to fit in one message. */
export const MAX_LOOKUP_TOOLS = 10;
export const MAX_SEARCH_LENGTH = 200;
/** A server key (up to 100 characters), a slash and a tool name (up to 128). */
export const MAX_LOOKUP_NAME = 230;
/** Longer than any lookup within the limits above. */
const MAX_LOOKUP_LENGTH = 10_000;

export interface Lookup {
  lookup_id: string;
  /** Tools by name, `server/tool` or `tool`. */
  tools?: string[];
  /** Words to find tools by. */
  search?: string;
}

export type LookupRead =
  | { kind: 'none' }
  | { kind: 'partial'; lookupId?: string }
  | { kind: 'invalid'; lookupId?: string; error: string }
  | { kind: 'lookup'; lookup: Lookup };

const KEYS = new Set(['lookup_id', 'tools', 'search']);
const BODY_START = /^\{\s*"lookup_id"\s*:/;
const LOOKUP_ID = /"lookup_id"\s*:\s*"([^"\\]{1,64})"/;

const isName = (name: unknown): name is string =>
  typeof name === 'string' && name.trim().length > 0 && name.length <= MAX_LOOKUP_NAME;

/** Checks a decoded lookup: the lookup, or what is wrong with it (the field first). */
export function checkLookup(value: unknown): Lookup | string {
  if (!isRecord(value)) return 'expected an object';
  const unknown = Object.keys(value).find((key) => !KEYS.has(key));
  if (unknown !== undefined) return `unrecognized key "${unknown}"`;
  const { lookup_id, tools, search } = value;
  if (typeof lookup_id !== 'string' || !CALL_ID_FORMAT.test(lookup_id))
    return 'lookup_id: lookup_id must be 1–64 letters, digits, "_", "-" or "."';
  if (tools !== undefined) {
    if (!Array.isArray(tools) || !tools.every(isName))
      return `tools: expected a list of tool names ("server/tool" or "tool") of up to ${MAX_LOOKUP_NAME} characters`;
    if (tools.length > MAX_LOOKUP_TOOLS)
      return `tools: at most ${MAX_LOOKUP_TOOLS} tools per lookup; ask for the rest in another`;
  }
  if (search !== undefined && (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH))
    return `search: expected words to search for, up to ${MAX_SEARCH_LENGTH} characters`;
  const named = tools?.length ? { tools: tools.map((t) => t.trim()) } : {};
  const words = search?.trim() ? { search: search.trim() } : {};
  if (!named.tools && !words.search) return 'name "tools" to look up, or words to "search" for';
  return { lookup_id, ...named, ...words };
}

export function isLookupLanguage(language: string | undefined): boolean {
  return language?.trim().toLowerCase() === LOOKUP_LANGUAGE;
}

/** Reads a code block's text (and language, when the site shows it) as a lookup. */
export function readLookup(code: string, language?: string): LookupRead {
  const text = blockBody(code);
  if (!isLookupLanguage(language) && !BODY_START.test(text)) return { kind: 'none' };
  const lookupId = LOOKUP_ID.exec(text)?.[1];
  const id = lookupId ? { lookupId } : {};
  if (text.length > MAX_LOOKUP_LENGTH)
    return { kind: 'invalid', ...id, error: 'The lookup is too long to be one.' };
  if (!isBalanced(text)) return { kind: 'partial', ...id };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', ...id, error: `The lookup is not valid JSON: ${messageOf(error)}` };
  }
  const lookup = checkLookup(json);
  if (typeof lookup === 'string')
    return { kind: 'invalid', ...id, error: `The lookup is malformed: ${lookup}` };
  return { kind: 'lookup', lookup };
}

export const LOOKUP_RESULT_TAG = 'mcp-lookup-result';

/**
 * The block a lookup's answer goes back to the model in. Like a result it ends only at the end
 * tag carrying its nonce, so a tool description inside cannot close it early; its own tag tells
 * it apart from a tool's result, and its first line says nothing ran.
 */
export function lookupResultBlock(lookupId: string | undefined, body: string, nonce: string) {
  const attrs = [...(lookupId ? [`lookup_id="${attr(lookupId)}"`] : []), `nonce="${nonce}"`];
  return `<${LOOKUP_RESULT_TAG} ${attrs.join(' ')}>\n${body}\n</${LOOKUP_RESULT_TAG} nonce="${nonce}">`;
}
