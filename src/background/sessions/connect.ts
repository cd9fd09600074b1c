// Opens an SDK client to one server, choosing the transport from the URL, the user's override
// and the verdict cached from the last success: WebSocket for ws(s)://; for http(s):// Streamable
// HTTP (the SDK probes the 2026-07-28 era, then falls back to `initialize`), then legacy HTTP+SSE;
// the companion for `companion:` URLs.
import {
  type OAuthClientProvider,
  SdkHttpError,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client';
import { COMPANION_SCHEME } from '../../shared/companion/url';
import { SwitchboardError } from '../../shared/errors';
import type {
  SessionTransport,
  TransportKind,
  TransportPreference,
} from '../../shared/storage/items';
import { WebSocketClientTransport } from '../transports/websocket';
import { connectClient, newClient, type Opened, type OpenOptions } from './client';
import { openCompanion } from './connect-companion';
import { chain } from './diagnose';

export { CLIENT_INFO, type Opened, type OpenOptions, type Verdict } from './client';

/** The transports to try, in order. */
export function transportOrder(
  url: URL,
  preference: TransportPreference,
  cached?: SessionTransport,
): TransportKind[] {
  const ws = url.protocol === 'ws:' || url.protocol === 'wss:';
  if (ws) {
    if (preference !== 'auto' && preference !== 'websocket') {
      throw new SwitchboardError(
        'invalid_url',
        `A ${url.protocol}// URL needs the WebSocket transport.`,
      );
    }
    return ['websocket'];
  }
  if (preference === 'websocket') {
    throw new SwitchboardError(
      'invalid_url',
      'The WebSocket transport needs a ws:// or wss:// URL.',
    );
  }
  if (preference !== 'auto') return [preference];
  const order: TransportKind[] = ['streamable-http', 'sse'];
  const first = order.find((t) => t === cached);
  return first ? [first, ...order.filter((t) => t !== first)] : order;
}

function makeTransport(
  kind: TransportKind,
  url: URL,
  headers: Record<string, string>,
  authProvider: OAuthClientProvider | undefined,
): Transport {
  const requestInit = { headers };
  const auth = authProvider ? { authProvider } : {};
  switch (kind) {
    case 'websocket':
      return new WebSocketClientTransport(url);
    case 'sse':
      // The SDK sends requestInit's headers on the event stream too.
      return new SSEClientTransport(url, { requestInit, ...auth });
    case 'streamable-http':
      return new StreamableHTTPClientTransport(url, { requestInit, ...auth });
  }
}

/** A failure that says this transport is the wrong one, so the next may be right. */
export function wrongTransport(error: unknown): boolean {
  return chain(error).some(
    (e) => e instanceof SdkHttpError && [400, 404, 405, 406, 415].includes(e.status),
  );
}

/** Opens a client over this one transport, or throws why it could not. */
export async function openWith(
  kind: TransportKind,
  url: URL,
  options: OpenOptions,
): Promise<Opened> {
  // Our WebSocket transport speaks the legacy era only (see transports/websocket.ts).
  const client = newClient(options, kind === 'websocket' ? 'legacy' : 'auto');
  const transport = makeTransport(kind, url, options.headers, options.authProvider);
  const cached = options.verdict?.transport === kind ? options.verdict : undefined;
  const verdict = await connectClient(client, transport, cached, options.timeoutMs);
  return { client, transport, verdict: { ...verdict, transport: kind } };
}

export async function openClient(url: URL, options: OpenOptions): Promise<Opened> {
  if (url.protocol === COMPANION_SCHEME) return openCompanion(url, options);
  const order = transportOrder(url, options.preference, options.verdict?.transport);
  let first: unknown;
  for (const kind of order) {
    try {
      return await openWith(kind, url, options);
    } catch (error) {
      if (first === undefined && !wrongTransport(error)) throw error;
      // A fallback was only a guess: the first transport's failure explains more.
      first ??= error;
    }
  }
  throw first;
}
