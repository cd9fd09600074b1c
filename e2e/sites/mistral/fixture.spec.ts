// Self-test of the chat.mistral.ai fixture page, in a plain Chromium (../fixture-harness.ts), in
// each of its languages.
import { expect, test } from '@playwright/test';
import { selectors, uploads } from '../../../src/content/adapters/mistral/selectors';
import {
  editorText,
  expectNoted,
  expectUploadPath,
  fixtureBrowser,
  fixtureState,
  insertCardAfter,
  isStreaming,
  noteWhileStreaming,
  OK_RESULT,
  paste,
} from '../fixture-harness';
import { replyParts } from './message';

const ECHO_CALL =
  '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}';
const EDITOR = 'form div.ProseMirror[contenteditable="true"]';
const FORM_BUTTON = (label: string) => `form button[aria-label="${label}"]`;
const REPLY = '[data-message-author-role="assistant"]';
const ANSWER = `${REPLY} [data-message-part-type="answer"]`;
/** CodeWebChat's selector for a finished reply's action bar (2026-08-11). */
const ACTION_BAR = `${REPLY} > div + div > div:last-child > div:first-child`;

const openChat = fixtureBrowser('mistral');

test('a reply streams into an answer part; code sits in a <pre> inside a <pre>', async () => {
  const page = await openChat();
  await expect(page.locator(`${EDITOR} p`)).toHaveAttribute(
    'data-placeholder',
    'Ask Le Chat anything',
  );
  // Empty: Voice in the slot, no submit button, and no rounded square anywhere in the form.
  await expect(page.locator(FORM_BUTTON('Voice Mode'))).toBeVisible();
  await expect(page.locator('form button[type="submit"], form rect[rx="2"]')).toHaveCount(0);
  await insertCardAfter(page, `${ANSWER} pre`);
  // While the reply is written: Stop by its icon, the pulse, and no action bar yet.
  await noteWhileStreaming(
    page,
    `body:has(${REPLY} .animate-pulse):not(:has(${ACTION_BAR})) form button:has(rect[rx="2"])`,
  );

  await page.click(EDITOR);
  await page.keyboard.type('hi');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('there');
  expect(await editorText(page)).toBe('hi\nthere');
  await expect(page.locator('form button[type="submit"]')).toHaveAttribute(
    'aria-label',
    'Send question',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/^https:\/\/chat\.mistral\.ai\/chat\/[0-9a-f-]{36}$/);
  expect(await editorText(page)).toBe('');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expectNoted(page, 'Stop generating');
  await expect(page.locator('form rect[rx="2"], .animate-pulse')).toHaveCount(0);
  await expect(page.locator(FORM_BUTTON('Voice Mode'))).toBeVisible();
  await expect(page.locator(`${ACTION_BAR} button`)).toHaveCount(6);
  await expect(page.locator(`${ACTION_BAR} button:nth-child(6)`)).toHaveAttribute(
    'aria-label',
    'Copy to clipboard',
  );

  const outer = page.locator(`${ANSWER} pre:not(pre pre)`);
  await expect(outer).toHaveCount(1);
  await expect(outer.locator(':scope > div span.text-xs.capitalize')).toHaveText('mcp-call');
  await expect(outer.locator(':scope > div button')).toHaveAttribute(
    'aria-label',
    'Copy to clipboard',
  );
  const code = outer.locator(':scope > pre > code');
  expect(await code.textContent()).toBe(ECHO_CALL);
  await expect(code).toHaveClass('shiki language-mcp-call');
  await expect(page.locator(`${REPLY} [data-message-part-type="reasoning"]`)).toHaveCount(0);
  const children = await page
    .locator(`${ANSWER} .markdown-container-style`)
    .evaluate((a) => [...a.children].map((c) => c.id || c.tagName.toLowerCase()));
  expect(children).toEqual(['p', 'pre', 'foreign', 'p']);
  const state = await fixtureState(page);
  expect(state.roles).toEqual(['user', 'assistant']);
  expect(state.submitted).toEqual(['hi\nthere']);
});

