// Self-test of the chatgpt.com fixture page, in a plain Chromium (../fixture-harness.ts), on each
// of its layouts.
import { expect, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/chatgpt/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  paste,
  turns,
} from '../fixture-harness';
import { PASTED_TEXT_FILE } from '../page-kit';
import { chunkText, DEFAULT_SCRIPT, pickReply } from '../scripted-model';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'form:not([hidden]) [data-composer-markdown], #prompt-textarea';

const openChat = fixtureBrowser('chatgpt');

test.describe('2026-09 layout', () => {
  test('exchanges, units and a streamed reply that turns into a CodeMirror viewer', async () => {
    const page = await openChat();
    // The form holds Voice while empty, Send only once there is text.
    const form = page.locator('form[data-composer-placement="thread"]');
    await expect(form.locator('button[type="submit"]')).toHaveCount(0);
    await expect(form.getByRole('button', { name: 'Start Voice' })).toBeVisible();
    // A hidden home composer sits earlier in the page, as on the site.
    await expect(page.locator('form[data-composer-placement="home"]')).toBeHidden();
    await insertCardAfter(page, '[data-markdown-copy="code-block"]', { text: 'card' });

    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await expect(form.locator('button[type="submit"]')).toHaveAttribute('aria-label', 'Send');
    await page.keyboard.press('Enter');
    await expect(form.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
    await expect(page.locator('[data-markdown-animated]')).toHaveCount(1);
    await expect(page).toHaveURL(/^https:\/\/chatgpt\.com\/c\/[0-9a-f-]{36}$/);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator('[data-markdown-animated]')).toHaveCount(0);

    const exchange = page.locator('[data-turn-key]');
    await expect(exchange).toHaveCount(1);
    await expect(exchange.locator('[data-content-search-unit-key$=":user"]')).toHaveCount(1);
    await expect(exchange.locator('[data-content-search-unit-key$=":assistant"]')).toHaveCount(1);
    await expect(page.locator('article, section, [data-message-author-role]')).toHaveCount(0);
    // Shortly after the reply ends, the block is a new element: a CodeMirror viewer whose lines
    // hold no newline characters. The foreign card stays in place after it.
    const viewer = page.locator('[data-markdown-copy="code-block"] .cm-content');
    await expect(viewer).toHaveAttribute('aria-label', 'Edit code');
    await expect(viewer).toHaveAttribute('data-language', 'mcp-call');
    expect(await viewer.evaluate((el) => el.textContent)).toBe(ECHO_CALL);
    await expect(
      page.locator('[data-markdown-copy="code-block"] pre, .chatgpt-code-scrollport'),
    ).toHaveCount(0);
    await expect(page.locator('[data-markdown-copy="code-block"] + #foreign')).toHaveCount(1);
    expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
  });

  test('reasoning renders outside the units, with a code block the answer does not hold', async () => {
    const think =
      '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
    const page = await openChat([{ when: '*', reply: think }]);
    await page.click(EDITOR);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-streaming-response-status]')).toHaveCount(1);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    const tertiary = page.locator('[data-markdown-text-tone="tertiary"]');
    await expect(tertiary.locator('[data-markdown-copy="code-block"]')).toHaveCount(1);
    await expect(
      page.locator('[data-content-search-unit-key] [data-markdown-text-tone]'),
    ).toHaveCount(0);
    await expect(page.locator('[data-content-search-unit-key$=":assistant"]')).toHaveText(
      /Done thinking\./,
    );
  });

  test('only six exchanges stay mounted; their window keys change, turn keys do not', async () => {
    const page = await openChat([{ when: '*', reply: 'ok' }], { stream: { intervalMs: 1 } });
    const keys: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.click(EDITOR);
      await page.keyboard.type(`m${i}`);
      await page.keyboard.press('Enter');
      await expect.poll(() => isStreaming(page)).toBe(false);
      keys.push((await page.locator('[data-turn-key]').last().getAttribute('data-turn-key'))!);
    }
    await expect(page.locator('[data-turn-key]')).toHaveCount(6);
    expect(await page.locator('[data-turn-key]').first().getAttribute('data-turn-key')).toBe(
      keys[2],
    );
    await expect(
      page
        .locator('[data-turn-key]')
        .last()
        .locator('[data-content-search-unit-key$=":assistant"]'),
    ).toHaveAttribute('data-content-search-unit-key', 'fallback-turn-5:2:assistant');
  });

  test('a paste over the limit becomes a "Pasted text" tile, not editor text', async () => {
    const page = await openChat();
    const long = 'x'.repeat(6_000);
    await paste(page, EDITOR, long);
    expect(await editorText(page)).toBe('');
    await expect(page.locator('[data-composer-attachments] .truncate')).toHaveText('Pasted text');
    expect(await page.evaluate(() => window.__fixture.attachments())).toEqual([
      { name: PASTED_TEXT_FILE, type: 'text/plain', size: long.length, text: long },
    ]);
    // Shorter pastes, one after the other, stay text and keep their line breaks.
    await paste(page, EDITOR, 'a'.repeat(4_000));
    await paste(page, EDITOR, `\n${'b'.repeat(10)}`);
    expect(await editorText(page)).toBe(`${'a'.repeat(4_000)}\n${'b'.repeat(10)}`);
  });

  test('labels follow the UI language', async () => {
    const page = await openChat(undefined, { lang: 'fr' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.click(EDITOR);
    await page.keyboard.type('salut');
    await expect(page.locator('form button[type="submit"]')).toHaveAttribute(
      'aria-label',
      'Envoyer',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Arrêter' })).toBeVisible();
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator('.cm-content')).toHaveAttribute('aria-label', 'Modifier le code');
  });

  test('files go through the "Attach files" input and show as tiles', async () => {
    const page = await openChat();
    await expectUploadPath(page, uploads, async () => {
      await page.click(EDITOR);
      await page.keyboard.type('with a file');
      await page.keyboard.press('Enter');
    });
  });
});

