// The server list as the popup and the options page both show it.
import type { Locator, Page } from '@playwright/test';

export class ServerList {
  constructor(private readonly page: Page) {}

  /** The list item of the server with this name. */
  item(name: string): Locator {
    return this.page
      .getByRole('list', { name: 'Servers' })
      .getByRole('listitem')
      .filter({
        has: this.page.locator('.name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
      });
  }

  state(name: string): Locator {
    return this.item(name).locator('.state-word');
  }

  toolCount(name: string): Locator {
    return this.item(name).locator('.tool-count');
  }

  error(name: string): Locator {
    return this.item(name).getByRole('alert');
  }

  all(): Locator {
    return this.page.getByRole('list', { name: 'Servers' }).getByRole('listitem');
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
