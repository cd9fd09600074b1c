// Faults, each checked on the server side: a tool call runs once or fails with a clear message.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { callScript } from '../sites/scripts';
import { stopServiceWorker } from '../support/worker';

test('a server that dies mid-call: the call fails once, clearly, and is not sent again', async ({
  addConnectedServer,
  openChat,
  openPopup,
}) => {
  const first = await startScriptedServer({ tools: { work: { kind: 'slow', ms: 5_000 } } });
  const { port } = first;
  let second: Awaited<ReturnType<typeof startScriptedServer>> | undefined;
  try {
    await addConnectedServer(first.url, 'scripted');
    const chat = await openChat(callScript({ tool: 'work', arguments: { message: 'x' } }));
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect.poll(() => first.calls('work').length).toBe(1);
    await first.stop();
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
    expect((await chat.cards.read())?.message).toMatch(/127\.0\.0\.1:\d+/);

    second = await startScriptedServer({ port, tools: { work: { kind: 'echo' } } });
    const popup = await openPopup();
    await expect(popup.servers.state('scripted')).toHaveText('Connected', { timeout: 35_000 });
    expect(second.calls()).toEqual([]);
    expect(first.calls('work')).toHaveLength(1);
  } finally {
    await first.stop();
    await second?.stop();
  }
});

test('an expired session is re-initialized on the next call, which runs exactly once', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    await addConnectedServer(server.url, 'scripted');
    const chat = await openChat(
      callScript(
        { tool: 'echo', arguments: { message: 'one' } },
        { tool: 'echo', arguments: { message: 'two' } },
      ),
    );
    await chat.page.bringToFront();
    await chat.send('twice');
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Waiting for you');
    await chat.cards.click('run', 0);
    await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Done');

    server.expireSessions();
    await chat.cards.click('run', 1);
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
    expect((await chat.cards.read(1))?.result).toBe('Echo: two');
    expect(server.calls('echo').map((c) => c.arguments)).toEqual([
      { message: 'one' },
      { message: 'two' },
    ]);
    expect(server.requests().filter((r) => r.method === 'initialize')).toHaveLength(2);
  } finally {
    await server.stop();
  }
});

test('a server that answers garbage or a wrong shape: a clear message, one execution each', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({
    tools: { garbage: { kind: 'garbage' }, shape: { kind: 'wrong-shape' } },
  });
  try {
    await addConnectedServer(server.url, 'scripted');
    const chat = await openChat(callScript({ tool: 'garbage' }, { tool: 'shape' }));
    await chat.page.bringToFront();
    await chat.send('break');
    for (const i of [0, 1]) {
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Waiting for you');
      await chat.cards.click('run', i);
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Failed');
      expect((await chat.cards.read(i))?.message).toContain('sent a reply that is not valid MCP');
    }
    expect(server.calls('garbage')).toHaveLength(1);
    expect(server.calls('shape')).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a server that never answers: the call times out, is cancelled on the server, and is not retried', async ({
  openOptions,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { hang: { kind: 'never-answer' } } });
  try {
    const options = await openOptions();
    await options.addServer(server.url, 'scripted', { timeoutSeconds: 2 });
    await expect(options.servers.state('scripted')).toHaveText('Connected');
    const chat = await openChat(callScript({ tool: 'hang' }));
    await chat.page.bringToFront();
    await chat.send('wait');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
    expect((await chat.cards.read())?.message).toContain('did not answer in time');
    const [call] = server.calls('hang');
    expect(server.cancellations().map((c) => c.requestId)).toEqual([call?.id]);
    await chat.page.waitForTimeout(500);
    expect(server.calls('hang')).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a tool that reports an error: the model gets the error as a result, marked as such', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({
    tools: { fails: { kind: 'error-result', text: 'disk is full' } },
  });
  try {
    await addConnectedServer(server.url, 'scripted');
    const chat = await openChat(callScript({ tool: 'fails' }));
    await chat.page.bringToFront();
    await chat.send('try');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Tool reported an error');
    await expect
      .poll(() => chat.editorText())
      .toMatch(/status="error" nonce="([0-9a-f]{8})">\ndisk is full\n<\/mcp-result nonce="\1">/);
  } finally {
    await server.stop();
  }
});

test('the worker stopped between two calls: the second call works and each runs once', async ({
  context,
  extensionId,
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    await addConnectedServer(server.url, 'scripted');
    const chat = await openChat(
      callScript(
        { tool: 'echo', arguments: { message: 'one' } },
        { tool: 'echo', arguments: { message: 'two' } },
      ),
    );
    await chat.page.bringToFront();
    await chat.send('twice');
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Waiting for you');
    await chat.cards.click('run', 0);
    await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Done');
    await stopServiceWorker(context, extensionId);
    const before = Date.now();
    await chat.cards.click('run', 1);
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
    test.info().annotations.push({
      type: 'measure:first call after a worker restart, ms',
      description: String(Date.now() - before),
    });
    expect(server.calls('echo').map((c) => c.arguments)).toEqual([
      { message: 'one' },
      { message: 'two' },
    ]);
  } finally {
    await server.stop();
  }
});
