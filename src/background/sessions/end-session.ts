// Ends a Streamable HTTP session an earlier worker left open, so the server can free it.
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

/** Best effort: the server may already have dropped it, or not support DELETE (405). */
export function endSession(url: URL, sessionId: string): void {
  void new StreamableHTTPClientTransport(url, { sessionId }).terminateSession().catch(() => {});
}
