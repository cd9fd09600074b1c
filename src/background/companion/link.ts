// The extension's side of the companion: one native port shared by every local server's transport
// (a channel each), opened on first use and closed once nothing uses it, since an open native port
// keeps the service worker alive; and what the companion last said about each server's process.

import {
  type LocalServer,
  listResultSchema,
  type ProcessInfo,
  startResultSchema,
} from '../../shared/companion/protocol';
import { SwitchboardError, type WireError } from '../../shared/errors';
import type { CompanionStatus } from '../../shared/messages/companion';
import { type Listener, NativePort, type NativePortLike } from './native-port';
import { endedError, noCompanionPermission } from './wording';

export interface LinkDeps {
  /** Opens a port to the companion; undefined when the extension may not (no permission). */
  connect(): NativePortLike | undefined;
  /** Chrome's reason for the last closed port. */
  lastError(): string | undefined;
  extensionVersion: string;
  /** A process or the companion's state changed: status pushes should go out. */
  onChange(): void;
}

export interface ChannelHandlers {
  message(message: Record<string, unknown>): void;
  /** Its process ended, or the companion went away; `why` says which, for the user. */
  closed(why: WireError): void;
}

const START_MS = 20_000;
const REQUEST_MS = 10_000;

export class CompanionLink {
  private port: NativePort | undefined;
  private opening: Promise<NativePort> | undefined;
  private readonly channels = new Map<string, { server: string; handlers: ChannelHandlers }>();
  private readonly servers = new Map<string, LocalServer>();
  /** Names whose last run exited without being asked to: their next start is a restart. */
  private readonly crashed = new Set<string>();
  private readonly restarts = new Map<string, number>();
  /** Requests under way that no channel stands for (a list, a start, a stop). */
  private busy = 0;
  private nextChannel = 1;
  /** The companion's version, from its last hello. */
  private version: string | undefined;

  constructor(private readonly deps: LinkDeps) {}

  /** Whether the companion answers, its version and its servers; or what is wrong. */
  async status(): Promise<CompanionStatus> {
    try {
      const list = listResultSchema.parse(
        await this.use((port) => port.request({ type: 'list' }, REQUEST_MS)),
      );
      for (const server of list.servers) this.servers.set(server.name, server);
      this.deps.onChange();
      return { state: 'ready', version: this.version ?? '?', list };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const code = error instanceof SwitchboardError ? error.code : 'companion_unavailable';
      return { state: code === 'no_permission' ? 'no-permission' : 'unavailable', message };
    }
  }

  /** Starts the named server on a new channel; throws a SwitchboardError saying why not. */
  open(server: string, handlers: ChannelHandlers): Promise<string> {
    const channel = `${server}#${this.nextChannel++}`;
    if (this.crashed.delete(server)) this.restarts.set(server, this.restartsOf(server) + 1);
    return this.use(async (port) => {
      this.channels.set(channel, { server, handlers });
      try {
        const { server: started } = startResultSchema.parse(
          await port.request({ type: 'start', server, channel }, START_MS),
        );
        this.servers.set(server, started);
        this.deps.onChange();
        return channel;
      } catch (error) {
        this.channels.delete(channel);
        throw error;
      }
    });
  }

  send(channel: string, message: Record<string, unknown>): void {
    if (!this.port || !this.channels.has(channel))
      throw new SwitchboardError('unreachable', 'This local server’s process has ended.');
    this.port.post({ type: 'send', channel, message });
  }

  /** Stops the channel's process, if it still runs. */
  close(channel: string): void {
    if (!this.channels.delete(channel)) return;
    void this.use((port) => port.request({ type: 'stop', channel }, REQUEST_MS)).catch(() => {});
  }

  /** The server's definition and process as the companion last reported them. */
  server(name: string): LocalServer | undefined {
    return this.servers.get(name);
  }

  /** Starts after an exit nobody asked for (counted here: each port has a new companion). */
  restartsOf(name: string): number {
    return this.restarts.get(name) ?? 0;
  }

  /** Runs `work` on an open port, and closes the port after if nothing else needs it. */
  private async use<T>(work: (port: NativePort) => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return await work(await this.acquire());
    } finally {
      this.busy--;
      if (this.busy === 0 && this.channels.size === 0) this.port?.disconnect();
    }
  }

  private acquire(): Promise<NativePort> {
    if (this.port && !this.port.closedBecause) return Promise.resolve(this.port);
    if (this.opening) return this.opening;
    const raw = this.deps.connect();
    if (!raw) return Promise.reject(noCompanionPermission());
    const port: NativePort = new NativePort(
      raw,
      (event) => this.event(event),
      (why) => this.closed(port, why),
      this.deps.lastError,
    );
    this.opening = port
      .hello(this.deps.extensionVersion)
      .then(({ version }) => {
        this.version = version;
        this.port = port;
        return port;
      })
      .finally(() => {
        this.opening = undefined;
      });
    return this.opening;
  }

  private event(event: Parameters<Listener>[0]): void {
    if (event.type === 'message') {
      this.channels.get(event.channel)?.handlers.message(event.message);
      return;
    }
    this.noteProcess(event.server, event.process);
    if (event.type !== 'closed') return;
    if (event.process.state === 'exited') this.crashed.add(event.server);
    const channel = this.channels.get(event.channel);
    if (!channel) return;
    this.channels.delete(event.channel);
    channel.handlers.closed(endedError(event.server, event.process));
    if (this.busy === 0 && this.channels.size === 0) this.port?.disconnect();
  }

  private noteProcess(name: string, process: ProcessInfo): void {
    const known = this.servers.get(name);
    if (known) this.servers.set(name, { ...known, process });
    this.deps.onChange();
  }

  /** The port closed: every channel on it ends, and no process of the companion runs any more. */
  private closed(port: NativePort, why: SwitchboardError): void {
    if (this.port === port) this.port = undefined;
    const channels = [...this.channels.values()];
    this.channels.clear();
    for (const channel of channels)
      channel.handlers.closed({ code: 'unreachable', message: why.message });
    for (const [name, server] of this.servers) {
      if (server.process.state === 'running' || server.process.state === 'starting') {
        const { pid: _gone, ...process } = server.process;
        this.servers.set(name, { ...server, process: { ...process, state: 'stopped' } });
      }
    }
    this.deps.onChange();
  }
}
