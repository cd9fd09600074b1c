// Turns whatever a request threw into a message that says what went wrong and what to do, and
// tells the failures that matter to the session apart (session gone, server unreachable).
import {
  OAuthClientFlowError,
  OAuthError,
  ProtocolError,
  SdkError,
  SdkErrorCode,
  SdkHttpError,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { companionServerName } from '../../shared/companion/url';
import { SwitchboardError, type WireError } from '../../shared/errors';
import { explainSignInError } from '../auth/sign-in';

/** The error and its `cause` chain, outermost first: the SDK wraps network failures. */
export function chain(error: unknown): unknown[] {
  const seen: unknown[] = [];
  for (
    let e = error;
    e !== undefined && e !== null && !seen.includes(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.push(e);
  }
  return seen;
}

/** A fetch that never got an answer, or a WebSocket that never opened: the browser says no more. */
export function isNetworkError(error: unknown): boolean {
  return (
    (error instanceof TypeError && /fetch/i.test(error.message)) ||
    (error instanceof Error && error.name === 'WebSocketOpenError')
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The server no longer knows our session (spec: 404; some servers answer 400). */
export function isSessionGone(error: unknown): boolean {
  return chain(error).some(
    (e) =>
      e instanceof SdkHttpError &&
      (e.status === 404 || (e.status === 400 && /session/i.test(e.message))),
  );
}

/** The request never reached a live server: it is down, restarting or unreachable. */
export function isTransportFailure(error: unknown): boolean {
  return chain(error).some(
    (e) => isNetworkError(e) || (e instanceof SdkError && e.code === SdkErrorCode.ConnectionClosed),
  );
}

/**
 * Whether the server refused our OAuth credentials: 'sign-in' when the SDK started a new
 * authorization (nothing to send, a failed refresh, or more scope wanted), 'rejected' when
 * tokens fresh from the authorization server were refused again.
 */
export function authDemand(error: unknown): 'sign-in' | 'rejected' | undefined {
  const errors = chain(error);
  if (errors.some((e) => e instanceof UnauthorizedError)) return 'sign-in';
  if (
    errors.some(
      (e) => e instanceof SdkHttpError && e.code === SdkErrorCode.ClientHttpAuthentication,
    )
  )
    return 'rejected';
  return undefined;
}

export function diagnose(error: unknown, url: string): WireError {
  if (authDemand(error)) {
    return {
      code: 'sign_in_required',
      message: `The server at ${safeUrl(url)?.host ?? url} needs you to sign in. Use Sign in next to the server.`,
    };
  }
  const known = chain(error).find(
    (e) =>
      e instanceof SwitchboardError ||
      e instanceof SdkHttpError ||
      e instanceof OAuthClientFlowError ||
      e instanceof OAuthError ||
      isNetworkError(e) ||
      isAbort(e),
  );
  if (known instanceof OAuthClientFlowError || known instanceof OAuthError) {
    const { code, message } = explainSignInError(known, safeUrl(url)?.host ?? 'the server');
    return { code, message };
  }
  return classify(known ?? error, url);
}

function classify(error: unknown, url: string): WireError {
  if (error instanceof SwitchboardError) return { code: error.code, message: error.message };
  const where = serverLabel(url);
  if (
    error instanceof SdkHttpError &&
    error.status === 403 &&
    /insufficient_scope/.test(error.message)
  )
    return {
      code: 'sign_in_required',
      message: `${where} still wants more access than the sign-in granted. Sign in again and approve what it asks for.`,
    };
  if (error instanceof SdkHttpError) return httpError(error.status, where, url);
  if (isAbort(error)) return { code: 'cancelled', message: 'The call was cancelled.' };
  if (error instanceof Error && error.name === 'WebSocketOpenError') {
    return {
      code: 'unreachable',
      message: `Could not reach ${where} over WebSocket. Is the server running? (${error.message})`,
    };
  }
  if (error instanceof SdkError && error.code === SdkErrorCode.RequestTimeout) {
    return {
      code: 'timeout',
      message: `${where} did not answer in time. Is it overloaded or stuck?`,
    };
  }
  if (error instanceof SdkError && error.code === SdkErrorCode.ConnectionClosed) {
    return {
      code: 'unreachable',
      message: `The connection to ${where} closed before it answered.`,
    };
  }
  if (error instanceof ProtocolError) {
    return { code: 'protocol', message: `${where} answered with an error: ${error.message}` };
  }
  if (error instanceof TypeError && /fetch/i.test(error.message)) {
    return {
      code: 'unreachable',
      message: `Could not reach ${where}: the connection was refused or the host name did not resolve. Is the server running, and is the address right?`,
    };
  }
  if (
    error instanceof SyntaxError ||
    (error instanceof Error && error.name === 'ZodError') ||
    (error instanceof SdkError && error.code === SdkErrorCode.InvalidResult)
  ) {
    return {
      code: 'not_mcp',
      message: `${where} sent a reply that is not valid MCP. Check that the URL is the server's MCP endpoint; if it is, the server is misbehaving.`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'protocol', message: `${where}: ${message}` };
}

function httpError(status: number, where: string, url: string): WireError {
  if (status === 401) {
    return { code: 'unauthorized', message: `${where} needs you to sign in (HTTP 401).` };
  }
  if (status === 403) {
    return {
      code: 'unauthorized',
      message: `${where} refused access (HTTP 403). If it checks the Origin header, allow the extension's origin in its settings, or turn on "Send requests without the Origin header" in this server's settings.`,
    };
  }
  if (status === 404 || status === 405) {
    return {
      code: 'not_mcp',
      message: `No MCP endpoint at ${url} (HTTP ${status}). ${pathHint(url)}`,
    };
  }
  return { code: 'protocol', message: `${where} answered HTTP ${status}.` };
}

function pathHint(url: string): string {
  const path = safeUrl(url)?.pathname ?? '';
  if (path.endsWith('/sse'))
    return 'Servers that speak Streamable HTTP usually listen on /mcp instead of /sse.';
  if (!path.endsWith('/mcp')) return 'Streamable HTTP servers usually listen on /mcp.';
  return 'Check the path against the server’s documentation.';
}

function serverLabel(url: string): string {
  const local = companionServerName(url);
  if (local) return `the local server “${local}”`;
  const parsed = safeUrl(url);
  return parsed ? `the server at ${parsed.host}` : 'the server';
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
