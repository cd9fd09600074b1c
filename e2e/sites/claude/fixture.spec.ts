// Self-test of the claude.ai fixture page, in a plain Chromium (../fixture-harness.ts), on each of
// its layouts, in English and Japanese.
import { expect, type Page, test } from '@playwright/test';
import { uploads } from '../../../src/content/adapters/claude/selectors';
import {
  editorText,
  expectUploadPath,
  fixtureBrowser,
  fixtureState,
  insertCardAfter,
  isStreaming,
  OK_RESULT,
  paste,
  turns,
} from '../fixture-harness';
import { PASTED_TEXT_FILE } from '../page-kit';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const THINK =
  '<think>Maybe:\n\n```mcp-call\n{"call_id": "t1", "tool": "echo", "arguments": {}}\n```\n</think>Done thinking.';
const EDITOR = '[data-testid="chat-input"]';
const SSR = 'textarea[data-testid="chat-input-ssr"]';
const HUB_SEND = 'button[data-testid="chat-input-send"]';
const HUB_STOP = 'button[data-testid="chat-input-stop"]';
/** The layout before the hub: buttons known by their Phosphor icons. */
const OLD_SEND = 'fieldset button:has(path[d^="M208.49,120.49"])';
const OLD_STOP = 'fieldset button:has(path[d^="M128,20A108,108"])';
const CODE_GROUP = '[role="group"]:has(pre.code-block__code)';

const openChat = fixtureBrowser('claude');

