// What the popup says about the tab it was opened on: which chat site, whether support is on,
// whether the site's adapter finds what it needs, and auto mode.
import { adapterFor } from '../content/adapters/registry';
import { type ChatSite, siteForUrl } from '../shared/sites';
import type { SiteSettings } from '../shared/storage/site-defaults';

export type TabHealth =
  | { state: 'healthy' }
  | { state: 'broken'; missing: string[] }
  /** No report from the tab: its page has not loaded the chat yet, or predates the extension. */
  | { state: 'unchecked' };

export interface BrokenTab {
  tabId: number;
  site: string;
  missing: string[];
}

/** What `health.get` answers. */
export interface HealthAnswer {
  broken: BrokenTab[];
  healthy: number[];
}

export function healthOf(tabId: number, answer: HealthAnswer): TabHealth {
  const broken = answer.broken.find((b) => b.tabId === tabId);
  if (broken) return { state: 'broken', missing: broken.missing };
  return answer.healthy.includes(tabId) ? { state: 'healthy' } : { state: 'unchecked' };
}

export interface TabSite {
  site: ChatSite;
  /** False on the site's other pages (settings, x.com outside Grok): nothing runs there. */
  chatRoute: boolean;
}

/**
 * The chat site a tab is on. The popup learns a tab's URL only for the chat sites (their host
 * permission), so any other page has none and is, rightly, no chat site.
 */
export function tabSite(url: string | undefined): TabSite | undefined {
  const site = siteForUrl(url);
  if (!site || !url) return undefined;
  return { site, chatRoute: adapterFor(url)?.isChatRoute(new URL(url)) ?? false };
}

function healthWords(health: TabHealth): string {
  switch (health.state) {
    case 'healthy':
      return 'healthy';
    case 'broken':
      return `broken (${health.missing.join(', ')} not found)`;
    case 'unchecked':
      return 'not checked yet';
  }
}

/** One line, e.g. "ChatGPT: support on, healthy, auto mode off". */
export function tabSummary(
  { site, chatRoute }: TabSite,
  settings: SiteSettings,
  health: TabHealth,
): string {
  if (!settings.enabled) return `${site.name}: support off`;
  if (!chatRoute) return `${site.name}: support on, not a chat page`;
  return `${site.name}: support on, ${healthWords(health)}, auto mode ${settings.auto ? 'on' : 'off'}`;
}
