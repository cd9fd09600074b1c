// Self-test of the chat.deepseek.com fixture page, in a plain Chromium (../fixture-harness.ts), on
// each of its layouts and in its second language.
import { expect, type Page, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/deepseek/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  insertCardAfter,
  isStreaming,
  turns,
} from '../fixture-harness';
import { highlight } from './render';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const COMPOSER = 'textarea[name="search"]';
const ROUND = 'div[role="button"].ds-button--circle';
const SEND = `${ROUND}:has(path[d^="M8.3125"])`;
const STOP = `${ROUND}:has(path[d^="M2 4.88"])`;
const SPINNER = `${ROUND}:has(.ds-loading svg[data-icon="spin"])`;
const LIST = '.ds-virtual-list.ds-virtual-list--printable';
const THINK =
  '<think>Let me see. Perhaps:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n\nNo, in the answer.</think>Here it is.';

const openChat = fixtureBrowser('deepseek');

/** Notes, from the page, each state the round button goes through: its icon, and whether it is
 * disabled. Recorded as it happens, so a short phase is never missed. */
async function recordRoundButton(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { roundStates: string[] }).roundStates = seen;
    const note = () => {
      const button = document.querySelector('div[role="button"].ds-button--circle');
      if (!button) return;
      const icon = button.querySelector('[data-icon="spin"]')
        ? 'spin'
        : button.querySelector('path[d^="M2 4.88"]')
          ? 'stop'
          : 'send';
      const state = `${icon}${button.classList.contains('ds-button--disabled') ? ' disabled' : ''}`;
      if (seen.at(-1) !== state) seen.push(state);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    note();
  });
  return () => page.evaluate(() => (window as unknown as { roundStates: string[] }).roundStates);
}

