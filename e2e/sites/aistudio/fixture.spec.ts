// Self-test of the aistudio.google.com fixture page, in a plain Chromium (../fixture-harness.ts), on
// each of its layouts and in its second language.
import { expect, type Page, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/aistudio/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  turns,
} from '../fixture-harness';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const TEXTAREA = 'ms-prompt-box textarea';
const RUN = 'ms-prompt-box ms-run-button button';
const THINK =
  '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';

const openChat = fixtureBrowser('aistudio');

/** Types a prompt over two lines and runs it with the site's default keys. */
async function run(page: Page, first = 'hi', second = 'there'): Promise<void> {
  await page.click(TEXTAREA);
  await page.keyboard.type(first);
  await page.keyboard.press('Enter');
  await page.keyboard.type(second);
  await page.keyboard.press('ControlOrMeta+Enter');
}

test.describe('2026-09 layout', () => {
  test('Enter adds a line, Ctrl+Enter runs; the code block updates in place and keeps its neighbours', async () => {
    const page = await openChat();
    // Run has no type and no label; aria-disabled, not disabled, while the prompt is empty.
    await expect(page.locator(RUN)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator(RUN)).not.toHaveAttribute('type');
    await expect(page.locator(RUN)).not.toHaveAttribute('aria-label');
    await expect(page.locator(RUN)).not.toHaveAttribute('disabled');
    await insertCardAfter(page, '[data-turn-role="Model"] ms-code-block', {
      root: 'ms-autoscroll-container',
    });

    await page.click(TEXTAREA);
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await page.keyboard.type('there');
    expect(await editorText(page)).toBe('hi\nthere');
    expect(await page.evaluate(() => window.__fixture.submitted)).toEqual([]);
    await expect(page.locator(RUN)).toHaveAttribute('aria-disabled', 'false');
    await page.keyboard.press('ControlOrMeta+Enter');

    await expect(page.locator(`${RUN}.stoppable .stoppable-stop`)).toHaveCount(1);
    await expect(page.locator(RUN)).toContainText('Stop');
    await expect(page).toHaveURL(/^https:\/\/aistudio\.google\.com\/prompts\/1[\w-]{32}$/);
    expect(await editorText(page)).toBe('');
    await expect(page.locator(TEXTAREA)).toHaveValue('');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    // Empty again after the run: Run is back, unavailable.
    await expect(page.locator(`${RUN}:not(.stoppable)`)).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('[data-turn-role="Model"] button[iconname="thumb_up"]')).toHaveCount(
      1,
    );

    // The role is on a div inside the turn, never on the host; each turn has its own re-run.
    await expect(page.locator('ms-chat-turn[data-turn-role]')).toHaveCount(0);
    await expect(
      page.locator('ms-chat-turn > .chat-turn-container > [data-turn-role]'),
    ).toHaveCount(2);
    await expect(page.locator('ms-chat-turn ms-run-button')).toHaveCount(1);
    const result = await page.evaluate(() => {
      const block = document.querySelector('[data-turn-role="Model"] ms-code-block')!;
      return {
        code: block.querySelector('.mat-expansion-panel-body pre code')!.textContent,
        spans: block.querySelectorAll('code span').length,
        language: block.getAttribute('data-test-language'),
        title: block.querySelector('mat-panel-title .title-text')!.textContent,
        foreignFollowsBlock: block.nextElementSibling?.id === 'foreign',
      };
    });
    const { spans, ...rest } = result;
    expect(rest).toEqual({
      code: ECHO_CALL,
      language: 'mcp-call',
      title: 'mcp-call',
      foreignFollowsBlock: true,
    });
    expect(spans).toBeGreaterThan(5);
    expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(await page.evaluate(() => window.__fixture.submitted)).toEqual(['hi\nthere']);
  });

  test('thoughts come first in the model turn, collapsed, with code the answer does not hold', async () => {
    const page = await openChat([{ when: '*', reply: THINK }]);
    await run(page);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    const model = page.locator('[data-turn-role="Model"]');
    await expect(
      model.locator('.turn-content > ms-prompt-chunk:first-child > ms-thought-chunk'),
    ).toHaveCount(1);
    await expect(model.locator('ms-thought-chunk ms-code-block')).toHaveCount(1);
    await expect(model.locator('ms-thought-chunk ms-code-block')).toBeHidden();
    await expect(model.locator('ms-code-block:not(ms-thought-chunk *)')).toHaveCount(0);
    expect((await turns(page)).at(-1)?.text).toBe('Done thinking.');
    await model
      .locator('ms-thought-chunk > mat-expansion-panel > mat-expansion-panel-header')
      .click();
    await expect(model.locator('ms-thought-chunk ms-code-block')).toBeVisible();
  });

  test('the form control sees values only through input events', async () => {
    // Angular's DefaultValueAccessor reads the value on `input` only: a bare DOM write is invisible.
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
    expect(seen).toEqual({
      bare: '',
      withInput: 'written behind Angular',
      native: 'native setter',
    });
    await expect(page.locator(RUN)).toHaveAttribute('aria-disabled', 'false');
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

  test('Stop ends the stream early; other requests get 404', async () => {
    const long = 'word '.repeat(400);
    const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
    await run(page, 'go', 'now');
    await expect(page.locator('[data-turn-role="Model"] ms-cmark-node')).toContainText('word');
    await page.locator(`${RUN}.stoppable`).click();
    await expect.poll(() => isStreaming(page)).toBe(false);
    await expect(page.locator(`${RUN}:not(.stoppable)`)).toHaveCount(1);
    const text = (await page.locator('[data-turn-role="Model"] ms-cmark-node').textContent()) ?? '';
    expect(text.length).toBeLessThan(long.length);
    expect(await page.evaluate(() => fetch('/_/MakerSuite/data').then((r) => r.status))).toBe(404);
  });

  test('files: an ms-prompt-media chip with its token count; sent, they are a user turn of their own', async () => {
    const page = await openChat([{ when: '*', reply: 'ok' }]);
    await expectUploadPath(page, uploads, async () => {
      await page.click(TEXTAREA);
      await page.keyboard.type('see the file');
      await page.click(RUN);
    });
    await expect(page.locator('[data-turn-role="User"]')).toHaveCount(2);
    await expect(page.locator('[data-turn-role="User"]').first()).toContainText('notes.txt');
    await expect(page.locator('[data-turn-role="User"]').last()).toContainText('see the file');
  });
});

test.describe('2026-02 layout', () => {
  test('Run is a submit button with a label; running shows a spinner, not a class', async () => {
    const page = await openChat(undefined, { layout: '2026-02' });
    await expect(page.locator(RUN)).toHaveAttribute('type', 'submit');
    await expect(page.locator(RUN)).toHaveAttribute('aria-label', 'Run');
    await expect(page.locator(RUN)).toBeDisabled();
    await run(page);
    await expect(page.locator(`${RUN} svg .stoppable-spinner`)).toHaveCount(1);
    await expect(page.locator(`${RUN}.stoppable`)).toHaveCount(0);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(`${RUN} .stoppable-spinner`)).toHaveCount(0);
    await expect(
      page.locator('ms-chat-turn > .chat-turn-container > [data-turn-role]'),
    ).toHaveCount(2);
    await expect(page.locator('[data-turn-role="Model"] ms-code-block')).toHaveAttribute(
      'data-test-language',
      'mcp-call',
    );
  });

  test('thoughts are a child of the role div, before the content', async () => {
    const page = await openChat([{ when: '*', reply: THINK }], { layout: '2026-02' });
    await run(page);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(
      page.locator('[data-turn-role="Model"] > ms-thought-chunk + .turn-content'),
    ).toHaveCount(1);
  });

  test('files: an ms-media-chip in the multi-media row, through the tagged input', async () => {
    const page = await openChat(undefined, { layout: '2026-02' });
    await expect(page.locator('input[type="file"][data-test-upload-file-input]')).toHaveCount(1);
    await expectUploadPath(
      page,
      { ...uploads, attachment: uploads.attachment.slice(1) },
      async () => {
        await page.click(TEXTAREA);
        await page.keyboard.type('see the file');
        await page.click(RUN);
      },
    );
    // Files are not a turn of their own here.
    await expect(page.locator('[data-turn-role="User"]')).toHaveCount(1);
  });
});

test('labels follow the UI language', async () => {
  const page = await openChat(undefined, { lang: 'de' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator(TEXTAREA)).toHaveAttribute('aria-label', 'Prompt eingeben');
  await expect(page.locator(RUN)).toContainText('Ausführen');
  await run(page, 'hallo', 'du');
  await expect(page.locator(RUN)).toContainText('Beenden');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('[data-turn-role="Model"] .author-label')).toHaveText('Modell');
  await expect(page.locator('button[iconname="thumb_up"]')).toHaveAttribute(
    'aria-label',
    'Gute Antwort',
  );
});
