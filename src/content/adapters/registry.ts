// Every site adapter, and the choice of one for the current page.
import { siteForUrl } from '../../shared/sites';
import { chatgpt } from './chatgpt';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [chatgpt];

export function adapterFor(url: string): SiteAdapter | undefined {
  const site = siteForUrl(url);
  return site && ADAPTERS.find((a) => a.site.id === site.id);
}