async function send(page: Page, text: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test.describe('2026-10 hub layout', () => {
  test('transcript rows, a reply that streams with Stop by test id; a card after the code block stays', async () => {
    const page = await openChat();
    const ghost = page.locator('[data-composer-placeholder-ghost]');
    await expect(ghost).toHaveText('How can I help you today?');
    await expect(page.locator(HUB_SEND)).toBeDisabled();
    await expect(page.locator(SSR)).toHaveCount(0);
    await insertCardAfter(page, CODE_GROUP);
    // Note whether each reply was mounted with data-is-streaming already (it is not, on the site).
    await page.evaluate(() => {
      const seen = new Map<Element, boolean>();
      (window as unknown as { mounted: () => boolean[] }).mounted = () => [...seen.values()];
      new MutationObserver(() => {
        for (const reply of document.querySelectorAll('[data-testid="assistant-message"]'))
          if (!seen.has(reply)) seen.set(reply, reply.hasAttribute('data-is-streaming'));
      }).observe(document.querySelector('main')!, { childList: true, subtree: true });
    });

    await page.click(EDITOR);
    await page.keyboard.type('hi');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('there');
    expect(await editorText(page)).toBe('hi\nthere');
    await expect(ghost).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page.locator(HUB_STOP)).toBeVisible();
    await expect(page.locator(HUB_SEND)).toHaveCount(0);
    await expect(page.locator('[data-is-streaming="true"]')).toHaveCount(1);
    await expect(page).toHaveURL(/^https:\/\/claude\.ai\/chat\/[0-9a-f-]{36}$/);
    expect(await editorText(page)).toBe('');

    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(HUB_SEND)).toBeVisible();
    await expect(page.locator(HUB_STOP)).toHaveCount(0);
    await expect(ghost).toHaveText('Reply to Claude…');
    expect(
      await page.evaluate(() => (window as unknown as { mounted: () => boolean[] }).mounted()),
    ).toEqual([false]);
    const reply = page.locator('[data-testid="assistant-message"][data-cds="AssistantMessage"]');
    await expect(reply).toHaveAttribute('data-is-streaming', 'false');
    await expect(reply).toHaveAttribute('data-turn-key', /-hub-reply$/);
    await expect(page.locator('.font-claude-response, [data-test-render-count]')).toHaveCount(0);
    const text = reply.locator('[data-cds="Prose"] > [data-perf-reply-text]');
    const code = text.locator('pre.code-block__code > code');
    expect(await code.textContent()).toBe(ECHO_CALL);
    await expect(code).toHaveClass('language-mcp-call');
    const children = await text.evaluate((m) =>
      [...m.children].map((c) => c.id || c.getAttribute('role') || c.tagName.toLowerCase()),
    );
    expect(children).toEqual(['p', 'group', 'foreign', 'p']);
    await expect(reply.getByTestId('message-actions').getByTestId('action-bar-copy')).toHaveCount(
      1,
    );
    const rows = page.getByTestId('transcript-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toHaveAttribute('data-perf-row-streaming', 'false');
    await expect(
      rows.nth(0).locator('[data-cds="UserMessage"] [data-testid="user-message"]'),
    ).toHaveCount(1);
    expect((await fixtureState(page)).roles).toEqual(['user', 'assistant']);
  });

  test('thinking streams in a collapsed omitted part, then settles into a closed TurnStatus row', async () => {
    const page = await openChat([{ when: '*', reply: THINK }], { stream: { intervalMs: 25 } });
    await send(page, 'go');
    const reply = page.getByTestId('assistant-message');
    const streamed = reply.locator('[data-find-omitted]:not(h2):not([data-cds="TurnStatus"])');
    await expect(streamed.locator(CODE_GROUP)).toHaveCount(1);
    await expect(streamed.locator(CODE_GROUP)).toBeHidden();
    await expect(page.locator(HUB_STOP)).toBeVisible();
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(streamed).toHaveCount(0);
    const row = reply.locator('[data-cds="TurnStatus"][data-step-key="thinking-0"]');
    await expect(row).toHaveAttribute('data-state', 'done');
    await expect(row).toHaveAttribute('data-closed', '');
    await expect(row.locator('[data-cds-row]')).toHaveAttribute('title', 'Thought for 2s');
    await expect(row.locator(CODE_GROUP)).toBeHidden();
    await row.locator('[data-cds-row-toggle]').click();
    await expect(row.locator(CODE_GROUP)).toBeVisible();
    await expect(reply.locator(CODE_GROUP)).toHaveCount(1);
    expect((await turns(page)).at(-1)?.text).toBe('Done thinking.');
  });

  test('only five rows stay mounted; the rest leave a spacer behind', async () => {
    const page = await openChat([{ when: '*', reply: 'ok' }], { stream: { intervalMs: 1 } });
    for (let i = 0; i < 4; i++) {
      await send(page, `m${i}`);
      await expect.poll(() => isStreaming(page)).toBe(false);
    }
    const rows = page.getByTestId('transcript-row');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toHaveAttribute('data-index', '3');
    await expect(rows.first().getByRole('article')).toHaveAttribute('aria-setsize', '8');
    const spacer = page.getByTestId('transcript-spacer').first();
    expect(await spacer.evaluate((s) => s.getBoundingClientRect().height)).toBeGreaterThan(0);
  });

  test('a long paste becomes a PASTED chip, not editor text; shorter pastes stay text', async () => {
    const page = await openChat();
    const long = `first line\n${'x'.repeat(4_000)}`;
    expect(await paste(page, EDITOR, long)).toBe(true);
    expect(await editorText(page)).toBe('');
    const chip = page.locator('[data-fixture="attachments"] [data-testid="file-thumbnail"]');
    await expect(chip.locator('.text-text-300')).toHaveText('PASTED');
    await expect(chip.locator('p')).toContainText('first line');
    expect(await page.evaluate(() => window.__fixture.attachments())).toEqual([
      { name: PASTED_TEXT_FILE, type: 'text/plain', size: long.length, text: long },
    ]);
    await paste(page, EDITOR, 'a'.repeat(3_999));
    expect(await editorText(page)).toBe('a'.repeat(3_999));
  });

  test('the server-rendered textarea stands in until hydration, which keeps what was typed', async () => {
    const page = await openChat(undefined, { url: 'https://claude.ai/new?fixture-hydrate=held' });
    await expect(page.locator(SSR)).toBeVisible();
    await expect(page.locator(EDITOR)).toHaveCount(0);
    await page.locator(SSR).fill('early words');
    expect(await editorText(page)).toBe('early words');
    await page.evaluate(() => document.dispatchEvent(new Event('fixture-hydrate')));
    await expect(page.locator(SSR)).toHaveCount(0);
    await expect(page.locator(`${EDITOR}[contenteditable="true"]`)).toBeVisible();
    expect(await editorText(page)).toBe('early words');
    await expect(page.locator(HUB_SEND)).toBeEnabled();
  });

  test('labels follow the UI language; test ids do not', async () => {
    const page = await openChat(undefined, { lang: 'ja' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator(EDITOR)).toHaveAttribute('aria-label', 'Claudeへのプロンプトを入力');
    await page.click(EDITOR);
    await page.keyboard.type('こんにちは');
    await expect(page.locator(HUB_SEND)).toHaveAttribute('aria-label', 'メッセージを送信');
    await page.keyboard.press('Enter');
    await expect(page.locator(HUB_STOP)).toHaveAttribute('aria-label', '応答を停止');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(CODE_GROUP)).toHaveAttribute('aria-label', 'mcp-call コード');
    await expect(page.locator('[data-testid="assistant-message"] > h2')).toHaveText(
      /^Claudeが返答しました:/,
    );
  });

  test('files go through the hidden input; the message takes them, chips go', async () => {
    const page = await openChat();
    await expectUploadPath(page, uploads, async () => send(page, 'see the file'));
  });
});

