// Self-test of the chatgpt.com fixture page, in a plain Chromium (../fixture-harness.ts).
import { expect, test } from '@playwright/test';
import {
  editorText,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
} from '../fixture-harness';
import { splitBlocks } from '../markdown';
import { chunkText, DEFAULT_SCRIPT, FALLBACK_REPLY, pickReply } from '../scripted-model';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';

const EDITOR = '#prompt-textarea';

const openChat = fixtureBrowser('chatgpt');

test('streams the scripted mcp-call reply; foreign nodes survive re-renders', async () => {
  const page = await openChat();
  await expect(page.getByTestId('send-button')).toBeDisabled();
  // Plays the content script: a card right after the code block as soon as it exists.
  await insertCardAfter(page, '[data-turn="assistant"] .markdown pre', { text: 'card' });

  await page.click('#prompt-textarea');
  await page.keyboard.type('hi');
  expect(await editorText(page)).toBe('hi');
  await expect(page.getByTestId('send-button')).toBeEnabled();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('stop-button')).toBeVisible();
  await expect(page.locator('article[data-turn="assistant"][data-streaming="true"]')).toHaveCount(
    1,
  );
  await expect(page).toHaveURL(/^https:\/\/chatgpt\.com\/c\/[0-9a-f-]{36}$/);
  expect(await editorText(page)).toBe('');

  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.getByTestId('send-button')).toBeVisible();
  await expect(page.getByTestId('stop-button')).toHaveCount(0);
  await expect(page.locator('[data-streaming]')).toHaveCount(0);

  const result = await page.evaluate(() => {
    const markdown = document.querySelector('[data-turn="assistant"] .markdown.prose')!;
    const code = markdown.querySelector('pre code')!;
    const fixture = window.__fixture;
    return {
      code: code.textContent,
      codeClass: code.className,
      spans: code.querySelectorAll('span').length,
      header: markdown.querySelector('pre')!.textContent!.slice(0, 'mcp-call'.length),
      copyButtons: markdown.querySelectorAll('pre button[aria-label="Copy"]').length,
      children: [...markdown.children].map((c) => c.id || c.tagName.toLowerCase()),
      insertedWhileStreaming: document.getElementById('foreign')?.dataset.insertedWhileStreaming,
      turns: fixture.turns(),
      submitted: fixture.submitted,
      testIds: [...document.querySelectorAll('article')].map((a) => a.dataset.testid),
    };
  });
  expect(result.code).toBe(ECHO_CALL);
  expect(result.codeClass).toBe('whitespace-pre! language-mcp-call');
  expect(result.spans).toBeGreaterThan(5);
  expect(result.header).toBe('mcp-call');
  expect(result.copyButtons).toBe(1);
  expect(result.children).toEqual(['p', 'pre', 'foreign', 'p']);
  expect(result.insertedWhileStreaming).toBe('true');
  expect(result.turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  expect(result.turns[0]?.text).toBe('hi');
  expect(result.submitted).toEqual(['hi']);
  expect(result.testIds).toEqual(['conversation-turn-1', 'conversation-turn-2']);
});

test('paste inserts multi-line text through ProseMirror; {{result}} is substituted', async () => {
  const page = await openChat();
  expect(await paste(page, EDITOR, 'line one\nline two')).toBe(true);
  expect(await editorText(page)).toBe('line one\nline two');
  await expect(page.locator('#prompt-textarea p')).toHaveCount(2);

  await page.keyboard.press('ControlOrMeta+a');
  // Blank lines of pasted text survive (one empty paragraph each).
  const message =
    'Result:\n\n<mcp-result call_id="c1" status="ok" nonce="0a1b2c3d">\n  Hello back\n</mcp-result nonce="0a1b2c3d">';
  await paste(page, EDITOR, message);
  expect(await editorText(page)).toBe(message);
  await page.getByTestId('send-button').click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  const quote = page.locator('[data-turn="assistant"] .markdown blockquote');
  await expect(quote).toHaveText('Hello back');
  await expect(page.locator('[data-turn="assistant"] .markdown > p').last()).toHaveText(
    'Anything else?',
  );
});

