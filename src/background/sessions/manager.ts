// Holds one session per configured server and keeps them in step with the server list.
import type { ServerStatus, ServerView } from '../../shared/messages/views';
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { type ServerConfig, type SessionRecord, sessionsItem } from '../../shared/storage/items';
import { ServerSession } from './session';

export class SessionManager {
  private readonly sessions = new Map<string, ServerSession>();
  /** Serialises read-modify-write of the sessions record. */
  private recordWrites: Promise<void> = Promise.resolve();

  constructor(
    private readonly sessionArea: StorageAreaLike,
    private readonly onChange: () => void,
  ) {}

  /** Brings sessions in line with the configured servers: opens new ones, closes removed ones. */
  sync(configs: readonly ServerConfig[]): void {
    const wanted = new Map(configs.filter((c) => c.enabled).map((c) => [c.id, c]));
    for (const [id, session] of this.sessions) {
      const config = wanted.get(id);
      if (!config || config.url !== session.config.url || config.name !== session.config.name) {
        this.sessions.delete(id);
        void session.close();
      }
    }
    for (const config of wanted.values()) {
      if (!this.sessions.has(config.id)) this.open(config);
    }
    this.onChange();
  }

  get(id: string): ServerSession | undefined {
    return this.sessions.get(id);
  }

  all(): ServerSession[] {
    return [...this.sessions.values()];
  }

  /** Drops the session and its saved resumption data, then opens a new one from scratch. */
  async reconnect(config: ServerConfig): Promise<void> {
    void this.sessions.get(config.id)?.close();
    this.sessions.delete(config.id);
    await this.updateRecord(config.id, undefined);
    if (config.enabled) this.open(config);
    this.onChange();
  }

  view(config: ServerConfig): ServerView {
    const status: ServerStatus = config.enabled
      ? (this.sessions.get(config.id)?.status ?? { state: 'connecting', toolCount: 0 })
      : { state: 'disabled', toolCount: 0 };
    return { id: config.id, name: config.name, url: config.url, enabled: config.enabled, status };
  }

  private open(config: ServerConfig): void {
    const session = new ServerSession(config, {
      loadRecord: async () => (await readItem(this.sessionArea, sessionsItem)).value[config.id],
      saveRecord: (record) => this.updateRecord(config.id, record),
      onStatus: () => this.onChange(),
    });
    this.sessions.set(config.id, session);
    void session.ensureConnected();
  }

  private updateRecord(id: string, record: SessionRecord | undefined): Promise<void> {
    this.recordWrites = this.recordWrites.then(async () => {
      const records = { ...(await readItem(this.sessionArea, sessionsItem)).value };
      if (record) records[id] = record;
      else delete records[id];
      await writeItem(this.sessionArea, sessionsItem, records);
    });
    return this.recordWrites;
  }
}
