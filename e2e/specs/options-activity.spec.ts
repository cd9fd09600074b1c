// The Activity section against real calls from a chat to server-everything: every way a call ends
// shows up while the page is open, the metrics count only what was sent to a server, and Clear
// empties the log and the metrics for good.
import { expect, test } from '../fixtures/extension';
import { ActivitySection } from '../pages/activity-section';
import { callScript } from '../sites/scripts';
import { stopServiceWorker } from '../support/worker';

const DURATION = /^\d+(\.\d)? (ms|s)$/;

test('calls from a chat show up live with their outcomes, per-tool counts and success rates; Clear empties them for good', async ({
  addConnectedServer,
  everything,
  openChat,
  context,
  extensionId,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  await options.setPolicy('everything', 'get-sum', 'deny');
  const activity = new ActivitySection(options.page);
  await expect(activity.summary()).toHaveText('No calls yet.');
  await expect(activity.region).toContainText('When you run a tool from a chat');
  await expect(activity.region.getByRole('button', { name: 'Clear activity…' })).toBeDisabled();
  await expect(activity.region.getByRole('table')).toHaveCount(0);

  const chat = await openChat(
    callScript(
      { tool: 'echo', arguments: { message: 'one' } },
      { tool: 'echo', arguments: { message: 'two' } },
      { tool: 'echo', arguments: { message: 'three' } },
      { tool: 'get-sum', arguments: { a: 1, b: 2 } },
      { tool: 'trigger-long-running-operation', arguments: { duration: 30, steps: 30 } },
    ),
  );
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(() => chat.cards.count()).toBe(5);
  await expect.poll(async () => (await chat.cards.read(4))?.status).toBe('Waiting for you');

  /** Each outcome goes into the composer, which grows: the next click waits until it has. */
  const delivered = (callId: string) =>
    expect.poll(() => chat.editorText()).toContain(`call_id="${callId}"`);

  // The options page stays open behind the chat: each call reaches it without a reload.
  await chat.cards.click('run', 0);
  await expect.poll(async () => (await chat.cards.read(0))?.result).toBe('Echo: one');
  await delivered('c1');
  await expect(activity.summary()).toHaveText('1 call: 1 OK.');
  await chat.cards.click('run', 1);
  await expect.poll(async () => (await chat.cards.read(1))?.result).toBe('Echo: two');
  await delivered('c2');
  await chat.cards.click('deny', 2);
  await expect.poll(async () => (await chat.cards.read(2))?.status).toBe('Denied');
  await delivered('c3');
  await expect(activity.summary()).toHaveText('3 calls: 2 OK, 1 denied.');
  await chat.cards.click('run', 3);
  await expect.poll(async () => (await chat.cards.read(3))?.status).toBe('Denied');
  await delivered('c4');
  await chat.cards.click('run', 4);
  await expect.poll(async () => (await chat.cards.read(4))?.message).toMatch(/\d+%/);
  await chat.cards.click('cancel', 4);
  await expect
    .poll(async () => (await chat.cards.read(4))?.message)
    .toMatch(/^You cancelled the call\./);
  await expect(activity.summary()).toHaveText('5 calls: 2 OK, 2 denied, 1 cancelled.');

  const from = { server: 'everything', site: 'ChatGPT' };
  expect(await activity.log()).toEqual([
    {
      ...from,
      tool: 'trigger-long-running-operation',
      outcome: 'Cancelled',
      note: 'You cancelled the call.',
    },
    {
      ...from,
      tool: 'get-sum',
      outcome: 'Denied',
      note: 'get-sum on everything is denied in your MCP Switchboard settings.',
    },
    { ...from, tool: 'echo', outcome: 'Denied', note: 'You declined this call.' },
    { ...from, tool: 'echo', outcome: 'OK', note: '' },
    { ...from, tool: 'echo', outcome: 'OK', note: '' },
  ]);
  expect(await activity.argumentsOf(4)).toEqual({ message: 'one' });

  // Only calls sent to the server count: echo twice, the cancelled one once; no get-sum.
  const tools = await activity.metrics('Per tool');
  expect(tools.map(([tool, server, calls, success]) => [tool, server, calls, success])).toEqual([
    ['echo', 'everything', '2', '100%'],
    ['trigger-long-running-operation', 'everything', '1', '0%'],
  ]);
  for (const [, , , , p50, p95] of tools) {
    expect(p50).toMatch(DURATION);
    expect(p95).toMatch(DURATION);
  }
  expect(tools[0]?.[6]).toBe('None');
  expect(tools[1]?.[6]).toMatch(/^You cancelled the call\. \S/);
  const servers = await activity.metrics('Per server');
  expect(servers.map(([server, calls, success]) => [server, calls, success])).toEqual([
    ['everything', '3', '66%'],
  ]);
  await expect(activity.chart()).toHaveAccessibleDescription(
    /^echo: median \d.* 95th percentile .*\. trigger-long-running-operation: median /,
  );

  // The confirmation starts on Cancel; Escape keeps everything.
  await options.page.bringToFront();
  const clearButton = activity.region.getByRole('button', { name: 'Clear activity…' });
  await clearButton.focus();
  await options.page.keyboard.press('Enter');
  await expect(activity.clearDialog()).toBeVisible();
  await expect(activity.clearDialog()).toContainText('The call log (5 calls)');
  await expect(activity.clearDialog().getByRole('button', { name: 'Cancel' })).toBeFocused();
  await options.page.keyboard.press('Escape');
  await expect(activity.clearDialog()).toBeHidden();
  await expect(activity.summary()).toHaveText('5 calls: 2 OK, 2 denied, 1 cancelled.');

  await activity.clear();
  // Its button is off now that there is nothing to clear: focus goes to what the section says.
  await expect(activity.summary()).toBeFocused();
  await expect(activity.region.getByRole('table')).toHaveCount(0);
  expect(await options.send('activity.get', {})).toEqual({
    ok: true,
    value: { log: [], metrics: { servers: [], tools: [] } },
  });

  // Cleared in storage too: a new page, and a restarted worker, find nothing.
  await options.page.reload();
  await expect(activity.summary()).toHaveText('No calls yet.');
  await stopServiceWorker(context, extensionId);
  await options.page.reload();
  await expect(activity.summary()).toHaveText('No calls yet.');
});
