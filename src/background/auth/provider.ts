// Our OAuthClientProvider for one MCP server. The SDK's `auth()` does discovery, registration,
// PKCE, the resource parameter, token exchange and refresh; this class keeps what it hands us,
// per authorization server (issuer), and refuses what the MCP authorization spec forbids.
// It never opens anything itself: an authorization URL is kept as the pending sign-in, and the
// sign-in step (sign-in.ts) takes the user there.
import {
  auth,
  type OAuthClientInformationContext,
  type OAuthClientMetadata,
  type OAuthClientProvider,
  type OAuthDiscoveryState,
  type StoredOAuthClientInformation,
  type StoredOAuthTokens,
} from '@modelcontextprotocol/client';
import { SwitchboardError } from '../../shared/errors';
import type { ServerView } from '../../shared/messages/views';
import { type AuthRecord, type AuthVault, emptyRecord, type SavedTokens } from './vault';

export type Account = NonNullable<ServerView['account']>;

export const CLIENT_NAME = 'MCP Switchboard';
/** Tokens are refreshed this long before they expire, or a fifth of their life if shorter. */
const REFRESH_MARGIN_MS = 60_000;
/** Tokens younger than this are not thrown away by a concurrent request's failed refresh. */
const JUST_SAVED_MS = 5_000;

export interface ProviderOptions {
  serverUrl: URL;
  /** Where the authorization server sends the browser back (https://<id>.chromiumapp.org/…). */
  redirectUrl: string;
  vault: AuthVault;
  /** A client registered by hand with the authorization server; its secret is read when needed. */
  preRegistered?: { clientId: string; clientSecret?: () => Promise<string | undefined> };
  /** An https URL of our client metadata document, used where the server accepts one. */
  clientMetadataUrl?: string;
  /** Scopes to ask for when neither the server's challenge nor its metadata names any. */
  scope?: string;
  /** Told after tokens change (signed in, refreshed, signed out). */
  onChange?: () => void;
  now?: () => number;
}

export class ServerOAuthProvider implements OAuthClientProvider {
  private record: AuthRecord | undefined;
  private writes: Promise<void> = Promise.resolve();
  private refreshing: Promise<void> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  readonly clientMetadataUrl: string | undefined;

  constructor(private readonly options: ProviderOptions) {
    this.clientMetadataUrl = options.clientMetadataUrl || undefined;
  }

  get redirectUrl(): string {
    return this.options.redirectUrl;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: CLIENT_NAME,
      redirect_uris: [this.options.redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
      // The redirect is an https URL the browser catches, which makes us a web client.
      application_type: 'web',
      ...(this.options.scope ? { scope: this.options.scope } : {}),
    };
  }

  /** A fresh `state` for each authorization request; the sign-in step checks it comes back. */
  async state(): Promise<string> {
    const state = randomToken();
    await this.change((r) => {
      r.pending = { url: '', ...r.pending, state };
    });
    return state;
  }

  async clientInformation(
    ctx?: OAuthClientInformationContext,
  ): Promise<StoredOAuthClientInformation | undefined> {
    const r = await this.read();
    const issuer = ctx?.issuer ?? r.issuer;
    const saved = issuer ? r.clients[issuer] : undefined;
    if (saved) return saved;
    const pre = this.options.preRegistered;
    if (pre?.clientId) {
      const secret = await pre.clientSecret?.();
      return { client_id: pre.clientId, ...(secret ? { client_secret: secret } : {}) };
    }
    // Asked before registering: a server with no OAuth metadata at all takes tokens some other way.
    if (!r.discovery?.authorizationServerMetadata)
      throw new SwitchboardError(
        'unauthorized',
        `The server at ${this.options.serverUrl.host} needs you to sign in (HTTP 401) but publishes no OAuth metadata. If it gave you a token, add it as an Authorization header in the server's settings.`,
      );
    return undefined;
  }

  async saveClientInformation(
    info: StoredOAuthClientInformation,
    ctx?: OAuthClientInformationContext,
  ): Promise<void> {
    const issuer = ctx?.issuer ?? info.issuer;
    if (!issuer) return;
    await this.change((r) => {
      r.clients[issuer] = info;
    });
  }

  /**
   * With `ctx`, the tokens of that authorization server. Without, the ones to send: the SDK asks
   * before every request, so tokens about to expire are refreshed first.
   */
  async tokens(ctx?: OAuthClientInformationContext): Promise<StoredOAuthTokens | undefined> {
    if (ctx) return strip((await this.read()).tokens[ctx.issuer]);
    if (this.expiresSoon(await this.read())) await this.refresh().catch(() => {});
    return strip(current(await this.read()));
  }

  async saveTokens(tokens: StoredOAuthTokens, ctx?: OAuthClientInformationContext): Promise<void> {
    const issuer = ctx?.issuer ?? tokens.issuer;
    if (!issuer) return;
    await this.change((r) => {
      r.tokens[issuer] = { ...tokens, savedAt: this.now() };
      r.issuer = issuer;
    });
    this.scheduleRefresh();
    this.options.onChange?.();
  }

  /** Called by `auth()` once it has built the authorization URL; the user is taken there later. */
  async redirectToAuthorization(url: URL): Promise<void> {
    const r = await this.read();
    const methods = r.discovery?.authorizationServerMetadata?.code_challenge_methods_supported;
    // MCP requires PKCE with S256; a server that does not say it supports it is refused.
    if (!methods?.includes('S256'))
      throw new SwitchboardError(
        'sign_in_failed',
        `The authorization server of ${this.options.serverUrl.host} does not support PKCE with S256, so signing in to it would not be safe. Ask its operator to enable it.`,
      );
    await this.change((rec) => {
      rec.pending = { ...rec.pending, url: url.href };
    });
  }

