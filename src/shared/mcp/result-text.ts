// Turns a tool call's outcome into the block put back into the chat for the model to read.
//
//   <mcp-result call_id="c1" server="everything" tool="echo" status="ok" nonce="9f2c41d7">
//   Echo: hi
//   </mcp-result nonce="9f2c41d7">
//
// Only an end tag carrying the block's own nonce ends it, so text inside a tool's output cannot
// close the block early and pass itself off as the user's words or as a new call.
import type { ChatToolResult, ResultPart } from '../messages/views';
import type { ToolCall } from './tool-call';

export const RESULT_TAG = 'mcp-result';
/** Longest body put into a chat; the card keeps the whole result for Copy. */
export const DEFAULT_RESULT_LIMIT = 20_000;

export type ResultStatus = 'ok' | 'error' | 'denied' | 'cancelled' | 'failed';

function size(bytes: number | undefined): string {
  if (bytes === undefined) return '';
  return bytes < 1024 ? `, ${bytes} bytes` : `, ${(bytes / 1024).toFixed(1)} KB`;
}

/** Part index → the name of the file it was attached to the message as. */
export type AttachedParts = ReadonlyMap<number, string>;

function partText(part: ResultPart, attachedAs: string | undefined): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'media': {
      const what = `${part.kind} (${part.mimeType}${size(part.bytes)}) returned by the tool`;
      return attachedAs
        ? `[${what}; attached to this message as ${attachedAs}]`
        : `[${what}; not shown in the chat]`;
    }
    case 'resource':
      return part.text === undefined
        ? `[resource ${part.uri}]`
        : `[resource ${part.uri}]\n${part.text}`;
  }
}

const sameJson = (text: string, value: unknown): boolean => {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
};

/** The result body alone, as the card shows it; `attached` names the parts sent as files. */
export function resultBody(result: ChatToolResult, attached?: AttachedParts): string {
  const texts = result.parts.map((part, i) => partText(part, attached?.get(i)));
  const { structured } = result;
  if (
    structured !== undefined &&
    !result.parts.some((p) => p.type === 'text' && sameJson(p.text, structured))
  ) {
    const json = JSON.stringify(structured, null, 2);
    texts.push(texts.length ? `Structured content (JSON):\n${json}` : json);
  }
  return texts.join('\n\n').trim() || '(the tool returned no content)';
}

/** A random tag for one block; 32 bits is plenty against guessing within one chat. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A value fit for an attribute of a block's opening tag: no quote, bracket or line break. */
export const attr = (value: string) => value.replace(/["<>&\n\r\u0085\u2028\u2029]/g, ' ');

export interface BlockInput {
  call: ToolCall;
  server?: string;
  status: ResultStatus;
  body: string;
  nonce: string;
  limit?: number;
  /** The name of the file the whole body was attached as, when it is over the limit. */
  fullFile?: string | undefined;
}

export function resultBlock({
  call,
  server,
  status,
  body,
  nonce,
  limit = DEFAULT_RESULT_LIMIT,
  fullFile,
}: BlockInput): string {
  const whole = fullFile
    ? `The whole result is attached to this message as ${fullFile}.`
    : 'The full result is in the tool card.';
  const cut =
    body.length > limit
      ? `${body.slice(0, limit)}\n[… truncated: ${body.length - limit} more characters. ${whole}]`
      : body;
  const attrs = [
    `call_id="${attr(call.call_id)}"`,
    ...(server ? [`server="${attr(server)}"`] : []),
    `tool="${attr(call.tool)}"`,
    `status="${status}"`,
    `nonce="${nonce}"`,
  ];
  return `<${RESULT_TAG} ${attrs.join(' ')}>\n${cut}\n</${RESULT_TAG} nonce="${nonce}">`;
}

export interface ResultFiles {
  /** Longest body put into the chat. */
  limit?: number;
  /** Media parts attached to the message as files. */
  attached?: AttachedParts;
  /** The file the whole body was attached as. */
  fullFile?: string | undefined;
}

/** The block for a result the server sent (an error result is still a result, for the model to handle). */
export function formatToolResult(
  call: ToolCall,
  server: string,
  result: ChatToolResult,
  nonce: string,
  { limit, attached, fullFile }: ResultFiles = {},
): string {
  const status = result.isError ? 'error' : 'ok';
  return resultBlock({
    call,
    server,
    status,
    body: resultBody(result, attached),
    nonce,
    ...(limit ? { limit } : {}),
    fullFile,
  });
}
