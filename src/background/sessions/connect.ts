// Opens an SDK client to one server, choosing the transport from the URL, the user's override
// and the verdict cached from the last success: WebSocket for ws(s)://; for http(s):// Streamable
// HTTP (the SDK probes the 2026-07-28 era, then falls back to `initialize`), then legacy HTTP+SSE.
import {
  Client,
  type DiscoverResult,
  type ElicitRequestParams,
  type ElicitResult,
  type ListChangedHandlers,
  type OAuthClientProvider,
  SdkHttpError,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';
import type { TransportKind, TransportPreference } from '../../shared/storage/items';
import { WebSocketClientTransport } from '../transports/websocket';
import { chain } from './diagnose';

export const CLIENT_INFO = { name: 'mcp-switchboard', version: '0.1.0' };

export interface Verdict {
  transport: TransportKind;
  era: 'legacy' | 'modern';
  discover?: unknown;
}

export interface OpenOptions {
  preference: TransportPreference;
  headers: Record<string, string>;
  verdict?: Verdict;
  listChanged: ListChangedHandlers;
  timeoutMs: number;
  /** Answers a server's request for user input (elicitation); without it none is declared. */
  elicit?: (request: ElicitRequestParams) => Promise<ElicitResult>;
  /** Signs HTTP requests in with OAuth, and runs discovery and refresh on a 401. */
  authProvider?: OAuthClientProvider;
}

export interface Opened {
  client: Client;
  transport: Transport;
  verdict: Verdict;
}

/** The transports to try, in order. */
export function transportOrder(
  url: URL,
  preference: TransportPreference,
  cached?: TransportKind,
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
  return cached && order.includes(cached) ? [cached, ...order.filter((t) => t !== cached)] : order;
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
  const client = new Client(CLIENT_INFO, {
    // The SDK accepts an elicitation handler only when the capability is declared.
    capabilities: options.elicit ? { elicitation: { form: {} } } : {},
    // Our WebSocket transport speaks the legacy era only (see transports/websocket.ts).
    versionNegotiation: { mode: kind === 'websocket' ? 'legacy' : 'auto' },
    listChanged: options.listChanged,
  });
  const elicit = options.elicit;
  if (elicit) client.setRequestHandler('elicitation/create', (request) => elicit(request.params));
  const transport = makeTransport(kind, url, options.headers, options.authProvider);
  const cached = options.verdict?.transport === kind ? options.verdict : undefined;
  const prior =
    cached?.era === 'legacy'
      ? { kind: 'legacy' as const }
      : cached?.discover
        ? { kind: 'modern' as const, discover: cached.discover as DiscoverResult }
        : undefined;
  try {
    await client.connect(transport, { timeout: options.timeoutMs, ...(prior ? { prior } : {}) });
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  const era = client.getProtocolEra() === 'modern' ? 'modern' : 'legacy';
  return {
    client,
    transport,
    verdict: {
      transport: kind,
      era,
      ...(era === 'modern' ? { discover: client.getDiscoverResult() } : {}),
    },
  };
}

export async function openClient(url: URL, options: OpenOptions): Promise<Opened> {
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