test('execCommand insertText goes through ProseMirror', async () => {
  const page = await openChat();
  const inserted = await page.evaluate(() => {
    document.getElementById('prompt-textarea')!.focus();
    return document.execCommand('insertText', false, 'typed by\na script');
  });
  expect(inserted).toBe(true);
  // Chromium splits the text into two paragraphs; ProseMirror reads them back into its state.
  expect(await editorText(page)).toBe('typed by\na script');
  await expect(page.getByTestId('send-button')).toBeEnabled();
});

// FINDING: prosemirror-view's DOMObserver (a MutationObserver on the editor) re-parses DOM edits it
// did not make, so a direct innerHTML write DOES reach the EditorState, one microtask later. Only a
// read in the same synchronous task still sees the old state. This test pins that behaviour.
test('direct innerHTML writes are re-parsed into the state by ProseMirror', async () => {
  const page = await openChat();
  const seen = await page.evaluate(async () => {
    const fixture = window.__fixture;
    document.getElementById('prompt-textarea')!.innerHTML = '<p>written behind PM</p>';
    const sameTask = fixture.editorText();
    await Promise.resolve();
    return { sameTask, afterMicrotask: fixture.editorText() };
  });
  expect(seen).toEqual({ sameTask: '', afterMicrotask: 'written behind PM' });
  await expect(page.getByTestId('send-button')).toBeEnabled();
});

test('stop button ends the stream early; other requests get 404', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click('#prompt-textarea');
  await page.keyboard.type('go');
  await page.getByTestId('send-button').click();
  await expect(page.getByTestId('stop-button')).toBeVisible();
  await page.waitForTimeout(200);
  await page.getByTestId('stop-button').click();
  expect(await isStreaming(page)).toBe(false);
  await expect(page.getByTestId('send-button')).toBeVisible();
  const text = await page.locator('[data-turn="assistant"] .markdown').textContent();
  expect(text!.length).toBeGreaterThan(0);
  expect(text!.length).toBeLessThan(long.length);

  const status = await page.evaluate(() => fetch('/backend-api/me').then((r) => r.status));
  expect(status).toBe(404);
  await page.goto('https://chatgpt.com/c/some-conversation');
  await expect(page.locator('#prompt-textarea')).toHaveAttribute('contenteditable', 'true');
});

test('tokenizer and script (Node side)', () => {
  expect(splitBlocks('Hi.\n\n```mcp-call\n{"a": 1,\n  "b"')).toEqual([
    { type: 'paragraph', text: 'Hi.', start: 0, end: 3 },
    { type: 'code', lang: 'mcp-call', code: '{"a": 1,\n  "b"', closed: false, start: 5, end: 31 },
  ]);
  expect(splitBlocks('```js\nx\n```\n> q\nlazy\n\np').map((b) => b.type)).toEqual([
    'code',
    'blockquote',
    'paragraph',
  ]);
  const withResult =
    '<mcp-result call_id="c1" status="ok" nonce="0a1b2c3d">\n  Echo: hi\n</mcp-result nonce="0a1b2c3d">';
  expect(pickReply(withResult, DEFAULT_SCRIPT)).toBe(
    'The echo tool answered. Here is what it said:\n\n> Echo: hi\n\nAnything else?',
  );
  expect(pickReply('hello', DEFAULT_SCRIPT)).toContain(`\`\`\`mcp-call\n${ECHO_CALL}\n\`\`\``);
  expect(pickReply('hello', [{ when: 'bye', reply: 'x' }])).toBe(FALLBACK_REPLY);
  expect(chunkText('abcdefghijklmnopqrstuvwxyz').join('')).toBe('abcdefghijklmnopqrstuvwxyz');
  for (const chunk of chunkText('x'.repeat(200)).slice(0, -1)) {
    expect(chunk.length).toBeGreaterThanOrEqual(2);
    expect(chunk.length).toBeLessThanOrEqual(8);
  }
});
