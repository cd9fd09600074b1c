// The Resources and prompts section against server-everything: browse and search what it offers,
// read resources and templates, fill in prompts, and put a prompt's text into a chat's message
// box without sending it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from '../fixtures/extension';
import { startMcpServer } from '../fixtures/servers/mcp-servers';
import { ResourcesSection } from '../pages/resources-section';

/** The file server-everything serves as demo://resource/static/document/<name>. */
function servedDocument(name: string): string {
  const pkg = createRequire(import.meta.url).resolve(
    '@modelcontextprotocol/server-everything/package.json',
  );
  return readFileSync(join(dirname(pkg), 'dist', 'docs', name), 'utf8');
}

test('browse and search the catalogue; read a resource and templates, with errors next to the entry', async ({
  addConnectedServer,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const section = new ResourcesSection(options.page);
  await expect(section.count()).toHaveText('7 resources, 2 templates and 4 prompts on 1 server.');

  // A text resource, exactly as the server holds it.
  const doc = section.entry('everything', 'architecture.md');
  await expect(doc).toContainText('demo://resource/static/document/architecture.md');
  await doc.getByRole('button', { name: 'Read architecture.md' }).click();
  const uri = 'demo://resource/static/document/architecture.md';
  await expect(section.content(doc, uri)).toBeVisible();
  expect(await section.content(doc, uri).locator('pre').textContent()).toBe(
    servedDocument('architecture.md'),
  );
  await doc.getByRole('button', { name: 'Hide architecture.md' }).click();
  await expect(section.content(doc, uri)).toHaveCount(0);

  await section.search().fill('dynamic');
  await expect(section.count()).toHaveText('2 of 13 match.');
  await expect(section.server('everything').getByRole('article')).toHaveCount(2);
  await section.search().fill('no such thing');
  await expect(section.region).toContainText('Nothing matches “no such thing”.');
  await section.search().fill('');

  // A template: its variable is required, and the address it makes is what is read.
  const text = section.entry('everything', 'Dynamic Text Resource');
  const resourceId = text.getByLabel('resourceId');
  await text.getByRole('button', { name: 'Read' }).click();
  await expect(text.getByText('Enter a value for resourceId.')).toBeVisible();
  await expect(resourceId).toHaveAttribute('aria-invalid', 'true');
  await expect(resourceId).toBeFocused();
  await resourceId.fill('7');
  await expect(resourceId).not.toHaveAttribute('aria-invalid');
  await expect(text).toContainText('Reads demo://resource/dynamic/text/7');
  await resourceId.press('Enter');
  await expect(section.content(text, 'demo://resource/dynamic/text/7')).toContainText(
    /^Resource 7: This is a plaintext resource created at /,
  );

  // A blob resource with a text type is decoded and shown as text.
  const blob = section.entry('everything', 'Dynamic Blob Resource');
  await blob.getByLabel('resourceId').fill('3');
  await blob.getByRole('button', { name: 'Read' }).click();
  await expect(section.content(blob, 'demo://resource/dynamic/blob/3')).toContainText(
    /^Resource 3: This is a base64 blob created at /,
  );

  // The server refuses an address: the error stays with the entry, the earlier content goes.
  await resourceId.fill('seven');
  await resourceId.press('Enter');
  await expect(section.error(text)).toContainText('Could not read it: the server at 127.0.0.1:');
  await expect(section.error(text)).toContainText(
    'Unknown resource: demo://resource/dynamic/text/seven',
  );
  await expect(text.getByRole('region')).toHaveCount(0);
  await expect(section.error(blob)).toHaveCount(0);
});

test('a prompt’s required arguments are checked, then its text is copied and put into the chat without being sent', async ({
  addConnectedServer,
  everything,
  openChat,
  context,
}) => {
  const chat = await openChat();
  await expect(chat.composer()).toBeVisible();
  const options = await addConnectedServer(everything.url, 'everything');
  const section = new ResourcesSection(options.page);
  const prompt = section.entry('everything', 'args-prompt');
  await expect(prompt).toContainText('A prompt with two arguments, one required and one optional');
  /** The address of the tab shown in the (one) window, as the browser reports it. */
  const activeTab = () =>
    options.page.evaluate(async () => (await chrome.tabs.query({ active: true }))[0]?.url);

  // Nothing is asked of the server until the required argument has a value.
  const city = prompt.getByLabel('city');
  await prompt.getByRole('button', { name: 'Get prompt' }).click();
  await expect(prompt.getByText('Enter a value for city.')).toBeVisible();
  await expect(city).toHaveAttribute('aria-invalid', 'true');
  await expect(city).toBeFocused();
  await expect(section.promptText(prompt, 'args-prompt')).toHaveCount(0);
  await expect(prompt.getByLabel('state')).not.toHaveAttribute('aria-invalid');

  await city.fill('Portland');
  await prompt.getByLabel('state').fill('Oregon');
  await prompt.getByRole('button', { name: 'Get prompt' }).click();
  const text = "What's weather in Portland, Oregon?";
  await expect(section.promptText(prompt, 'args-prompt')).toHaveValue(text);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await prompt.getByRole('button', { name: 'Copy' }).click();
  await expect(prompt.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
  expect(await options.page.evaluate(() => navigator.clipboard.readText())).toBe(text);

  // The chat's tab is behind the options page; it is shown before the text goes in (a hidden tab
  // does not paint, and editors wait for a frame).
  expect(await activeTab()).toBe(options.page.url());
  await prompt.getByRole('button', { name: 'Send to chat' }).click();
  await expect(prompt.getByRole('status').filter({ hasText: /^Put into/ })).toHaveText(
    'Put into the ChatGPT message box, not sent: review it there and send it yourself.',
  );
  expect(await chat.editorText()).toBe(text);
  // The chat's tab is the one shown now, and nothing was sent.
  expect(await activeTab()).toBe('https://chatgpt.com/');
  await chat.page.waitForTimeout(500);
  expect(await chat.submitted()).toEqual([]);

  // A prompt the server rejects says why, next to it.
  const embedded = section.entry('everything', 'resource-prompt');
  await embedded.getByLabel('resourceType').fill('Video');
  await embedded.getByLabel('resourceId').fill('1');
  await embedded.getByRole('button', { name: 'Get prompt' }).click();
  await expect(section.error(embedded)).toContainText('Could not get it:');
  await expect(section.error(embedded)).toContainText('Invalid resourceType: Video');
});

test('Send to chat with no chat open, or only one where support is off, says to open one', async ({
  addConnectedServer,
  everything,
  openChat,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const section = new ResourcesSection(options.page);
  const prompt = section.entry('everything', 'simple-prompt');
  await prompt.getByRole('button', { name: 'Get prompt' }).click();
  await expect(section.promptText(prompt, 'simple-prompt')).toHaveValue(
    'This is a simple prompt without arguments.',
  );
  await prompt.getByRole('button', { name: 'Send to chat' }).click();
  const noChat = 'Not sent to a chat: Open a chat on a supported site first.';
  await expect(section.error(prompt)).toHaveText(noChat);

  // A ChatGPT tab with MCP Switchboard turned off for the site is passed over.
  await options.setSite('chatgpt', { enabled: false });
  const chat = await openChat();
  await expect(chat.composer()).toBeVisible();
  // Time for the tab to hear the site's settings, as it would to start its adapter.
  await chat.page.waitForTimeout(500);
  await options.page.reload();
  await prompt.getByRole('button', { name: 'Get prompt' }).click();
  await prompt.getByRole('button', { name: 'Send to chat' }).click();
  await expect(section.error(prompt)).toHaveText(noChat);
  expect(await chat.editorText()).toBe('');
});

test('a server gone offline: its last known entries stay, and reading one says why it failed', async ({
  addConnectedServer,
}) => {
  const server = await startMcpServer('everything-streamable');
  let stopped = false;
  try {
    const options = await addConnectedServer(server.url, 'fleeting');
    const section = new ResourcesSection(options.page);
    const doc = section.entry('fleeting', 'features.md');
    await expect(doc).toBeVisible();
    await server.stop();
    stopped = true;
    await doc.getByRole('button', { name: 'Read features.md' }).click();
    await expect(section.error(doc)).toContainText(
      'Could not read it: Could not reach the server at 127.0.0.1:',
    );
    await expect(section.server('fleeting')).toContainText(
      'Offline: these are from when it was last connected. They can be read once it is back.',
    );
    await expect(doc).toBeVisible();
  } finally {
    if (!stopped) await server.stop();
  }
});
