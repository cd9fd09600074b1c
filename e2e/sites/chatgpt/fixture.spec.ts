// Self-test of the chatgpt.com fixture page. Self-contained: launches its own Chromium.
import {
  type Browser,
  type BrowserContext,
  chromium,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../support/chromium';
import { routeChatSite, type ScriptRule, type SitePageOptions } from '../build';
import { splitBlocks } from '../markdown';
import { chunkText, DEFAULT_SCRIPT, FALLBACK_REPLY, pickReply } from '../scripted-model';
import type { FixtureApi } from './page';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';

let browser: Browser;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
});

test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

test.afterAll(async () => {
  await browser?.close();
});

async function openChat(script?: ScriptRule[], options?: SitePageOptions): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  await routeChatSite(context, 'chatgpt', script, options);
  const page = await context.newPage();
  await page.goto('https://chatgpt.com/');
  return page;
}

type FixtureWindow = Window & { __fixture: FixtureApi };

const editorText = (page: Page) =>
  page.evaluate(() => (window as unknown as FixtureWindow).__fixture.editorText());
const isStreaming = (page: Page) =>
  page.evaluate(() => (window as unknown as FixtureWindow).__fixture.isStreaming());

/** Dispatches a synthetic paste carrying text/plain, the way a content script would. */
const paste = (page: Page, text: string) =>
  page.evaluate((t) => {
    const editor = document.getElementById('prompt-textarea')!;
    editor.focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const event = new ClipboardEvent('paste', {
      clipboardData: data,
      bubbles: true,
      cancelable: true,
    });
    return editor.dispatchEvent(event); // false when ProseMirror handled (preventDefault) it
  }, text);

test('streams the scripted mcp-call reply; foreign nodes survive re-renders', async () => {
  const page = await openChat();
  await expect(page.getByTestId('send-button')).toBeDisabled();
  // Plays the content script: as soon as the assistant's <pre> exists, put a card right after it.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const pre = document.querySelector('[data-turn="assistant"] .markdown pre');
      if (!pre || document.getElementById('foreign')) return;
      const card = document.createElement('div');
      card.id = 'foreign';
      card.textContent = 'card';
      card.dataset.insertedWhileStreaming = String(
        (window as unknown as FixtureWindow).__fixture.isStreaming(),
      );
      pre.after(card);
      observer.disconnect();
    });
    observer.observe(document.querySelector('main')!, { childList: true, subtree: true });
  });

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
    const fixture = (window as unknown as FixtureWindow).__fixture;
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
  expect(await paste(page, 'line one\nline two')).toBe(false);
  expect(await editorText(page)).toBe('line one\nline two');
  await expect(page.locator('#prompt-textarea p')).toHaveCount(2);

  await page.keyboard.press('ControlOrMeta+a');
  // Blank lines of pasted text survive (one empty paragraph each).
  const message =
    'Result:\n\n<mcp-result call_id="c1" status="ok" nonce="0a1b2c3d">\n  Hello back\n</mcp-result nonce="0a1b2c3d">';
  await paste(page, message);
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
    const fixture = (window as unknown as FixtureWindow).__fixture;
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
