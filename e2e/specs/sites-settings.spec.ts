// The Sites section of the options page: support per site, auto mode, the catalogue threshold,
// custom instructions and their preview, each seen to take effect in a chat tab.
import { CHAT_SITES } from '../../src/shared/sites';
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';

const CUSTOM = 'Answer in French. Prefer short tool calls.';

test('lists every site; custom instructions show in the preview, grow its token count, and go in with Insert', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  for (const site of CHAT_SITES) {
    await expect(options.site(site.name).getByRole('heading', { name: site.name })).toBeVisible();
    await expect(
      options.site(site.name).getByRole('switch', { name: `Use MCP Switchboard on ${site.name}` }),
    ).toBeChecked();
  }

  await options.openInstructions('ChatGPT');
  await expect(options.preview('ChatGPT')).toHaveValue(/- echo\(message: string\)/);
  const before = await options.previewTokens('ChatGPT');

  // Too long: said beside the field, and nothing can be saved.
  await options.customInstructions('ChatGPT').fill('x'.repeat(4001));
  await expect(options.site('ChatGPT').getByRole('alert')).toHaveText(
    'Too long by 1 character: custom instructions can be at most 4,000. Shorten them to save.',
  );
  await expect(
    options.site('ChatGPT').getByRole('button', { name: 'Save instructions' }),
  ).toBeDisabled();
  expect((await options.siteSettings('chatgpt'))?.instructions ?? '').toBe('');

  await options.writeInstructions('ChatGPT', CUSTOM);
  await expect(options.preview('ChatGPT')).toHaveValue(new RegExp(`\\n\\n${CUSTOM}$`));
  await expect.poll(() => options.previewTokens('ChatGPT')).toBeGreaterThan(before);
  expect((await options.siteSettings('chatgpt'))?.instructions).toBe(CUSTOM);
  // Another site's preview has only the generated text.
  await options.openInstructions('Claude');
  await expect(options.preview('Claude')).toHaveValue(/- echo\(message: string\)/);
  await expect(options.preview('Claude')).not.toHaveValue(new RegExp(CUSTOM));

  const chat = await openChat();
  await chat.page.bringToFront();
  await expect.poll(() => chat.offer.text()).toMatch(/\d+ MCP tools ready/);
  await chat.offer.click('insert');
  await expect.poll(() => chat.editorText()).toContain('```mcp-call');
  const inserted = await chat.editorText();
  expect(inserted).toContain('- echo(message: string)');
  expect(inserted.trimEnd().endsWith(CUSTOM)).toBe(true);
});

