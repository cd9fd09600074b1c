// For unit tests: the real companion host (companion/src/host) behind an in-memory native port,
// framed as Chrome frames it, with its servers written to a temp config file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runHost } from '../../../companion/src/host/host';
import { encodeFrame, FrameReader } from '../../../companion/src/host/native-io';
import type { NativePortLike } from './native-port';

export interface Twin {
  port: NativePortLike;
  /** Why Chrome would say the port closed. */
  lastError(): string | undefined;
  /** Set once the host has stopped its processes after the port closed. */
  stopped: Promise<void>;
}

export async function writeConfig(servers: Record<string, unknown>): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'companion-twin-')), 'config.json');
  await writeFile(file, JSON.stringify({ mcpServers: servers }));
  return file;
}

/** A port to a host running `config`, as chrome.runtime.connectNative would give. */
export function connectTwin(config: string, version = '0.1.0'): Twin {
  const input = new PassThrough();
  const reader = new FrameReader();
  const messageListeners: ((m: unknown) => void)[] = [];
  let open = true;
  let stoppedResolve: () => void = () => {};
  const stopped = new Promise<void>((resolve) => {
    stoppedResolve = resolve;
  });
  runHost({
    configFile: config,
    clientFiles: [],
    version,
    input,
    write: (frame) => {
      for (const message of reader.push(frame)) {
        // Chrome hands messages over asynchronously, never inside postMessage.
        queueMicrotask(() => {
          if (open) for (const listener of messageListeners) listener(message);
        });
      }
    },
    done: () => stoppedResolve(),
  });
  return {
    port: {
      postMessage: (message) => {
        if (!open) throw new Error('Attempting to use a disconnected port object');
        input.write(encodeFrame(JSON.stringify(message)));
      },
      // Unlike Chrome, which does not tell the side that disconnects, nothing is reported here.
      disconnect: () => {
        open = false;
        input.end();
      },
      onMessage: { addListener: (l) => void messageListeners.push(l) },
      // The host never closes the port first here: these tests end their channels themselves.
      onDisconnect: { addListener: () => {} },
    },
    lastError: () => undefined,
    stopped,
  };
}

/** A port to a host that is not installed: Chrome closes it at once, saying so. */
export function missingHost(): Twin {
  const listeners: (() => void)[] = [];
  queueMicrotask(() => {
    for (const listener of listeners) listener();
  });
  return {
    port: {
      postMessage: () => {},
      disconnect: () => {},
      onMessage: { addListener: () => {} },
      onDisconnect: { addListener: (l) => void listeners.push(l) },
    },
    lastError: () => 'Specified native messaging host not found.',
    stopped: Promise.resolve(),
  };
}
