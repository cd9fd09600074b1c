// Holds one session per enabled server and keeps them in step with the server list.
import type { ElicitRequestParams, ElicitResult } from '@modelcontextprotocol/client';
import { companionServerName } from '../../shared/companion/url';
import { SwitchboardError } from '../../shared/errors';
import type { ServerStatus, ServerView } from '../../shared/messages/views';
import type { ItemStorage } from '../../shared/storage/item-storage';
import {
  type Catalog,
  DEFAULT_CALLS_PER_MINUTE,
  type ServerConfig,
  type SessionRecord,
  sessionsItem,
} from '../../shared/storage/items';
import type { Account, ServerOAuthProvider } from '../auth/provider';
import type { CompanionLink } from '../companion/link';
import { ServerSession, type SessionAuth, type SessionDeps } from './session';

/** OAuth for the sessions: one provider per server, and the browser step of signing in. */
export interface ManagerOAuth {
  provider(config: ServerConfig, onChange: () => void): ServerOAuthProvider;
  signIn(provider: ServerOAuthProvider, serverUrl: URL): Promise<void>;
  /** Forgets a server's tokens and registrations when it has no session to do it. */
  forget(serverId: string): Promise<void>;
}

/** OAuth applies to HTTP servers the user did not give an Authorization header of their own. */
function usesOAuth(c: ServerConfig): boolean {
  if (c.headerNames.some((name) => name.toLowerCase() === 'authorization')) return false;
  try {
    return /^https?:$/.test(new URL(c.url.trim()).protocol);
  } catch {
    return false;
  }
}

/** Settings whose change needs a new session; the rest (name, enabled) do not touch the wire. */
const connectionOf = (c: ServerConfig) =>
  JSON.stringify([c.url, c.transport, c.callTimeoutMs, c.headerNames, c.oauth]);

const isEmpty = (c: Catalog) =>
  c.tools.length + c.resources.length + c.templates.length + c.prompts.length === 0;

const sameUrl = (saved: string, configured: string) => {
  try {
    return new URL(configured.trim()).href === saved;
  } catch {
    return false;
  }
};

export interface ManagerDeps {
  /** `chrome.storage.session`: what a restarted worker needs to resume each session. */
  sessionStorage: ItemStorage;
  headers(serverId: string): Promise<Record<string, string>>;
  onChange(): void;
  /** Whether the extension holds the host permission for a server's URL. */
  canReach?(url: URL): Promise<boolean>;
  /** Asks the user for input a server requests during a call; without it none is declared. */
  elicit?(serverId: string, request: ElicitRequestParams): Promise<ElicitResult>;
  oauth?: ManagerOAuth;
  /** The way to local servers (`companion:` URLs). */
  companion?: CompanionLink;
  /** For tests: faster heartbeats, fixed jitter. */
  tuning?: Pick<SessionDeps, 'heartbeatMs' | 'random' | 'open'>;
}

export class SessionManager {
  private readonly sessions = new Map<string, ServerSession>();
  private readonly accounts = new Map<string, Account>();

  constructor(private readonly deps: ManagerDeps) {}

  /** Brings sessions in line with the configured servers: opens new ones, closes removed ones. */
  sync(configs: readonly ServerConfig[]): void {
    const wanted = new Map(configs.filter((c) => c.enabled).map((c) => [c.id, c]));
    for (const [id, session] of this.sessions) {
      const config = wanted.get(id);
      if (
        !config ||
        connectionOf(config) !== connectionOf(session.config) ||
        config.name !== session.config.name
      ) {
        this.sessions.delete(id);
        void session.close();
        session.auth?.provider.stop();
        if (!config) {
          // A failed write is reported by the storage; the next session record still gets saved.
          this.updateRecord(id, undefined).catch(() => {});
          this.accounts.delete(id);
          // A removed server leaves no tokens behind.
          this.deps.oauth?.forget(id).catch(() => {});
        }
      }
    }
    for (const config of wanted.values()) {
      if (!this.sessions.has(config.id)) this.open(config);
    }
    this.deps.onChange();
  }

  get(id: string): ServerSession | undefined {
    return this.sessions.get(id);
  }

  all(): ServerSession[] {
    return [...this.sessions.values()];
  }

  /**
   * A server's catalogue as last seen: its session's once listed, else the one an earlier worker
   * saved (after a worker restart, while the server is down or turned off); undefined if none.
   */
  async lastCatalog(config: ServerConfig): Promise<Catalog | undefined> {
    const session = this.sessions.get(config.id);
    if (session && (session.status.state === 'connected' || !isEmpty(session.catalog)))
      return session.catalog;
    const record = (await this.deps.sessionStorage.get(sessionsItem))[config.id];
    // Saved for another URL: the tools of whatever server was there before an edit.
    return record && sameUrl(record.url, config.url) ? record.catalog : undefined;
  }

