// The companion's running servers: at most one process per configured name, each tied to the
// channel the extension opened it on. Names are looked up in the config file at every start, so
// the only commands that ever run are the ones written there.
import type { LocalServer, ProcessInfo } from '../../../src/shared/companion/protocol';
import type { ReadResult, ServerDefinition } from '../config/read-servers';
import { LocalProcess } from './local-process';

export class CompanionError extends Error {
  constructor(
    readonly code: 'unknown_server' | 'spawn_failed' | 'config',
    message: string,
  ) {
    super(message);
  }
}

export interface SupervisorEvents {
  message(channel: string, message: Record<string, unknown>): void;
  /** A process's state or stderr changed (reported at most every REPORT_MS per server). */
  process(server: string, info: ProcessInfo): void;
  /** The channel's process ended: it exited, or was stopped or replaced. */
  closed(channel: string, server: string, info: ProcessInfo): void;
}

const REPORT_MS = 100;

interface Run {
  process: LocalProcess;
  channel: string;
}

export class Supervisor {
  private readonly runs = new Map<string, Run>();
  /** What the last run of each name ended as, for the list. */
  private readonly last = new Map<string, ProcessInfo>();
  private readonly reports = new Map<string, ReturnType<typeof setTimeout>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly configFile: string,
    private readonly load: () => Promise<ReadResult>,
    private readonly events: SupervisorEvents,
  ) {}

  /** Starts the named server for `channel`, replacing a run on another channel. */
  start(name: string, channel: string): Promise<LocalServer> {
    return this.serial(async () => {
      const definition = (await this.load()).servers.find((s) => s.name === name);
      if (!definition)
        throw new CompanionError(
          'unknown_server',
          `The companion has no server named “${name}” in ${this.configFile}. Add it from a terminal: npx mcp-switchboard-companion add "${name}" -- <command> <args…>`,
        );
      const current = this.runs.get(name);
      if (current) await current.process.stop();
      const process = new LocalProcess(definition, {
        message: (message) => this.events.message(channel, message),
        changed: () => this.report(name, process.info),
        ended: () => {
          this.last.set(name, process.info);
          if (this.runs.get(name)?.process === process) this.runs.delete(name);
          this.flush(name, process.info);
          this.events.closed(channel, name, process.info);
        },
      });
      this.runs.set(name, { process, channel });
      try {
        await process.start();
      } catch (error) {
        this.runs.delete(name);
        this.last.set(name, process.info);
        this.flush(name, process.info);
        throw new CompanionError(
          'spawn_failed',
          `${(error as Error).message} Check “${name}” in ${this.configFile}.`,
        );
      }
      return describe(definition, process.info);
    });
  }

  send(channel: string, message: Record<string, unknown>): void {
    this.runOf(channel)?.process.send(message);
  }

  /** Stops the channel's process; a channel already ended or replaced has nothing to stop. */
  stop(channel: string): Promise<void> {
    return this.serial(async () => this.runOf(channel)?.process.stop());
  }

  /** Every configured server with its process, for the extension's list. */
  describe(servers: readonly ServerDefinition[]): LocalServer[] {
    return servers.map((s) => describe(s, this.infoOf(s.name)));
  }

  /** When the browser goes: ask every process to end, and kill what has not within a second. */
  async stopAll(): Promise<void> {
    await Promise.all([...this.runs.values()].map((run) => run.process.stop()));
  }

  killAll(): void {
    for (const run of this.runs.values()) run.process.kill();
  }

  private infoOf(name: string): ProcessInfo {
    return (
      this.runs.get(name)?.process.info ?? this.last.get(name) ?? { state: 'stopped', stderr: [] }
    );
  }

  private runOf(channel: string): Run | undefined {
    return [...this.runs.values()].find((run) => run.channel === channel);
  }

  /** Starts and stops one at a time, so a stop and the start after it never cross. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => {});
    return run;
  }

  private report(name: string, info: ProcessInfo): void {
    if (this.reports.has(name)) return;
    this.reports.set(
      name,
      setTimeout(() => this.flush(name, info), REPORT_MS),
    );
  }

  private flush(name: string, info: ProcessInfo): void {
    clearTimeout(this.reports.get(name));
    this.reports.delete(name);
    this.events.process(name, info);
  }
}

function describe(definition: ServerDefinition, info: ProcessInfo): LocalServer {
  const { name, command, args, cwd, env, from } = definition;
  return {
    name,
    command,
    args,
    ...(cwd ? { cwd } : {}),
    env: Object.keys(env),
    ...(from ? { from } : {}),
    process: info,
  };
}
