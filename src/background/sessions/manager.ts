// Holds one session per enabled server and keeps them in step with the server list.
import type { ServerStatus, ServerView } from '../../shared/messages/views';
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { type ServerConfig, type SessionRecord, sessionsItem } from '../../shared/storage/items';
import { ServerSession, type SessionDeps } from './session';

/** Settings whose change needs a new session; the rest (name, enabled) do not touch the wire. */
const connectionOf = (c: ServerConfig) =>
  JSON.stringify([c.url, c.transport, c.callTimeoutMs, c.headerNames]);

export interface ManagerDeps {
  sessionArea: StorageAreaLike;
  headers(serverId: string): Promise<Record<string, string>>;
  onChange(): void;
  /** For tests: faster heartbeats, fixed jitter. */
  tuning?: Pick<SessionDeps, 'heartbeatMs' | 'random' | 'open'>;
}

export class SessionManager {
  private readonly sessions = new Map<string, ServerSession>();
  /** Serialises read-modify-write of the sessions record. */
  private recordWrites: Promise<void> = Promise.resolve();

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
        if (!config) void this.updateRecord(id, undefined);
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

  /** "Reconnect now": try at once with the backoff reset, whatever state the session was in. */
  async reconnect(config: ServerConfig): Promise<void> {
    const session = this.sessions.get(config.id);
    // Headers are read at each connect, so new values need no new session.
    if (session) void session.reconnectNow();
    else if (config.enabled) this.open(config);
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
    const { id, name, url, enabled, transport, callTimeoutMs, headerNames } = config;
    return { id, name, url, enabled, transport, callTimeoutMs, headerNames, status };
  }

  private open(config: ServerConfig): void {
    const session = new ServerSession(config, {
      loadRecord: async () =>
        (await readItem(this.deps.sessionArea, sessionsItem)).value[config.id],
      saveRecord: (record) => this.updateRecord(config.id, record),
      headers: () => this.deps.headers(config.id),
      onStatus: () => this.deps.onChange(),
      // Until the approvals UI can ask the user (the popup/options issue), say no rather than fail.
      elicit: async () => ({ action: 'decline' }),
      ...this.deps.tuning,
    });
    this.sessions.set(config.id, session);
    void session.ensureConnected();
  }

  private updateRecord(id: string, record: SessionRecord | undefined): Promise<void> {
    this.recordWrites = this.recordWrites.then(async () => {
      const records = { ...(await readItem(this.deps.sessionArea, sessionsItem)).value };
      if (record) records[id] = record;
      else delete records[id];
      await writeItem(this.deps.sessionArea, sessionsItem, records);
    });
    return this.recordWrites;
  }
}