  /** "Reconnect now": try at once with the backoff reset, whatever state the session was in. */
  async reconnect(config: ServerConfig): Promise<void> {
    const session = this.sessions.get(config.id);
    // Headers are read at each connect, so new values need no new session.
    if (session) void session.reconnectNow();
    else if (config.enabled) this.open(config);
    this.deps.onChange();
  }

  /**
   * Signs in to a server (the user asked: this opens its authorization page), then connects with
   * the new tokens. Throws a SwitchboardError saying why not.
   */
  async signIn(config: ServerConfig): Promise<void> {
    const auth = this.sessions.get(config.id)?.auth;
    if (!auth) {
      throw new SwitchboardError(
        'bad_request',
        !config.enabled
          ? `${config.name} is turned off. Turn it on to sign in.`
          : `${config.name} does not use sign-in: it is reached with an Authorization header of yours, or not over HTTP.`,
      );
    }
    await auth.signIn();
    await this.sessions.get(config.id)?.reconnectNow();
  }

  /** Forgets the server's tokens and registrations; its session then waits for a new sign-in. */
  async signOut(config: ServerConfig): Promise<void> {
    const auth = this.sessions.get(config.id)?.auth;
    if (auth) await auth.provider.forget();
    else await this.deps.oauth?.forget(config.id);
    this.accounts.delete(config.id);
    await this.sessions.get(config.id)?.signedOut();
    this.deps.onChange();
  }

  view(config: ServerConfig): ServerView {
    const disabled: ServerStatus = {
      state: 'disabled',
      toolCount: 0,
      resourceCount: 0,
      promptCount: 0,
      breakerOpen: false,
    };
    const status = config.enabled
      ? (this.sessions.get(config.id)?.status ?? { ...disabled, state: 'connecting' })
      : disabled;
    const { id, name, url, enabled, transport, callTimeoutMs, headerNames, omitOrigin, oauth } =
      config;
    const callsPerMinute = config.callsPerMinute ?? DEFAULT_CALLS_PER_MINUTE;
    const account = this.accounts.get(id);
    const localName = companionServerName(url);
    const local = localName
      ? {
          ...(this.deps.companion?.server(localName) ?? { name: localName }),
          restarts: this.deps.companion?.restartsOf(localName) ?? 0,
        }
      : undefined;
    return {
      id,
      name,
      url,
      enabled,
      transport,
      callTimeoutMs,
      callsPerMinute,
      headerNames,
      ...(omitOrigin ? { omitOrigin } : {}),
      ...(oauth ? { oauth } : {}),
      ...(account ? { account } : {}),
      ...(local ? { local } : {}),
      status,
    };
  }

  private open(config: ServerConfig): void {
    const auth = this.authFor(config);
    const session = new ServerSession(config, {
      ...(auth ? { auth } : {}),
      loadRecord: async () => (await this.deps.sessionStorage.get(sessionsItem))[config.id],
      saveRecord: (record) => this.updateRecord(config.id, record),
      headers: () => this.deps.headers(config.id),
      ...(this.deps.canReach ? { canReach: this.deps.canReach } : {}),
      ...(this.deps.companion ? { companion: this.deps.companion } : {}),
      onStatus: () => this.deps.onChange(),
      ...(this.deps.elicit
        ? { elicit: (request: ElicitRequestParams) => this.deps.elicit!(config.id, request) }
        : {}),
      ...this.deps.tuning,
    });
    this.sessions.set(config.id, session);
    void session.ensureConnected();
  }

  private authFor(config: ServerConfig): SessionAuth | undefined {
    const oauth = this.deps.oauth;
    if (!oauth || !usesOAuth(config)) return undefined;
    const noteAccount = () =>
      void provider.summary().then((account) => {
        if (this.sessions.get(config.id)?.auth?.provider !== provider) return;
        this.accounts.set(config.id, account);
        this.deps.onChange();
      });
    const provider = oauth.provider(config, noteAccount);
    const serverUrl = new URL(config.url.trim());
    const auth: SessionAuth = {
      provider,
      // Connections made on their own (worker start, reconnects) never open a sign-in window.
      interactive: false,
      signIn: () => oauth.signIn(provider, serverUrl),
    };
    void provider.resume().then(noteAccount);
    return auth;
  }

  private async updateRecord(id: string, record: SessionRecord | undefined): Promise<void> {
    await this.deps.sessionStorage.update(sessionsItem, (records) => {
      const next = { ...records };
      if (record) next[id] = record;
      else delete next[id];
      return next;
    });
  }
}
