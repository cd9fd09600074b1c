// Self-test of the gemini.google.com fixture page, in a plain Chromium (../fixture-harness.ts), on
// each of its layouts and in its second language.
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/gemini/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
  turns,
} from '../fixture-harness';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'rich-textarea .ql-editor';
const SLOT = '[data-test-id="send-button-container"]';
const SEND = `${SLOT} gem-icon-button.send-button.submit`;
const STOP = `${SLOT} gem-icon-button.send-button.stop`;

const openChat = fixtureBrowser('gemini');

test.describe('2026-09 layout', () => {
  test('the send slot shows the mic while empty, Send with text, Stop while a reply streams', async () => {
    const page = await openChat();
    await expect(page.locator(`${SLOT} > *`)).toHaveCount(1);
    await expect(page.locator(`${SLOT} button[aria-label="Microphone"]`)).toBeVisible();
    await expect(page.locator(`${SLOT} gem-icon-button.send-button`)).toHaveCount(0);
    // Plays the content script: a card right after the code block as soon as it exists.
    await insertCardAfter(page, 'model-response code-block', { root: '#chat-history' });
    // The page notes the dots it shows before the first token (a short wait may miss them).
    await page.evaluate(() => {
      new MutationObserver(() => {
        if (document.querySelector('pending-response thinking-dots-animation'))
          document.documentElement.dataset.sawDots = 'true';
      }).observe(document.body, { childList: true, subtree: true });
    });

    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('there');
    expect(await editorText(page)).toBe('hi\nthere');
    await expect(page.locator(`${SEND}.has-input`)).toHaveAttribute('aria-disabled', 'false');
    await expect(page.locator(`${SEND} > button`)).toHaveAttribute('aria-label', 'Send message');
    await page.keyboard.press('Enter');

    await expect(page.locator(`${STOP} > button`)).toHaveAttribute('aria-label', 'Stop response');
    await expect(page).toHaveURL(/^https:\/\/gemini\.google\.com\/app\/[0-9a-f]{16}$/);
    expect(await editorText(page)).toBe('');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator('html')).toHaveAttribute('data-saw-dots', 'true');
    await expect(page.locator('pending-response')).toHaveCount(0);
    await expect(page.locator(`${SLOT} gem-icon-button.send-button`)).toHaveCount(0);
    // The reply has ended, its actions show, and still its panel says it is busy.
    await expect(page.locator('model-response message-actions')).toHaveCount(1);
    await expect(page.locator('.response-footer.complete')).toHaveCount(1);
    await expect(page.locator('message-content .markdown')).toHaveAttribute('aria-busy', 'true');

    const block = page.locator('structured-content-container.model-response-text code-block');
    expect(await block.locator('code').textContent()).toBe(ECHO_CALL);
    await expect(block.locator('code span')).toHaveCount(0);
    await expect(block.locator('.code-block-decoration > span')).toHaveText('Code snippet');
    await expect(page.locator('code-block + #foreign')).toHaveCount(1);
    await expect(page.locator('user-query .query-text-line')).toHaveText(['hi', 'there']);
    expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(await page.evaluate(() => window.__fixture.submitted)).toEqual(['hi\nthere']);
  });

  test('thinking renders in model-thoughts, with a message-content of its own', async () => {
    const think =
      '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
    const page = await openChat([{ when: '*', reply: think }]);
    await page.click(EDITOR);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    const thoughts = page.locator('model-response model-thoughts[data-test-id="model-thoughts"]');
    await expect(thoughts.locator('message-content code-block')).toHaveCount(1);
    await expect(page.locator('model-response message-content')).toHaveCount(2);
    await expect(page.locator('structured-content-container message-content')).toHaveText(
      'Done thinking.',
    );
    expect((await turns(page))[1]?.text).toBe('Done thinking.');
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
    await expect(code.locator('span.hljs-attr')).toHaveCount(2);
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

  test('Stop ends the stream early; other requests get 404', async () => {
    const long = 'word '.repeat(400);
    const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
    await page.click(EDITOR);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect(page.locator('message-content p')).toHaveCount(1);
    await page.locator(`${STOP} > button`).click();
    await expect.poll(() => isStreaming(page)).toBe(false);
    await expect(page.locator(`${SLOT} button[aria-label="Microphone"]`)).toBeVisible();
    const text = (await page.locator('message-content').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThan(long.length);
    expect(await page.evaluate(() => fetch('/_/BardChatUi/data').then((r) => r.status))).toBe(404);
  });

  test('files go through the upload menu’s input; the message takes them, chips go', async () => {
    const page = await openChat();
    // The mode picker opens a menu too; the "+" button comes first and is the opener.
    await expect(page.locator('[data-test-id="bard-mode-menu-button"]')).toHaveAttribute(
      'aria-haspopup',
      'menu',
    );
    await expectUploadPath(page, uploads, async () => {
      await page.click(EDITOR);
      await page.keyboard.type('see the file');
      await page.click(`${SEND} > button`);
    });
    await expect
      .poll(() => page.evaluate(() => window.__fixture.submitted))
      .toEqual(['see the file']);
  });

  test('labels follow the UI language', async () => {
    const page = await openChat(undefined, { lang: 'zh-CN' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator(EDITOR)).toHaveAttribute('aria-label', '为 Gemini 输入提示');
    await page.click(EDITOR);
    await page.keyboard.type('你好');
    await expect(page.locator(`${SEND} > button`)).toHaveAttribute('aria-label', '发送');
    await page.keyboard.press('Enter');
    await expect(page.locator(`${STOP} > button`)).toHaveAttribute('aria-label', '停止回答');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator('.code-block-decoration > span')).toHaveText('代码段');
    await expect(page.locator('model-response h6.cdk-visually-hidden')).toHaveText('Gemini 说');
  });
});

test.describe('2026-07 layout', () => {
  test('Send stays, disabled while empty; the reply body lacks model-response-text', async () => {
    const page = await openChat(undefined, { layout: '2026-07' });
    await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('.persistent-mic button[aria-label="Microphone"]')).toBeVisible();
    // Playwright waits for an aria-disabled button to be enabled; a person can still press it.
    await page.locator(`${SEND} > button`).dispatchEvent('click');
    expect(await page.evaluate(() => window.__fixture.submitted)).toEqual([]);
    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await expect(page.locator(`${SEND}.has-input`)).toHaveAttribute('aria-disabled', 'false');
    await page.keyboard.press('Enter');
    await expect(page.locator(STOP)).toHaveCount(1);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(SEND)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('.model-response-text')).toHaveCount(0);
    await expect(page.locator('structured-content-container message-content')).toHaveCount(1);
    await expect(page.locator('message-content .markdown')).toHaveAttribute('aria-busy', 'false');
    expect(await page.locator('code-block code').textContent()).toBe(ECHO_CALL);
  });

  test('files through the "Upload and tools" menu', async () => {
    const page = await openChat(undefined, { layout: '2026-07' });
    await expect(page.locator('button[aria-label="Upload & tools"]')).toHaveCount(0);
    const opener = uploads.opener!.filter((o) => !o.includes('Upload &'));
    await expectUploadPath(page, { ...uploads, opener }, async () => {
      await page.click(EDITOR);
      await page.keyboard.type('see the file');
      await page.keyboard.press('Enter');
    });
  });
});