test.describe('2026-10 layout', () => {
  test('a streamed reply in the conversation list, beside the outline panel; a card after the code block survives', async () => {
    const page = await openChat();
    // The welcome page: no list yet, the composer without an id, the round button disabled.
    await expect(page.locator('.ds-virtual-list')).toHaveCount(0);
    await expect(page.locator(COMPOSER)).not.toHaveAttribute('id');
    await expect(page.locator(SEND)).toHaveClass(/ds-button--disabled/);
    await insertCardAfter(page, '.ds-assistant-message-main-content .md-code-block', {
      root: '#root',
    });
    const states = await recordRoundButton(page);

    await page.click(COMPOSER);
    await page.keyboard.type('hi');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('there');
    expect(await editorText(page)).toBe('hi\nthere');
    await expect(page.locator(SEND)).not.toHaveClass(/ds-button--disabled/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/^https:\/\/chat\.deepseek\.com\/a\/chat\/s\/[0-9a-f-]{36}$/);
    expect(await editorText(page)).toBe('');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    // Spinner (not clickable) before the first token, the square while writing, then the arrow.
    expect(await states()).toEqual([
      'send disabled',
      'send',
      'spin disabled',
      'stop',
      'send disabled',
    ]);

    // Two virtual lists: the outline panel first, rows without keys or messages; then the
    // conversation, which holds the composer, rows keyed by signed numbers.
    const lists = page.locator('.ds-virtual-list');
    await expect(lists).toHaveCount(2);
    await expect(lists.first()).not.toHaveClass(/ds-virtual-list--printable/);
    await expect(lists.first().locator('[data-virtual-list-item-key], .ds-message')).toHaveCount(0);
    await expect(lists.first().locator('.ds-virtual-list-visible-items > *')).toHaveCount(1);
    await expect(page.locator(`${LIST} ${COMPOSER}`)).toHaveCount(1);
    const keys = page.locator(`${LIST} .ds-virtual-list-visible-items > *`);
    expect(
      await keys.evaluateAll((rows) =>
        rows.map((r) => r.getAttribute('data-virtual-list-item-key')),
      ),
    ).toEqual(['-2', '2']);

    const seen = await page.evaluate(() => {
      const body = document.querySelector('.ds-assistant-message-main-content')!;
      return {
        code: body.querySelector('.md-code-block pre')!.textContent,
        codeElements: body.querySelectorAll('code').length,
        label: body.querySelector('.md-code-block-banner .d813de27')!.textContent,
        buttons: [...body.querySelectorAll('.code-info-button-text')].map((b) => b.textContent),
        blocks: [...body.children].map((c) => c.id || c.className),
        actionBars: document.querySelectorAll('.ds-message + .ds-flex').length,
      };
    });
    expect(seen).toEqual({
      code: ECHO_CALL,
      codeElements: 0,
      label: 'mcp-call',
      buttons: ['Copy', 'Download'],
      blocks: [
        'ds-markdown-paragraph',
        'md-code-block md-code-block-light',
        'foreign',
        'ds-markdown-paragraph',
      ],
      actionBars: 1,
    });
    expect(await turns(page)).toEqual([
      { role: 'user', text: 'hi\nthere' },
      { role: 'assistant', text: expect.stringContaining(ECHO_CALL) },
    ]);
  });

  test('DeepThink reasoning renders in its own block before the answer, with its own markdown', async () => {
    const long = THINK.replace('Let me see.', `Let me see. ${'Hmm. '.repeat(60)}`);
    const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
    await page.click(COMPOSER);
    await page.keyboard.type('go');
    await page.keyboard.press('Enter');
    await expect(page.locator(SPINNER)).toHaveClass(/ds-button--disabled/);
    await expect(page.locator('.ds-think-content')).toHaveCount(1);
    await expect(page.locator('.ds-think-content').locator('xpath=..')).toContainText('Thinking…');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    const think = page.locator('.ds-message > div:has(> .ds-think-content)');
    await expect(think).toContainText(/Thought for \d+ seconds?/);
    await expect(page.locator('.ds-think-content > .ds-markdown .md-code-block')).toHaveCount(1);
    await expect(page.locator('.ds-assistant-message-main-content .md-code-block')).toHaveCount(0);
    await expect(page.locator('.ds-message > .ds-markdown')).toHaveText('Here it is.');
    // The reasoning comes first in the message.
    expect(
      await page
        .locator('.ds-message:has(.ds-think-content) > *')
        .evaluateAll((els) => els.map((e) => (e.matches('.ds-markdown') ? 'answer' : 'think'))),
    ).toEqual(['think', 'answer']);
  });

  test('only React’s input path changes the composer state', async () => {
    const page = await openChat();
    // The native setter plus an input event, as a content script does: React's onChange sees it.
    await page.evaluate((selector) => {
      const area = document.querySelector<HTMLTextAreaElement>(selector)!;
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        area,
        'Result:\n\nline',
      );
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, COMPOSER);
    expect(await editorText(page)).toBe('Result:\n\nline');
    await expect(page.locator(SEND)).not.toHaveClass(/ds-button--disabled/);

    // A plain assignment goes around React: the state keeps the old text.
    await page.evaluate((selector) => {
      const area = document.querySelector<HTMLTextAreaElement>(selector)!;
      area.value = 'written behind React';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, COMPOSER);
    expect(await editorText(page)).toBe('Result:\n\nline');
  });

  test('the stop square ends the stream early', async () => {
    const long = 'word '.repeat(400);
    const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
    await page.click(COMPOSER);
    await page.keyboard.type('go');
    await page.locator(SEND).click();
    await expect(page.locator('.ds-assistant-message-main-content')).toContainText('word');
    await page.locator(STOP).click();
    await expect.poll(() => isStreaming(page)).toBe(false);
    await expect(page.locator(SEND)).toHaveCount(1);
    const text = await page.locator('.ds-assistant-message-main-content').textContent();
    expect(text!.length).toBeLessThan(long.length);
  });

  test('files go through the hidden input; a card per file sits right above the message box', async () => {
    const page = await openChat();
    await expectUploadPath(page, uploads, async () => {
      await page.click(COMPOSER);
      await page.keyboard.type('see the file');
      await page.click(SEND);
    });
    await expect
      .poll(() => page.evaluate(() => window.__fixture.submitted))
      .toEqual(['see the file']);
  });
});

test.describe('2026-10-no-keys layout', () => {
  test('rows carry no key and other hashed classes; the rest is the same page', async () => {
    const page = await openChat(undefined, { layout: '2026-10-no-keys' });
    await page.click(COMPOSER);
    await page.keyboard.type('hi');
    await page.keyboard.press('Enter');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(`${LIST} .ds-virtual-list-visible-items > *`)).toHaveCount(2);
    await expect(page.locator('[data-virtual-list-item-key]')).toHaveCount(0);
    await expect(page.locator('.d813de27, ._9663006, ._4f9bf79')).toHaveCount(0);
    await expect(page.locator('.md-code-block-banner span').first()).toHaveText('mcp-call');
    expect((await turns(page)).map((t) => t.role)).toEqual(['user', 'assistant']);
  });
});

test('labels follow the UI language', async () => {
  const page = await openChat([{ when: '*', reply: THINK }], { lang: 'zh-CN' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator(COMPOSER)).toHaveAttribute('placeholder', '给 DeepSeek 发送消息');
  await expect(page.locator('.ds-toggle-button').first()).toHaveText('深度思考');
  await page.click(COMPOSER);
  await page.keyboard.type('你好');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator('.ds-message > div:has(> .ds-think-content)')).toContainText('已思考');
  await expect(page.locator('.code-info-button-text').first()).toHaveText('复制');
});

test('highlight keeps the raw code as the pre’s text (Node side)', () => {
  const html = highlight('{\n  "a": [1, true]\n}');
  expect(html).toContain('<span class="token operator">:</span>');
  const text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"');
  expect(text).toBe('{\n  "a": [1, true]\n}');
});
