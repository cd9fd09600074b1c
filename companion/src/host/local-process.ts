// One local server's process: started from its definition in the config, JSON-RPC on its stdin and
// stdout (one message per line, checked with the SDK's parser and passed on as read), the last
// lines of its stderr kept. It runs in a process group of its own, so stopping it stops whatever it
// started too (`npx` starts a second process, a shell script several).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseJSONRPCMessage, serializeMessage } from '@modelcontextprotocol/client';
import { getDefaultEnvironment } from '@modelcontextprotocol/client/stdio';
import spawn from 'cross-spawn';
import {
  MAX_MESSAGE_BYTES,
  type ProcessInfo,
  STDERR_LINE_CHARS,
  STDERR_LINES,
} from '../../../src/shared/companion/protocol';
import type { ServerDefinition } from '../config/read-servers';
import { LineSplitter } from './lines';

export interface ProcessEvents {
  message(message: Record<string, unknown>): void;
  /** Its state, stderr or problem changed. */
  changed(): void;
  /** It ended: `expected` when stop() asked it to. */
  ended(expected: boolean): void;
}

/** After asking nicely (stdin closed, SIGTERM), how long before SIGKILL. */
const KILL_AFTER_MS = 1_000;
const WINDOWS = process.platform === 'win32';
const SNIPPET = 120;

type Child = ReturnType<typeof spawn>;

export class LocalProcess {
  readonly info: ProcessInfo;
  private child: Child | undefined;
  private stopping = false;
  private exited: Promise<void> | undefined;

  constructor(
    readonly definition: ServerDefinition,
    private readonly events: ProcessEvents,
  ) {
    this.info = { state: 'starting', stderr: [] };
  }

  /** Resolves once the process runs; rejects with a message for the user when it cannot start. */
  async start(): Promise<void> {
    try {
      await this.spawn();
    } catch (error) {
      this.info.state = 'failed';
      this.info.problem = `could not start: ${(error as Error).message}`;
      this.events.changed();
      throw new Error(`Could not start “${this.definition.name}”: ${(error as Error).message}.`);
    }
  }

  private spawn(): Promise<void> {
    const { command, args, cwd, env } = this.definition;
    if (cwd && !existsSync(cwd))
      return Promise.reject(new Error(`its folder (cwd) ${cwd} does not exist`));
    const child = spawn(command, args, {
      cwd,
      // The SDK's safe minimum (PATH, HOME, …), Node's own folder first so `npx` and `node` are
      // the ones that run the companion, then the config's variables.
      env: {
        ...getDefaultEnvironment(),
        PATH: [path.dirname(process.execPath), process.env.PATH]
          .filter(Boolean)
          .join(path.delimiter),
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: !WINDOWS,
      windowsHide: true,
    });
    this.child = child;
    const stdout = new LineSplitter(
      MAX_MESSAGE_BYTES,
      (line) => this.read(line),
      () => this.note(`sent a message over ${MAX_MESSAGE_BYTES / 1024 / 1024} MB; it was dropped`),
    );
    const stderr = new LineSplitter(64 * 1024, (line) => this.stderrLine(line));
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.stderr?.on('end', () => stderr.end());
    // A pipe that breaks as the process dies is reported by its exit; unheard, it would throw.
    for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.on('error', () => {});
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        // Whatever it started goes with it; then its last output is read before it counts as ended.
        this.killGroup('SIGKILL');
        let done = false;
        const settle = () => {
          if (done) return;
          done = true;
          this.ended(code, signal);
          resolve();
        };
        child.once('close', settle);
        // A process outside the group (Windows has none) may hold the pipes open for ever.
        setTimeout(settle, 500).unref();
      }),
    );
    return new Promise((resolve, reject) => {
      child.once('spawn', () => {
        this.info.state = 'running';
        this.info.pid = child.pid;
        this.info.startedAt = Date.now();
        this.events.changed();
        resolve();
      });
      // Kept for the process's life: an 'error' with no listener would end the companion.
      child.on('error', (error: NodeJS.ErrnoException) => {
        if (this.info.state !== 'starting') return;
        this.child = undefined;
        reject(
          new Error(
            error.code === 'ENOENT'
              ? `the command ${command} was not found`
              : error.code === 'EACCES'
                ? `${command} is not allowed to run (is it executable?)`
                : error.message,
          ),
        );
      });
    });
  }

  private ended(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.info.state === 'failed') return;
    this.info.state = this.stopping ? 'stopped' : 'exited';
    this.info.exit = { code, signal, at: Date.now() };
    delete this.info.pid;
    this.child = undefined;
    this.events.changed();
    this.events.ended(this.stopping);
  }

  send(message: Record<string, unknown>): void {
    this.child?.stdin?.write(serializeMessage(message as Parameters<typeof serializeMessage>[0]));
  }

  /** Asks it to end (stdin closed, then SIGTERM), kills it if it will not; resolves once it has. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || this.info.state !== 'running') return;
    this.stopping = true;
    child.stdin?.end();
    this.killGroup('SIGTERM');
    const timer = setTimeout(() => this.killGroup('SIGKILL'), KILL_AFTER_MS);
    await this.exited;
    clearTimeout(timer);
  }

  /** At once, for the companion's own last moments. */
  kill(): void {
    this.stopping = true;
    this.killGroup('SIGKILL');
  }

  private killGroup(signal: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (pid === undefined) return;
    try {
      if (WINDOWS) execFile('taskkill', ['/pid', String(pid), '/T', '/F'], () => {});
      else process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  }

  private read(line: string): void {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
      parseJSONRPCMessage(parsed);
    } catch {
      const shown = line.length > SNIPPET ? `${line.slice(0, SNIPPET)}…` : line;
      this.stderrLine(`[stdout, not JSON-RPC] ${shown}`);
      this.note('wrote lines to stdout that are not JSON-RPC (shown with the stderr lines)');
      return;
    }
    this.events.message(parsed as Record<string, unknown>);
  }

  private stderrLine(line: string): void {
    const lines = this.info.stderr;
    lines.push(line.length > STDERR_LINE_CHARS ? `${line.slice(0, STDERR_LINE_CHARS)}…` : line);
    if (lines.length > STDERR_LINES) lines.splice(0, lines.length - STDERR_LINES);
    this.events.changed();
  }

  private note(problem: string): void {
    if (this.info.problem === problem) return;
    this.info.problem = problem;
    this.events.changed();
  }
}
