// Self-test of the chat.mistral.ai fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/mistral/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  fixtureState,
  insertCardAfter,
  isStreaming,
  OK_RESULT,
  paste,
} from '../fixture-harness';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'form div.ProseMirror[contenteditable="true"]';
const SEND = 'form button[aria-label="Send question"]';
const STOP = 'button[aria-label="Stop generating"]';
const ANSWER = '[data-message-author-role="assistant"] [data-message-part-type="answer"]';

const openChat = fixtureBrowser('mistral');

test('streams the scripted mcp-call reply; a card next to the <pre> survives', async () => {
  const page = await openChat();
  await expect(page.locator(`${EDITOR} p`)).toHaveAttribute('data-placeholder', 'Ask le Chat');
  await expect(page.locator(SEND)).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, `${ANSWER} pre`);

  await page.click(EDITOR);
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await page.keyboard.press('Enter');

  await expect(page.locator(STOP)).toBeVisible();
  await expect(page.locator('[data-message-author-role="assistant"] .animate-pulse')).toHaveCount(
    1,
  );
  await expect(page).toHaveURL(/^https:\/\/chat\.mistral\.ai\/chat\/[0-9a-f-]{36}$/);
  expect(await editorText(page)).toBe('');

  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(SEND)).toBeVisible();
  await expect(page.locator(STOP)).toHaveCount(0);
  await expect(page.locator('.animate-pulse')).toHaveCount(0);
  await expect(page.locator('[aria-label="Message actions"]')).toHaveCount(1);

  const pre = page.locator(`${ANSWER} > pre`);
  await expect(pre.locator('span.text-xs.capitalize')).toHaveText('mcp-call');
  await expect(pre.locator('button[aria-label="Copy code"]')).toHaveCount(1);
  const code = pre.locator('code');
  expect(await code.textContent()).toBe(ECHO_CALL);
  await expect(code).toHaveClass('shiki language-mcp-call');
  expect(await code.locator('span.line span[style]').count()).toBeGreaterThan(5);
  const children = await page
    .locator(ANSWER)
    .evaluate((a) => [...a.children].map((c) => c.id || c.tagName.toLowerCase()));
  expect(children).toEqual(['p', 'pre', 'foreign', 'p']);
  const state = await fixtureState(page);
  expect(state.roles).toEqual(['user', 'assistant']);
  expect(state.submitted).toEqual(['hi\nthere']);
});

test('a synthetic paste and execCommand insertText both reach the ProseMirror state', async () => {
  const page = await openChat();
  expect(await paste(page, EDITOR, OK_RESULT)).toBe(true);
  expect(await editorText(page)).toBe(OK_RESULT);
  await page.locator(SEND).click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(`${ANSWER} blockquote`)).toHaveText('Hello back');

  await page.evaluate((editor) => {
    document.querySelector<HTMLElement>(editor)!.focus();
    document.execCommand('insertText', false, 'typed by a script');
  }, EDITOR);
  expect(await editorText(page)).toBe('typed by a script');
  await expect(page.locator(SEND)).toBeEnabled();
});

test('the stop button ends the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(EDITOR);
  await page.keyboard.type('go');
  await page.locator(SEND).click();
  await expect(page.locator(STOP)).toBeVisible();
  await page.waitForTimeout(200);
  await page.locator(STOP).click();
  expect(await isStreaming(page)).toBe(false);
  await expect(page.locator(SEND)).toBeVisible();
  const text = (await page.locator(ANSWER).textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(long.length);
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(EDITOR);
    await page.keyboard.type('see the file');
    await page.click(SEND);
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
