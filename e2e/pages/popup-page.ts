// Page object for the toolbar popup, opened as a tab (headless Chromium has no toolbar).
import type { Page } from '@playwright/test';
import { ServerList } from './server-list';

export class PopupPage {
  readonly servers: ServerList;

  private constructor(readonly page: Page) {
    this.servers = new ServerList(page);
  }

  static async open(page: Page, extensionId: string): Promise<PopupPage> {
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    return new PopupPage(page);
  }
}
