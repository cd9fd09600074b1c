// Page cost: main-thread script time while the fixture streams a 20,000-token reply into a
// 200-message conversation, in a browser with the extension ÷ the same in one without it. Runs
// alternate between the two so both see the same machine load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { decode, encode } from 'gpt-tokenizer/encoding/o200k_base';
import { ChatPage } from '../e2e/pages/chat-page';
import { routeChatSite } from '../e2e/sites/build';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';
import { ADAPTERS } from '../src/content/adapters/registry';
import { type Result, result } from './report';
import { median } from './stats';

const REPLY_TOKENS = 20_000;
const MESSAGES = 200;
/** Big chunks at the fixture's usual pace, so 20,000 tokens stream in seconds, not minutes. */
const STREAM = { minChunk: 200, maxChunk: 400, intervalMs: 15, firstChunkDelayMs: 10 };

/** Prose with code blocks now and then, cut at 20,000 o200k tokens. */
export function longReply(): string {
  const parts: string[] = [];
  for (let i = 0; parts.length < 2_000; i++)
    parts.push(
      i % 7 === 6
        ? `\`\`\`ts\nconst step${i} = compute(${i}, "section ${i}");\n\`\`\``
        : `Paragraph ${i}: the migration keeps every record, checks its fields and writes a summary of what changed, so a reader can follow the whole run.`,
    );
  const tokens = encode(parts.join('\n\n'));
  if (tokens.length < REPLY_TOKENS) throw new Error('the reply text is too short');
  return decode(tokens.slice(0, REPLY_TOKENS));
}

export async function openChat(context: BrowserContext, reply: string): Promise<ChatPage> {
  const adapter = ADAPTERS.find((a) => a.site.id === 'chatgpt');
  if (!adapter) throw new Error('No ChatGPT adapter');
  await routeChatSite(
    context,
    'chatgpt',
    [
      { when: '[long]', reply },
      { when: '*', reply: 'Noted.' },
    ],
    // The layout that keeps all 200 messages in the page: the most for the extension to read.
    { stream: STREAM, layout: '2026-03' },
  );
  const chat = await ChatPage.open(await context.newPage(), adapter);
  await chat.page.bringToFront();
  return chat;
}

export async function send(chat: ChatPage, text: string): Promise<void> {
  const { page } = chat;
  const before = (await chat.turns()).length;
  await chat.composer().click();
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (before) => window.__fixture.turns().length >= before + 2 && !window.__fixture.isStreaming(),
    before,
    { polling: 20, timeout: 120_000 },
  );
}

/** Script time on the page's main thread (every world, the extension's included) during `work`. */
async function scriptTime(page: Page, work: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const read = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000;
  };
  await cdp.send('Performance.enable');
  // Each run starts from a collected heap: garbage left by the run before (the page's own, in a
  // page that grows run by run) would otherwise be collected in this run's time, or not.
  await cdp.send('HeapProfiler.collectGarbage');
  const start = await read();
  await work();
  // What the extension does once the reply has ended counts too.
  await page.waitForTimeout(300);
  const end = await read();
  await cdp.detach();
  return end - start;
}

export async function pageCost(extensionContext: BrowserContext, runs: number): Promise<Result> {
  const reply = longReply();
  const profile = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 860 },
    args: [...CHROMIUM_ARGS],
  });
  try {
    const on = await openChat(extensionContext, reply);
    const off = await openChat(plain, reply);
    for (const chat of [on, off])
      for (let i = 0; i < MESSAGES / 2; i++) await send(chat, `[history ${i}]`);
    // Each run adds a long reply to both pages, so a run costs more than the one before in
    // both browsers alike: each run with the extension is set against the run without it that
    // follows, and the ratios' median is the figure. (A ratio of the two medians would rest on
    // the middle pair alone.)
    const ratios: number[] = [];
    const without: number[] = [];
    for (let r = 0; r < runs; r++) {
      const withIt = await scriptTime(on.page, () => send(on, `[long] ${r}`));
      const withoutIt = await scriptTime(off.page, () => send(off, `[long] ${r}`));
      ratios.push(withIt / withoutIt);
      without.push(withoutIt);
    }
    await on.page.close();
    const baseline = median(without);
    return result({
      name: 'page cost',
      value: median(ratios),
      unit: '×',
      baseline: { what: 'script time without the extension, median', value: baseline, unit: 'ms' },
      goal: { max: 1.05 },
      samples: runs,
    });
  } finally {
    await plain.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
