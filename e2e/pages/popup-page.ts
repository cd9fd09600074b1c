// Page object for the toolbar popup, opened as a tab (headless Chromium has no toolbar).
import type { Locator, Page, Worker } from '@playwright/test';
import { ServerList } from './server-list';

export class PopupPage {
  readonly servers: ServerList;

  private constructor(readonly page: Page) {
    this.servers = new ServerList(page);
  }

  /**
   * Opened as a tab, the popup is its own window's active tab: `tabId` names the tab it is to
   * describe as "this tab", as the toolbar popup describes the tab it was opened on.
   */
  static async open(page: Page, extensionId: string, tabId?: number): Promise<PopupPage> {
    const query = tabId === undefined ? '' : `?tab=${tabId}`;
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html${query}`);
    return new PopupPage(page);
  }

  /** The browser's id for the tab showing `page`, as the extension sees it. */
  static tabId(worker: Worker, page: Page): Promise<number> {
    return worker.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`No tab shows ${url}`);
      return tab.id;
    }, page.url());
  }

  thisTab(): Locator {
    return this.page.getByRole('region', { name: 'This tab' });
  }

  /** The one line saying the site, support, health and auto mode. */
  tabSummary(): Locator {
    return this.thisTab().locator('.tab-summary');
  }

  siteSwitch(site: string): Locator {
    return this.thisTab().getByRole('switch', { name: `Use MCP Switchboard on ${site}` });
  }

  autoSwitch(site: string): Locator {
    return this.thisTab().getByRole('switch', { name: `Auto mode on ${site}` });
  }

  pending(): Locator {
    return this.page.getByRole('region', { name: 'Pending tool calls' });
  }

  serverSwitch(name: string): Locator {
    return this.servers.item(name).getByRole('switch', { name: `Use ${name}` });
  }

  latency(name: string): Locator {
    return this.servers.item(name).locator('.latency');
  }

  addForm(): Locator {
    return this.page.getByRole('form', { name: 'Add a server' });
  }

  /** Opens the add form (shown at once when there are no servers) and adds a server. */
  async addServer(url: string, name?: string): Promise<void> {
    if (!(await this.addForm().isVisible()))
      await this.page.getByRole('button', { name: 'Add server', exact: true }).click();
    await this.addForm().getByLabel('Server URL').fill(url);
    if (name !== undefined) await this.addForm().getByLabel('Name (optional)').fill(name);
    await this.addForm().getByRole('button', { name: 'Add server' }).click();
  }
}
