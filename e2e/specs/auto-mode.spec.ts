// Auto mode: allowed tools run, results go back and are sent with no click, until the cap.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';

/** A model that calls the tool again after every result: only the cap stops it. */
const LOOP = [
  {
    when: '*',
    reply:
      'Once more.\n\n```mcp-call\n{"call_id": "c1", "tool": "echo", "arguments": {"message": "again"}}\n```',
  },
];

test('runs allowed tools and sends their results with no click, then pauses at the cap and says why', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    const options = await addConnectedServer(server.url, 'scripted');
    await options.setPolicy('scripted', 'echo', 'allow');
    await options.setSite('chatgpt', { auto: true, maxRounds: 2 });

    const chat = await openChat(LOOP);
    await chat.page.bringToFront();
    await chat.send('start');
    // Round 1 and 2 run and are sent by themselves; the third call waits for the user.
    await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(3);
    await expect
      .poll(async () => (await chat.cards.read(2))?.message)
      .toBe('Auto mode paused after 2 rounds without you. Press Run to go on.');
    expect((await chat.cards.read(2))?.status).toBe('Waiting for you');
    expect((await chat.cards.read(1))?.message).toContain('Sent automatically (round 2 of 2).');
    expect(server.calls('echo')).toHaveLength(2);
    expect((await chat.submitted()).filter((m) => m.includes('<mcp-result'))).toHaveLength(2);

    // A human action starts the count again.
    await chat.cards.click('run', 2);
    await expect.poll(async () => (await chat.cards.read(2))?.status).toBe('Done');
    expect(server.calls('echo')).toHaveLength(3);
  } finally {
    await server.stop();
  }
});

test('without auto mode, nothing runs by itself, even for an allowed tool; and the background refuses auto calls', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    const options = await addConnectedServer(server.url, 'scripted');
    await options.setPolicy('scripted', 'echo', 'allow');
    const chat = await openChat(LOOP);
    await chat.page.bringToFront();
    await chat.send('start');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.page.waitForTimeout(500);
    expect(server.calls()).toEqual([]);

    // Even if a page could send an "auto" call, the background checks the site's setting itself.
    const refused = await options.send('tools.call', {
      call: { call_id: 'x', tool: 'echo', arguments: { message: 'sneaky' } },
      approval: 'auto',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'denied' } });
    expect(server.calls()).toEqual([]);
  } finally {
    await server.stop();
  }
});
