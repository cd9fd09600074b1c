// Page object for the options page.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Policies, Policy } from '../../src/shared/storage/items';
import type { SiteSettings } from '../../src/shared/storage/site-defaults';
import { ServerList } from './server-list';

const POLICY_WORD = { ask: 'Ask', allow: 'Allow', deny: 'Deny' } as const;

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
    more: {
      timeoutSeconds?: number;
      transport?: string;
      headers?: Record<string, string>;
      omitOrigin?: boolean;
    } = {},
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
      if (more.omitOrigin)
        await form.getByRole('switch', { name: 'Send requests without the Origin header' }).check();
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

  async setSite(siteId: string, settings: Partial<SiteSettings>): Promise<void> {
    expect(await this.send('sites.set', { siteId, settings })).toEqual({ ok: true, value: {} });
  }

  /** A chat site's stored settings, as the background reads them. */
  async siteSettings(siteId: string): Promise<SiteSettings | undefined> {
    const answer = (await this.send('sites.get', {})) as {
      value: { sites: Record<string, SiteSettings> };
    };
    return answer.value.sites[siteId];
  }

  /** A chat site's entry in the Sites section, by the site's name. */
  site(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** What the site's entry last said it saved. */
  siteNote(name: string): Locator {
    return this.site(name)
      .getByRole('status')
      .filter({ hasText: /^Saved/ });
  }

  /** Turns the extension on or off for a site with its switch, and waits until it is saved. */
  async setSiteSupport(name: string, on: boolean): Promise<void> {
    const toggle = this.site(name).getByRole('switch', { name: `Use MCP Switchboard on ${name}` });
    if ((await toggle.isChecked()) === on) return;
    await toggle.setChecked(on);
    await expect(this.siteNote(name)).toHaveText(
      `Saved: MCP Switchboard is ${on ? 'on' : 'off'} on ${name}.`,
    );
  }

  autoModeSwitch(name: string): Locator {
    return this.site(name).getByRole('switch', { name: `Auto mode on ${name}` });
  }

  /** The tokens of signatures above which the site's instructions list tools by name. */
  catalogThreshold(name: string): Locator {
    return this.site(name).getByLabel('List tools by name above this many tokens');
  }

  roundCap(name: string): Locator {
    return this.site(name).getByLabel('Rounds without you before auto mode pauses');
  }

  /** Sets auto mode and its round cap with the site's controls, and waits until both are saved. */
  async setAutoMode(name: string, on: boolean, maxRounds?: number): Promise<void> {
    const toggle = this.autoModeSwitch(name);
    if ((await toggle.isChecked()) !== on) {
      await toggle.setChecked(on);
      await expect(this.siteNote(name)).toHaveText(`Saved: auto mode is ${on ? 'on' : 'off'}.`);
    }
    if (maxRounds === undefined || (await this.roundCap(name).inputValue()) === String(maxRounds))
      return;
    await this.roundCap(name).fill(String(maxRounds));
    await this.roundCap(name).press('Enter');
    await expect(this.siteNote(name)).toHaveText(
      `Saved: auto mode pauses after ${maxRounds} rounds.`,
    );
  }

  /** Opens the site's instructions panel (custom text and preview) if it is closed. */
  async openInstructions(name: string): Promise<void> {
    const toggle = this.site(name).getByRole('button', { name: /^Instructions: / });
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.customInstructions(name)).toBeVisible();
  }

  customInstructions(name: string): Locator {
    return this.site(name).getByRole('textbox', {
      name: `Custom instructions for ${name}`,
      exact: true,
    });
  }

  /** Types and saves a site's custom instructions, and waits until they are saved. */
  async writeInstructions(name: string, text: string): Promise<void> {
    await this.openInstructions(name);
    await this.customInstructions(name).fill(text);
    const save = this.site(name).getByRole('button', { name: 'Save instructions' });
    await save.click();
    await expect(save).toBeDisabled();
    await expect(this.siteNote(name)).toHaveText(
      text ? 'Saved: custom instructions.' : 'Saved: no custom instructions.',
    );
  }

  /** The preview of what Insert puts into a new chat on the site. */
  preview(name: string): Locator {
    return this.site(name).getByLabel(`Preview: what Insert puts into a new ${name} chat`);
  }

  /** The preview's token count, once it has loaded. */
  async previewTokens(name: string): Promise<number> {
    const tokens = this.site(name).getByText(/^about \d+ tokens$/);
    await expect(tokens).toBeVisible();
    return Number((await tokens.textContent())?.match(/\d+/)?.[0]);
  }

  /** One server's group in the Tools section, by the server's name. */
  toolServer(serverName: string): Locator {
    return this.page
      .getByRole('region', { name: 'Tools', exact: true })
      .getByRole('region', { name: serverName, exact: true });
  }

  /** A tool's entry in the Tools section. */
  tool(serverName: string, toolName: string): Locator {
    return this.toolServer(serverName).getByRole('article', { name: toolName, exact: true });
  }

  toolSearch(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search tools' });
  }

  /** A tool's policy control in the Tools section. */
  toolPolicy(serverName: string, toolName: string): Locator {
    return this.tool(serverName, toolName).getByRole('combobox', {
      name: `Policy for ${toolName}`,
    });
  }

  /** The default policy control of a server's group in the Tools section. */
  serverDefaultPolicy(serverName: string): Locator {
    return this.toolServer(serverName).getByRole('combobox', {
      name: `Default policy for ${serverName}`,
    });
  }

  /** Chooses a tool's policy with its control in the Tools section, and waits until it is saved. */
  async choosePolicy(
    serverName: string,
    toolName: string,
    policy: Policy | 'server default',
  ): Promise<void> {
    await this.toolPolicy(serverName, toolName).selectOption(
      policy === 'server default' ? 'server-default' : policy,
    );
    await expect(this.tool(serverName, toolName).getByRole('status')).toHaveText(
      policy === 'server default'
        ? `Saved: ${toolName} follows the server default.`
        : `Saved: ${toolName} is set to ${POLICY_WORD[policy]}.`,
    );
  }

  /** Chooses a server's default policy in the Tools section, and waits until it is saved. */
  async chooseServerDefault(serverName: string, policy: Policy): Promise<void> {
    await this.serverDefaultPolicy(serverName).selectOption(policy);
    await expect(
      this.toolServer(serverName).getByText(
        `Saved: the default for ${serverName} is ${POLICY_WORD[policy]}.`,
      ),
    ).toBeVisible();
  }

  /** The consent policies the background holds for the server with this name. */
  async storedPolicies(serverName: string): Promise<Policies[string] | undefined> {
    const list = (await this.send('servers.list', {})) as {
      value: { servers: { id: string; name: string }[] };
    };
    const serverId = list.value.servers.find((s) => s.name === serverName)?.id ?? '';
    const answer = (await this.send('policies.get', {})) as { value: { policies: Policies } };
    return answer.value.policies[serverId];
  }
}
