// The catalogue on demand (issue #16): with many tools enabled the instructions list them by name,
// the model looks a tool up before calling it, the extension answers from its catalogue with no
// server call and no card, and the call then runs as any other. Sent by itself only under auto mode.
import { expect, test } from '../fixtures/extension';
import { catalogueTools, noteTool } from '../fixtures/servers/catalogue-tools';
import type { ChatPage } from '../pages/chat-page';
import { lookupBlock, lookupThenCallScript } from '../sites/scripts';
import { CHAT_VARIANTS } from '../sites/variants';

const TOOL = noteTool(7);
/** What only the lookup's answer gives the model: the tool's parameters. */
const SIGNATURE = `- ${TOOL}(message: string, topic?: "work"|"home"|"travel" = "work", tags?: string[])`;
const ANSWER =
  /^<mcp-lookup-result lookup_id="l1" nonce="([0-9a-f]{8})">\nFrom the catalogue of the user’s MCP servers; no tool was run\.[\s\S]*\n<\/mcp-lookup-result nonce="\1">$/;
const CALL = { tool: TOOL, arguments: { message: 'filed after a lookup', topic: 'home' } };

const variant = (site: string) => {
  const found = CHAT_VARIANTS.find((v) => v.adapter.site.id === site);
  if (!found) throw new Error(`no variant for ${site}`);
  return found;
};

/** Inserts the instructions on a new chat and sends them; they list the tools by name only. */
async function startWithInstructions(chat: ChatPage): Promise<void> {
  await expect.poll(() => chat.offer.text()).toMatch(/40 MCP tools ready/);
  await chat.offer.click('insert');
  await expect.poll(() => chat.editorText()).toContain('```mcp-lookup');
  const text = await chat.editorText();
  expect(text).toContain(`- ${TOOL} — Keeps note 7 about a topic.`);
  expect(text).not.toContain(`${TOOL}(`);
  await chat.pressSend();
}

/** The model calls the tool it looked up; Run in the card's frame; the result comes back. */
async function callAfterLookup(chat: ChatPage, sentBefore: number): Promise<void> {
  // While its frame loads, a card reads as waiting with no tool yet: both are awaited together.
  await expect
    .poll(async () => {
      const card = await chat.cards.read();
      return card && [card.status, card.tool];
    })
    .toEqual(['Waiting for you', `scripted / ${TOOL}`]);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  await expect.poll(() => chat.editorText()).toContain('Echo: filed after a lookup');
  await chat.pressSend();
  await expect
    .poll(async () => (await chat.turns()).at(-1)?.text ?? '')
    .toContain('The tool answered:');
  expect(await chat.submitted()).toHaveLength(sentBefore + 1);
  expect(await chat.cards.count()).toBe(1);
}

test('ChatGPT, auto mode on: the lookup is answered and sent by itself, then the looked-up tool runs on Run', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  const server = await scripted(catalogueTools());
  await (await openOptions()).setSite('chatgpt', { auto: true });
  const { startUrl } = variant('chatgpt');
  const chat = await openChat(
    lookupThenCallScript({ tools: [`scripted/${TOOL}`] }, SIGNATURE, CALL),
    'chatgpt',
    startUrl,
  );
  await chat.page.bringToFront();
  await startWithInstructions(chat);

  // The answer goes in and is sent with no press: the model has the signature and calls.
  await expect.poll(async () => (await chat.submitted()).length).toBe(2);
  const answer = (await chat.submitted())[1]!;
  expect(answer).toMatch(ANSWER);
  expect(answer).toContain(`## scripted\n${SIGNATURE} — Keeps note 7`);
  expect(answer).not.toContain(`${noteTool(8)}(`);
  await expect.poll(async () => (await chat.lookups.read())?.status).toBe('Sent');
  expect(await chat.lookups.text()).toContain('Looked up 1 tool for the model');
  expect((await chat.lookups.read())?.message).toContain('Sent automatically (round 1 of 10).');
  // Nothing reached the server for the lookup.
  expect(server.calls()).toEqual([]);

  await callAfterLookup(chat, 2);
  expect(server.calls().map((c) => [c.name, c.arguments])).toEqual([[TOOL, CALL.arguments]]);
  expect(await chat.lookups.count()).toBe(1);
});