test('reasoning and answer parts, several of each, in order; reasoning folds but stays', async () => {
  const call = (id: string) =>
    `\n\n\`\`\`mcp-call\n{"call_id": "${id}", "tool": "echo", "arguments": {}}\n\`\`\`\n`;
  const reply = `<think>First thought.${call('r1')}</think>One.<think>Second thought.</think>Two.${call('a2')}`;
  const page = await openChat([{ when: '*', reply }], { stream: { intervalMs: 5 } });
  await page.click(EDITOR);
  await page.keyboard.type('go');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  const parts = page.locator(`${REPLY} [data-message-part-type]`);
  expect(
    await parts.evaluateAll((all) => all.map((p) => p.getAttribute('data-message-part-type'))),
  ).toEqual(['reasoning', 'answer', 'reasoning', 'answer']);
  // Collapsed under its toggle, written one letter per span, but still in the page.
  const regions = page.locator(`${REPLY} [role="region"]`);
  await expect(regions).toHaveCount(2);
  for (const region of await regions.all()) await expect(region).toBeHidden();
  await expect(page.getByRole('button', { name: 'Thought for 2s' })).toHaveCount(2);
  await expect(page.locator(`${REPLY} button[aria-expanded] > span`).first()).toHaveText('T');
  // Code blocks: one in the first reasoning part, one in the second answer; the adapter's
  // reasoning list tells them apart.
  const blocks = await page.evaluate(
    ({ reasoning }) =>
      [...document.querySelectorAll('[data-message-author-role="assistant"] pre:not(pre pre)')].map(
        (pre) => ({
          reasoning: pre.closest(reasoning.join(', ')) !== null,
          code: pre.querySelector('pre code')?.textContent?.match(/"call_id": "(\w+)"/)?.[1],
        }),
      ),
    { reasoning: selectors.reasoning! },
  );
  expect(blocks).toEqual([
    { reasoning: true, code: 'r1' },
    { reasoning: false, code: 'a2' },
  ]);
  expect((await fixtureState(page)).roles).toEqual(['user', 'assistant']);
});

test('replyParts splits a reply as it streams (Node side)', () => {
  expect(replyParts('<thi')).toEqual([]);
  expect(replyParts('<think>a')).toEqual([{ kind: 'reasoning', text: 'a', done: false }]);
  expect(replyParts('<think>a</think>b<th')).toEqual([
    { kind: 'reasoning', text: 'a', done: true },
    { kind: 'answer', text: 'b', done: false },
  ]);
  expect(replyParts('x<think>y</think>z').map((p) => [p.kind, p.text])).toEqual([
    ['answer', 'x'],
    ['reasoning', 'y'],
    ['answer', 'z'],
  ]);
});

test('a synthetic paste and execCommand insertText both reach the ProseMirror state', async () => {
  const page = await openChat();
  expect(await paste(page, EDITOR, OK_RESULT)).toBe(true);
  expect(await editorText(page)).toBe(OK_RESULT);
  await page.locator('form button[type="submit"]').click();
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expect(page.locator(`${ANSWER} blockquote`)).toHaveText('Hello back');

  await page.evaluate((editor) => {
    document.querySelector<HTMLElement>(editor)!.focus();
    document.execCommand('insertText', false, 'typed by a script');
  }, EDITOR);
  expect(await editorText(page)).toBe('typed by a script');
  await expect(page.locator('form button[type="submit"]')).toBeVisible();
});

test('the stop button ends the stream early', async () => {
  const long = 'word '.repeat(400);
  const page = await openChat([{ when: '*', reply: long }], { stream: { intervalMs: 30 } });
  await page.click(EDITOR);
  await page.keyboard.type('go');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator(ANSWER)).toContainText('word');
  await page.locator(FORM_BUTTON('Stop generating')).click();
  expect(await isStreaming(page)).toBe(false);
  await expect(page.locator(FORM_BUTTON('Voice Mode'))).toBeVisible();
  const text = (await page.locator(ANSWER).textContent()) ?? '';
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(long.length);
});

test('labels follow the UI language', async () => {
  const page = await openChat(undefined, { lang: 'fr' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator(`${EDITOR} p`)).toHaveAttribute(
    'data-placeholder',
    'Demandez à Le Chat',
  );
  await expect(page.locator(FORM_BUTTON('Mode vocal'))).toBeVisible();
  await page.click(EDITOR);
  await page.keyboard.type('salut');
  await expect(page.locator('form button[type="submit"]')).toHaveAttribute(
    'aria-label',
    'Envoyer la question',
  );
  await noteWhileStreaming(page, 'form button:has(rect[rx="2"])');
  await page.keyboard.press('Enter');
  await expect.poll(() => isStreaming(page), { timeout: 10_000 }).toBe(false);
  await expectNoted(page, 'Arrêter la génération');
  await expect(page.locator(`${ANSWER} pre > div button`)).toHaveAttribute(
    'aria-label',
    'Copier dans le presse-papiers',
  );
});

test('files go through the popover input as on the site; the message takes them, cards go', async () => {
  const page = await openChat();
  await expectUploadPath(page, uploads, async () => {
    await page.click(EDITOR);
    await page.keyboard.type('see the file');
    await page.click('form button[type="submit"]');
  });
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submitted))
    .toEqual(['see the file']);
});
