// Page object for the options page's Resources and prompts section.
import type { Locator, Page } from '@playwright/test';

export class ResourcesSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Resources and prompts', exact: true });
  }

  search(): Locator {
    return this.region.getByRole('searchbox', { name: 'Search resources and prompts' });
  }

  /** The line under the search box: what there is, or how much matches. */
  count(): Locator {
    return this.region.locator('#catalog-search-count');
  }

  /** One server's group, by the server's name. */
  server(name: string): Locator {
    return this.region.getByRole('region', { name, exact: true });
  }

  /** A resource (by its title or name), template (by name) or prompt (by name) of a server. */
  entry(server: string, name: string): Locator {
    return this.server(server).getByRole('article', { name, exact: true });
  }

  /** The content shown for a read resource, by the address it was read from. */
  content(entry: Locator, uri: string): Locator {
    return entry.getByRole('region', { name: `Content of ${uri}`, exact: true });
  }

  /** The error shown next to an entry. */
  error(entry: Locator): Locator {
    return entry.getByRole('alert');
  }

  /** A prompt's text, once it has been got. */
  promptText(entry: Locator, prompt: string): Locator {
    return entry.getByRole('textbox', { name: `Text of ${prompt}`, exact: true });
  }
}
