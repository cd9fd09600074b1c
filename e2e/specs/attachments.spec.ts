// Files in the chat: where a site takes uploads, the tool instructions can go as a file, a tool's
// image goes into the message as a file through the site's own file input, and the result text
// names it.
import { expect, test } from '../fixtures/extension';
import { callScript } from '../sites/scripts';
import { CHAT_VARIANTS } from '../sites/variants';

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  const { site } = adapter;

  test(`${label}: instructions attached as a file; an image result attached, named in the result, and sent with it`, async ({
    addConnectedServer,
    openChat,
    everything,
  }) => {
    await addConnectedServer(everything.url, 'everything');
    const chat = await openChat(callScript({ tool: 'get-tiny-image' }), site.id, startUrl);
    await chat.page.bringToFront();

    // A new chat: the instructions go as a file, with a line in the message pointing to it.
    await expect.poll(() => chat.offer.text()).toMatch(/\d+ MCP tools ready/);
    await chat.offer.click('attach');
    await expect.poll(() => chat.offer.count()).toBe(0);
    expect(await chat.editorText()).toBe(
      'The attached mcp-tools.md lists the tools you can call in this chat and how to call them. Follow it.',
    );
    await chat.pressSend();
    await expect.poll(async () => (await chat.submittedFiles()).length).toBe(1);
    const [sent] = await chat.submittedFiles();
    expect(sent?.map((f) => f.name)).toEqual(['mcp-tools.md']);
    expect(sent?.[0]?.text).toContain('```mcp-call');
    expect(sent?.[0]?.text).toContain('- echo(message: string) — ');

    // The model calls a tool that returns an image: it goes back as a file.
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
    await expect.poll(() => chat.attachments()).toHaveLength(1);
    const [file] = await chat.attachments();
    expect(file).toMatchObject({ type: 'image/png', name: expect.stringMatching(/^c1-\d\.png$/) });
    expect(file?.size).toBeGreaterThan(0);
    await expect
      .poll(async () => (await chat.cards.read())?.message)
      .toContain(`Attached: ${file?.name}.`);
    expect(await chat.editorText()).toContain(
      `returned by the tool; attached to this message as ${file?.name}]`,
    );

    await chat.pressSend();
    await expect.poll(async () => (await chat.submittedFiles()).at(-1)).toEqual([file]);
    expect(await chat.attachments()).toEqual([]);
  });
}

/** Longer than any site's limit: numbered lines, so a cut is visible. */
const LONG = Array.from({ length: 2_500 }, (_, i) => `line ${i + 1} of the report`).join('\n');

for (const { adapter, label, startUrl } of CHAT_VARIANTS) {
  test(`${label}: a result over the site's limit is cut with a marker and attached whole`, async ({
    scriptedChat,
  }) => {
    const { chat } = await scriptedChat(
      { report: { kind: 'text', text: LONG } },
      callScript({ tool: 'report' }),
      {
        site: adapter.site.id,
        url: startUrl,
      },
    );
    await chat.cards.click('run');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
    await expect.poll(() => chat.attachments()).toHaveLength(1);
    const [file] = await chat.attachments();
    expect(file).toMatchObject({ name: 'c1-result.txt', type: 'text/plain' });
    await expect.poll(async () => (await chat.attachments())[0]?.text).toBe(LONG);
    await expect
      .poll(async () => (await chat.cards.read())?.message)
      .toContain('Attached: c1-result.txt.');

    const text = await chat.editorText();
    const limit = adapter.resultLimit ?? 20_000;
    expect(text).toContain(
      `[… truncated: ${LONG.length - limit} more characters. The whole result is attached to this message as c1-result.txt.]`,
    );
    expect(text).toContain('line 1 of the report');
    expect(text).not.toContain('line 2500 of the report');
    expect(text.length).toBeLessThan(limit + 500);
  });
}