test.describe('2026-03 layout', () => {
  test('sections with role elements, one button for Send and Stop', async () => {
    const page = await openChat(undefined, { layout: '2026-03' });
    // Not disabled while empty (seen 2026-08-20): pressing it sends nothing.
    await expect(page.getByTestId('send-button')).toBeEnabled();
    await page.getByTestId('send-button').click();
    expect(await page.evaluate(() => window.__fixture.submitted)).toEqual([]);
    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('stop-button')).toBeVisible();
    await expect(page.locator('.markdown.result-streaming')).toHaveCount(1);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.getByTestId('send-button')).toBeVisible();
    const code = page.locator('section[data-turn="assistant"] pre code');
    await expect(code).toHaveClass('whitespace-pre! language-mcp-call');
    expect(await code.textContent()).toBe(ECHO_CALL);
    await expect(page.locator('section[data-testid^="conversation-turn-"]')).toHaveCount(2);
    await expect(page.locator('[data-turn-key], .cm-content')).toHaveCount(0);
  });

  test('files through #upload-files, and paste text through ProseMirror', async () => {
    const page = await openChat(undefined, { layout: '2026-03' });
    expect(await paste(page, EDITOR, 'line one\n\nline three')).toBe(true);
    expect(await editorText(page)).toBe('line one\n\nline three');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await expectUploadPath(
      page,
      { ...uploads, input: uploads.input.slice(1), attachment: uploads.attachment.slice(1) },
      async () => {
        await page.click(EDITOR);
        await page.keyboard.type('with a file');
        await page.getByTestId('send-button').click();
      },
    );
  });
});

test('the default script answers with the echo call (Node side)', () => {
  expect(pickReply('hello', DEFAULT_SCRIPT)).toContain(`\`\`\`mcp-call\n${ECHO_CALL}\n\`\`\``);
  expect(chunkText('abcdefghij').join('')).toBe('abcdefghij');
});
