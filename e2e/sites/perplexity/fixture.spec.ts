// Self-test of the perplexity.ai fixture page, in a plain Chromium (../fixture-harness.ts), on each
// of its layouts and in its second language.
import { expect, type Page, test } from '@playwright/test';
import { selectors, uploads } from '../../../src/content/adapters/perplexity/selectors';
import {
  editorText,
  expectNoted,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  noteWhileStreaming,
  paste,
  turns,
} from '../fixture-harness';
import { PASTED_TEXT_FILE } from '../page-kit';
import { highlight } from './render';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = '#ask-input';
const ANSWERS = selectors.assistantMessage[0]!;

const openChat = fixtureBrowser('perplexity');

async function ask(page: Page, text: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
}

/** Each answer the adapter finds: its element's id or tag, and its code. */
const answers = (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((a) => ({
        at: a.id || a.className.split(' ')[0],
        code: a.querySelector('.codeWrapper code')?.textContent ?? null,
      })),
    ANSWERS,
  );

test.describe('2026-08 layout', () => {
  test('the answer streams beside an empty #markdown-content-N; a card after <pre> survives', async () => {
    const page = await openChat();
    await expect(page.getByTestId('submit-button')).toBeDisabled();
    await insertCardAfter(page, '.prose pre');
    // Stop is shown while the answer is written, before its footer.
    await noteWhileStreaming(
      page,
      'body:not(:has([data-fixture="answer-footer"])) [data-testid="stop-generating-response-button"]',
    );

    await page.click(EDITOR);
    await page.keyboard.type('hi there');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    expect(await editorText(page)).toBe('hi there\nsecond line');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      /^https:\/\/www\.perplexity\.ai\/search\/hi-there-second-line-[A-Za-z0-9._]{22}$/,
    );
    expect(await editorText(page)).toBe('');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expectNoted(page, 'Stop response (Esc)');
    await expect(page.getByTestId('submit-button')).toBeVisible();
    await expect(page.locator('[data-fixture="answer-footer"]')).toHaveCount(1);

    // The numbered container is there and empty; the answer is a sibling column's prose.
    await expect(page.locator('#markdown-content-0')).toBeEmpty();
    const prose = page.locator('.break-words.min-w-0.flex-1 .prose.inline');
    await expect(prose.locator('[data-testid="code-language-indicator"]')).toHaveText('mcp-call');
    expect(await prose.locator('.codeWrapper code').textContent()).toBe(ECHO_CALL);
    expect(await prose.evaluate((p) => [...p.children].map((c) => c.id || c.tagName))).toEqual([
      'P',
      'PRE',
      'foreign',
      'P',
    ]);
    await expect(page.locator('h1[class~="group/query"] .select-text')).toHaveText(
      'hi there\nsecond line',
    );
    expect(await answers(page)).toEqual([{ at: 'prose', code: ECHO_CALL }]);
    expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
  });

  test('steps render above the answer while it thinks, and fold away after', async () => {
    const think =
      '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
    const page = await openChat([{ when: '*', reply: think }]);
    // The page notes what the step held while the answer was still being written, and whether
    // the step sat inside an answer the adapter reads.
    await page.evaluate((answersSelector) => {
      const observer = new MutationObserver(() => {
        const code = document.querySelector('[class~="group/goal"] .codeWrapper code');
        if (!code?.textContent?.includes('"t1"')) return;
        document.body.dataset.stepSeen = String(window.__fixture.isStreaming());
        document.body.dataset.stepInAnswer = String(code.closest(answersSelector) !== null);
        observer.disconnect();
      });
      observer.observe(document.querySelector('main')!, { childList: true, subtree: true });
    }, ANSWERS);
    await ask(page, 'go');
    await expect(page.locator('body')).toHaveAttribute('data-step-seen', 'true');
    await expect(page.locator('body')).toHaveAttribute('data-step-in-answer', 'false');
    await expect(page.locator('[class~="group/goal"]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '1 step completed' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(await answers(page)).toEqual([{ at: 'prose', code: null }]);
    await expect(page.locator('.prose.inline')).toHaveText('Done thinking.');
  });

  test('a paste over the limit becomes an attached file, shorter ones stay text', async () => {
    const page = await openChat();
    const long = 'x'.repeat(2_500);
    expect(await paste(page, EDITOR, long)).toBe(true);
    expect(await editorText(page)).toBe('');
    await expect(page.getByTestId('attachment-pill')).toHaveText('Pasted text');
    expect(await page.evaluate(() => window.__fixture.attachments())).toEqual([
      { name: PASTED_TEXT_FILE, type: 'text/plain', size: long.length, text: long },
    ]);
    await paste(page, EDITOR, 'a'.repeat(1_000));
    await paste(page, EDITOR, `\n${'b'.repeat(10)}`);
    expect(await editorText(page)).toBe(`${'a'.repeat(1_000)}\n${'b'.repeat(10)}`);
  });

  test('paste and execCommand go through Lexical; DOM writes do not reach its state', async () => {
    const page = await openChat();
    const result = 'Result:\n\n<mcp-result call_id="c1">\n  Hi\n</mcp-result>';
    expect(await paste(page, EDITOR, result)).toBe(true);
    expect(await editorText(page)).toBe(result);
    await expect(page.getByTestId('submit-button')).toBeEnabled();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    expect(await page.evaluate(() => document.execCommand('insertText', false, 'typed'))).toBe(
      true,
    );
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
      await page.click(EDITOR);
      await page.keyboard.type('go');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('stop-generating-response-button')).toBeVisible();
      await expect(page.locator('.prose.inline').last()).toContainText('word');
      if (stop === 'click') await page.getByTestId('stop-generating-response-button').click();
      else await page.keyboard.press('Escape');
      await expect.poll(() => isStreaming(page)).toBe(false);
    }
    const text = await page.locator('.prose.inline').last().textContent();
    expect(text!.length).toBeLessThan(long.length);
  });

  test('files go through the hidden input as on the site; the message takes them, pills go', async () => {
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
});

test.describe('2026-04 layout', () => {
  test('the answer is inside its numbered container, one section per block', async () => {
    const page = await openChat(undefined, { layout: '2026-04' });
    await ask(page, 'hi');
    const container = page.locator('#markdown-content-0');
    await expect(container.locator(':scope > .has-inline-images')).toHaveCount(3);
    await expect(
      container.locator('.has-inline-images .prose.inline pre .codeWrapper'),
    ).toHaveCount(1);
    await expect(page.locator('.break-words.min-w-0.flex-1')).toHaveCount(0);
    expect(await answers(page)).toEqual([{ at: 'markdown-content-0', code: ECHO_CALL }]);
  });
});

test.describe('mixed layout', () => {
  test('one thread serves both forms, answers alternating; the adapter finds each once, in order', async () => {
    const page = await openChat(undefined, { layout: 'mixed', stream: { intervalMs: 1 } });
    for (const q of ['one', 'two', 'three']) await ask(page, q);
    await expect(page.locator('[id^="markdown-content-"]')).toHaveCount(3);
    await expect(page.locator('#markdown-content-1 .prose')).toHaveCount(3);
    expect(await answers(page)).toEqual([
      { at: 'prose', code: ECHO_CALL },
      { at: 'markdown-content-1', code: ECHO_CALL },
      { at: 'prose', code: ECHO_CALL },
    ]);
    expect((await turns(page)).map((t) => t.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
  });

  test('a Deep Research report, which nests an answer-like prose, is no answer', async () => {
    const page = await openChat(undefined, { layout: 'mixed' });
    // The shape of a report card in a live capture (2026-08): report prose around an inline one.
    await page.evaluate(() => {
      document
        .querySelector('[data-fixture="thread"]')!
        .insertAdjacentHTML(
          'beforeend',
          '<div class="bg-raised rounded-xl"><div class="prose dark:prose-invert max-w-none text-sm">' +
            '<div class="prose dark:prose-invert inline"><p>report</p></div></div></div>',
        );
    });
    expect(await answers(page)).toEqual([]);
  });
});

test('labels follow the UI language', async () => {
  const page = await openChat(undefined, { lang: 'ja' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator(EDITOR)).toHaveAttribute('aria-placeholder', /スペース/);
  await page.click(EDITOR);
  await page.keyboard.type('hi');
  await expect(page.getByTestId('submit-button')).toHaveAttribute('aria-label', '送信');
  await noteWhileStreaming(page, '[data-testid="stop-generating-response-button"]');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expectNoted(page, '回答を停止 (Esc)');
  await expect(page.getByTestId('copy-code-button')).toHaveAttribute(
    'aria-label',
    'コードをコピー',
  );
});

test('highlight keeps the raw code as textContent (Node side)', () => {
  const html = highlight('{\n  "a": [1, true],\n  "b": "x"\n}');
  expect(html).toContain('<span class="token token operator">:</span>');
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  expect(text).toBe('{\n  "a": [1, true],\n  "b": "x"\n}');
});
