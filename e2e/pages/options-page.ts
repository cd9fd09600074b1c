// Page object for the options page.
import type { Page } from '@playwright/test';
import { ServerList } from './server-list';

export class OptionsPage {
  readonly servers: ServerList;

  private constructor(readonly page: Page) {
    this.servers = new ServerList(page);
  }

  static async open(page: Page, extensionId: string): Promise<OptionsPage> {
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    return new OptionsPage(page);
  }

  async addServer(url: string, name?: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a server' });
    await form.getByLabel('Server URL').fill(url);
    if (name !== undefined) await form.getByLabel('Name (optional)').fill(name);
    await form.getByRole('button', { name: 'Add server' }).click();
  }

  formError() {
    return this.page.getByRole('form', { name: 'Add a server' }).getByRole('alert');
  }

  async editUrl(name: string, url: string): Promise<void> {
    const item = this.servers.item(name);
    await item.getByRole('button', { name: 'Edit' }).click();
    const form = item.getByRole('form');
    await form.getByLabel('Server URL').fill(url);
    await form.getByRole('button', { name: 'Save' }).click();
  }
}