test.describe('2026-09 layout', () => {
  const layout = '2026-09';

  test('render-count turns, font-claude-response replies, Send/Stop by label and icon', async () => {
    const page = await openChat(undefined, { layout });
    await expect(page.locator(`${EDITOR} p`)).toHaveAttribute(
      'data-placeholder',
      'How can I help you today?',
    );
    await expect(page.locator(OLD_SEND)).toHaveAttribute('aria-label', 'Send message');
    await expect(page.locator(OLD_SEND)).toBeDisabled();
    await expect(
      page.locator('[data-testid^="chat-input-s"], [data-cds="TurnStatus"]'),
    ).toHaveCount(0);
    await send(page, 'hi');
    await expect(page.locator(OLD_STOP)).toHaveAttribute('aria-label', 'Stop response');
    await expect(page.locator('[data-is-streaming="true"]')).toHaveCount(1);
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    await expect(page.locator(OLD_SEND)).toBeVisible();
    await expect(page.locator(OLD_STOP)).toHaveCount(0);
    await expect(page.locator(`${EDITOR} p`)).toHaveAttribute(
      'data-placeholder',
      'Reply to Claude…',
    );
    const markdown = page.locator(
      '[data-is-streaming="false"] > .font-claude-response .row-start-2 > .standard-markdown[data-perf-reply-text]',
    );
    expect(await markdown.locator('pre.code-block__code > code').textContent()).toBe(ECHO_CALL);
    await expect(markdown.locator(CODE_GROUP)).toHaveAttribute('aria-label', 'mcp-call code');
    await expect(page.locator('[data-test-render-count]')).toHaveCount(2);
    expect((await fixtureState(page)).roles).toEqual(['user', 'assistant']);
  });

  test("extended thinking sits in the reply grid's first row, the answer in the second", async () => {
    const page = await openChat([{ when: '*', reply: THINK }], { layout });
    await send(page, 'go');
    await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
    const response = page.locator('.font-claude-response');
    await expect(response.locator(`.row-start-1 ${CODE_GROUP}`)).toHaveCount(1);
    await expect(response.locator(`.row-start-1 ${CODE_GROUP}`)).toBeHidden();
    await expect(response.locator('.row-start-1 > button')).toHaveText('Thought process');
    await expect(response.locator(`.row-start-2 ${CODE_GROUP}`)).toHaveCount(0);
    expect((await turns(page)).at(-1)?.text).toBe('Done thinking.');
  });

  test('paste, execCommand insertText, and a Stop that ends the stream early', async () => {
    const long = 'word '.repeat(400);
    const page = await openChat(
      [
        { when: 'go', reply: long },
        { when: '*', reply: 'ok' },
      ],
      {
        layout,
        stream: { intervalMs: 30 },
      },
    );
    expect(await paste(page, EDITOR, OK_RESULT)).toBe(true);
    expect(await editorText(page)).toBe(OK_RESULT);
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('[data-testid="chat-input"]')!.focus();
      document.execCommand('insertText', false, ' typed by a script');
    });
    expect(await editorText(page)).toBe(`${OK_RESULT} typed by a script`);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await send(page, 'go');
    await expect(page.locator(OLD_STOP)).toBeVisible();
    await expect.poll(async () => (await turns(page)).at(-1)?.text.length ?? 0).toBeGreaterThan(20);
    await page.locator(OLD_STOP).click();
    expect(await isStreaming(page)).toBe(false);
    await expect(page.locator('[data-is-streaming="false"]')).toHaveCount(1);
    const text = (await turns(page)).at(-1)?.text ?? '';
    expect(text.length).toBeLessThan(long.length);
  });

  test('files go through the same hidden input', async () => {
    const page = await openChat(undefined, { layout });
    await expectUploadPath(page, uploads, async () => send(page, 'see the file'));
  });
});
