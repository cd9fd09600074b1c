import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PartJoiner } from '../../../src/shared/companion/parts';
import {
  type HostEvent,
  hostEventSchema,
  partSchema,
} from '../../../src/shared/companion/protocol';
import { runHost } from './host';
import { encodeFrame, FrameReader } from './native-io';
import { alive, writeTestServers } from './test-servers';

let config: string;
let servers: Awaited<ReturnType<typeof writeTestServers>>;
beforeAll(async () => {
  servers = await writeTestServers();
  config = path.join(await mkdtemp(path.join(tmpdir(), 'companion-host-')), 'config.json');
  const node = (script: string) => ({
    command: process.execPath,
    args: [script],
    env: { SECRET: 'v' },
  });
  await writeFile(
    config,
    JSON.stringify({ mcpServers: { echo: node(servers.echo), parent: node(servers.parent) } }),
  );
});

/** A host on in-memory pipes: what it answered, with big messages joined from their parts. */
function startHost() {
  const input = new PassThrough();
  const events: HostEvent[] = [];
  const reader = new FrameReader();
  const joiner = new PartJoiner();
  const frames: Buffer[] = [];
  const done = vi.fn();
  runHost({
    configFile: config,
    clientFiles: [],
    version: '9.9.9',
    input,
    write: (frame) => {
      frames.push(frame);
      for (const raw of reader.push(frame)) {
        const part = partSchema.safeParse(raw);
        const whole = part.success ? joiner.add(part.data) : JSON.stringify(raw);
        if (whole !== undefined) events.push(hostEventSchema.parse(JSON.parse(whole)));
      }
    },
    done,
  });
  let next = 1;
  const send = (message: Record<string, unknown>) =>
    input.write(encodeFrame(JSON.stringify(message)));
  const request = async (message: Record<string, unknown>) => {
    const id = next++;
    send({ ...message, id });
    await vi.waitFor(() =>
      expect(events.some((e) => e.type === 'reply' && e.id === id)).toBe(true),
    );
    return events.find((e) => e.type === 'reply' && e.id === id) as Extract<
      HostEvent,
      { type: 'reply' }
    >;
  };
  return { input, events, frames, done, send, request };
}

let host: ReturnType<typeof startHost> | undefined;
afterEach(async () => {
  host?.input.end();
  await vi.waitFor(() => expect(host?.done).toHaveBeenCalled());
});

describe('the host', () => {
  it('answers hello with its protocol and version, and nothing else before it', async () => {
    host = startHost();
    expect((await host.request({ type: 'list' })).error).toMatchObject({ code: 'incompatible' });
    expect((await host.request({ type: 'hello', protocol: 1, extension: '0.1.0' })).result).toEqual(
      {
        protocol: 1,
        version: '9.9.9',
      },
    );
  });

  it('stays closed to an extension of another protocol', async () => {
    host = startHost();
    const hello = await host.request({ type: 'hello', protocol: 2, extension: '5.0.0' });
    expect(hello.result).toEqual({ protocol: 1, version: '9.9.9' });
    expect((await host.request({ type: 'list' })).error?.code).toBe('incompatible');
  });

  it('lists its servers with environment names only', async () => {
    host = startHost();
    await host.request({ type: 'hello', protocol: 1, extension: '0.1.0' });
    const list = (await host.request({ type: 'list' })).result as { servers: unknown[] };
    expect(list.servers[0]).toMatchObject({
      name: 'echo',
      env: ['SECRET'],
      process: { state: 'stopped' },
    });
    expect(JSON.stringify(host.events)).not.toContain('"v"');
  });

  it('refuses a start that carries a command line, and one for a name not in its config', async () => {
    host = startHost();
    await host.request({ type: 'hello', protocol: 1, extension: '0.1.0' });
    const smuggled = await host.request({
      type: 'start',
      server: 'echo',
      channel: 'c1',
      command: 'touch',
      args: ['/tmp/owned'],
    });
    expect(smuggled.error?.code).toBe('bad_request');
    expect(smuggled.error?.message).toMatch(/^Refused: Unrecognized key/);
    const unknown = await host.request({
      type: 'start',
      server: 'touch /tmp/owned',
      channel: 'c2',
    });
    expect(unknown.error).toEqual({
      code: 'unknown_server',
      message: `The companion has no server named “touch /tmp/owned” in ${config}. Add it from a terminal: npx mcp-switchboard-companion add "touch /tmp/owned" -- <command> <args…>`,
    });
    expect(host.events.filter((e) => e.type === 'process')).toEqual([]);
  });

  it('relays a channel’s messages, a reply over 1 MB in parts, and its end', async () => {
    host = startHost();
    await host.request({ type: 'hello', protocol: 1, extension: '0.1.0' });
    const started = await host.request({ type: 'start', server: 'echo', channel: 'c1' });
    expect(started.result).toMatchObject({
      server: { name: 'echo', process: { state: 'running' } },
    });
    host.send({
      type: 'send',
      channel: 'c1',
      message: { jsonrpc: '2.0', id: 1, method: 'big', params: { size: 3_000_000 } },
    });
    await vi.waitFor(() => expect(host!.events.some((e) => e.type === 'message')).toBe(true));
    const message = host.events.find((e) => e.type === 'message');
    expect(message).toMatchObject({
      channel: 'c1',
      message: { id: 1, result: { text: expect.any(String) } },
    });
    expect(
      (message as unknown as { message: { result: { text: string } } }).message.result.text.length,
    ).toBe(3_000_000);
    expect(Math.max(...host.frames.map((f) => f.length))).toBeLessThanOrEqual(1024 * 1024 + 4);
    host.send({
      type: 'send',
      channel: 'c1',
      message: { jsonrpc: '2.0', method: 'exit', params: { code: 2 } },
    });
    await vi.waitFor(() => expect(host!.events.some((e) => e.type === 'closed')).toBe(true));
    expect(host.events.find((e) => e.type === 'closed')).toMatchObject({
      channel: 'c1',
      server: 'echo',
      process: { state: 'exited', exit: { code: 2 } },
    });
  });

  it.skipIf(process.platform !== 'linux')(
    'leaves no process behind when the browser goes',
    async () => {
      host = startHost();
      await host.request({ type: 'hello', protocol: 1, extension: '0.1.0' });
      const started = await host.request({ type: 'start', server: 'parent', channel: 'c1' });
      const pid = (started.result as { server: { process: { pid: number } } }).server.process.pid;
      await vi.waitFor(() =>
        expect(
          host!.events.some(
            (e) => e.type === 'process' && /grandchild/.test(e.process.stderr.join()),
          ),
        ).toBe(true),
      );
      const report = host.events.find((e) => e.type === 'process' && e.process.stderr.length > 0);
      const grandchild = Number(
        (report as { process: { stderr: string[] } }).process.stderr[0]!.split(' ')[1],
      );
      host.input.end();
      await vi.waitFor(() => expect(host!.done).toHaveBeenCalled());
      await vi.waitFor(async () => {
        expect(await alive(pid)).toBe(false);
        expect(await alive(grandchild)).toBe(false);
      });
    },
  );
});
