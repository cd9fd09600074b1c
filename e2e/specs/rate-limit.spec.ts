// The per-server cap on tool calls a minute (issue #14): set in the server's settings, it holds
// whoever approved the call; a call over it never reaches the server, and the model is told why.
import { expect, test } from '../fixtures/extension';
import type { ScriptRule } from '../sites/scripted-model';

const blocks = (tag: string) =>
  [1, 2, 3]
    .map((i) =>
      [
        '```mcp-call',
        JSON.stringify({
          call_id: `${tag}${i}`,
          tool: 'echo',
          arguments: { message: `${tag}${i}` },
        }),
        '```',
      ].join('\n'),
    )
    .join('\n\n');

/** Every message asks for three echo calls; a message of results gets a plain answer. */
const SCRIPT: ScriptRule[] = [
  { when: 'nonce="', reply: 'Noted.' },
  { when: 'auto', reply: `Three calls.\n\n${blocks('a')}` },
  { when: '*', reply: `Three calls.\n\n${blocks('u')}` },
];

test('calls over the server’s cap are not sent, by Run or by auto mode, and the model is told to wait', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  const server = await scripted({ echo: { kind: 'echo' } }, { echo: 'allow' });
  const options = await openOptions();
  const item = options.servers.item('scripted');
  await item.getByRole('button', { name: 'Edit' }).click();
  const form = item.getByRole('form');
  await expect(form.getByLabel('Tool calls per minute, at most')).toHaveValue('60');
  await form.getByLabel('Tool calls per minute, at most').fill('2');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const exported = (await options.send('settings.export', { includeSecrets: false })) as {
    value: { backup: { servers: { callsPerMinute?: number }[] } };
  };
  expect(exported.value.backup.servers[0]?.callsPerMinute).toBe(2);

  // The user presses Run on three calls: two go, the third is refused.
  const chat = await openChat(SCRIPT);
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(() => chat.cards.count()).toBe(3);
  for (const index of [0, 1]) {
    await chat.cards.click('run', index);
    await expect.poll(async () => (await chat.cards.read(index))?.status).toBe('Done');
  }
  await chat.cards.click('run', 2);
  await expect.poll(async () => (await chat.cards.read(2))?.status).toBe('Failed');
  const refusal = (await chat.cards.read(2))?.message ?? '';
  expect(refusal).toContain('scripted takes at most 2 tool calls a minute');
  expect(refusal).toMatch(/Try again in \d+ s/);
  expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'u1' }, { message: 'u2' }]);
  await expect.poll(() => chat.editorText()).toContain('status="failed"');
  expect(await chat.editorText()).toContain('takes at most 2 tool calls a minute');

  // Auto mode, within the same minute: the allowed calls run with no click, and none is sent.
  await options.setSite('chatgpt', { auto: true });
  await chat.composer().click();
  await chat.page.keyboard.press('ControlOrMeta+A');
  await chat.page.keyboard.press('Delete');
  await chat.send('auto');
  await expect.poll(() => chat.cards.count()).toBe(6);
  for (const index of [3, 4, 5])
    await expect.poll(async () => (await chat.cards.read(index))?.status).toBe('Failed');
  // Auto mode sends the refusals itself: the model reads why its calls did not run.
  await expect
    .poll(async () => (await chat.submitted()).at(-1) ?? '')
    .toContain('takes at most 2 tool calls a minute');
  expect(server.calls()).toHaveLength(2);
});
