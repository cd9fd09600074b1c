// "Test connection": tries a server URL the way a session would (same transports, same order,
// same fallback rule), saves nothing, and explains what it found. When the URL is not an MCP
// endpoint it tries the other transports (if one was forced) and the nearby paths (/mcp ↔ /sse);
// when nothing answered at all it probes what it can.
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { hostPermissionPattern } from '../../shared/host-access';
import type { ConnectionReport } from '../../shared/messages/connection-report';
import type { TransportKind, TransportPreference } from '../../shared/storage/items';
import { checkServerUrl } from '../servers/url';
import { fetchCatalog } from '../sessions/catalog';
import { type Opened, type openWith, transportOrder, wrongTransport } from '../sessions/connect';
import { type Attempt, explain, type Findings, type FoundServer } from './explain';
import { failureOf, notAnEndpoint } from './failure';
import { networkFacts } from './network';

export interface TestInput {
  url: string;
  preference: TransportPreference;
  /** Header values to send: the typed ones, with saved ones for those left unchanged. */
  headers: Record<string, string>;
}

export interface TestDeps {
  open: typeof openWith;
  /** Whether the extension holds the host permission for this http(s) URL. */
  canReach(url: URL): Promise<boolean>;
  /** For the no-cors probes after a failure to connect. */
  fetch: typeof fetch;
  /** `chrome-extension://<id>`: what servers see in the Origin header. */
  extensionOrigin: string;
}

/** Per attempt: short, as the user waits for the answer. */
const TIMEOUT_MS = 10_000;

export async function testConnection(input: TestInput, deps: TestDeps): Promise<ConnectionReport> {
  return explain(await investigate(input, deps));
}

async function investigate(input: TestInput, deps: TestDeps): Promise<Findings> {
  let url: URL;
  let order: TransportKind[];
  try {
    url = checkServerUrl(input.url);
    order = transportOrder(url, input.preference);
  } catch (error) {
    return { kind: 'invalid-url', message: error instanceof Error ? error.message : String(error) };
  }
  if (hostPermissionPattern(url) && !(await deps.canReach(url)))
    return { kind: 'no-permission', origin: url.origin };

  const tried: Attempt[] = [];
  const found = await tryTransports(url, order, input.headers, deps, tried);
  if (found) return { kind: 'connected', url, server: found, tried };
  // The first failure is the one openClient reports: a fallback was only a guess.
  const failure = tried[0]?.failure ?? { kind: 'other', message: 'No transport to try.' };
  const findings: Findings = {
    kind: 'failed',
    url,
    failure,
    tried,
    preference: input.preference,
    withCredentials: Object.keys(input.headers).some((n) => n.toLowerCase() === 'authorization'),
    extensionOrigin: deps.extensionOrigin,
  };
  if (failure.kind === 'network') findings.network = await networkFacts(url, deps.fetch);
  if (notAnEndpoint(failure) && input.preference !== 'auto') {
    // The user forced a transport: the URL may be right and the transport wrong.
    const others = transportOrder(url, 'auto').filter((kind) => kind !== input.preference);
    const server = await tryTransports(url, others, input.headers, deps, tried);
    if (server) findings.elsewhere = { url, server };
  }
  if (notAnEndpoint(failure) && !findings.elsewhere) {
    for (const nearby of nearbyUrls(url)) {
      const server = await tryTransports(
        nearby,
        transportOrder(nearby, 'auto'),
        input.headers,
        deps,
        tried,
      );
      if (server) {
        findings.elsewhere = { url: nearby, server };
        break;
      }
    }
  }
  return findings;
}

/** Opens, lists and closes over each transport in turn, recording every attempt in `tried`. */
async function tryTransports(
  url: URL,
  order: TransportKind[],
  headers: Record<string, string>,
  deps: TestDeps,
  tried: Attempt[],
): Promise<FoundServer | undefined> {
  for (const kind of order) {
    let opened: Opened | undefined;
    try {
      opened = await deps.open(kind, url, {
        preference: kind,
        headers,
        listChanged: {},
        timeoutMs: TIMEOUT_MS,
        // Declared as sessions declare it, since a server may list tools by the client's
        // capabilities; the test calls no tool, so no question comes.
        elicit: async () => ({ action: 'decline' }),
      });
      const { catalog } = await fetchCatalog(opened.client, TIMEOUT_MS);
      tried.push({ url: url.href, transport: kind });
      const server = opened.client.getServerVersion();
      const protocolVersion = opened.client.getNegotiatedProtocolVersion();
      return {
        transport: kind,
        era: opened.verdict.era,
        ...(protocolVersion ? { protocolVersion } : {}),
        ...(server?.name ? { name: server.name } : {}),
        ...(server?.version ? { version: server.version } : {}),
        toolCount: catalog.tools.length,
        resourceCount: catalog.resources.length + catalog.templates.length,
        promptCount: catalog.prompts.length,
      };
    } catch (error) {
      tried.push({ url: url.href, transport: kind, failure: failureOf(error) });
      // A server that answered but failed later is the right transport, just not working.
      if (opened || !wrongTransport(error)) return undefined;
    } finally {
      if (opened) await close(opened);
    }
  }
  return undefined;
}

/** Ends the test's session, so the server does not keep it until it expires. */
async function close({ client, transport }: Opened): Promise<void> {
  if (transport instanceof StreamableHTTPClientTransport && transport.sessionId)
    await transport.terminateSession().catch(() => {});
  await client.close().catch(() => {});
}

/** The paths an MCP endpoint is usually at, near the one given: /sse for /mcp and back. */
export function nearbyUrls(url: URL): URL[] {
  if (url.protocol === 'ws:' || url.protocol === 'wss:') return [];
  const path = url.pathname.replace(/\/+$/, '');
  const at = (pathname: string) => {
    const next = new URL(url);
    next.pathname = pathname;
    return next;
  };
  if (/\/sse$/i.test(path)) return [at(path.replace(/sse$/i, 'mcp'))];
  if (/\/mcp$/i.test(path)) return [at(path.replace(/mcp$/i, 'sse'))];
  return [at(`${path}/mcp`), at(`${path}/sse`)];
}
