// Self-test of the claude.ai fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/claude/selectors';
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
const EDITOR = '[data-testid="chat-input"]';
const SEND = 'button[aria-label="Send message"]';
const STOP = 'button[aria-label="Stop response"]';

const openChat = fixtureBrowser('claude');

test('streams the scripted mcp-call reply; a card next to the code block survives', async () => {
  const page = await openChat();
  await expect(page.locator(`${EDITOR} p`)).toHaveAttribute(
    'data-placeholder',
    'How can I help you today?',
  );
  await expect(page.locator(SEND)).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[role="group"][aria-label="mcp-call code"]');

  await page.click(EDITOR);
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await page.keyboard.press('Enter');

  await expect(page.locator(STOP)).toBeVisible();
  await expect(page.locator('[data-is-streaming="true"]')).toHaveCount(1);
  await expect(page).toHaveURL(/^https:\/\/claude\.ai\/chat\/[0-9a-f-]{36}$/);
  expect(await editorText(page)).toBe('');

  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(SEND)).toBeVisible();
  await expect(page.locator(STOP)).toHaveCount(0);
  await expect(page.locator('[data-is-streaming="true"]')).toHaveCount(0);
  await expect(page.locator(`${EDITOR} p`)).toHaveAttribute('data-placeholder', 'Reply to Claude…');

  const markdown = page.locator('.font-claude-response .standard-markdown');
  const code = markdown.locator('pre.code-block__code > code');
  expect(await code.textContent()).toBe(ECHO_CALL);
  await expect(code).toHaveClass('language-mcp-call');
  expect(await code.locator('span.token').count()).toBeGreaterThan(5);
  await expect(markdown.locator('button[aria-label="Copy to clipboard"]')).toHaveCount(1);
  const children = await markdown.evaluate((m) =>
    [...m.children].map((c) => c.id || c.getAttribute('role') || c.tagName.toLowerCase()),
  );
  expect(children).toEqual(['p', 'group', 'foreign', 'p']);
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
  await expect(page.locator('.font-claude-response blockquote')).toHaveText('Hello back');

  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-testid="chat-input"]')!.focus();
    document.execCommand('insertText', false, 'typed by a script');
  });
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
  await expect(page.locator('[data-is-streaming="false"]')).toHaveCount(1);
  const text = (await page.locator('.font-claude-response').textContent()) ?? '';
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
