// Self-test of the grok.com fixture page, in a plain Chromium (../fixture-harness.ts), on each of
// its layouts and in its second language.
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/grok/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
  turns,
} from '../fixture-harness';
import { shiki } from './render';

const CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'div.tiptap.ProseMirror[contenteditable="true"]';
const FORM = 'form[data-composer]';

const openChat = fixtureBrowser('grok');

test.describe('2026-07 layout', () => {
  test('voice while empty, Submit with text, Stop while streaming; a code block keeps its neighbours', async () => {
    const page = await openChat();
    await expect(page.getByTestId('chat-submit')).toHaveCount(0);
    await expect(page.getByTestId('bot-voice-call-start')).toBeVisible();
    // The form keeps a hidden <textarea> beside the editor.
    await expect(page.locator(`${FORM} textarea`)).toBeHidden();
    await insertCardAfter(page, '[data-testid="assistant-message"] [data-testid="code-block"]');

    await page.click(EDITOR);
    await page.keyboard.type('hi');
    expect(await editorText(page)).toBe('hi');
    await expect(page.getByTestId('chat-submit')).toHaveAttribute('aria-label', 'Submit');
    await expect(page.getByTestId('bot-voice-call-start')).toHaveCount(0);
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('');
    await expect(page.getByRole('button', { name: 'Stop model response' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Generating…');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.getByTestId('bot-voice-call-start')).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/^\/c\/[0-9a-f-]{36}$/);

    const scroller = page.getByTestId('chat-transcript-scroller');
    await expect(scroller.locator('[id^="response-"] > [data-testid="user-message"]')).toHaveCount(
      1,
    );
    // A finished reply's row holds its bubble, then the action row.
    const row = scroller.locator('[id^="response-"]:has(> [data-testid="assistant-message"])');
    await expect(row.locator('> :last-child button')).toHaveCount(4);
    const block = row.locator('div.not-prose > [data-testid="code-block"]');
    await expect(block.locator('span.font-mono.text-xs')).toHaveText('mcp-call');
    expect(await block.locator('pre code').textContent()).toBe(CALL);
    await expect(block.locator('pre code > span.line')).toHaveCount(1);
    // The code was written in place as it streamed: the card left beside the block is there.
    await expect(page.locator('[data-testid="code-block"] + #foreign')).toHaveCount(1);
    expect(await turns(page)).toEqual([
      { role: 'user', text: 'hi' },
      { role: 'assistant', text: expect.stringContaining(CALL) },
    ]);
  });

  test('thinking is the bubble’s first child, its trace gone once it ends', async () => {
    const think =
      '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
    const page = await openChat([{ when: '*', reply: think }], { stream: { intervalMs: 30 } });
    await page.click(EDITOR);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    const thinking = page.locator('[data-testid="assistant-message"] > .thinking-container');
    await expect(thinking.locator('[data-testid="code-block"]')).toHaveCount(1);
    await expect(thinking.locator('> div > button')).toHaveText(
      /^Thinking about your request • \d+s$/,
    );
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(thinking.locator('> div > button')).toHaveText(/^Thought for \d+s$/);
    await expect(thinking.locator('[data-testid="code-block"]')).toHaveCount(0);
    await expect(
      page.locator('.thinking-container + .relative .response-content-markdown'),
    ).toHaveText('Done thinking.');
    expect((await turns(page))[1]?.text).toBe('Done thinking.');
  });

  test('code blocks show a display name; a fence without a language says "text"', async () => {
    const reply = 'Two:\n\n```json\n{"a": 1}\n```\n\n```\nplain\n```';
    const page = await openChat([{ when: '*', reply }]);
    await page.click(EDITOR);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator('[data-testid="code-block"] span.font-mono')).toHaveText([
      'JSON',
      'text',
    ]);
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
    await expect(page.locator('[data-testid="assistant-message"] p')).toHaveCount(1);
    await page.getByLabel('Stop model response').click();
    await expect.poll(() => isStreaming(page)).toBe(false);
    const text = (await turns(page))[1]?.text ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(long.length);
    // A stopped reply gets its action row too.
    await expect(page.locator('[id^="response-"] > :last-child button')).toHaveCount(4);
    const status = await page.evaluate(() =>
      fetch('/rest/app-chat/conversations').then((r) => r.status),
    );
    expect(status).toBe(404);
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
    // The "Attach" button opens that same input.
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('attach-button').click();
    expect(await (await chooser).element().getAttribute('name')).toBe('files');
  });

  test('labels follow the UI language', async () => {
    const page = await openChat(undefined, { lang: 'tr' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    await expect(page.getByTestId('bot-voice-call-start')).toHaveAttribute(
      'aria-label',
      'Ses moduna gir',
    );
    await page.click(EDITOR);
    await page.keyboard.type('merhaba');
    await expect(page.getByTestId('chat-submit')).toHaveAttribute('aria-label', 'Gönder');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Model yanıtını durdur' })).toBeVisible();
    await expect(page.getByLabel('Stop model response')).toHaveCount(0);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  });
});

test.describe('2025 layout', () => {
  test('rows told apart by alignment, code blocks without a test id', async () => {
    const page = await openChat(undefined, { layout: '2025' });
    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(
      page.locator('[data-testid="chat-transcript-scroller"], [data-testid$="-message"]'),
    ).toHaveCount(0);
    await expect(page.locator('[id^="response-"].items-end > .message-bubble')).toHaveText('hi');
    const reply = page.locator('[id^="response-"].items-start > .message-bubble');
    await expect(reply).toHaveCount(1);
    const block = reply.locator('.response-content-markdown > div.not-prose');
    await expect(block).toHaveCount(1);
    await expect(block.locator('[data-testid]')).toHaveCount(0);
    await expect(block.locator('span.font-mono.text-xs')).toHaveText('mcp-call');
    await expect(block.locator('.sticky .absolute button')).toHaveCount(1);
    expect(await block.locator('pre code').textContent()).toBe(CALL);
  });
});

test('Shiki markup keeps the raw code as text (Node side)', () => {
  const code = '{"a": [1, true, null],\n  "b": "x\\"y"}\n\nplain <tag> & more';
  const html = shiki(code);
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  expect(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(code);
  expect(html.split('<span class="line">')).toHaveLength(5);
});
