// Writes what a connection test found as a report for the user: what happened, in plain words,
// and what to do about it. Pure, so every case can be checked by feeding it the facts.
import type { ConnectionReport } from '../../shared/messages/connection-report';
import type { TransportKind, TransportPreference } from '../../shared/storage/items';
import { type Failure, failureWords, notAnEndpoint } from './failure';
import type { NetworkFacts } from './network';

export interface FoundServer {
  transport: TransportKind;
  era: 'legacy' | 'modern';
  protocolVersion?: string;
  name?: string;
  version?: string;
  toolCount: number;
  resourceCount: number;
  promptCount: number;
}

export interface Attempt {
  url: string;
  transport: TransportKind;
  /** Absent when this attempt connected. */
  failure?: Failure;
}

export type Findings =
  | { kind: 'invalid-url'; message: string }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'connected'; url: URL; server: FoundServer; tried: Attempt[] }
  | {
      kind: 'failed';
      url: URL;
      /** Why the first attempt failed: what the server's session would report too. */
      failure: Failure;
      tried: Attempt[];
      preference: TransportPreference;
      /** Whether an Authorization header was sent. */
      withCredentials: boolean;
      /** The Origin the browser sends with the extension's requests. */
      extensionOrigin: string;
      network?: NetworkFacts;
      /** What answered as MCP instead: the same URL over another transport, or a nearby URL. */
      elsewhere?: { url: URL; server: FoundServer };
    };

type FailedFindings = Extract<Findings, { kind: 'failed' }>;
type Text = Pick<ConnectionReport, 'outcome' | 'title' | 'detail' | 'advice' | 'suggestedUrl'>;

