// Self-test of the chat.deepseek.com fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/deepseek/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  turns,
} from '../fixture-harness';
import { highlight } from './render';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const SEND = 'div[role="button"]:has(path[d^="M8.3125"])';
const STOP = 'div[role="button"]:has(path[d^="M2 4.88"])';

const openChat = fixtureBrowser('deepseek');

test('streams the scripted reply into a DeepSeek code block; a card after it survives', async () => {
  const page = await openChat();
  await expect(page.locator('.ds-virtual-list')).toHaveCount(0);
  await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'true');
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '.ds-assistant-message-main-content .md-code-block', {
    root: '#root',
  });

  await page.click('#chat-input');
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');

  await expect(page.locator(STOP)).toHaveCount(1);
  await expect(page.locator(SEND)).toHaveCount(0);
  await expect(page).toHaveURL(/^https:\/\/chat\.deepseek\.com\/a\/chat\/s\/[0-9a-f-]{36}$/);
  expect(await editorText(page)).toBe('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(SEND)).toHaveCount(1);
  await expect(page.locator('[data-streaming]')).toHaveCount(0);

  const seen = await page.evaluate(() => {
    const body = document.querySelector('.ds-assistant-message-main-content')!;
    return {
      code: body.querySelector('.md-code-block pre')!.textContent,
      codeElements: body.querySelectorAll('code').length,
      label: body.querySelector('.md-code-block-banner .d813de27')!.textContent,
      buttons: [...body.querySelectorAll('.code-info-button-text')].map((b) => b.textContent),
      blocks: [...body.children].map((c) => c.id || c.className),
      actionBars: document.querySelectorAll('._4f9bf79 > .ds-flex').length,
    };
  });
  expect(seen).toEqual({
    code: ECHO_CALL,
    codeElements: 0,
    label: 'mcp-call',
    buttons: ['Copy', 'Download'],
    blocks: [
      'ds-markdown-paragraph',
      'md-code-block md-code-block-light',
      'foreign',
      'ds-markdown-paragraph',
    ],
    actionBars: 1,
  });
  expect(await turns(page)).toEqual([
    { role: 'user', text: 'hi\nthere' },
    { role: 'assistant', text: expect.stringContaining(ECHO_CALL) },
  ]);
});

test('only React’s input path changes the composer state', async () => {
  const page = await openChat();
  // The native setter plus an input event, as a content script does: React's onChange sees it.
  await page.evaluate(() => {
    const area = document.querySelector<HTMLTextAreaElement>('#chat-input')!;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
      area,
      'Result:\n\nline',
    );
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await editorText(page)).toBe('Result:\n\nline');
  await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'false');

  // A plain assignment goes around React: the state keeps the old text.
  await page.evaluate(() => {
    const area = document.querySelector<HTMLTextAreaElement>('#chat-input')!;
    area.value = 'written behind React';
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await editorText(page)).toBe('Result:\n\nline');
});

test('the stop button ends the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click('#chat-input');
  await page.keyboard.type('go');
  await page.locator(SEND).click();
  await expect(page.locator(STOP)).toHaveCount(1);
  await page.waitForTimeout(150);
  await page.locator(STOP).click();
  await expect.poll(() => isStreaming(page)).toBe(false);
  await expect(page.locator(SEND)).toHaveCount(1);
  const text = await page.locator('.ds-assistant-message-main-content').textContent();
  expect(text!.length).toBeLessThan(long.length);
});

test('highlight keeps the raw code as the pre’s text (Node side)', () => {
  const html = highlight('{\n  "a": [1, true]\n}');
  expect(html).toContain('<span class="token operator">:</span>');
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  expect(text).toBe('{\n  "a": [1, true]\n}');
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click('#chat-input');
    await page.keyboard.type('see the file');
    await page.click(SEND);
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