for (const [site, lookup] of [
  ['claude', { tools: [TOOL] }],
  // Gemini drops the fence's language: the lookup is known by its body. And this one searches.
  ['gemini', { search: 'note 07' }],
] as const) {
  const { startUrl, label } = variant(site);
  test(`${label}, auto mode off: the answer waits in the message box for Send, then the looked-up tool runs on Run`, async ({
    scripted,
    openChat,
  }) => {
    const server = await scripted(catalogueTools());
    const chat = await openChat(lookupThenCallScript(lookup, SIGNATURE, CALL), site, startUrl);
    await chat.page.bringToFront();
    await startWithInstructions(chat);

    await expect.poll(async () => (await chat.lookups.read())?.status).toBe('Ready to send');
    expect((await chat.lookups.read())?.message).toContain(
      'In the message box: press Send to give it to the model.',
    );
    const answer = await chat.editorText();
    expect(answer).toMatch(ANSWER);
    expect(answer).toContain(SIGNATURE);
    // The note says what it did once it has decided: nothing was sent, nothing ran.
    expect(await chat.submitted()).toHaveLength(1);
    expect(server.calls()).toEqual([]);
    await chat.pressSend();
    await expect.poll(async () => (await chat.submitted()).length).toBe(2);
    await callAfterLookup(chat, 2);
    expect(server.calls().map((c) => c.name)).toEqual([TOOL]);
  });
}

test('auto mode sends lookups only up to its round cap, then says why and waits for Send', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  await scripted(catalogueTools());
  await (await openOptions()).setSite('chatgpt', { auto: true, maxRounds: 1 });
  // A model that looks up again after every answer: only the cap stops it.
  const again = [{ when: '*', reply: lookupBlock({ tools: [TOOL] }) }];
  const chat = await openChat(again, 'chatgpt', variant('chatgpt').startUrl);
  await chat.page.bringToFront();
  await chat.send('start');
  await expect.poll(() => chat.lookups.count(), { timeout: 30_000 }).toBe(2);
  await expect
    .poll(async () => (await chat.lookups.read(1))?.message)
    .toContain('Auto mode paused after 1 rounds without you. Press Send to go on.');
  expect((await chat.lookups.read(0))?.status).toBe('Sent');
  expect((await chat.lookups.read(1))?.status).toBe('Ready to send');
  expect(await chat.submitted()).toHaveLength(2);
  expect(await chat.editorText()).toMatch(ANSWER);
});

test('a lookup on the page before it loaded is not answered again until the user asks', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  await scripted(catalogueTools());
  await (await openOptions()).setSite('chatgpt', { auto: true });
  const chat = await openChat(
    [{ when: '*', reply: lookupBlock({ tools: [TOOL] }) }],
    'chatgpt',
    variant('chatgpt').startUrl,
  );
  await chat.page.bringToFront();
  // Turned off while the model writes, then on again: the lookup is now one from before.
  const options = await openOptions();
  await options.setSite('chatgpt', { enabled: false });
  await chat.page.bringToFront();
  await chat.send('start');
  await expect.poll(() => chat.isStreaming()).toBe(false);
  await options.setSite('chatgpt', { enabled: true });
  await expect.poll(async () => (await chat.lookups.read())?.status).toBe('Not answered');
  expect(await chat.editorText()).toBe('');
  expect(await chat.submitted()).toHaveLength(1);

  await chat.lookups.click('answer');
  await expect.poll(() => chat.editorText()).toMatch(ANSWER);
  await expect.poll(async () => (await chat.lookups.read())?.status).toBe('Ready to send');
  // The user asked for it: it waits for their Send even under auto mode.
  expect(await chat.submitted()).toHaveLength(1);
});
