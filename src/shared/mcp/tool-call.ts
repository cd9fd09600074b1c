// The tool-call text format the model writes, and its incremental reader.
//
// A call is a fenced block whose language is `mcp-call` and whose body is one JSON object:
//
//   ```mcp-call
//   {"call_id": "c1", "server": "everything", "tool": "echo", "arguments": {"message": "hi"}}
//   ```
//
// `server` may be left out when the tool name is unique across connected servers. The block is
// recognised by its language or, where a site drops the language, by a body that opens with
// `{"call_id"`, so ordinary JSON examples in a reply are never taken for calls.
// This module is part of the script injected into chat pages, so it checks calls by hand rather
// than with zod: the page's share of the extension stays small.

import { isRecord } from '../is-record';

export const CALL_LANGUAGE = 'mcp-call';

export interface ToolCall {
  call_id: string;
  /** Left out when the tool name is unique across connected servers. */
  server?: string;
  tool: string;
  arguments: Record<string, unknown>;
}

const CALL_KEYS = new Set(['call_id', 'server', 'tool', 'arguments']);
/** Deeper arguments cannot be shown on a card, so they cannot be approved. */
export const MAX_ARGUMENT_DEPTH = 32;
/** A call block longer than this cannot be shown whole, so it cannot be approved. */
export const MAX_CALL_LENGTH = 1_000_000;

/** How deeply `value` nests, stopping once past `limit`. */
function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth + 1;
  for (const inner of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(inner, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}
/** Call ids, and the ids of lookups (lookup.ts), which are read by the same rules. */
export const CALL_ID_FORMAT = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Checks a decoded call and fills in its defaults: the call, or what is wrong with it (the field
 * first, as `field: problem`).
 */
export function checkToolCall(value: unknown): ToolCall | string {
  if (!isRecord(value)) return 'expected an object';
  const unknown = Object.keys(value).find((key) => !CALL_KEYS.has(key));
  if (unknown !== undefined) return `unrecognized key "${unknown}"`;
  const { call_id, server, tool, arguments: args = {} } = value;
  if (typeof call_id !== 'string' || !CALL_ID_FORMAT.test(call_id))
    return 'call_id: call_id must be 1–64 letters, digits, "_", "-" or "."';
  if (server !== undefined && (typeof server !== 'string' || !server || server.length > 100))
    return 'server: expected a server name of 1–100 characters';
  if (typeof tool !== 'string' || !tool || tool.length > 128)
    return 'tool: expected a tool name of 1–128 characters';
  if (!isRecord(args)) return 'arguments: expected an object';
  if (depthOf(args, MAX_ARGUMENT_DEPTH) > MAX_ARGUMENT_DEPTH)
    return `arguments: nested deeper than ${MAX_ARGUMENT_DEPTH} levels, too deep to show for approval`;
  return server === undefined
    ? { call_id, tool, arguments: args }
    : { call_id, server, tool, arguments: args };
}

export type ToolCallRead =
  | { kind: 'none' }
  /** Recognised but not finished yet: still streaming, or cut off. */
  | { kind: 'partial'; callId?: string }
  | { kind: 'invalid'; callId?: string; error: string }
  | { kind: 'call'; call: ToolCall };

const BODY_START = /^\{\s*"call_id"\s*:/;
/** While a reply streams, the closing fence being written shows in the code as a last line of
 * backticks (or tildes) until it is whole; it is not part of the call. */
const FENCE_BEING_CLOSED = /\n[ \t]*(`+|~+)$/;
const CALL_ID = /"call_id"\s*:\s*"([^"\\]{1,64})"/;

export function isCallLanguage(language: string | undefined): boolean {
  return language?.trim().toLowerCase() === CALL_LANGUAGE;
}

/** A block's code without surrounding space or the closing fence being written. */
export const blockBody = (code: string): string => code.trim().replace(FENCE_BEING_CLOSED, '');

/** Reads a code block's text (and language, when the site shows it) as a tool call. */
export function readToolCall(code: string, language?: string): ToolCallRead {
  const text = blockBody(code);
  if (!isCallLanguage(language) && !BODY_START.test(text)) return { kind: 'none' };
  const callId = CALL_ID.exec(text)?.[1];
  if (text.length > MAX_CALL_LENGTH)
    return {
      kind: 'invalid',
      callId,
      error: `The call is longer than ${MAX_CALL_LENGTH.toLocaleString('en')} characters, too long to show for approval.`,
    };
  if (!isBalanced(text)) return { kind: 'partial', callId };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', callId, error: `The call is not valid JSON: ${messageOf(error)}` };
  }
  const call = checkToolCall(json);
  if (typeof call === 'string')
    return { kind: 'invalid', callId, error: `The call is malformed: ${call}` };
  return { kind: 'call', call };
}

/**
 * Walks JSON text from `start` to `stop`, counting `{`/`[` opened outside strings. With `closing`,
 * stops just after the bracket that brings the count back to 0 or below (`end`); else `end` is -1.
 */
export function jsonNesting(
  text: string,
  start = 0,
  stop = text.length,
  closing = false,
): { depth: number; inString: boolean; end: number } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < stop; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (closing && depth <= 0) return { depth, inString, end: i + 1 };
    }
  }
  return { depth, inString, end: -1 };
}

/** True once every `{`/`[` opened outside a string has been closed and no string is open. */
export function isBalanced(text: string): boolean {
  if (!text.startsWith('{')) return text.length > 0;
  const { depth, inString } = jsonNesting(text);
  return depth <= 0 && !inString;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
