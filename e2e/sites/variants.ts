// Every chat app the e2e drives through an adapter: each site's own app, and the other apps some
// sites run on another origin (./other-apps.ts), each with its own fixture.
import { ADAPTERS } from '../../src/content/adapters/registry';
import type { SiteAdapter } from '../../src/content/adapters/types';
import { OTHER_APPS } from './other-apps';

export interface ChatVariant {
  adapter: SiteAdapter;
  /** Names the app in test titles; the site's name for its main app. */
  label: string;
  /** Where a new chat starts in this app. */
  startUrl: string;
}

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
  })),
  ...OTHER_APPS.map(({ site, label, startUrl }) => ({ adapter: adapterOf(site), label, startUrl })),
];
