// A server's view as the background sends it, for unit tests of the pages that show it: a remote
// server with no counts, its fields and status overridden as each test needs.
import type { ErrorCode } from '../shared/errors';
import type { ServerView } from '../shared/messages/views';

export function serverView({
  status,
  ...fields
}: Partial<Omit<ServerView, 'status'>> & {
  status?: Partial<ServerView['status']>;
} = {}): ServerView {
  return {
    id: 's1',
    name: 'remote',
    url: 'https://mcp.example.com/mcp',
    enabled: true,
    transport: 'auto',
    callTimeoutMs: 60_000,
    callsPerMinute: 60,
    headerNames: [],
    ...fields,
    status: {
      state: 'failed',
      toolCount: 0,
      resourceCount: 0,
      promptCount: 0,
      breakerOpen: false,
      ...status,
    },
  };
}

/** A status error with `code`, its message saying which. */
export const failure = (code: ErrorCode, message = `because ${code}`) => ({ code, message, at: 0 });
