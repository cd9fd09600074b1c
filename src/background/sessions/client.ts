// The SDK client as sessions use it, whatever carries it: how it is made and connected, and the
// era verdict kept so the next connection skips the probe.
import {
  Client,
  type DiscoverResult,
  type ElicitRequestParams,
  type ElicitResult,
  type ListChangedHandlers,
  type OAuthClientProvider,
  type Transport,
} from '@modelcontextprotocol/client';
import type { SessionTransport, TransportPreference } from '../../shared/storage/items';
import type { CompanionLink } from '../companion/link';

export const CLIENT_INFO = { name: 'mcp-switchboard', version: '0.1.0' };

export interface Verdict {
  transport: SessionTransport;
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
  /** The way to local servers (`companion:` URLs); without it they cannot be opened. */
  companion?: CompanionLink;
}

export interface Opened {
  client: Client;
  transport: Transport;
  verdict: Verdict;
}

/** A client as sessions use it; `legacy` skips the 2026-07-28 probe. */
export function newClient(options: OpenOptions, mode: 'legacy' | 'auto'): Client {
  const client = new Client(CLIENT_INFO, {
    // The SDK accepts an elicitation handler only when the capability is declared.
    capabilities: options.elicit ? { elicitation: { form: {} } } : {},
    versionNegotiation: { mode },
    listChanged: options.listChanged,
  });
  const elicit = options.elicit;
  if (elicit) client.setRequestHandler('elicitation/create', (request) => elicit(request.params));
  return client;
}

/** Connects, starting from what worked last time (no probe for a known era); says which era. */
export async function connectClient(
  client: Client,
  transport: Transport,
  cached: Verdict | undefined,
  timeoutMs: number,
): Promise<Omit<Verdict, 'transport'>> {
  const prior =
    cached?.era === 'legacy'
      ? { kind: 'legacy' as const }
      : cached?.discover
        ? { kind: 'modern' as const, discover: cached.discover as DiscoverResult }
        : undefined;
  try {
    await client.connect(transport, { timeout: timeoutMs, ...(prior ? { prior } : {}) });
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  const era = client.getProtocolEra() === 'modern' ? 'modern' : 'legacy';
  return { era, ...(era === 'modern' ? { discover: client.getDiscoverResult() } : {}) };
}
