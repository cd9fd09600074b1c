// Node side of the chat-site fixtures: bundles a site's page.ts with esbuild, inlines it into the
// site's index.html together with the script rules, and serves the result from Playwright routes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { CHAT_SITES, type ChatSite } from '../../src/shared/sites';
import { DEFAULT_SCRIPT, type ScriptRule, type StreamOptions } from './scripted-model';

export type { ScriptRule, StreamOptions } from './scripted-model';
export { DEFAULT_SCRIPT } from './scripted-model';

/** A chat site's id, as registered in src/shared/sites.ts; its fixture lives in e2e/sites/<id>/. */
export type Site = string;

export type SitePageOptions = {
  /** Chunking/timing of the streamed replies (the `random` field cannot be passed to the page). */
  stream?: Omit<StreamOptions, 'random'>;
};

function siteOf(site: Site): ChatSite {
  const found = CHAT_SITES.find((s) => s.id === site);
  if (!found) throw new Error(`No chat site "${site}" in src/shared/sites.ts`);
  return found;
}

const bundles = new Map<Site, Promise<string>>();

function siteFile(site: Site, name: string): string {
  return fileURLToPath(new URL(`./${site}/${name}`, import.meta.url));
}

async function bundle(site: Site): Promise<string> {
  const result = await build({
    entryPoints: [siteFile(site, 'page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (js === undefined) throw new Error(`esbuild produced no output for ${site}`);
  return js;
}

function cachedBundle(site: Site): Promise<string> {
  let pending = bundles.get(site);
  if (!pending) {
    pending = bundle(site);
    pending.catch(() => bundles.delete(site)); // let a later call retry after a failed build
    bundles.set(site, pending);
  }
  return pending;
}

/** JSON safe to place inside a <script> element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The full HTML of a site's fixture page, with its bundle and script inlined. */
export async function buildSitePage(
  site: Site,
  script?: ScriptRule[],
  options: SitePageOptions = {},
): Promise<string> {
  const [html, js] = await Promise.all([
    readFile(siteFile(site, 'index.html'), 'utf8'),
    cachedBundle(site),
  ]);
  const data =
    `<script type="application/json" id="fixture-script">${inlineJson(script ?? DEFAULT_SCRIPT)}</script>\n` +
    `<script type="application/json" id="fixture-stream-options">${inlineJson(options.stream ?? {})}</script>`;
  const code = `<script>\n${js.replace(/<\/(script)/gi, '<\\/$1')}\n</script>`;
  // Function replacers: the bundle is full of `$` sequences that string replacement would expand.
  return html
    .replace('<!--FIXTURE_SCRIPT-->', () => data)
    .replace('<!--FIXTURE_BUNDLE-->', () => code);
}

/** Serves the fixture page for every document request on the site's origins (it is a single-page
 * app: the adapter decides which routes are chats); every other request gets an empty 404. */
export async function routeChatSite(
  context: BrowserContext,
  site: Site,
  script?: ScriptRule[],
  options: SitePageOptions = {},
): Promise<void> {
  const html = await buildSitePage(site, script, options);
  for (const origin of siteOf(site).origins) {
    await context.route(`${origin}/**`, async (route) => {
      if (route.request().resourceType() === 'document') {
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      } else {
        await route.fulfill({ status: 404, body: '' });
      }
    });
  }
}

/** Where a new chat starts on the site. */
export function startUrl(site: Site): string {
  return siteOf(site).startUrl;
}
