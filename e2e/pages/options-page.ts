// Page object for the options page.
import { expect, type Page } from '@playwright/test';
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

  async addServer(
    url: string,
    name?: string,
    more: { timeoutSeconds?: number; transport?: string; headers?: Record<string, string> } = {},
  ): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Add a server' });
    await form.getByLabel('Server URL').fill(url);
    if (name !== undefined) await form.getByLabel('Name (optional)').fill(name);
    if (Object.keys(more).length > 0) {
      await form.getByRole('button', { name: /More options/ }).click();
      if (more.transport)
        await form.getByLabel('Transport').selectOption({ label: more.transport });
      if (more.timeoutSeconds)
        await form.getByLabel('Tool call timeout (seconds)').fill(String(more.timeoutSeconds));
      for (const [i, [header, value]] of Object.entries(more.headers ?? {}).entries()) {
        await form.getByRole('button', { name: 'Add header' }).click();
        await form.getByLabel(`Header ${i + 1} name`).fill(header);
        await form.getByLabel(`Header ${i + 1} value`).fill(value);
      }
    }
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

  /** Sends a message as this extension page does (for settings the page has no control for yet). */
  send(
    type: string,
    payload: unknown,
  ): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
    return this.page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
      type,
      payload,
    ] as const);
  }

  /** Sets a tool's consent policy on the server with this name; fails the test if refused. */
  async setPolicy(
    serverName: string,
    tool: string,
    policy: 'ask' | 'allow' | 'deny',
  ): Promise<void> {
    const list = (await this.send('servers.list', {})) as {
      value: { servers: { id: string; name: string }[] };
    };
    const serverId = list.value.servers.find((s) => s.name === serverName)?.id;
    expect(await this.send('policies.set', { serverId, tool, policy })).toEqual({
      ok: true,
      value: {},
    });
  }

  async setSite(siteId: string, settings: { auto: boolean; maxRounds: number }): Promise<void> {
    expect(await this.send('sites.set', { siteId, settings })).toEqual({ ok: true, value: {} });
  }
}
