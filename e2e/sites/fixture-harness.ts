// Shared set-up for the fixture pages' self-tests: one Chromium per file (no extension), a fresh
// context per test, and reads of the page's `window.__fixture` API. Site-agnostic.
import { type Browser, type BrowserContext, chromium, type Page, test } from '@playwright/test';
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
