// The link and the companion transport against the real companion host (in memory, framed as
// Chrome frames it) running real stdio servers: server-everything from npm, and small misbehaving
// ones.
import { createRequire } from 'node:module';
import type { CallToolResult } from '@modelcontextprotocol/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCompanion } from '../sessions/connect-companion';
import { connectTwin, missingHost, type Twin, writeConfig } from './companion-host.fixture';
import { CompanionLink } from './link';

const everything = {
  command: process.execPath,
  args: [
    createRequire(import.meta.url).resolve('@modelcontextprotocol/server-everything/dist/index.js'),
    'stdio',
  ],
};
const silent = {
  command: process.execPath,
  args: ['-e', 'console.error("warming up"); setInterval(() => {}, 1000)'],
};

const links: CompanionLink[] = [];
function link(twin: () => Twin, version = '0.1.0') {
  let current: Twin | undefined;
  const onChange = vi.fn();
  const made = new CompanionLink({
    connect: () => {
      current = twin();
      return current.port;
    },
    lastError: () => current?.lastError(),
    extensionVersion: version,
    onChange,
  });
  links.push(made);
  return { link: made, onChange, twin: () => current! };
}
afterEach(() => {
  links.length = 0;
});

const options = (companion: CompanionLink, timeoutMs = 15_000) => ({
  preference: 'auto' as const,
  headers: {},
  listChanged: {},
  timeoutMs,
  companion,
});

describe('CompanionLink.status', () => {
  it('says the version and lists the servers, then lets the port go', async () => {
    const config = await writeConfig({ everything });
    const { link: l, twin } = link(() => connectTwin(config, '7.1.0'));
    const status = await l.status();
    expect(status).toMatchObject({ state: 'ready', version: '7.1.0' });
    expect(status.state === 'ready' && status.list.servers.map((s) => s.name)).toEqual([
      'everything',
    ]);
    // Nothing runs: an open port would keep the service worker alive for nothing.
    await twin().stopped;
  });

  it('says how to install the companion when the browser finds none', async () => {
    const { link: l } = link(missingHost);
    expect(await l.status()).toEqual({
      state: 'unavailable',
      message:
        'The companion is not installed. To run local servers, run npx mcp-switchboard-companion install in a terminal, then choose Check again.',
    });
  });

  it('names both versions when the companion speaks another protocol', async () => {
    const config = await writeConfig({});
    const { link: l } = link(() => {
      const twin = connectTwin(config, '9.0.0');
      // As a companion of protocol 2 answers the hello.
      const listen = twin.port.onMessage.addListener;
      twin.port.onMessage.addListener = (listener) =>
        listen((m) => {
          const reply = m as { result?: { protocol?: number } };
          listener(
            reply.result?.protocol ? { ...reply, result: { ...reply.result, protocol: 2 } } : m,
          );
        });
      return twin;
    });
    expect(await l.status()).toEqual({
      state: 'unavailable',
      message:
        'The companion (version 9.0.0) is newer than this extension and speaks another protocol (2, this extension 1). Update the extension, or install the companion that matches it.',
    });
  });
});

describe('openCompanion', () => {
  it('connects to server-everything through the companion and calls a tool', async () => {
    const config = await writeConfig({ everything });
    const { link: l } = link(() => connectTwin(config));
    const opened = await openCompanion(new URL('companion:everything'), options(l));
    expect(opened.verdict).toMatchObject({ transport: 'companion', era: 'legacy' });
    const result = (await opened.client.callTool({
      name: 'echo',
      arguments: { message: 'via the companion' },
    })) as CallToolResult;
    expect(result.content).toEqual([{ type: 'text', text: 'Echo: via the companion' }]);
    expect(l.server('everything')).toMatchObject({ process: { state: 'running' } });
    await opened.client.close();
  });

  it('stops a server that never answers the handshake, and shows what it wrote', async () => {
    const config = await writeConfig({ silent });
    const { link: l, twin } = link(() => connectTwin(config));
    await expect(openCompanion(new URL('companion:silent'), options(l, 1_000))).rejects.toThrow(
      '“silent” started but did not answer the MCP handshake within 1 s, so it was stopped. Its last output: “warming up”',
    );
    await twin().stopped;
    expect(l.server('silent')?.process.state).toBe('stopped');
  });

  it('fails a call in flight once, naming the exit, when the process dies', async () => {
    const config = await writeConfig({ everything });
    const { link: l } = link(() => connectTwin(config));
    const opened = await openCompanion(new URL('companion:everything'), options(l));
    const call = opened.client.callTool({
      name: 'trigger-long-running-operation',
      arguments: { duration: 30, steps: 30 },
    });
    const pid = l.server('everything')?.process.pid;
    expect(pid).toEqual(expect.any(Number));
    process.kill(pid!, 'SIGKILL');
    await expect(call).rejects.toThrow(/Connection closed/);
    expect((opened.transport as { closeReason?: unknown }).closeReason).toEqual({
      code: 'unreachable',
      message: expect.stringMatching(/^The local server “everything” exited on signal SIGKILL\./),
    });
  });

  it('refuses a name the companion’s config does not have', async () => {
    const config = await writeConfig({ everything });
    const { link: l } = link(() => connectTwin(config));
    await expect(openCompanion(new URL('companion:rm%20-rf'), options(l))).rejects.toThrow(
      /^The companion has no server named “rm -rf” in /,
    );
  });
});
