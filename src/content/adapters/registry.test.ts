// Conventions as a test: every registered site has its adapter, selectors, fixture and manifest entries.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OTHER_APPS } from '../../../e2e/sites/other-apps';
import { CHAT_VARIANTS } from '../../../e2e/sites/variants';
import manifest from '../../../manifest.json' with { type: 'json' };
import { CHAT_SITES, sitePatterns } from '../../shared/sites';
import { ADAPTERS, adapterFor } from './registry';

const root = resolve(import.meta.dirname, '../../..');

/** A selector that matches a label's words, which the site translates. */
const WORDED =
  /\[(aria-label|placeholder|title|alt|aria-placeholder)\s*[\^$*~|]?=\s*["'][^"']*[A-Za-z]/i;

describe('site registry', () => {
  it('has exactly one adapter per site', () => {
    expect(ADAPTERS.map((a) => a.site.id).sort()).toEqual(CHAT_SITES.map((s) => s.id).sort());
  });

  for (const site of CHAT_SITES) {
    describe(site.name, () => {
      it('has its adapter folder, selectors, fixture page and fixture notes', () => {
        for (const file of [
          `src/content/adapters/${site.id}/index.ts`,
          `src/content/adapters/${site.id}/selectors.ts`,
          `e2e/sites/${site.id}/page.ts`,
          `e2e/sites/${site.id}/index.html`,
          `e2e/sites/${site.id}/README.md`,
        ]) {
          expect(existsSync(resolve(root, file)), file).toBe(true);
        }
      });

      it('says which UI each selector variant matches', () => {
        const source = readFileSync(
          resolve(root, `src/content/adapters/${site.id}/selectors.ts`),
          'utf8',
        );
        const variants = source.split('\n').filter((line) => /^\s*['"`].*['"`],?/.test(line));
        expect(variants.length).toBeGreaterThan(0);
        for (const line of variants) expect(line, line.trim()).toMatch(/\/\/\s*\S/);
      });

      it('finds every element it needs without words of one UI language', () => {
        const adapter = ADAPTERS.find((a) => a.site.id === site.id)!;
        const { reasoning: _, ...lists } = adapter.selectors;
        for (const [name, list] of Object.entries(lists)) {
          const neutral = list.filter((selector) => !WORDED.test(selector));
          expect(neutral, `${site.name} ${name}: a variant without a label's words`).not.toEqual(
            [],
          );
        }
      });

      it('is matched by the manifest for content scripts and host access', () => {
        const matches = manifest.content_scripts.flatMap((c) => c.matches);
        for (const pattern of sitePatterns(site)) {
          expect(matches).toContain(pattern);
          expect(manifest.host_permissions).toContain(pattern);
        }
      });

      it('is chosen for its own origins only', () => {
        for (const origin of site.origins) expect(adapterFor(`${origin}/`)?.site.id).toBe(site.id);
        expect(adapterFor(`${site.origins[0]}.evil.example/`)).toBeUndefined();
      });
    });
  }

  // A site whose origin serves another app (Grok inside X) is tested on that app's fixture too.
  for (const app of OTHER_APPS) {
    describe(app.label, () => {
      it("is one of its site's origins, and its start page is a chat route there", () => {
        const adapter = ADAPTERS.find((a) => a.site.id === app.site);
        expect(adapter?.site.origins).toContain(app.origin);
        expect(new URL(app.startUrl).origin).toBe(app.origin);
        expect(adapter?.isChatRoute(new URL(app.startUrl))).toBe(true);
      });

      it('has its fixture page, notes and self-test, and runs in the e2e site loops', () => {
        for (const name of ['page.ts', 'index.html', 'README.md', 'fixture.spec.ts']) {
          const file = `e2e/sites/${app.fixture}/${name}`;
          expect(existsSync(resolve(root, file)), file).toBe(true);
        }
        expect(CHAT_VARIANTS.map((v) => v.label)).toContain(app.label);
      });
    });
  }

  for (const variant of CHAT_VARIANTS) {
    it(`${variant.label}: its fixture serves its labels in a second language`, () => {
      expect(variant.forms.languages[0]).toBe('en');
      expect(variant.forms.languages.length).toBeGreaterThanOrEqual(2);
    });
  }

  it('injects content scripts into registered sites only', () => {
    const all = CHAT_SITES.flatMap(sitePatterns).sort();
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual(all);
  });
});
