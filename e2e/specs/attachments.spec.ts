// Files back to the model: where a site takes uploads, a tool's image goes into the message as a
// file through the site's own file input, and the result text names it.
import { ADAPTERS } from '../../src/content/adapters/registry';
import { expect, test } from '../fixtures/extension';
import { callScript } from '../sites/scripts';

for (const adapter of ADAPTERS) {
  const { site } = adapter;

  test(`${site.name}: an image result is attached as a file, named in the result, and sent with it`, async ({
    addConnectedServer,
    openChat,
    everything,
  }) => {
    await addConnectedServer(everything.url, 'everything');
    const chat = await openChat(callScript({ tool: 'get-tiny-image' }), site.id);
    await chat.page.bringToFront();
    await chat.send('a picture, please');
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
