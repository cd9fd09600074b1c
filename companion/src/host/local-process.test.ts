import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ServerDefinition } from '../config/read-servers';
import { LocalProcess } from './local-process';
import { alive, writeTestServers } from './test-servers';

let servers: Awaited<ReturnType<typeof writeTestServers>>;
beforeAll(async () => {
  servers = await writeTestServers();
});

const node = (script: string, name = 'test'): ServerDefinition => ({
  name,
  command: process.execPath,
  args: [script],
  env: {},
});

function watch(definition: ServerDefinition) {
  const messages: unknown[] = [];
  const ended = vi.fn<(expected: boolean) => void>();
  const process = new LocalProcess(definition, {
    message: (m) => messages.push(m),
    changed: () => {},
    ended,
  });
  return { process, messages, ended };
}

describe('LocalProcess', () => {
  it('relays JSON-RPC both ways as it is, and keeps stderr', async () => {
    const { process, messages } = watch(node(servers.echo));
    await process.start();
    expect(process.info).toMatchObject({ state: 'running', pid: expect.any(Number) });
    process.send({ jsonrpc: '2.0', id: 7, method: 'ping', params: { a: [1, 'two'] } });
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]).toEqual({ jsonrpc: '2.0', id: 7, result: { echo: { a: [1, 'two'] } } });
    await vi.waitFor(() => expect(process.info.stderr).toEqual(['echo server ready']));
    await process.stop();
    expect(process.info.state).toBe('stopped');
  });

  it('reports an exit nobody asked for, with its code', async () => {
    const { process, ended } = watch(node(servers.echo));
    await process.start();
    process.send({ jsonrpc: '2.0', method: 'exit', params: { code: 3 } });
    await vi.waitFor(() => expect(ended).toHaveBeenCalledWith(false));
    expect(process.info).toMatchObject({ state: 'exited', exit: { code: 3, signal: null } });
  });

  it('shows lines on stdout that are not JSON-RPC, and passes none of them on', async () => {
    const { process, messages } = watch(node(servers.garbage));
    await process.start();
    await vi.waitFor(() => expect(process.info.stderr).toHaveLength(2));
    expect(process.info.stderr).toEqual([
      '[stdout, not JSON-RPC] Server starting, hello!',
      '[stdout, not JSON-RPC] {"not": "json-rpc"}',
    ]);
    expect(process.info.problem).toBe(
      'wrote lines to stdout that are not JSON-RPC (shown with the stderr lines)',
    );
    expect(messages).toEqual([]);
    await process.stop();
  });

  it('says when the command does not exist', async () => {
    const { process } = watch({
      name: 'ghost',
      command: 'no-such-command-4d1f',
      args: [],
      env: {},
    });
    await expect(process.start()).rejects.toThrow(
      'Could not start “ghost”: the command no-such-command-4d1f was not found.',
    );
    expect(process.info).toMatchObject({
      state: 'failed',
      problem: 'could not start: the command no-such-command-4d1f was not found',
    });
  });

  it('says when its folder does not exist', async () => {
    const { process } = watch({ ...node(servers.echo, 'lost'), cwd: '/no/such/folder' });
    await expect(process.start()).rejects.toThrow(
      'Could not start “lost”: its folder (cwd) /no/such/folder does not exist.',
    );
  });

  it.skipIf(process.platform !== 'linux')('stops what the server started, too', async () => {
    const { process } = watch(node(servers.parent));
    await process.start();
    await vi.waitFor(() => expect(process.info.stderr[0]).toMatch(/^grandchild \d+$/));
    const grandchild = Number(process.info.stderr[0]!.split(' ')[1]);
    expect(await alive(grandchild)).toBe(true);
    await process.stop();
    await vi.waitFor(async () => expect(await alive(grandchild)).toBe(false));
  });
});
