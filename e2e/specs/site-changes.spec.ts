// The sites as they are and as they change: only the answer is read (never a reasoning part), a
// long result reaches the model whole and once whatever the site does with long pastes, a card
// stays on its call when the site renders the block again, and a layout the adapter does not
// know is reported by name.
import { expect, test } from '../fixtures/extension';
import { Cards } from '../pages/card';
import { callScript } from '../sites/scripts';
import { CHAT_VARIANTS } from '../sites/variants';

const THINK_THEN_CALL = [
  {
    when: '*',
    reply: [
      '<think>Should I call it like this?',
      '',
      '```mcp-call',
      '{"call_id": "t1", "tool": "echo", "arguments": {"message": "from the thinking"}}',
      '```',
      'No, better in the answer.</think>Here is the call.',
      '',
      '```mcp-call',
      '{"call_id": "c1", "tool": "echo", "arguments": {"message": "from the answer"}}',
      '```',
    ].join('\n'),
  },
];

/** A tool result longer than any site keeps as one paste, with ends that can be counted. */
const LONG = `BEGIN-LONG\n${Array.from({ length: 300 }, (_, i) => `line ${i} ${'•'.repeat(40)}`).join('\n')}\nEND-LONG`;

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  const { site } = adapter;

  test(`${label}: code in the reply's reasoning is never offered as a call`, async ({
    scripted,
    openChat,
  }) => {
    const server = await scripted({ echo: { kind: 'echo' } });
    const chat = await openChat(THINK_THEN_CALL, site.id, startUrl);
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await expect.poll(() => chat.isStreaming()).toBe(false);
    expect(await chat.cards.count()).toBe(1);
    expect((await chat.cards.read())?.args).toContain('from the answer');
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
    expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'from the answer' }]);
  });

  test(`${label}: a long result reaches the message whole and exactly once`, async ({
    scripted,
    openChat,
  }) => {
    const server = await scripted({ long: { kind: 'text', text: LONG } });
    const chat = await openChat(callScript({ tool: 'long' }), site.id, startUrl);
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
    await expect.poll(async () => (await chat.cards.read())?.message).toMatch(/message/);
    // Whatever the site made of it (text, its own attachment, our file for a cut result), the end
    // of the result is there once, and the message is not empty.
    const editor = await chat.editorText();
    const files = (await chat.attachments()).map((f) => f.text ?? '').join('\n');
    expect(occurrences(editor + files, 'END-LONG')).toBe(1);
    expect(occurrences(editor + files, 'BEGIN-LONG')).toBeGreaterThanOrEqual(1);
    expect(editor + files).toContain('line 299');
    expect(server.calls()).toHaveLength(1);
  });

  test(`${label}: a layout the adapter does not know is reported by the element's name`, async ({
    addConnectedServer,
    openChat,
    openPopup,
    everything,
  }) => {
    await addConnectedServer(everything.url, 'everything');
    const chat = await openChat(undefined, site.id, startUrl);
    await chat.page.bringToFront();
    const badge = new Cards(chat.page, 'data-mcp-switchboard-badge');
    // The site "redesigns" its replies: whatever the adapter knows a reply by, it no longer is.
    await chat.page.evaluate((selectors) => {
      const unwrap = () => {
        for (const selector of selectors)
          for (const reply of document.querySelectorAll(selector))
            reply.replaceWith(...reply.childNodes);
      };
      new MutationObserver(unwrap).observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
      });
    }, adapter.selectors.assistantMessage);
    await chat.send('hello');
    await expect.poll(() => chat.isStreaming()).toBe(false);
    await expect.poll(() => badge.text()).toContain(`${site.name}: assistant reply not found`);
    const popup = await openPopup();
    await expect(popup.page.getByRole('region', { name: 'Site support' })).toContainText(
      `${site.name}: assistant reply not found`,
    );
  });
}

test('ChatGPT: a card stays on its call when the finished block becomes a viewer, and runs once', async ({
  scripted,
  openChat,
}) => {
  const server = await scripted({ echo: { kind: 'echo' } });
  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'stays' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  // The block is now a CodeMirror viewer, a new element; the card follows it.
  await expect(chat.page.locator('[data-markdown-copy="code-block"] .cm-content')).toHaveCount(1);
  await expect(
    chat.page.locator('[data-markdown-copy="code-block"] + [data-mcp-switchboard-card]'),
  ).toHaveCount(1);
  expect(await chat.cards.count()).toBe(1);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect(server.calls()).toHaveLength(1);
  // The editable viewer is never taken for the message box.
  await expect.poll(() => chat.editorText()).toContain('Echo: stays');
  expect(
    await chat.page.locator('.cm-content').evaluate((el) => el.textContent?.includes('Echo')),
  ).toBe(false);
});

test('ChatGPT: in a long chat whose early exchanges the site unmounts, every new call gets its own card', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  const server = await scripted({ echo: { kind: 'echo' } }, { echo: 'allow' });
  await (await openOptions()).setSite('chatgpt', { auto: true, maxRounds: 8 });
  const loop = callScript({ tool: 'echo', arguments: { message: 'again' } }).slice(1);
  const chat = await openChat(loop);
  await chat.page.bringToFront();
  await chat.send('start');
  // Eight rounds run and are sent by themselves, though only six exchanges stay mounted.
  await expect.poll(() => server.calls().length, { timeout: 45_000 }).toBe(8);
  await expect.poll(async () => (await chat.submitted()).length, { timeout: 15_000 }).toBe(9);
  await expect(chat.page.locator('[data-turn-key]')).toHaveCount(6);
  await expect
    .poll(async () => (await chat.cards.read((await chat.cards.count()) - 1))?.message)
    .toBe('Auto mode paused after 8 rounds without you. Press Run to go on.');
});

// What each site makes of a long paste: ChatGPT a "Pasted text" attachment, Claude a "Pasted
// content" chip (its fixture draws the chip's label too).
for (const [site, chips] of [
  ['chatgpt', undefined],
  ['claude', '[data-testid="file-thumbnail"] .text-text-300'],
] as const)
  test(`${site}: when the site turns a paste into an attachment, the result goes in once, as that`, async ({
    scripted,
    openChat,
  }) => {
    await scripted({ long: { kind: 'text', text: LONG } });
    const chat = await openChat(callScript({ tool: 'long' }), site, undefined, {
      pasteLimit: 1_000,
    });
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect
      .poll(async () => (await chat.cards.read())?.message)
      .toContain('turned the result into an attachment');
    expect(await chat.editorText()).toBe('');
    // The first piece became an attachment, and the rest one more: in order, each part once.
    const files = await chat.attachments();
    expect(files.length).toBeLessThanOrEqual(2);
    const joined = files.map((f) => f.text ?? '').join('');
    expect(occurrences(joined, 'BEGIN-LONG')).toBe(1);
    expect(occurrences(joined, 'END-LONG')).toBe(1);
    expect(joined).toContain(LONG.slice(3_000, 3_200));
    if (chips) await expect(chat.page.locator(chips)).toHaveText(files.map(() => 'PASTED'));
  });
