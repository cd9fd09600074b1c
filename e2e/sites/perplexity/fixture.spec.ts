// Self-test of the perplexity.ai fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/perplexity/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
  turns,
} from '../fixture-harness';
import { highlight } from './render';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';

const EDITOR = '#ask-input';

const openChat = fixtureBrowser('perplexity');

test('streams the scripted reply into a Perplexity code block; a card after <pre> survives', async () => {
  const page = await openChat();
  await expect(page.getByTestId('submit-button')).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[id^="markdown-content-"] pre');

  await page.click('#ask-input');
  await page.keyboard.type('hi there');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('second line');
  expect(await editorText(page)).toBe('hi there\nsecond line');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('stop-generating-response-button')).toBeVisible();
  await expect(page).toHaveURL(
    /^https:\/\/www\.perplexity\.ai\/search\/hi-there-second-line-[A-Za-z0-9._]{22}$/,
  );
  expect(await editorText(page)).toBe('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.getByTestId('submit-button')).toBeVisible();
  await expect(page.locator('[data-streaming]')).toHaveCount(0);

  const seen = await page.evaluate(() => {
    const answer = document.getElementById('markdown-content-0')!;
    return {
      code: answer.querySelector('.codeWrapper code')!.textContent,
      label: answer.querySelector('[data-testid="code-language-indicator"]')!.textContent,
      copy: answer.querySelectorAll('pre button[data-testid="copy-code-button"]').length,
      prose: [...answer.querySelector('.prose')!.children].map((c) => c.id || c.tagName),
      footer: document.querySelectorAll('[data-fixture="answer-footer"]').length,
      query: document.querySelector('.group\\/query [data-lexical-text]')!.textContent,
    };
  });
  expect(seen).toEqual({
    code: ECHO_CALL,
    label: 'mcp-call',
    copy: 1,
    prose: ['P', 'PRE', 'foreign', 'P'],
    footer: 1,
    query: 'hi there\nsecond line',
  });
  expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
});

test('paste and execCommand go through Lexical; DOM writes do not reach its state', async () => {
  const page = await openChat();
  expect(
    await paste(page, EDITOR, 'Result:\n\n<mcp-result call_id="c1">\n  Hi\n</mcp-result>'),
  ).toBe(true);
  expect(await editorText(page)).toBe('Result:\n\n<mcp-result call_id="c1">\n  Hi\n</mcp-result>');
  await expect(page.getByTestId('submit-button')).toBeEnabled();

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  expect(await page.evaluate(() => document.execCommand('insertText', false, 'typed'))).toBe(true);
  expect(await editorText(page)).toBe('typed');

  await page.evaluate(() => {
    document.getElementById('ask-input')!.innerHTML = '<p>written behind Lexical</p>';
  });
  await page.waitForTimeout(50);
  expect(await editorText(page)).toBe('typed');
});

test('the stop button and Esc end the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  for (const stop of ['click', 'Escape']) {
    await page.click('#ask-input');
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('stop-generating-response-button')).toBeVisible();
    await page.waitForTimeout(150);
    if (stop === 'click') await page.getByTestId('stop-generating-response-button').click();
    else await page.keyboard.press('Escape');
    await expect.poll(() => isStreaming(page)).toBe(false);
  }
  const text = await page.locator('#markdown-content-1').textContent();
  expect(text!.length).toBeLessThan(long.length);
});

test('highlight keeps the raw code as textContent (Node side)', () => {
  const html = highlight('{\n  "a": [1, true],\n  "b": "x"\n}');
  expect(html).toContain('<span class="token token operator">:</span>');
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  expect(text).toBe('{\n  "a": [1, true],\n  "b": "x"\n}');
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(EDITOR);
    await page.keyboard.type('see the file');
    await page.click('[data-testid="submit-button"]');
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
