// One server's MCP session as a state machine: connecting → connected, and on failure either
// reconnecting (backoff with jitter, heartbeat, circuit breaker) or failed (waiting for the user).
import {
  type CallToolResult,
  type Client,
  type ElicitRequestParams,
  type ElicitResult,
  type Transport,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { type ErrorCode, SwitchboardError, type WireError } from '../../shared/errors';
import type { ServerStatus } from '../../shared/messages/views';
import {
  type Catalog,
  emptyCatalog,
  type ServerConfig,
  type SessionRecord,
} from '../../shared/storage/items';
import type { ServerOAuthProvider } from '../auth/provider';
import type { CompanionLink } from '../companion/link';
import { noPermission } from '../servers/host-access';
import { checkServerUrl } from '../servers/url';
import { Backoff } from './backoff';
import { Breaker } from './breaker';
import { fetchCatalog, listChangedHandlers } from './catalog';
import { CatalogRefresh } from './catalog-refresh';
import { openClient, type Verdict } from './connect';
import { authDemand, diagnose, isSessionGone, isTransportFailure } from './diagnose';
import { endSession } from './end-session';
import { Heartbeat } from './heartbeat';

const CONNECT_TIMEOUT_MS = 15_000;
/** However much progress a call reports, it ends after this long. */
const MAX_CALL_MS = 30 * 60_000;
/** Failures that retrying cannot fix: they wait for the user. */
const PERMANENT: readonly ErrorCode[] = [
  'invalid_url',
  'not_mcp',
  'unauthorized',
  'no_permission',
  'sign_in_required',
  'sign_in_failed',
  'companion_unavailable',
];
/** Sign-ins (or rediscoveries) one connection or request may go through before it gives up. */
const MAX_AUTH_ROUNDS = 3;

/** OAuth for one server (auth/): the SDK's transports use the provider on every request. */
export interface SessionAuth {
  provider: ServerOAuthProvider;
  /** Takes the user through signing in; throws a SwitchboardError saying why it did not finish. */
  signIn(): Promise<void>;
  /**
   * Whether a request that meets a sign-in demand may sign in at once and go on. Without, the
   * session waits in "Sign in required" until the user signs in (the extension never opens a
   * sign-in window the user did not ask for).
   */
  interactive: boolean;
}

export interface SessionDeps {
  loadRecord(): Promise<SessionRecord | undefined>;
  saveRecord(record: SessionRecord | undefined): Promise<void>;
  /** Header values for this server; secrets, read only here. */
  headers(): Promise<Record<string, string>>;
  onStatus(status: ServerStatus): void;
  heartbeatMs?: number;
  random?: () => number;
  /** Answers a server's request for user input; when absent, none is advertised. */
  elicit?: (request: ElicitRequestParams) => Promise<ElicitResult>;
  /** The way to a server; unit tests link an in-memory one. */
  open?: typeof openClient;
  /** Whether the extension holds the host permission for the URL; when absent, assumed. */
  canReach?: (url: URL) => Promise<boolean>;
  /** OAuth sign-in for this server; absent when it is reached with headers of the user's. */
  auth?: SessionAuth;
  /** The way to local servers, for `companion:` URLs. */
  companion?: CompanionLink;
}

/** Why a transport closed, when it knows better than "Connection closed" (a process exited). */
const closeReasonOf = (transport: Transport | undefined): WireError | undefined =>
  (transport as { closeReason?: WireError } | undefined)?.closeReason;

export interface CallOptions {
  signal?: AbortSignal;
  /**
   * The caller keeps the call's idle timeout itself (and aborts `signal` when it expires), so it
   * can pause while the user answers the server's question; the SDK then only holds the cap.
   */
  ownTimeout?: boolean;
  onprogress?: (progress: { progress: number; total?: number; message?: string }) => void;
}

const idle = (): ServerStatus => ({
  state: 'connecting',
  toolCount: 0,
  resourceCount: 0,
  promptCount: 0,
  breakerOpen: false,
});

export class ServerSession {
  status: ServerStatus = idle();
  catalog: Catalog = emptyCatalog();
  private client: Client | undefined;
  private transport: Transport | undefined;
  private verdict: Verdict | undefined;
  private pending: Promise<void> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refresh = new CatalogRefresh();
  private closed = false;
  private readonly backoff: Backoff;
  private readonly breaker = new Breaker();
  private readonly heartbeat: Heartbeat<Client>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly transports = new WeakMap<Client, Transport>();

  constructor(
    readonly config: ServerConfig,
    private readonly deps: SessionDeps,
  ) {
    this.backoff = new Backoff(deps.random ? { random: deps.random } : {});
    this.heartbeat = new Heartbeat(deps.heartbeatMs ?? 20_000, (client) =>
      this.lost(client, {
        code: 'unreachable',
        message: 'The server stopped answering (two heartbeats missed).',
      }),
    );
  }

  /** The server's OAuth sign-in, when it uses one. */
  get auth(): SessionAuth | undefined {
    return this.deps.auth;
  }

  /** Connects unless connected or waiting for the user; concurrent callers share one attempt. */
  ensureConnected(): Promise<void> {
    if (this.closed || this.status.state === 'failed') return Promise.resolve();
    if (this.client && this.status.state === 'connected') return Promise.resolve();
    this.clearRetry();
    this.pending ??= this.connect().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** "Reconnect now": forget the backoff and try at once. */
  reconnectNow(): Promise<void> {
    this.backoff.reset();
    this.status = { ...this.status, state: 'connecting' };
    void this.dropClient();
    return this.ensureConnected();
  }

  /**
   * Signed out: the session waits for a new sign-in without trying to connect (an attempt would
   * only register the extension with the authorization server again).
   */
  async signedOut(): Promise<void> {
    this.clearRetry();
    await this.pending?.catch(() => {});
    await this.dropClient();
    this.fail(diagnose(new UnauthorizedError(), this.config.url));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.clearRetry();
    this.heartbeat.stop();
    await this.dropClient();
  }

  /** Runs a tool once. Never retried, except after the server lost the session: it never ran it. */
  async callTool(
    name: string,
    args: Record<string, unknown>,
    options: CallOptions = {},
  ): Promise<CallToolResult> {
    const client = await this.usableClient();
    const unavailable = this.catalog.tools.find((t) => t.name === name)?.unavailable;
    if (unavailable)
      throw new SwitchboardError('tool_unavailable', `${name} cannot be called: ${unavailable}`);
    const run = (c: Client) =>
      c.callTool(
        { name, arguments: args },
        {
          timeout: options.ownTimeout ? MAX_CALL_MS : this.config.callTimeoutMs,
          resetTimeoutOnProgress: true,
          maxTotalTimeout: MAX_CALL_MS,
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onprogress ? { onprogress: options.onprogress } : {}),
        },
      ) as Promise<CallToolResult>;
    return this.guard(client, run);
  }

  readResource(uri: string) {
    return this.shared(`read ${uri}`, async () =>
      this.guard(await this.usableClient(), (c) => c.readResource({ uri })),
    );
  }

  async getPrompt(name: string, args: Record<string, string>) {
    return this.guard(await this.usableClient(), (c) => c.getPrompt({ name, arguments: args }));
  }

  /** Identical requests already under way are shared, not sent again. */
  private shared<T>(key: string, work: () => Promise<T>): Promise<T> {
    const running = this.inflight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const promise = work().finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async usableClient(): Promise<Client> {
    if (this.breaker.state === 'open') {
      throw new SwitchboardError(
        'server_unavailable',
        `${this.config.name} is unavailable after ${this.breaker.failures} failed attempts; it keeps retrying in the background. Use Reconnect to try now.`,
      );
    }
    await this.ensureConnected();
    if (!this.client) throw this.failure();
    return this.client;
  }

  /** Runs a request; re-initializes once if the server lost the session, and notices a dead server. */
  private async guard<T>(client: Client, request: (c: Client) => Promise<T>): Promise<T> {
    for (let round = 0; ; round++) {
      try {
        return await request(client);
      } catch (error) {
        if (isSessionGone(error) && this.client === client) {
          await this.dropClient();
          await this.ensureConnected();
          if (!this.client) throw this.failure();
          return request(this.client);
        }
        // Signed in again (more scope, or a new authorization server): the same request is sent
        // again with the new token. It never reached the tool, so it cannot run twice.
        if (await this.metAuthDemand(error, round)) continue;
        const ended = closeReasonOf(this.transports.get(client));
        if (ended && isTransportFailure(error)) {
          this.lost(client, ended);
          throw new SwitchboardError(
            ended.code,
            `${ended.message} The request was under way and was not sent again: it may or may not have run.`,
          );
        }
        if (authDemand(error) || isTransportFailure(error))
          this.lost(client, diagnose(error, this.config.url));
        throw error;
      }
    }
  }

  /**
   * After the server refused our credentials: whether that was put right, so the request is worth
   * sending again. Tokens refused even after a refresh mean the server may trust another
   * authorization server now: what discovery found is forgotten, and found again.
   */
  private async metAuthDemand(error: unknown, round: number): Promise<boolean> {
    const auth = this.deps.auth;
    const demand = authDemand(error);
    if (!auth || !demand || round >= MAX_AUTH_ROUNDS) return false;
    if (!auth.interactive && (demand === 'sign-in' || round > 0)) return false;
    if (demand === 'rejected') await auth.provider.invalidateCredentials('discovery');
    if (auth.interactive) await auth.signIn();
    return true;
  }

  private failure(): SwitchboardError {
    const error = this.status.error;
    return new SwitchboardError(
      error?.code ?? 'unreachable',
      error?.message ?? `${this.config.name} is not connected.`,
    );
  }

  private setStatus(status: ServerStatus): void {
    if (this.closed) return;
    this.status = status;
    this.deps.onStatus(status);
  }

  private async connect(): Promise<void> {
    const retrying = this.backoff.attempt > 0;
    this.setStatus({
      ...this.status,
      state: retrying ? 'reconnecting' : 'connecting',
      nextRetryAt: undefined,
      ...(retrying ? {} : { error: undefined }),
    });
    for (let round = 0; ; round++) {
      try {
        await this.open();
        return;
      } catch (error) {
        let met: boolean;
        try {
          met = await this.metAuthDemand(error, round);
        } catch (signInError) {
          this.fail(diagnose(signInError, this.config.url));
          return;
        }
        if (met) continue;
        this.fail(diagnose(error, this.config.url));
        return;
      }
    }
  }

  /** One attempt at a working client: the handshake and the catalogue. */
  private async open(): Promise<void> {
    const url = checkServerUrl(this.config.url);
    // Without it the request would go out under CORS, with other cookies and other failures.
    if (this.deps.canReach && !(await this.deps.canReach(url))) throw noPermission(url);
    const record = await this.deps.loadRecord();
    const saved = record?.url === url.href ? record : undefined;
    // The SDK learns a server's capabilities only from the handshake, so a session left by an
    // earlier worker cannot be adopted: end it, and open a new one with the saved era verdict.
    if (saved?.sessionId && saved.transport === 'streamable-http') endSession(url, saved.sessionId);
    const opened = await (this.deps.open ?? openClient)(url, {
      preference: this.config.transport,
      headers: await this.deps.headers(),
      ...(saved ? { verdict: saved } : {}),
      listChanged: listChangedHandlers((change) => {
        this.catalog = { ...this.catalog, ...change };
        if (this.status.state === 'connected') this.setStatus(this.connectedStatus());
        this.persist();
      }),
      timeoutMs: CONNECT_TIMEOUT_MS,
      ...(this.deps.elicit ? { elicit: this.deps.elicit } : {}),
      ...(this.deps.auth ? { authProvider: this.deps.auth.provider } : {}),
      ...(this.deps.companion ? { companion: this.deps.companion } : {}),
    });
    if (this.closed) {
      await opened.client.close();
      return;
    }
    const fetched = await fetchCatalog(opened.client, CONNECT_TIMEOUT_MS).catch(async (error) => {
      await opened.client.close().catch(() => {});
      throw error;
    });
    this.adopt(opened.client, opened.transport, opened.verdict, fetched.catalog);
    this.scheduleRefresh(opened.client, fetched.refreshInMs);
  }

  private adopt(client: Client, transport: Transport, verdict: Verdict, catalog: Catalog): void {
    this.client = client;
    this.transport = transport;
    this.verdict = verdict;
    this.catalog = catalog;
    this.transports.set(client, transport);
    client.onclose = () =>
      this.lost(
        client,
        closeReasonOf(transport) ?? {
          code: 'unreachable',
          message: 'The connection to the server closed.',
        },
      );
    this.backoff.reset();
    this.breaker.success();
    this.setStatus(this.connectedStatus());
    this.persist();
    if (verdict.era === 'legacy') this.heartbeat.start(client);
  }

  private connectedStatus(): ServerStatus {
    const client = this.client;
    return {
      state: 'connected',
      toolCount: this.catalog.tools.length,
      resourceCount: this.catalog.resources.length + this.catalog.templates.length,
      promptCount: this.catalog.prompts.length,
      protocolVersion: client?.getNegotiatedProtocolVersion(),
      serverName: client?.getServerVersion()?.name,
      ...(this.verdict ? { transport: this.verdict.transport, era: this.verdict.era } : {}),
      breakerOpen: false,
    };
  }

  /** Saves what a restarted worker needs; a failed write is reported by the storage, not here. */
  private persist(): void {
    const verdict = this.verdict;
    if (!verdict) return;
    const sessionId = (this.transport as { sessionId?: string } | undefined)?.sessionId;
    const saved = this.deps.saveRecord({
      url: checkServerUrl(this.config.url).href,
      ...verdict,
      ...(sessionId ? { sessionId } : {}),
      protocolVersion: this.client?.getNegotiatedProtocolVersion(),
      serverName: this.client?.getServerVersion()?.name,
      catalog: this.catalog,
    });
    saved.catch(() => {});
  }

  private fail(error: WireError): void {
    this.heartbeat.stop();
    const at = Date.now();
    if (PERMANENT.includes(error.code)) {
      this.setStatus({ ...idle(), state: 'failed', error: { ...error, at } });
      return;
    }
    this.breaker.failure();
    const delay = this.backoff.next();
    this.setStatus({
      ...idle(),
      state: 'reconnecting',
      error: { ...error, at },
      attempt: this.backoff.attempt,
      nextRetryAt: at + delay,
      breakerOpen: this.breaker.state === 'open',
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.ensureConnected();
    }, delay);
  }

  /** The connection died under us: start reconnecting (once per client). */
  private lost(client: Client, error: WireError): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    void client.close().catch(() => {});
    this.fail(error);
  }

  private async dropClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.heartbeat.stop();
    this.refresh.stop();
    await client?.close().catch(() => {});
  }

  private clearRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** A 2026-era server without list_changed says how long its lists stay fresh: list again then. */
  private scheduleRefresh(client: Client, delay: number | undefined): void {
    this.refresh.schedule(client, delay, {
      fetched: (catalog) => {
        if (this.client !== client) return false;
        this.catalog = catalog;
        this.setStatus(this.connectedStatus());
        void this.persist();
        return true;
      },
      failed: (error) => {
        if (!isTransportFailure(error)) return true;
        this.lost(client, diagnose(error, this.config.url));
        return false;
      },
    });
  }
}
