// Self-test of the aistudio.google.com fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/aistudio/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
} from '../fixture-harness';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const TEXTAREA = 'ms-prompt-box textarea';
const RUN = 'ms-prompt-box ms-run-button button';

const openChat = fixtureBrowser('aistudio');

test('streams the scripted reply; the code block updates in place and keeps its neighbours', async () => {
  const page = await openChat();
  await expect(page.locator(RUN)).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[data-turn-role="Model"] ms-code-block', {
    root: 'ms-autoscroll-container',
  });

  await page.click(TEXTAREA);
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await expect(page.locator(RUN)).toBeEnabled();
  await page.keyboard.press('Enter');

  await expect(page.locator(`${RUN}.stoppable .spin`)).toHaveCount(1);
  await expect(page).toHaveURL(/^https:\/\/aistudio\.google\.com\/prompts\/1[\w-]{32}$/);
  expect(await editorText(page)).toBe('');
  await expect(page.locator(TEXTAREA)).toHaveValue('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(`${RUN}[aria-label="Run"]:not(.stoppable)`)).toHaveCount(1);
  await expect(page.locator('[data-turn-role="Model"] button[iconname="thumb_up"]')).toHaveCount(1);

  const result = await page.evaluate(() => {
    const block = document.querySelector('[data-turn-role="Model"] ms-code-block')!;
    return {
      code: block.querySelector('.mat-expansion-panel-body pre code')!.textContent,
      spans: block.querySelectorAll('code span').length,
      language: block.getAttribute('data-test-language'),
      foreignFollowsBlock: block.nextElementSibling?.id === 'foreign',
    };
  });
  const { spans, ...rest } = result;
  expect(rest).toEqual({ code: ECHO_CALL, language: 'mcp-call', foreignFollowsBlock: true });
  expect(spans).toBeGreaterThan(5);
  const api = await page.evaluate(() => {
    const { turns, submitted } = window.__fixture;
    return { turns: turns(), submitted };
  });
  expect(api.turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  expect(api.submitted).toEqual(['hi\nthere']);
});

test('Ctrl+Enter runs too (the site default)', async () => {
  const page = await openChat();
  await page.click(TEXTAREA);
  await page.keyboard.type('go');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('ms-chat-turn')).toHaveCount(2);
});

// Angular's DefaultValueAccessor reads the value on `input` only: a bare DOM write is invisible,
// a write followed by `input` is seen, through the native setter or the element's own.
test('the form control sees values only through input events', async () => {
  const page = await openChat();
  const seen = await page.evaluate((selector) => {
    const { editorText } = window.__fixture;
    const area = document.querySelector<HTMLTextAreaElement>(selector)!;
    area.value = 'written behind Angular';
    const bare = editorText();
    area.dispatchEvent(new Event('input', { bubbles: true }));
    const withInput = editorText();
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(area, 'native setter');
    area.dispatchEvent(new Event('input', { bubbles: true }));
    return { bare, withInput, native: editorText() };
  }, TEXTAREA);
  expect(seen).toEqual({ bare: '', withInput: 'written behind Angular', native: 'native setter' });
  await expect(page.locator(RUN)).toBeEnabled();
});

test('fences in the prompt render as code blocks of the user turn', async () => {
  const page = await openChat([{ when: '*', reply: 'ok' }]);
  await page.evaluate(
    ([selector, text]) => {
      const area = document.querySelector<HTMLTextAreaElement>(selector)!;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [TEXTAREA, 'Format:\n\n```mcp-call\n{"call_id": "x"}\n```'] as const,
  );
  await page.locator(RUN).click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('[data-turn-role="User"] ms-code-block')).toHaveCount(1);
  await expect(page.locator('[data-turn-role="Model"] ms-code-block')).toHaveCount(0);
});

test('the stop button ends the stream early; other requests get 404', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(TEXTAREA);
  await page.keyboard.type('go');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await page.locator(`${RUN}.stoppable`).click();
  await expect.poll(() => isStreaming(page)).toBe(false);
  await expect(page.locator(`${RUN}:not(.stoppable)`)).toHaveCount(1);
  const text = (await page.locator('[data-turn-role="Model"] ms-cmark-node').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(long.length);
  expect(await page.evaluate(() => fetch('/_/MakerSuite/data').then((r) => r.status))).toBe(404);
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(TEXTAREA);
    await page.keyboard.type('see the file');
    await page.click(RUN);
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
