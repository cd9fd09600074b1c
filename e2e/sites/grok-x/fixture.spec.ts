// Self-test of the x.com/i/grok fixture page, in a plain Chromium (../fixture-harness.ts). The Grok
// site's x.com origin serves this page (../other-apps.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/grok/selectors';
import type { ScriptRule } from '../build';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  type OpenOptions,
  turns,
} from '../fixture-harness';
import { codeHtml } from './render';

const CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const BOX = 'main textarea[placeholder="Ask Grok (AI agent)"]';
const SEND = 'main button[aria-label="Grok something"]';
const CANCEL = 'main button[aria-label="Cancel"]';

const openPage = fixtureBrowser('grok');
const openChat = (script?: ScriptRule[], options: OpenOptions = {}) =>
  openPage(script, { url: 'https://x.com/i/grok', ...options });

test('streams the scripted reply into X’s code block; a card after it survives', async () => {
  const page = await openChat();
  await expect(page.locator(SEND)).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[data-fixture="assistant"] [data-testid="markdown-code-block"]');

  await page.click(BOX);
  await page.keyboard.type('hi');
  expect(await editorText(page)).toBe('hi');
  await expect(page.locator(SEND)).toBeEnabled();
  await page.keyboard.press('Enter');
  expect(await editorText(page)).toBe('');
  await expect(page.locator(CANCEL)).toHaveCount(1);
  await expect(page.locator(SEND)).toHaveCount(0);
  await expect(page).toHaveURL(/^https:\/\/x\.com\/i\/grok\?conversation=\d{18,19}$/);
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(SEND)).toHaveCount(1);
  await expect(page.locator(CANCEL)).toHaveCount(0);

  const reply = page.locator('[data-fixture="assistant"]');
  const block = reply.getByTestId('markdown-code-block');
  await expect(block.locator('[data-fixture="code-header"] > div').first()).toHaveText('mcp-call');
  await expect(block.locator('pre > code')).toHaveClass('language-mcp-call');
  expect(await block.locator('pre > code').textContent()).toBe(CALL);
  // The card a content script left next to the streaming block is still there.
  await expect(page.locator('[data-testid="markdown-code-block"] + #foreign')).toHaveCount(1);
  await expect(reply.getByRole('button', { name: 'Copy text' })).toHaveCount(1);
  await expect(reply.getByRole('button', { name: 'Regenerate' })).toHaveCount(1);
  expect(await turns(page)).toEqual([
    { role: 'user', text: 'hi' },
    { role: 'assistant', text: expect.stringContaining(CALL) },
  ]);
  expect(await page.evaluate(() => window.__fixture.submitted)).toEqual(['hi']);
});

