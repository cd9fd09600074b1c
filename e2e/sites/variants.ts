// Every chat app the e2e drives through an adapter: each site's own app, and the other apps some
// sites run on another origin (./other-apps.ts), each with its own fixture.
import { ADAPTERS } from '../../src/content/adapters/registry';
import type { SiteAdapter } from '../../src/content/adapters/types';
import { forms as aistudio } from './aistudio/forms';
import { forms as chatgpt } from './chatgpt/forms';
import { forms as claude } from './claude/forms';
import { forms as deepseek } from './deepseek/forms';
import type { FixtureForms } from './forms';
import { forms as gemini } from './gemini/forms';
import { forms as grok } from './grok/forms';
import { forms as grokX } from './grok-x/forms';
import { forms as mistral } from './mistral/forms';
import { OTHER_APPS } from './other-apps';
import { forms as perplexity } from './perplexity/forms';

/** Each fixture folder's layouts and languages. */
export const FIXTURE_FORMS: Record<string, FixtureForms> = {
  aistudio,
  chatgpt,
  claude,
  deepseek,
  gemini,
  grok,
  'grok-x': grokX,
  mistral,
  perplexity,
};

export interface ChatVariant {
  adapter: SiteAdapter;
  /** Names the app in test titles; the site's name for its main app. */
  label: string;
  /** Where a new chat starts in this app. */
  startUrl: string;
  /** The layouts and languages its fixture serves. */
  forms: FixtureForms;
}

const formsOf = (fixture: string): FixtureForms => {
  const forms = FIXTURE_FORMS[fixture];
  if (!forms) throw new Error(`No forms.ts in e2e/sites/${fixture}`);
  return forms;
};

const adapterOf = (site: string) => {
  const adapter = ADAPTERS.find((a) => a.site.id === site);
  if (!adapter) throw new Error(`No adapter for ${site}`);
  return adapter;
};

export const CHAT_VARIANTS: readonly ChatVariant[] = [
  ...ADAPTERS.map((adapter) => ({
    adapter,
    label: adapter.site.name,
    startUrl: adapter.site.startUrl,
    forms: formsOf(adapter.site.id),
  })),
  ...OTHER_APPS.map(({ site, label, startUrl, fixture }) => ({
    adapter: adapterOf(site),
    label,
    startUrl,
    forms: formsOf(fixture),
  })),
];

/** The app a page of `site` at `url` shows: another app served on that origin, else its own. */
export function variantAt(site: string, url: string): ChatVariant | undefined {
  const origin = new URL(url).origin;
  const ofSite = CHAT_VARIANTS.filter((v) => v.adapter.site.id === site);
  return ofSite.find((v) => new URL(v.startUrl).origin === origin) ?? ofSite[0];
}
