// The ChatGPT fixture with a scripted model, driven like the e2e tests drive it, plus the probe.
import type { BrowserContext } from '@playwright/test';
import { ChatPage } from '../e2e/pages/chat-page';
import { routeChatSite, type ScriptRule } from '../e2e/sites/build';
import { ADAPTERS } from '../src/content/adapters/registry';
import { CARD_HOST_ATTRIBUTE } from '../src/content/cards/host';
import { installProbe, KEEP_NAMES_SHIM, type Probe } from './probe';

/** A reply of `calls` echo blocks that ends with the last closing fence, as the last character. */
export function echoReply(tag: string, calls: number): string {
  const blocks = Array.from({ length: calls }, (_, i) =>
    [
      '```mcp-call',
      JSON.stringify({
        call_id: `${tag}-${i}`,
        tool: 'echo',
        arguments: { message: `${tag}-${i}` },
      }),
      '```',
    ].join('\n'),
  );
  return `Calling echo.\n\n${blocks.join('\n\n')}`;
}

export class BenchChat {
  private constructor(
    readonly chat: ChatPage,
    private sent = 0,
  ) {}

  /** `rounds[i]` is the model's reply to the i-th message sent. */
  static async open(context: BrowserContext, rounds: string[]): Promise<BenchChat> {
    const adapter = ADAPTERS.find((a) => a.site.id === 'chatgpt');
    if (!adapter) throw new Error('No ChatGPT adapter');
    const script: ScriptRule[] = rounds.map((reply, i) => ({ when: `[round ${i}]`, reply }));
    // ChatGPT's March–September 2026 layout keeps every turn in the page, so a card's place
    // among the cards stays its name across rounds (the 2026-09 layout mounts six exchanges).
    await routeChatSite(context, 'chatgpt', script, { layout: '2026-03' });
    const page = await context.newPage();
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript(installProbe, CARD_HOST_ATTRIBUTE);
    const chat = await ChatPage.open(page, adapter);
    await page.bringToFront();
    return new BenchChat(chat);
  }

  /** Sends the next round's message (clearing any result left in the composer). */
  async next(): Promise<void> {
    const { page } = this.chat;
    await this.chat.composer().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(`[round ${this.sent++}]`);
    await page.keyboard.press('Enter');
  }

  probe(): Promise<Probe> {
    return this.chat.page.evaluate(() => window.__bench);
  }

  /** Waits until card `card` has reached one of `phases`, and returns when (page clock). */
  async reached(card: number, phases: string[], timeoutMs = 20_000) {
    const handle = await this.chat.page.waitForFunction(
      ([card, phases]) =>
        window.__bench.phases.find((p) => p.card === card && phases.includes(p.phase)),
      [card, phases] as const,
      { timeout: timeoutMs, polling: 10 },
    );
    return (await handle.jsonValue()) as Probe['phases'][number];
  }
}
