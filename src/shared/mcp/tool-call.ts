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
import { z } from 'zod';

export const CALL_LANGUAGE = 'mcp-call';

export const toolCallSchema = z
  .object({
    call_id: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'call_id must be 1–64 letters, digits, "_", "-" or "."'),
    server: z.string().min(1).max(100).optional(),
    tool: z.string().min(1).max(128),
    arguments: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export type ToolCall = z.output<typeof toolCallSchema>;

export type ToolCallRead =
  | { kind: 'none' }
  /** Recognised but not finished yet: still streaming, or cut off. */
  | { kind: 'partial'; callId?: string }
  | { kind: 'invalid'; callId?: string; error: string }
  | { kind: 'call'; call: ToolCall };

const BODY_START = /^\{\s*"call_id"\s*:/;
const CALL_ID = /"call_id"\s*:\s*"([^"\\]{1,64})"/;

export function isCallLanguage(language: string | undefined): boolean {
  return language?.trim().toLowerCase() === CALL_LANGUAGE;
}

/** Reads a code block's text (and language, when the site shows it) as a tool call. */
export function readToolCall(code: string, language?: string): ToolCallRead {
  const text = code.trim();
  if (!isCallLanguage(language) && !BODY_START.test(text)) return { kind: 'none' };
  const callId = CALL_ID.exec(text)?.[1];
  if (!isBalanced(text)) return { kind: 'partial', callId };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'invalid', callId, error: `The call is not valid JSON: ${messageOf(error)}` };
  }
  const parsed = toolCallSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { kind: 'invalid', callId, error: `The call is malformed: ${where}${issue?.message}` };
  }
  return { kind: 'call', call: parsed.data };
}

/** True once every `{`/`[` opened outside a string has been closed and no string is open. */
function isBalanced(text: string): boolean {
  if (!text.startsWith('{')) return text.length > 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const ch of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return depth <= 0 && !inString;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