test('only React’s input path changes the message box', async () => {
  const page = await openChat();
  // The native setter plus an input event, as a content script does: React's onChange sees it.
  await page.evaluate((box) => {
    const area = document.querySelector<HTMLTextAreaElement>(box)!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
      area,
      'Result:\n\nline',
    );
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, BOX);
  expect(await editorText(page)).toBe('Result:\n\nline');
  await expect(page.locator(SEND)).toBeEnabled();

  // A plain assignment goes around React: the state keeps the old text.
  await page.evaluate((box) => {
    const area = document.querySelector<HTMLTextAreaElement>(box)!;
    area.value = 'written behind React';
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, BOX);
  expect(await editorText(page)).toBe('Result:\n\nline');
});

test('Shift+Enter makes a new line; Cancel ends the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(BOX);
  await page.keyboard.type('one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('two');
  expect(await editorText(page)).toBe('one\ntwo');
  await page.locator(SEND).click();
  await expect(page.locator(CANCEL)).toHaveCount(1);
  await expect(page.locator('[data-fixture="paragraph"]')).toHaveCount(1);
  await page.locator(CANCEL).click();
  await expect.poll(() => isStreaming(page)).toBe(false);
  await expect(page.locator(SEND)).toHaveCount(1);
  const text = (await turns(page))[1]?.text ?? '';
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(long.length);
});

test('only the newest finished reply offers Regenerate; a second message keeps the conversation', async () => {
  const page = await openChat([{ when: '*', reply: 'Sure.' }]);
  for (const message of ['first', 'second']) {
    await page.click(BOX);
    await page.keyboard.type(message);
    await page.keyboard.press('Enter');
    await expect.poll(() => isStreaming(page)).toBe(false);
  }
  const url = page.url();
  expect(url).toMatch(/\?conversation=\d+$/);
  await expect(page.locator('[data-fixture="assistant"]')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Copy text' })).toHaveCount(2);
  await expect(
    page.locator('[data-fixture="assistant"]').last().getByRole('button', { name: 'Regenerate' }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Regenerate' })).toHaveCount(1);
  expect((await turns(page)).map((t) => t.role)).toEqual([
    'user',
    'assistant',
    'user',
    'assistant',
  ]);
  expect(page.url()).toBe(url);
});

test('elsewhere on x.com (Grok’s drawer) a message leaves the URL alone', async () => {
  const page = await openChat(undefined, { url: 'https://x.com/home' });
  await page.click(BOX);
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page)).toBe(false);
  expect(page.url()).toBe('https://x.com/home');
});

test('files go through the hidden input beside the attach button; the message takes them', async () => {
  const page = await openChat();
  // X's variants come last in the adapter's lists (see selectors.ts).
  const here = {
    ...uploads,
    input: [uploads.input.at(-1)!],
    attachment: [uploads.attachment.at(-1)!],
  };
  await expectUploadPath(page, here, async () => {
    await page.click(BOX);
    await page.keyboard.type('see the file');
    await page.click(SEND);
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
  // The attach button opens that same input, as a person's click does.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Media' }).click();
  const input = (await chooser).element();
  expect(
    await input.evaluate((e, selector) => (e as Element).matches(selector), here.input[0]!),
  ).toBe(true);
});

test('turns carry no marker: rows take turns in the list before the composer block', async () => {
  const page = await openChat();
  await page.click(BOX);
  await page.keyboard.type('hi');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page)).toBe(false);
  await expect(
    page.locator('main [data-testid^="grok"], main article, main [role="article"]'),
  ).toHaveCount(0);
  // The scroller's next sibling is the composer's block, with the box and the attach input.
  const rows = page.locator('[data-fixture="conversation"] > div > div');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-fixture', 'user');
  await expect(rows.nth(1)).toHaveAttribute('data-fixture', 'assistant');
  const block = page.locator('[data-fixture="conversation"] + div');
  await expect(block.locator('textarea')).toHaveCount(1);
  await expect(block.locator('input[type="file"]')).toHaveCount(1);
  await expect(page.locator('main form')).toHaveCount(0);
  // The finished reply's action row: buttons right inside a child of its row.
  await expect(rows.nth(1).locator('> div > button')).toHaveCount(5);
});

test('thoughts open while Grok thinks, and close when the answer begins', async () => {
  const think =
    '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
  const page = await openChat([{ when: '*', reply: think }], { stream: { intervalMs: 30 } });
  await page.click(BOX);
  await page.keyboard.type('go');
  await page.keyboard.press('Enter');
  const toggle = page.getByRole('button', { name: 'Thoughts' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page.locator('[data-fixture="thoughts"] > button + div [data-testid="markdown-code-block"]'),
  ).toHaveCount(1);
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[data-testid="markdown-code-block"]')).toHaveCount(0);
  expect((await turns(page))[1]?.text).toBe('Done thinking.');
});

test('labels follow the UI language', async () => {
  const page = await openChat(undefined, { lang: 'ru' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('main textarea')).toHaveAttribute(
    'placeholder',
    'Спросите Grok (ИИ-агент)',
  );
  await page.click('main textarea');
  await page.keyboard.type('привет');
  await expect(page.getByRole('button', { name: 'Спросить' })).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Отмена' })).toHaveCount(1);
  await expect(page.locator(SEND)).toHaveCount(0);
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.getByRole('button', { name: 'Копировать текст' })).toHaveCount(1);
});

test('the code keeps the raw text inside react-syntax-highlighter’s spans (Node side)', () => {
  const code = '{"a": [1, true, null],\n  "b": "x\\"y"}\n\nplain <tag> & more';
  const html = codeHtml({ type: 'code', lang: 'json', code, closed: true, start: 0, end: 0 });
  expect(html).toContain('<span class="token" style="color: #9cdcfe;">&quot;a&quot;</span>');
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  expect(text).toBe(code);
});
