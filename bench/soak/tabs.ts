// A chat tab driven as a user drives it: a message, the model's reply with tool calls, Run on each
// card (Cancel on some while they run), until each card shows its outcome.
import type { BrowserContext } from '@playwright/test';
import { expect } from '@playwright/test';
import { ChatPage } from '../../e2e/pages/chat-page';
import { routeChatSite, type ScriptRule } from '../../e2e/sites/build';
import { ADAPTERS } from '../../src/content/adapters/registry';
import type { Outcome } from './outcomes';

export interface CardCall {
  id: string;
  server: string;
  tool: 'echo' | 'slow';
  message: string;
  cancel: boolean;
}

/** Card states that end a call, as the card words them. */
const FINAL = new Set(['Done', 'Failed', 'Tool reported an error', 'Denied', 'Cannot run']);

const reply = (calls: CardCall[]) =>
  [
    'Running the tools.',
    ...calls.map((c) =>
      [
        '```mcp-call',
        JSON.stringify({
          call_id: c.id,
          server: c.server,
          tool: c.tool,
          arguments: { id: c.id, message: c.message },
        }),
        '```',
      ].join('\n'),
    ),
  ].join('\n\n');

export class SoakTab {
  private cards = 0;
  /** Cards that could not be run as their server was down when they were checked. */
  unoffered = 0;

  private constructor(
    private readonly chat: ChatPage,
    private readonly rounds: CardCall[][],
  ) {}

  /** Opens `site`'s fixture whose model answers round `k` with `rounds[k]`'s calls. */
  static async open(context: BrowserContext, site: string, rounds: CardCall[][]) {
    const adapter = ADAPTERS.find((a) => a.site.id === site);
    if (!adapter) throw new Error(`no adapter for ${site}`);
    const script: ScriptRule[] = rounds.map((calls, k) => ({
      when: `[round ${k}]`,
      reply: reply(calls),
    }));
    await routeChatSite(context, site, script);
    return new SoakTab(await ChatPage.open(await context.newPage(), adapter), rounds);
  }

  /** Plays round `k`: every call is run (and some cancelled); one outcome per call. */
  async play(k: number, boundMs: number): Promise<Outcome[]> {
    const calls = this.rounds[k] ?? [];
    const { chat } = this;
    // Results of the last round wait in the message box; this round's message replaces them.
    await chat.composer().click();
    await chat.page.keyboard.press('ControlOrMeta+A');
    await chat.page.keyboard.press('Delete');
    await chat.page.keyboard.type(`[round ${k}]`);
    await chat.page.keyboard.press('Enter');
    const first = this.cards;
    this.cards += calls.length;
    await expect.poll(() => chat.cards.count(), { timeout: boundMs }).toBe(this.cards);
    const outcomes: Outcome[] = [];
    for (const [i, call] of calls.entries()) {
      const index = first + i;
      const status = async () => (await chat.cards.read(index))?.status ?? '';
      await expect.poll(status, { timeout: boundMs }).toMatch(/^(Waiting for you|Cannot run)$/);
      // Checked while its server was down, the card offers no Run: the user approved nothing.
      if ((await status()) === 'Cannot run') {
        this.unoffered++;
        continue;
      }
      await chat.cards.run(index);
      if (call.cancel) {
        // Pressed while it runs; if it ended first, the outcome is what it ended with.
        if ((await status()) === 'Running') await chat.cards.click('cancel', index).catch(() => {});
      }
      let final = '';
      try {
        await expect
          .poll(status, { timeout: boundMs })
          .toMatch(/^(Done|Failed|Tool reported an error|Denied|Cannot run)$/);
        final = await status();
      } catch {
        // Still running (or waiting) past its bound: the user would be left waiting.
      }
      const message = FINAL.has(final) ? ((await chat.cards.read(index))?.message ?? '') : '';
      outcomes.push({
        id: call.id,
        via: 'card',
        fate: !FINAL.has(final) ? 'lost' : final === 'Done' ? 'ok' : 'failed',
        ...(final && final !== 'Done' ? { detail: reason(message) } : {}),
        cancelled: call.cancel,
      });
    }
    return outcomes;
  }
}

/** A failure's wording without what differs from call to call (ports, names, counts). */
function reason(message: string): string {
  return message
    .replace(/ The error is in the message box.*$/, '')
    .replace(/\d+/g, 'N')
    .slice(0, 90);
}
