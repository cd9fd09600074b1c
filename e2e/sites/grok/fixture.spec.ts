// Self-test of the grok.com fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/grok/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
} from '../fixture-harness';
import { shiki } from './render';

const CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'div.tiptap.ProseMirror[contenteditable="true"]';

const openChat = fixtureBrowser('grok');

test('streams the scripted reply into a Shiki code block; foreign nodes survive', async () => {
  const page = await openChat();
  await expect(page.getByTestId('chat-submit')).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[data-testid="assistant-message"] [data-testid="code-block"]');

  // A short reply can end before a check from outside lands: the page notes what it showed.
  await page.evaluate(() => {
    const scroller = document.querySelector('[data-testid="chat-transcript-scroller"]')!;
    new MutationObserver(() => {
      const stop = document.querySelector('[aria-label="Stop model response"]');
      if (scroller.getAttribute('aria-busy') === 'true' && stop)
        (window as unknown as { busyWithStop: boolean }).busyWithStop = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.click(EDITOR);
  await page.keyboard.type('hi');
  expect(await editorText(page)).toBe('hi');
  await page.keyboard.press('Enter');
  expect(await editorText(page)).toBe('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  // While it streamed, the transcript said it was busy and Stop was shown.
  expect(
    await page.evaluate(() => (window as unknown as { busyWithStop?: boolean }).busyWithStop),
  ).toBe(true);

  await expect(page.getByTestId('chat-transcript-scroller')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('chat-submit')).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/c\/[0-9a-f-]{36}$/);
  const reply = page.getByTestId('assistant-message');
  await expect(reply.locator('[data-testid="code-block"] span.font-mono.text-xs')).toHaveText(
    'mcp-call',
  );
  expect(await reply.locator('pre code').textContent()).toBe(CALL);
  await expect(reply.locator('pre code > span.line')).toHaveCount(1);
  // The card a content script left next to the streaming block is still there.
  await expect(page.locator('[data-testid="code-block"] + #foreign')).toHaveCount(1);
  await expect(page.locator('[id^="response-"].items-start [aria-label="Regenerate"]')).toHaveCount(
    1,
  );
  const turns = await page.evaluate(() => window.__fixture.turns());
  expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  expect(turns[0]?.text).toBe('hi');
  expect(await page.evaluate(() => window.__fixture.submitted)).toEqual(['hi']);
});

test('paste and execCommand go through ProseMirror; {{result}} is substituted', async () => {
  const page = await openChat([{ when: '<mcp-result', reply: 'It said:\n\n> {{result}}' }]);
  const handled = await paste(
    page,
    EDITOR,
    'Result:\n\n<mcp-result call_id="c1">\nHello back\n</mcp-result>',
  );
  expect(handled).toBe(true);
  // Tiptap's default plain-text paste: one paragraph per run of line breaks.
  expect(await editorText(page)).toBe(
    'Result:\n<mcp-result call_id="c1">\nHello back\n</mcp-result>',
  );
  await page.evaluate(() => document.execCommand('insertText', false, ' typed'));
  expect(await editorText(page)).toContain('</mcp-result> typed');
  await page.getByTestId('chat-submit').click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('[data-testid="assistant-message"] blockquote')).toHaveText(
    'Hello back',
  );
});

test('Shift+Enter makes a new line; Stop ends the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(EDITOR);
  await page.keyboard.type('one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('two');
  expect(await editorText(page)).toBe('one\ntwo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Generating…');
  await page.waitForTimeout(200);
  await page.getByLabel('Stop model response').click();
  expect(await isStreaming(page)).toBe(false);
  await expect(page.getByRole('status')).toHaveCount(0);
  const text = await page.getByTestId('assistant-message').textContent();
  expect(text!.length).toBeGreaterThan(0);
  expect(text!.length).toBeLessThan(long.length);
  const status = await page.evaluate(() =>
    fetch('/rest/app-chat/conversations').then((r) => r.status),
  );
  expect(status).toBe(404);
});

test('Shiki markup keeps the raw code as text', () => {
  const code = '{"a": [1, true, null],\n  "b": "x\\"y"}\n\nplain <tag> & more';
  const html = shiki(code);
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  expect(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(code);
  expect(html.split('<span class="line">')).toHaveLength(5);
});

test('files go through the hidden input as on the site; the message takes them, chips go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(EDITOR);
    await page.keyboard.type('see the file');
    await page.click('button[data-testid="chat-submit"]');
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
