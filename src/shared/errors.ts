// Error codes that cross contexts as data (thrown errors do not survive extension messaging).

export const ERROR_CODES = [
  'bad_request',
  'forbidden_sender',
  'unknown_message',
  'invalid_url',
  'server_not_found',
  'unreachable',
  'not_mcp',
  'unauthorized',
  /** The server wants an OAuth sign-in (none yet, expired, or more access needed). */
  'sign_in_required',
  /** A sign-in did not complete: cancelled, refused, or unsafe to continue. */
  'sign_in_failed',
  /** The extension lacks the host permission for the server's origin (never granted, or removed). */
  'no_permission',
  /** The companion for local servers is missing, of another version, or refused a server. */
  'companion_unavailable',
  'protocol',
  'tool_not_found',
  'tool_ambiguous',
  'tool_unavailable',
  'denied',
  /** The server's cap on tool calls a minute was reached: the call was not sent. */
  'rate_limited',
  'server_unavailable',
  'cancelled',
  'timeout',
  /** No chat tab could take text, or its message box did not. */
  'chat_unavailable',
  /** The browser refused a write: the extension's storage quota is used up. */
  'storage_full',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface WireError {
  code: ErrorCode;
  message: string;
}

/** A failure of ours, with a code another context can act on. */
export class SwitchboardError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SwitchboardError';
  }
}

export function toWireError(error: unknown): WireError {
  if (error instanceof SwitchboardError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: message || 'Unexpected error' };
}
