// Shared set-up for the fixture pages' self-tests: one Chromium per file (no extension), a fresh
// context per test, and reads of the page's `window.__fixture` API. Site-agnostic.
import {
  type Browser,
  type BrowserContext,
  chromium,
  expect,
  type Page,
  test,
} from '@playwright/test';
import type { UploadSupport } from '../../src/content/adapters/types';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { routeChatSite, type ScriptRule, type SitePageOptions, startUrl } from './build';
import type { FixtureApi } from './page-kit';

export type FixtureState = {
  editorText: string;
  streaming: boolean;
  roles: string[];
  submitted: string[];
};

export type OpenOptions = SitePageOptions & {
  /** Where to open the fixture page; the site's start page by default. */
  url?: string;
};

/** Registers the browser's lifetime hooks; returns an opener for a page of the site. */
export function fixtureBrowser(
  site: string,
): (script?: ScriptRule[], options?: OpenOptions) => Promise<Page> {
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
  return async (script, { url, ...options } = {}) => {
    const context = await browser.newContext();
    contexts.push(context);
    await routeChatSite(context, site, script, options);
    const page = await context.newPage();
    await page.goto(url ?? startUrl(site));
    return page;
  };
}

/** The page's own view of itself, read in one go. */
export function fixtureState(page: Page): Promise<FixtureState> {
  return page.evaluate(() => {
    const fixture = window.__fixture;
    return {
      editorText: fixture.editorText(),
      streaming: fixture.isStreaming(),
      roles: fixture.turns().map((t) => t.role),
      submitted: fixture.submitted,
    };
  });
}

export const editorText = (page: Page) => page.evaluate(() => window.__fixture.editorText());
export const isStreaming = (page: Page) => page.evaluate(() => window.__fixture.isStreaming());
export const turns = (page: Page): Promise<ReturnType<FixtureApi['turns']>> =>
  page.evaluate(() => window.__fixture.turns());

/** Plays the content script: as soon as `target` exists below `root`, puts a `#foreign` card
 * right after it, noting in `data-inserted-while-streaming` whether the reply was still streaming. */
export function insertCardAfter(
  page: Page,
  target: string,
  { root = 'main', text = '' }: { root?: string; text?: string } = {},
): Promise<void> {
  return page.evaluate(
    ([target, root, text]) => {
      const observer = new MutationObserver(() => {
        const anchor = document.querySelector(target);
        if (!anchor || document.getElementById('foreign')) return;
        const card = document.createElement('div');
        card.id = 'foreign';
        card.textContent = text;
        card.dataset.insertedWhileStreaming = String(window.__fixture.isStreaming());
        anchor.after(card);
        observer.disconnect();
      });
      observer.observe(document.querySelector(root)!, { childList: true, subtree: true });
    },
    [target, root, text] as const,
  );
}

/** Dispatches a synthetic text/plain paste on `selector`, as a content script would; true when
 * the editor handled it (called preventDefault). */
export function paste(page: Page, selector: string, text: string): Promise<boolean> {
  return page.evaluate(
    ([sel, t]) => {
      const editor = document.querySelector<HTMLElement>(sel)!;
      editor.focus();
      const data = new DataTransfer();
      data.setData('text/plain', t);
      const event = new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
      });
      return !editor.dispatchEvent(event);
    },
    [selector, text] as const,
  );
}

/** A successful result block as the extension writes it (the scripted model answers these). */
export const OK_RESULT =
  'Result:\n<mcp-result call_id="c1" status="ok" nonce="0a1b2c3d">\nHello back\n</mcp-result nonce="0a1b2c3d">';

/** A file as a test hands it to a page. */
export type TestFile = { name: string; type: string; text: string };

/** Hands `files` to the file input `selector` the way the extension does (src/content/dom/attach.ts):
 * `input.files` from a DataTransfer, then `input` and `change` events. */
export function pickFiles(page: Page, selector: string, files: TestFile[]): Promise<void> {
  return page.evaluate(
    ([sel, list]) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [selector, files] as const,
  );
}

/**
 * The site's upload path, as the adapter's `uploads` describes it: the hidden input takes a text
 * file and shows one attachment chip, refuses a type its `accept` does not list, and `send` (the
 * site's own way of submitting a message) takes the file with the message and clears the chips.
 */
export async function expectUploadPath(
  page: Page,
  uploads: UploadSupport,
  send: () => Promise<void>,
): Promise<void> {
  const [input, chip] = [uploads.input[0]!, uploads.attachment[0]!];
  const opener = uploads.opener?.[0];
  if (opener) {
    // The input is in the document only while the site's attach menu is open.
    await expect(page.locator(input)).toHaveCount(0);
    await page.locator(opener).click();
    await expect(page.locator(opener)).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(page.locator(input)).toHaveCount(1);
  // Out of sight: not displayed, or transparent as X keeps its input (0.1px square, opacity 0).
  expect(
    await page.locator(input).evaluate((el) => {
      const style = getComputedStyle(el);
      return style.display === 'none' || style.opacity === '0';
    }),
  ).toBe(true);
  // An input that names the types it takes refuses others; one that names none (ChatGPT's
  // "Attach files") takes any file.
  const accept = await page.locator(input).getAttribute('accept');
  if (accept !== null) expect(accept).toBe(uploads.accepts.join(','));
  await expect(page.locator(chip)).toHaveCount(0);

  const notes: TestFile = { name: 'notes.txt', type: 'text/plain', text: 'hello file' };
  await pickFiles(page, input, [notes]);
  await expect(page.locator(chip)).toHaveCount(1);
  if (accept !== null) {
    await pickFiles(page, input, [{ name: 'bundle.zip', type: 'application/zip', text: 'PK' }]);
    await expect(page.locator(chip)).toHaveCount(1);
  }
  if (opener) {
    await page.keyboard.press('Escape');
    await expect(page.locator(input)).toHaveCount(0);
    await expect(page.locator(chip)).toHaveCount(1);
  }
  expect(await page.evaluate(() => window.__fixture.attachments().map((f) => f.name))).toEqual([
    notes.name,
  ]);

  await send();
  await expect
    .poll(() => page.evaluate(() => window.__fixture.submittedFiles))
    .toEqual([[{ name: notes.name, type: notes.type, size: notes.text.length, text: notes.text }]]);
  await expect(page.locator(chip)).toHaveCount(0);
  expect(await page.evaluate(() => window.__fixture.attachments())).toEqual([]);
}

/** Has the page note, from inside, the aria-label of what `selector` matches while a reply is
 * being written (a short reply may end before a check from outside runs); `expectNoted` reads it. */
export function noteWhileStreaming(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const observer = new MutationObserver(() => {
      const found = document.querySelector(sel);
      if (!found || !window.__fixture.isStreaming()) return;
      document.body.dataset.noted = found.getAttribute('aria-label') ?? '';
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }, selector);
}

export const expectNoted = (page: Page, label: string) =>
  expect(page.locator('body')).toHaveAttribute('data-noted', label);
