// Node side of the chat-site fixtures: bundles a fixture's page.ts with esbuild, inlines it into the
// fixture's index.html together with the script rules, and serves the result from Playwright routes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { CHAT_SITES, type ChatSite } from '../../src/shared/sites';
import { OTHER_APPS } from './other-apps';
import { DEFAULT_SCRIPT, type ScriptRule, type StreamOptions } from './scripted-model';

export type { ScriptRule, StreamOptions } from './scripted-model';
export { DEFAULT_SCRIPT } from './scripted-model';

/** A chat site's id, as registered in src/shared/sites.ts; its fixture lives in e2e/sites/<id>/. */
export type Site = string;

/** A fixture folder under e2e/sites/: a site's id, or another app of the site (./other-apps.ts). */
type Fixture = string;

const fixtureFor = (site: Site, origin: string): Fixture =>
  OTHER_APPS.find((app) => app.site === site && app.origin === origin)?.fixture ?? site;

export type SitePageOptions = {
  /** Chunking/timing of the streamed replies (the `random` field cannot be passed to the page). */
  stream?: Omit<StreamOptions, 'random'>;
  /** Which of the fixture's layouts to serve (./forms.ts); its first when not given. */
  layout?: string;
  /** The UI language of the fixture's labels (./forms.ts); English when not given. */
  lang?: string;
  /** Where the fixture turns long pastes into attachments: the longest paste it keeps as text,
   * when a test wants another than the site's. */
  pasteLimit?: number;
};

function siteOf(site: Site): ChatSite {
  const found = CHAT_SITES.find((s) => s.id === site);
  if (!found) throw new Error(`No chat site "${site}" in src/shared/sites.ts`);
  return found;
}

const bundles = new Map<Fixture, Promise<string>>();

function fixtureFile(fixture: Fixture, name: string): string {
  return fileURLToPath(new URL(`./${fixture}/${name}`, import.meta.url));
}

async function bundle(fixture: Fixture): Promise<string> {
  const result = await build({
    entryPoints: [fixtureFile(fixture, 'page.ts')],
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
  if (js === undefined) throw new Error(`esbuild produced no output for ${fixture}`);
  return js;
}

function cachedBundle(fixture: Fixture): Promise<string> {
  let pending = bundles.get(fixture);
  if (!pending) {
    pending = bundle(fixture);
    pending.catch(() => bundles.delete(fixture)); // let a later call retry after a failed build
    bundles.set(fixture, pending);
  }
  return pending;
}

/** JSON safe to place inside a <script> element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The full HTML of a fixture page, with its bundle and script inlined. */
async function buildFixturePage(
  fixture: Fixture,
  script?: ScriptRule[],
  options: SitePageOptions = {},
): Promise<string> {
  const [html, js] = await Promise.all([
    readFile(fixtureFile(fixture, 'index.html'), 'utf8'),
    cachedBundle(fixture),
  ]);
  const page = {
    layout: options.layout,
    lang: options.lang ?? 'en',
    pasteLimit: options.pasteLimit,
  };
  const data =
    `<script type="application/json" id="fixture-script">${inlineJson(script ?? DEFAULT_SCRIPT)}</script>\n` +
    `<script type="application/json" id="fixture-stream-options">${inlineJson(options.stream ?? {})}</script>\n` +
    `<script type="application/json" id="fixture-page-options">${inlineJson(page)}</script>`;
  const code = `<script>\n${js.replace(/<\/(script)/gi, '<\\/$1')}\n</script>`;
  // Function replacers: the bundle is full of `$` sequences that string replacement would expand.
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${page.lang}"`)
    .replace('<!--FIXTURE_SCRIPT-->', () => data)
    .replace('<!--FIXTURE_BUNDLE-->', () => code);
}

/** Serves a fixture page for every document request on the site's origins (each is a single-page
 * app: the adapter decides which routes are chats), another app's fixture where an origin serves
 * one (./other-apps.ts); every other request gets an empty 404. */
export async function routeChatSite(
  context: BrowserContext,
  site: Site,
  script?: ScriptRule[],
  options: SitePageOptions = {},
): Promise<void> {
  for (const origin of siteOf(site).origins) {
    const html = await buildFixturePage(fixtureFor(site, origin), script, options);
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