  async saveCodeVerifier(verifier: string): Promise<void> {
    await this.change((r) => {
      r.pending = { url: '', ...r.pending, verifier };
    });
  }

  async codeVerifier(): Promise<string> {
    const verifier = (await this.read()).pending?.verifier;
    if (!verifier) throw new SwitchboardError('sign_in_failed', 'No sign-in is under way.');
    return verifier;
  }

  async saveDiscoveryState(state: OAuthDiscoveryState): Promise<void> {
    await this.change((r) => {
      r.discovery = state;
    });
  }

  async discoveryState(): Promise<OAuthDiscoveryState | undefined> {
    return (await this.read()).discovery;
  }

  async invalidateCredentials(
    scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery',
  ): Promise<void> {
    await this.change((r) => {
      const issuer = r.issuer;
      if (scope === 'all') clear(r);
      if (scope === 'client' && issuer) delete r.clients[issuer];
      // Two requests refused at once refresh twice with one refresh token, and the loser's
      // invalid_grant lands here: tokens saved moments ago are the winner's, and are kept.
      if (scope === 'tokens' && issuer && !this.justSaved(r.tokens[issuer]))
        delete r.tokens[issuer];
      if (scope === 'verifier') r.pending = undefined;
      // A request built from what discovery found is bound to that authorization server too.
      if (scope === 'discovery') Object.assign(r, { discovery: undefined, pending: undefined });
    });
  }

  /** The sign-in under way, if `auth()` has started one. */
  async pending(): Promise<AuthRecord['pending']> {
    const pending = (await this.read()).pending;
    return pending?.url ? pending : undefined;
  }

  async clearPending(): Promise<void> {
    await this.change((r) => {
      r.pending = undefined;
    });
  }

  /** What the UI may show: whether tokens are held, from whom, for what, until when. */
  async summary(): Promise<Account> {
    const r = await this.read();
    const tokens = current(r);
    if (!tokens) return { signedIn: false };
    return {
      signedIn: true,
      ...(r.issuer ? { issuer: r.issuer } : {}),
      ...(tokens.scope ? { scope: tokens.scope } : {}),
      ...(tokens.expires_in ? { expiresAt: tokens.savedAt + tokens.expires_in * 1000 } : {}),
    };
  }

  /** Sign out: forget tokens, registrations and any sign-in under way. */
  async forget(): Promise<void> {
    this.clearTimer();
    await this.change(clear);
    this.options.onChange?.();
  }

  /** Refreshes the tokens now (single flight). If that fails, `auth()` leaves a sign-in pending. */
  refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        await auth(this, { serverUrl: this.options.serverUrl });
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  /** Arms the timer that refreshes before expiry, from the saved tokens (after a worker restart too). */
  async resume(): Promise<void> {
    await this.read();
    this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    this.clearTimer();
    const tokens = this.record && current(this.record);
    if (this.stopped || !tokens?.refresh_token || !tokens.expires_in) return;
    this.refreshTimer = setTimeout(
      () => {
        this.refreshTimer = undefined;
        void this.refresh().catch(() => {});
      },
      Math.max(0, refreshAt(tokens) - this.now()),
    );
  }

  private clearTimer(): void {
    if (this.refreshTimer !== undefined) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private expiresSoon(r: AuthRecord): boolean {
    const tokens = current(r);
    return Boolean(tokens?.refresh_token && tokens.expires_in && refreshAt(tokens) <= this.now());
  }

  private justSaved(tokens: SavedTokens | undefined): boolean {
    return tokens !== undefined && this.now() - tokens.savedAt < JUST_SAVED_MS;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async read(): Promise<AuthRecord> {
    await this.writes;
    this.record ??= await this.options.vault.load();
    return this.record;
  }

  /** Read-modify-write, one at a time, written through to the vault. */
  private change(edit: (r: AuthRecord) => void): Promise<void> {
    const next = this.writes.then(async () => {
      this.record ??= await this.options.vault.load();
      edit(this.record);
      await this.options.vault.save(this.record);
    });
    this.writes = next.catch(() => {});
    return next;
  }
}

/** The tokens requests are sent with: the ones saved last. */
function current(r: AuthRecord): SavedTokens | undefined {
  return r.issuer ? r.tokens[r.issuer] : undefined;
}

/** Everything forgotten: the record as before the first sign-in. */
function clear(r: AuthRecord): void {
  for (const key of Object.keys(r) as (keyof AuthRecord)[]) delete r[key];
  Object.assign(r, emptyRecord());
}

/** When tokens are due for refresh: a minute before they expire, or at four fifths of a short life. */
function refreshAt(tokens: SavedTokens): number {
  const life = (tokens.expires_in ?? 0) * 1000;
  return tokens.savedAt + life - Math.min(REFRESH_MARGIN_MS, life / 5);
}

/** Tokens as the SDK knows them, without our bookkeeping. */
function strip(tokens: (StoredOAuthTokens & { savedAt?: number }) | undefined) {
  if (!tokens) return undefined;
  const { savedAt: _savedAt, ...rest } = tokens;
  return rest;
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
