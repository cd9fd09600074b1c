// The native-messaging host: answers the extension's requests over stdin and stdout, relays each
// channel's JSON-RPC to and from its server's process, and stops every process when the browser
// closes the port.
import type { Readable } from 'node:stream';
import {
  type HostEvent,
  type HostRequest,
  hostRequestSchema,
  type ListResult,
} from '../../../src/shared/companion/protocol';
import { COMPANION_PROTOCOL } from '../../../src/shared/companion/version';
import { loadConfig } from '../config/config-file';
import { findServers } from '../config/found';
import type { ClientFile } from '../config/paths';
import { FrameReader, FrameWriter } from './native-io';
import { CompanionError, Supervisor } from './supervisor';

export interface HostOptions {
  configFile: string;
  clientFiles: readonly ClientFile[];
  version: string;
  input: Readable;
  write(frame: Buffer): void;
  /** Called once every process has ended, after the browser closed the port. */
  done(): void;
}

type Reply = Extract<HostEvent, { type: 'reply' }>;

export function runHost(options: HostOptions): Supervisor {
  const out = new FrameWriter(options.write);
  const supervisor = new Supervisor(options.configFile, () => loadConfig(options.configFile), {
    message: (channel, message) => out.send({ type: 'message', channel, message }),
    process: (server, process) => out.send({ type: 'process', server, process }),
    closed: (channel, server, process) => out.send({ type: 'closed', channel, server, process }),
  });
  /** Set by a hello whose protocol this companion speaks. */
  let greeted = false;

  const answer = async (request: HostRequest): Promise<unknown> => {
    if (request.type === 'hello') {
      greeted = request.protocol === COMPANION_PROTOCOL;
      return { protocol: COMPANION_PROTOCOL, version: options.version };
    }
    if (!greeted)
      throw Object.assign(new Error('Say hello with a protocol this companion speaks first.'), {
        code: 'incompatible',
      });
    switch (request.type) {
      case 'list':
        return list();
      case 'start':
        return { server: await supervisor.start(request.server, request.channel) };
      case 'stop':
        await supervisor.stop(request.channel);
        return {};
      case 'send':
        supervisor.send(request.channel, request.message);
        return undefined;
    }
  };

  const list = async (): Promise<ListResult> => {
    const own = await loadConfig(options.configFile);
    const others = await findServers(options.clientFiles);
    const names = new Set(own.servers.map((s) => s.name));
    return {
      config: options.configFile,
      servers: supervisor.describe(own.servers),
      found: others.found.map(({ name, app, file, command, args }) => ({
        name,
        app,
        file,
        command,
        args,
        adopted: names.has(name),
      })),
      problems: [
        ...own.problems.map((message) => ({ file: options.configFile, message })),
        ...others.problems,
      ],
    };
  };

  const handle = async (raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const reply = (fields: Omit<Reply, 'type' | 'id'>) =>
      typeof id === 'number' && out.send({ type: 'reply', id, ...fields });
    const parsed = hostRequestSchema.safeParse(raw);
    if (!parsed.success) {
      // Extra fields are refused, not ignored: a request never carries a command line.
      reply({
        error: { code: 'bad_request', message: `Refused: ${parsed.error.issues[0]?.message}` },
      });
      return;
    }
    try {
      const result = await answer(parsed.data);
      if (parsed.data.type !== 'send') reply({ result: result ?? {} });
    } catch (error) {
      const code =
        error instanceof CompanionError
          ? error.code
          : (error as { code?: unknown }).code === 'incompatible'
            ? 'incompatible'
            : 'config';
      reply({ error: { code, message: (error as Error).message } });
    }
  };

  const reader = new FrameReader();
  options.input.on('data', (chunk: Buffer) => {
    for (const message of reader.push(chunk)) void handle(message);
  });
  // The browser closed the port or quit: nothing may outlive it.
  options.input.on('end', () => void supervisor.stopAll().finally(options.done));
  return supervisor;
}
