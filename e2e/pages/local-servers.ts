// Page object for the options page's Local servers section and a local server's process line.
import type { Locator, Page } from '@playwright/test';
import type { ServerView } from '../../src/shared/messages/views';
import type { OptionsPage } from './options-page';

export class LocalServersSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Local servers', exact: true });
  }

  /** What the section says of the companion: installed and which version, or what is wrong. */
  state(): Locator {
    return this.region.getByRole('status').or(this.region.getByRole('alert')).first();
  }

  entry(name: string): Locator {
    return this.region
      .getByRole('list', { name: 'The companion’s servers' })
      .getByRole('listitem')
      .filter({ has: this.page.locator('.name', { hasText: name }) });
  }

  async add(name: string): Promise<void> {
    await this.region.getByRole('button', { name: `Add ${name} to MCP Switchboard` }).click();
  }

  checkAgain(): Locator {
    return this.region.getByRole('button', { name: 'Check again' });
  }
}

/** A server's process line in the server list ("Running as process 123 since …"). */
export function processLine(options: OptionsPage, name: string): Locator {
  return options.servers.item(name).locator('.process-state');
}

/** The server's view as the background sends it, with its process as the companion reported. */
export async function serverView(options: OptionsPage, name: string): Promise<ServerView> {
  const answer = (await options.send('servers.list', {})) as { value: { servers: ServerView[] } };
  const view = answer.value.servers.find((s) => s.name === name);
  if (!view) throw new Error(`No server named ${name}`);
  return view;
}
