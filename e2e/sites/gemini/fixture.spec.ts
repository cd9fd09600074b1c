// Self-test of the gemini.google.com fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/gemini/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
} from '../fixture-harness';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'rich-textarea .ql-editor';
const SEND = 'gem-icon-button.send-button';

const openChat = fixtureBrowser('gemini');

test('streams the scripted reply; the code block updates in place and keeps its neighbours', async () => {
  const page = await openChat();
  await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'true');
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, 'model-response code-block', { root: '#chat-history' });

  await page.click(EDITOR);
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');

  await expect(page.locator('button[aria-label="Stop response"]')).toBeVisible();
  await expect(page).toHaveURL(/^https:\/\/gemini\.google\.com\/app\/[0-9a-f]{16}$/);
  expect(await editorText(page)).toBe('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('gem-icon-button.send-button.submit')).toHaveCount(1);
  await expect(page.locator('.markdown[aria-busy="true"]')).toHaveCount(0);

  const result = await page.evaluate(() => {
    const block = document.querySelector('model-response code-block')!;
    return {
      code: block.querySelector('code')!.textContent,
      spans: block.querySelectorAll('code span').length,
      label: block.querySelector('.code-block-decoration > span')!.textContent,
      copy: block.querySelectorAll('button[aria-label="Copy code"]').length,
      foreignFollowsBlock: block.nextElementSibling?.id === 'foreign',
      lines: [...document.querySelectorAll('user-query .query-text-line')].map(
        (p) => p.textContent,
      ),
    };
  });
  expect(result).toEqual({
    code: ECHO_CALL,
    spans: 0,
    label: 'Code snippet',
    copy: 1,
    foreignFollowsBlock: true,
    lines: ['hi', 'there'],
  });
  const api = await page.evaluate(() => {
    const { turns, submitted } = window.__fixture;
    return { turns: turns(), submitted };
  });
  expect(api.turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  expect(api.submitted).toEqual(['hi\nthere']);
});

test('known languages get a label and highlight.js spans', async () => {
  const json = '{"a": 1, "b": [true, null]}';
  const page = await openChat([{ when: '*', reply: `Here:\n\n\`\`\`json\n${json}\n\`\`\`` }]);
  await page.click(EDITOR);
  await page.keyboard.type('go');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  const code = page.locator('code[data-test-id="code-content"]');
  await expect(code).toHaveText(json);
  expect(await code.locator('span.hljs-attr').count()).toBe(2);
  await expect(page.locator('.code-block-decoration > span')).toHaveText('JSON');
});

test('paste goes through Quill, keeping blank lines; the send button submits', async () => {
  const page = await openChat();
  expect(await paste(page, EDITOR, 'line one\nline two')).toBe(true);
  expect(await editorText(page)).toBe('line one\nline two');
  await page.keyboard.press('ControlOrMeta+a');
  const message = 'Result:\n\n<mcp-result call_id="c1" status="ok">\n  Hello back\n</mcp-result>';
  await paste(page, EDITOR, message);
  expect(await editorText(page)).toBe(message);
  await page.locator(`${SEND} > button`).click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('message-content blockquote')).toHaveText('Hello back');
});

// Quill's ScrollBlot observes its own DOM, so a direct write reaches its state a microtask later.
test('direct DOM writes are read back into Quill', async () => {
  const page = await openChat();
  const seen = await page.evaluate(async (selector) => {
    const api = window.__fixture;
    document.querySelector(selector)!.innerHTML = '<p>written behind Quill</p>';
    const sameTask = api.editorText();
    await new Promise((r) => setTimeout(r, 0));
    return { sameTask, later: api.editorText() };
  }, EDITOR);
  expect(seen).toEqual({ sameTask: '', later: 'written behind Quill' });
});

test('the stop button ends the stream early; other requests get 404', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(EDITOR);
  await page.keyboard.type('go');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  await page.locator('button[aria-label="Stop response"]').click();
  await expect.poll(() => isStreaming(page)).toBe(false);
  await expect(page.locator('button[aria-label="Send message"]')).toBeVisible();
  const text = (await page.locator('message-content').textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(long.length);
  expect(await page.evaluate(() => fetch('/_/BardChatUi/data').then((r) => r.status))).toBe(404);
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(EDITOR);
    await page.keyboard.type('see the file');
    await page.click(`${SEND} button`);
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
