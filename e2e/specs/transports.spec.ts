// Every transport and both protocol eras, against real servers from npm on 127.0.0.1.
import { expect, test } from '../fixtures/extension';
import {
  type McpServerKind,
  type RunningServer,
  startMcpServer,
} from '../fixtures/servers/mcp-servers';
import { callScript } from '../sites/scripts';

const KINDS: { kind: McpServerKind; transport: string; version: RegExp }[] = [
  { kind: 'everything-streamable', transport: 'Streamable HTTP', version: /MCP 2025-/ },
  { kind: 'everything-modern', transport: 'Streamable HTTP', version: /MCP 2026-07-28/ },
  { kind: 'everything-sse', transport: 'HTTP+SSE', version: /MCP 2025-/ },
  { kind: 'everything-ws', transport: 'WebSocket', version: /MCP 2025-/ },
];

for (const { kind, transport, version } of KINDS) {
  test(`${kind}: connects over ${transport}, lists its tools and runs one from the chat`, async ({
    addConnectedServer,
    openChat,
  }) => {
    const server = await startMcpServer(kind);
    try {
      const options = await addConnectedServer(server.url, 'remote');
      const meta = options.servers.item('remote').locator('.meta');
      await expect(meta).toContainText(transport);
      await expect(meta).toContainText(version);
      expect(
        Number.parseInt((await options.servers.toolCount('remote').textContent()) ?? '', 10),
      ).toBeGreaterThan(5);

      const chat = await openChat(
        callScript({ tool: 'echo', arguments: { message: `via ${kind}` } }),
      );
      await chat.page.bringToFront();
      await chat.send('go');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
      await chat.cards.click('run');
      await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
      expect((await chat.cards.read())?.result).toBe(`Echo: via ${kind}`);
    } finally {
      await server.stop();
    }
  });
}

test('three servers at once: each call reaches the server it names', async ({
  addConnectedServer,
  openChat,
}) => {
  const servers: RunningServer[] = [];
  try {
    for (const kind of ['everything-streamable', 'everything-sse', 'everything-ws'] as const) {
      servers.push(await startMcpServer(kind));
    }
    const names = ['alpha', 'beta', 'gamma'];
    for (const [i, server] of servers.entries()) await addConnectedServer(server.url, names[i]!);

    const chat = await openChat(
      callScript(
        ...names.map((name) => ({
          server: name,
          tool: 'echo',
          arguments: { message: `to ${name}` },
        })),
      ),
    );
    await chat.page.bringToFront();
    await chat.send('all three');
    await expect.poll(() => chat.cards.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Waiting for you');
      await chat.cards.click('run', i);
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Done');
      expect((await chat.cards.read(i))?.result).toBe(`Echo: to ${names[i]}`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
});

test('a call that does not name its server is stopped before it runs when several servers have the tool', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  const second = await startMcpServer('everything-sse');
  try {
    await addConnectedServer(everything.url, 'alpha');
    await addConnectedServer(second.url, 'beta');
    const chat = await openChat();
    await chat.page.bringToFront();
    await chat.send('echo please');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Cannot run');
    expect((await chat.cards.read())?.message).toBe(
      'This call cannot run as written: Several servers have a tool named “echo”; the call must name one of them (alpha, beta).',
    );
  } finally {
    await second.stop();
  }
});
