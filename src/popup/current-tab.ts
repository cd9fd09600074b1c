// The tab the popup describes, and the way to bring a tab to the front.
import browser from 'webextension-polyfill';

export interface PopupTab {
  id: number;
  /** Known only for the chat sites, which the extension has host permission for. */
  url?: string;
}

/**
 * The active tab of the popup's window. Without the `tabs` permission its URL comes only on the
 * chat sites, which is all the popup needs. The popup opened as a page of its own (the e2e
 * tests: headless Chromium has no toolbar) is its window's active tab, so `?tab=<id>` names one.
 */
export async function currentTab(): Promise<PopupTab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return undefined;
  return tab.url ? { id: tab.id, url: tab.url } : { id: tab.id };
}

/** Shows the tab and raises its window; the action popup closes as focus leaves it. */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}
