// The interactive step of signing in: take the user to the authorization URL that `auth()` left
// pending, check what comes back (our `state`, an error, the code), and trade the code for tokens
// (the SDK checks `iss` and the issuer the code is bound to). Failures become plain sentences.
import {
  AuthorizationServerMismatchError,
  auth,
  IssuerMismatchError,
  OAuthError,
  RegistrationRejectedError,
} from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';
import type { ServerOAuthProvider } from './provider';

/**
 * Opens the authorization URL for the user and resolves with the URL the authorization server
 * sent the browser back to (under `redirectUrl`); rejects with `SignInCancelled` if the user
 * closed the window.
 */
export type UserAgent = (authorizationUrl: URL, redirectUrl: string) => Promise<URL>;

export class SignInCancelled extends Error {
  constructor(message = 'The sign-in window was closed.') {
    super(message);
    this.name = 'SignInCancelled';
  }
}

export async function signIn(
  provider: ServerOAuthProvider,
  serverUrl: URL,
  userAgent: UserAgent,
): Promise<void> {
  const where = serverUrl.host;
  try {
    // Discovery runs again: the server may trust another authorization server since the last
    // sign-in, which is why the user is signing in again. What the server asked for last (the
    // scope of the request the SDK left pending, the metadata its challenge named) is kept.
    const before = await provider.pending();
    const discovery = await provider.discoveryState();
    const scope = before ? new URL(before.url).searchParams.get('scope') : null;
    await provider.invalidateCredentials('discovery');
    const started = await auth(provider, {
      serverUrl,
      // The user asked to sign in: a refresh could not widen the scope, so always ask anew.
      forceReauthorization: true,
      ...(scope ? { scope } : {}),
      ...(discovery?.resourceMetadataUrl
        ? { resourceMetadataUrl: new URL(discovery.resourceMetadataUrl) }
        : {}),
    });
    if (started === 'AUTHORIZED') return;
    const pending = await provider.pending();
    if (!pending) throw new Error('the authorization request could not be built');
    // The request is one-use: whatever comes back, it is over once this block ends.
    try {
      const back = await openForUser(userAgent, new URL(pending.url), provider.redirectUrl);
      const code = codeFrom(back.searchParams, pending.state, where);
      const iss = back.searchParams.get('iss');
      const done = await auth(provider, {
        serverUrl,
        authorizationCode: code,
        ...(iss !== null ? { iss } : {}),
      });
      if (done !== 'AUTHORIZED') throw new Error('the code was not accepted');
    } finally {
      await provider.clearPending();
    }
  } catch (error) {
    throw explainSignInError(error, where);
  }
}

async function openForUser(userAgent: UserAgent, url: URL, redirectUrl: string): Promise<URL> {
  try {
    return await userAgent(url, redirectUrl);
  } catch (error) {
    if (error instanceof SignInCancelled)
      throw new SwitchboardError('sign_in_failed', `Sign-in cancelled: ${error.message}`);
    throw error;
  }
}

/** The code the authorization server sent back, once the answer is known to be ours and a yes. */
function codeFrom(params: URLSearchParams, state: string | undefined, where: string): string {
  if (params.getAll('state').length !== 1 || params.get('state') !== state)
    throw new SwitchboardError(
      'sign_in_failed',
      `The answer from ${where}'s authorization server did not carry this sign-in's state, so it was refused (it may have been forged or replayed). Try again.`,
    );
  const error = params.get('error');
  // error_description comes from the page we sent the user to: not shown (it could be forged).
  if (error)
    throw new SwitchboardError(
      'sign_in_failed',
      error === 'access_denied'
        ? `Sign-in cancelled: access to ${where} was denied at its authorization server.`
        : `${where}'s authorization server refused the sign-in (${error}).`,
    );
  const code = params.get('code');
  if (!code) throw new Error('the authorization server sent the browser back without a code');
  return code;
}

/** What went wrong, in words the user can act on. */
export function explainSignInError(error: unknown, where: string): SwitchboardError {
  if (error instanceof SwitchboardError) return error;
  if (error instanceof IssuerMismatchError || error instanceof AuthorizationServerMismatchError)
    return new SwitchboardError(
      'sign_in_failed',
      `Sign-in refused: ${where}'s authorization server did not identify itself as the issuer it was expected to be (issuer mismatch). This can mean a misconfigured server or an attack; nothing was sent to it.`,
    );
  if (error instanceof RegistrationRejectedError) {
    const reason = registrationError(error.body);
    return new SwitchboardError(
      'sign_in_failed',
      reason === 'invalid_redirect_uri'
        ? `${where}'s authorization server does not allow the extension's redirect address. Ask its operator to allow it, or register a client there by hand and enter its client ID in the server's settings.`
        : `${where}'s authorization server refused to register the extension (${reason ?? `HTTP ${error.status}`}). Register a client there by hand and enter its client ID in the server's settings.`,
    );
  }
  if (error instanceof OAuthError)
    return new SwitchboardError(
      'sign_in_failed',
      `${where}'s authorization server refused: ${error.message}`,
    );
  const message = error instanceof Error ? error.message : String(error);
  return new SwitchboardError('sign_in_failed', `Could not sign in to ${where}: ${message}`);
}

function registrationError(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed.error === 'string' ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}
