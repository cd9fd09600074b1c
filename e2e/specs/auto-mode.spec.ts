// Auto mode on every chat site: allowed tools run, results go back and are sent with no click,
// until the cap.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { CHAT_VARIANTS } from '../sites/variants';

/**
 * A model that calls the tool again after every result: only the cap stops it. It goes on writing
 * after the call, so the tool answers while the reply still streams, and the result is sent after.
 */
const LOOP = [
  {
    when: '*',
    reply: [
      'Once more.',
      '',
      '```mcp-call',
      '{"call_id": "c1", "tool": "echo", "arguments": {"message": "again"}}',
      '```',
      '',
      'While the tool runs, a few more words: the site takes no message until this reply has ended.',
    ].join('\n'),
  },
];

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  const { site } = adapter;
  test.describe(label, () => {
    test('runs allowed tools and sends their results with no click, then pauses at the cap and says why', async ({
      scripted,
      openOptions,
      openChat,
    }) => {
      const server = await scripted({ echo: { kind: 'echo' } }, { echo: 'allow' });
      await (await openOptions()).setSite(site.id, { auto: true, maxRounds: 2 });

      const chat = await openChat(LOOP, site.id, startUrl);
      await chat.page.bringToFront();
      await chat.send('start');
      // Round 1 and 2 run and are sent by themselves; the third call waits for the user.
      await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(3);
      await expect
        .poll(async () => (await chat.cards.read(2))?.message)
        .toBe('Auto mode paused after 2 rounds without you. Press Run to go on.');
      expect((await chat.cards.read(2))?.status).toBe('Waiting for you');
      expect((await chat.cards.read(0))?.message).toContain('Sent automatically (round 1 of 2).');
      expect((await chat.cards.read(1))?.message).toContain('Sent automatically (round 2 of 2).');
      expect(server.calls('echo')).toHaveLength(2);
      const sent = await chat.submitted();
      expect(sent).toHaveLength(3);
      for (const message of sent.slice(1))
        expect(message).toMatch(
          /^<mcp-result call_id="c1" server="scripted" tool="echo" status="ok" nonce="([0-9a-f]{8})">\nEcho: again\n<\/mcp-result nonce="\1">$/,
        );
      expect(await chat.editorText()).toBe('');

      // A human action starts the count again; what the user runs waits in the composer for them.
      await chat.cards.click('run', 2);
      await expect.poll(async () => (await chat.cards.read(2))?.status).toBe('Done');
      expect(server.calls('echo')).toHaveLength(3);
      await expect.poll(() => chat.editorText()).toContain('Echo: again');
      await chat.page.waitForTimeout(300);
      expect(await chat.submitted()).toHaveLength(3);
    });
  });
}

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