test('turning a site off stops it in an open tab and leaves new replies alone; on again, it works', async ({
  addConnectedServer,
  openChat,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const chat = await openChat();
  await chat.page.bringToFront();
  await expect.poll(() => chat.offer.count()).toBe(1);

  // The instructions offer of a new chat goes and comes back with the switch.
  await options.setSiteSupport('ChatGPT', false);
  await expect.poll(() => chat.offer.count()).toBe(0);
  await options.setSiteSupport('ChatGPT', true);
  await expect.poll(() => chat.offer.count()).toBe(1);

  await chat.send('first');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');

  await options.setSiteSupport('ChatGPT', false);
  await expect.poll(() => chat.cards.count()).toBe(0);
  expect((await options.siteSettings('chatgpt'))?.enabled).toBe(false);
  // Another tool call arrives while support is off: it gets no card.
  await chat.send('second');
  await expect.poll(async () => (await chat.turns()).length).toBe(4);
  await expect.poll(() => chat.isStreaming()).toBe(false);
  await chat.page.waitForTimeout(500);
  expect(await chat.cards.count()).toBe(0);

  // On again: both replies get their cards, and a call runs.
  await options.setSiteSupport('ChatGPT', true);
  await expect.poll(() => chat.cards.count()).toBe(2);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Waiting for you');
  await chat.cards.click('run', 1);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
  expect((await chat.cards.read(1))?.result).toBe('Echo: Hello from the fixture');
});

test('the catalogue threshold is checked, saved, and decides between signatures and names in the preview', async ({
  addConnectedServer,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  await options.openInstructions('ChatGPT');
  // server-everything's signatures cost less than the default 1,500 tokens.
  await expect(options.preview('ChatGPT')).toHaveValue(/- echo\(message: string\)/);
  await expect(options.preview('ChatGPT')).not.toHaveValue(/mcp-lookup/);
  const signatures = await options.previewTokens('ChatGPT');

  const field = options.catalogThreshold('ChatGPT');
  await expect(field).toHaveValue('1500');
  await field.fill('-5');
  await field.press('Enter');
  await expect(options.site('ChatGPT').getByRole('alert')).toHaveText(
    'Enter a whole number of tokens from 0 to 100,000.',
  );
  expect((await options.siteSettings('chatgpt'))?.catalogThreshold ?? 1500).toBe(1500);

  await field.fill('0');
  await field.press('Enter');
  await expect(options.siteNote('ChatGPT')).toHaveText(
    'Saved: tools are listed by name above 0 tokens.',
  );
  expect((await options.siteSettings('chatgpt'))?.catalogThreshold).toBe(0);
  await expect(options.preview('ChatGPT')).toHaveValue(/\n- echo — Echoes back the input/);
  await expect(options.preview('ChatGPT')).toHaveValue(/```mcp-lookup\n/);
  await expect(options.preview('ChatGPT')).not.toHaveValue(/echo\(message/);
  await expect.poll(() => options.previewTokens('ChatGPT')).toBeLessThan(signatures);
});

/** A model that calls the tool again after every result: only the cap stops it. */
const LOOP = [
  {
    when: '*',
    reply:
      'Once more.\n\n```mcp-call\n{"call_id": "c1", "tool": "echo", "arguments": {"message": "again"}}\n```',
  },
];

test('the auto mode switch and round cap are saved, checked, come back after a reload, and apply in the chat', async ({
  addConnectedServer,
  openChat,
}) => {
  const server = await startScriptedServer({ tools: { echo: { kind: 'echo' } } });
  try {
    const options = await addConnectedServer(server.url, 'scripted');
    await options.setPolicy('scripted', 'echo', 'allow');
    await expect(options.autoModeSwitch('ChatGPT')).not.toBeChecked();
    await expect(options.roundCap('ChatGPT')).toHaveValue('10');

    // A cap out of range is refused where it was typed, and not saved.
    await options.roundCap('ChatGPT').fill('0');
    await options.roundCap('ChatGPT').press('Enter');
    await expect(options.site('ChatGPT').getByRole('alert')).toHaveText(
      'Enter a whole number of rounds from 1 to 100.',
    );
    await expect(options.roundCap('ChatGPT')).toHaveAttribute('aria-invalid', 'true');
    expect(await options.siteSettings('chatgpt')).toBeUndefined();

    await options.setAutoMode('ChatGPT', true, 2);
    await expect(options.site('ChatGPT').getByRole('alert')).toHaveCount(0);
    expect(await options.siteSettings('chatgpt')).toEqual({
      enabled: true,
      auto: true,
      maxRounds: 2,
      catalogThreshold: 1500,
      instructions: '',
    });
    await options.page.reload();
    await expect(options.autoModeSwitch('ChatGPT')).toBeChecked();
    await expect(options.roundCap('ChatGPT')).toHaveValue('2');
    await expect(options.autoModeSwitch('Claude')).not.toBeChecked();

    const chat = await openChat(LOOP);
    await chat.page.bringToFront();
    await chat.send('start');
    await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(3);
    await expect
      .poll(async () => (await chat.cards.read(2))?.message)
      .toBe('Auto mode paused after 2 rounds without you. Press Run to go on.');
    expect(server.calls('echo')).toHaveLength(2);

    // And off again.
    await options.setAutoMode('ChatGPT', false);
    expect((await options.siteSettings('chatgpt'))?.auto).toBe(false);
  } finally {
    await server.stop();
  }
});

test('calls already on the page never run by themselves again when support comes back on', async ({
  scripted,
  openChat,
  openOptions,
}) => {
  const server = await scripted({ echo: { kind: 'echo' } });
  const options = await openOptions();
  await options.setPolicy('scripted', 'echo', 'allow');
  await options.setSite('chatgpt', { auto: true, maxRounds: 1 });

  const chat = await openChat(LOOP);
  await chat.page.bringToFront();
  await chat.send('start');
  // One automatic round, then the next call waits at the cap.
  await expect.poll(() => chat.cards.count(), { timeout: 30_000 }).toBe(2);
  await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Waiting for you');
  expect(server.calls('echo')).toHaveLength(1);

  // The adapter starts afresh, with a fresh round count: the replies on the page are history.
  await options.setSiteSupport('ChatGPT', false);
  await expect.poll(() => chat.cards.count()).toBe(0);
  await options.setSiteSupport('ChatGPT', true);
  await expect.poll(() => chat.cards.count()).toBe(2);
  await chat.page.waitForTimeout(1_000);
  expect(server.calls('echo')).toHaveLength(1);
  expect((await chat.cards.read(1))?.status).toBe('Waiting for you');
});