const TRANSPORT_NAMES: Record<TransportKind, string> = {
  'streamable-http': 'Streamable HTTP',
  sse: 'HTTP+SSE',
  websocket: 'WebSocket',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function explain(findings: Findings): ConnectionReport {
  switch (findings.kind) {
    case 'invalid-url':
      return {
        outcome: 'invalid_url',
        title: 'Not a usable URL',
        detail: findings.message,
        tried: [],
      };
    case 'no-permission':
      return {
        outcome: 'no_permission',
        title: 'No permission',
        detail: `MCP Switchboard has no permission to reach ${findings.origin}.`,
        advice: 'Test again and choose Allow when the browser asks.',
        tried: [],
      };
    case 'connected':
      return {
        outcome: 'connected',
        title: 'Connected',
        detail: connectedDetail(findings.server),
        server: findings.server,
        tried: triedList(findings.tried),
      };
    case 'failed':
      return {
        ...failedText(findings),
        ...(findings.elsewhere ? { server: findings.elsewhere.server } : {}),
        tried: triedList(findings.tried),
      };
  }
}

function connectedDetail(server: FoundServer): string {
  const who = server.name ? `${server.name}${server.version ? ` ${server.version}` : ''}` : 'It';
  const era =
    server.era === 'modern'
      ? `the ${server.protocolVersion ?? '2026-07-28'} protocol (found with server/discover)`
      : `the initialize handshake${server.protocolVersion ? ` (protocol ${server.protocolVersion})` : ''}`;
  const offers = [
    plural(server.toolCount, 'tool'),
    ...(server.resourceCount ? [plural(server.resourceCount, 'resource')] : []),
    ...(server.promptCount ? [plural(server.promptCount, 'prompt')] : []),
  ].join(', ');
  return `${who} answered over ${TRANSPORT_NAMES[server.transport]} with ${era}, and offers ${offers}.`;
}

function triedList(tried: Attempt[]): ConnectionReport['tried'] {
  return tried.map((a) => ({
    url: a.url,
    transport: a.transport,
    result: a.failure ? failureWords(a.failure) : 'connected',
  }));
}

function failedText(f: FailedFindings): Text {
  const { failure } = f;
  // The same URL over another transport: looked for only when the user forced one.
  if (
    f.elsewhere &&
    notAnEndpoint(failure) &&
    f.elsewhere.url.href === f.url.href &&
    f.preference !== 'auto'
  ) {
    const other = TRANSPORT_NAMES[f.elsewhere.server.transport];
    return {
      outcome: 'wrong_transport',
      title: 'Wrong transport',
      detail: `${f.url.href} does not answer over ${TRANSPORT_NAMES[f.preference]} (${failureWords(failure)}), but it does over ${other}.`,
      advice: `Choose ${other} or Automatic as the transport under More options.`,
    };
  }
  if (f.elsewhere && notAnEndpoint(failure)) {
    const there = f.elsewhere;
    return {
      outcome: 'wrong_path',
      title: 'Wrong path',
      detail: `No MCP endpoint at ${f.url.pathname} (${failureWords(failure)}), but ${there.url.href} answers as MCP over ${TRANSPORT_NAMES[there.server.transport]}.`,
      advice: `Use ${there.url.href} instead.`,
      suggestedUrl: there.url.href,
    };
  }
  switch (failure.kind) {
    case 'network':
      return networkText(f.url, f.network ?? { loopback: false });
    case 'timeout':
      return {
        outcome: 'timeout',
        title: 'No answer',
        detail: `${f.url.host} did not answer in time.`,
        advice:
          'Check that the server is running and not overloaded, and that no firewall or proxy holds the connection.',
      };
    case 'http':
      return httpText(f, failure.status, failure.body);
    case 'content-type':
      return notMcp(
        f,
        /html/i.test(failure.contentType)
          ? `${f.url.href} serves a web page, not an MCP endpoint.`
          : `${f.url.href} answered with ${failure.contentType}, which no MCP transport uses.`,
      );
    case 'not-json-rpc':
      return notMcp(f, `${f.url.href} answered, but not with JSON-RPC, so it is not MCP.`);
    case 'invalid-url':
      return { outcome: 'invalid_url', title: 'Not a usable URL', detail: failure.message };
    case 'other':
      return {
        outcome: 'error',
        title: 'Could not connect',
        detail: `${f.url.host} answered, but the MCP handshake failed: ${failure.message}`,
        advice: "The server's log may say more.",
      };
  }
}

function networkText(url: URL, facts: NetworkFacts): Text {
  const where = url.host;
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (facts.plainHttpAnswers) {
    const plain = new URL(url);
    plain.protocol = url.protocol === 'wss:' ? 'ws:' : 'http:';
    if (!url.port) plain.port = '443';
    return {
      outcome: 'tls',
      title: 'Not HTTPS',
      detail: `${where} answers plain HTTP, so the secure (TLS) connection failed.`,
      advice: `Use ${plain.protocol}// instead of ${url.protocol}//, or turn on TLS in the server.`,
      suggestedUrl: plain.href,
    };
  }
  if (facts.httpAnswers) {
    return {
      outcome: 'not_mcp',
      title: 'WebSocket refused',
      detail: `Something answers HTTP at ${where}, but it did not accept a WebSocket at ${url.pathname}.`,
      advice:
        'Check the path (supergateway serves /message) and that the server speaks WebSocket with the subprotocol mcp; for an HTTP server, use its http:// URL.',
    };
  }
  if (facts.loopback && !secure) {
    return {
      outcome: 'refused',
      title: 'Connection refused',
      detail: `Nothing is listening at ${where}: the connection was refused.`,
      advice:
        'Start the server, or check the port. A server in a container or VM must publish that port on this computer.',
    };
  }
  if (facts.hostAnswers) {
    return {
      outcome: 'refused',
      title: 'Port not answering',
      detail: `${url.hostname} answers, but nothing accepted a connection on port ${url.port}${secure ? ', or its TLS handshake failed' : ''}.`,
      advice: 'Check the port number, and that a firewall lets it through.',
    };
  }
  const causes = [
    ...(facts.loopback ? [] : ['the name may not resolve (DNS)']),
    'nothing may be listening on that port',
    ...(facts.loopback ? [] : ['a firewall may block it']),
    ...(secure ? ['its TLS certificate may not be trusted by this browser'] : []),
  ];
  return {
    outcome: 'unreachable',
    title: 'Could not connect',
    detail: `Could not connect to ${where}, and the browser does not say why: ${causes.join(', ')}.`,
    advice: `Open ${url.protocol === 'wss:' ? 'https:' : url.protocol === 'ws:' ? 'http:' : url.protocol}//${where}/ in a tab: the browser's error page names the cause (for example ERR_NAME_NOT_RESOLVED or ERR_CONNECTION_REFUSED).`,
  };
}

function httpText(f: FailedFindings, status: number, body: string | undefined): Text {
  const said = body ? ` It said: “${body}”` : '';
  if (status === 401) {
    return {
      outcome: 'unauthorized',
      title: 'Sign-in needed',
      detail: f.withCredentials
        ? `The server did not accept the credentials sent (HTTP 401).${said}`
        : `The server needs you to sign in (HTTP 401).${said}`,
      advice: f.withCredentials
        ? 'Check the value of the Authorization header under More options.'
        : 'If it takes a token, add an Authorization header (for example “Bearer <token>”) under More options.',
    };
  }
  if (status === 403) {
    const origin = f.extensionOrigin;
    const aboutOrigin = /origin/i.test(body ?? '');
    return {
      outcome: 'forbidden',
      title: 'Access refused',
      detail: aboutOrigin
        ? `The server refused the Origin header MCP Switchboard sends, “Origin: ${origin}” (HTTP 403).${said}`
        : `The server refused access (HTTP 403).${said}`,
      advice: aboutOrigin
        ? `Allow the origin ${origin} in the server's settings (often an allowed-origins list), or turn on “Send requests without the Origin header” under Connection for this server.`
        : `If the server checks the Origin header, allow ${origin} in its settings; otherwise the credentials sent do not give access.`,
    };
  }
  if (notAnEndpoint({ kind: 'http', status })) {
    return notMcp(f, `No MCP endpoint at ${f.url.href} (HTTP ${status}).`);
  }
  return {
    outcome: 'error',
    title: 'Server error',
    detail: `The server answered HTTP ${status}.${said}`,
    advice: "The server's log should say why.",
  };
}

function notMcp(f: FailedFindings, detail: string): Text {
  const forced =
    f.preference !== 'auto'
      ? ` You chose the ${TRANSPORT_NAMES[f.preference]} transport: Automatic tries the others too.`
      : '';
  return {
    outcome: 'not_mcp',
    title: 'Not an MCP endpoint',
    detail,
    advice: `Check the server's documentation for its MCP URL: Streamable HTTP endpoints usually end in /mcp, HTTP+SSE ones in /sse.${forced}`,
  };
}
