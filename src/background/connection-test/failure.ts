// What one failed attempt to open a server says, reduced to the facts a report is written from.
import {
  SdkError,
  SdkErrorCode,
  SdkHttpError,
  SseError,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';
import { chain, isNetworkError } from '../sessions/diagnose';

export type Failure =
  /** No answer at all. Chromium's fetch says only "Failed to fetch", whatever the cause. */
  | { kind: 'network' }
  | { kind: 'timeout' }
  /** `body`: the start of what the server sent with the status, when there was any. */
  | { kind: 'http'; status: number; body?: string }
  /** An answer that is neither JSON nor an event stream, e.g. a web page. */
  | { kind: 'content-type'; contentType: string }
  /** JSON, or text, that is not a JSON-RPC message. */
  | { kind: 'not-json-rpc' }
  | { kind: 'invalid-url'; message: string }
  /** Anything else, e.g. the server answered `initialize` with a JSON-RPC error. */
  | { kind: 'other'; message: string };

const BODY_CHARS = 300;

export function failureOf(error: unknown): Failure {
  for (const e of chain(error)) {
    const found = known(e);
    if (found) return found;
  }
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

function known(e: unknown): Failure | undefined {
  if (e instanceof SwitchboardError) {
    return e.code === 'invalid_url'
      ? { kind: 'invalid-url', message: e.message }
      : { kind: 'other', message: e.message };
  }
  if (e instanceof SdkHttpError) {
    const text = typeof e.data.text === 'string' ? readable(e.data.text) : '';
    return { kind: 'http', status: e.status, ...(text ? { body: text.slice(0, BODY_CHARS) } : {}) };
  }
  // Without an auth provider the SDK answers a 401 with this, not with the status.
  if (e instanceof UnauthorizedError) return { kind: 'http', status: 401 };
  if (e instanceof SseError && typeof e.code === 'number' && e.code >= 400)
    return { kind: 'http', status: e.code };
  if (e instanceof SdkError) {
    if (e.code === SdkErrorCode.RequestTimeout) return { kind: 'timeout' };
    if (e.code === SdkErrorCode.ClientHttpUnexpectedContent) {
      const contentType = (e.data as { contentType?: unknown } | undefined)?.contentType;
      return { kind: 'content-type', contentType: String(contentType ?? 'unknown') };
    }
    if (e.code === SdkErrorCode.InvalidResult) return { kind: 'not-json-rpc' };
  }
  if (isNetworkError(e)) return { kind: 'network' };
  if (e instanceof SyntaxError || (e instanceof Error && e.name === 'ZodError'))
    return { kind: 'not-json-rpc' };
  return undefined;
}

/** What a server said with an error status: a JSON-RPC error's message, or the text of a page. */
function readable(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } })?.error?.message;
    if (typeof message === 'string') return message.trim();
  } catch {
    // Not JSON: plain text, or a web page.
  }
  return body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Answers that say "no MCP endpoint here", so a nearby path is worth a try. */
export function notAnEndpoint(failure: Failure): boolean {
  switch (failure.kind) {
    case 'http':
      return [400, 404, 405, 406, 415].includes(failure.status);
    case 'content-type':
    case 'not-json-rpc':
      return true;
    default:
      return false;
  }
}

/** One attempt's result in a few words, for the report's list of what was tried. */
export function failureWords(failure: Failure): string {
  switch (failure.kind) {
    case 'network':
      return 'no connection';
    case 'timeout':
      return 'no answer in time';
    case 'http':
      return `HTTP ${failure.status}`;
    case 'content-type':
      return `answered ${failure.contentType}`;
    case 'not-json-rpc':
      return 'answered, but not in JSON-RPC';
    case 'invalid-url':
    case 'other':
      return failure.message;
  }
}
