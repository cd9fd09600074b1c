// `npm run bench -- --profile bridge`: where a card's call time goes, beyond the server's own. The
// same echo call is made five ways in interleaved rounds (so all see the same machine load), and
// the worker's fetch of each is timed too: what the extension's path adds shows as total time, and
// what runs beside a call (the click, the card, the bench watching) as a slower fetch.
import type { Page, Worker } from '@playwright/test';
import { inContentScript } from '../e2e/support/content-world';
import { directCalls, recordRun } from './bridge';
import type { BenchChat } from './chat';
import { callFromPage } from './lifecycle';
import { median } from './stats';

const WAYS = ['direct', 'page', 'content', 'card', 'card-unwatched'] as const;
type Way = (typeof WAYS)[number];

const WHAT: Record<Way, string> = {
  direct: 'fetch from the worker, no extension code (the bench baseline)',
  page: 'tools.call from an extension page, through the router',
  content: 'tools.call from the chat tab’s content script, as a card sends it',
  card: 'Run clicked on a card until it shows Done, watched every 10 ms (the bench metric)',
  'card-unwatched': 'the same, not watched until 400 ms after the click',
};

/** Times the worker's fetches from now on, into `globalThis.__benchFetches`. */
const timeFetches = (worker: Worker) =>
  worker.evaluate(() => {
    const g = globalThis as unknown as { __benchFetches?: number[]; __benchFetch?: typeof fetch };
    g.__benchFetches = [];
    g.__benchFetch ??= globalThis.fetch;
    const real = g.__benchFetch;
    globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
      const start = performance.now();
      const response = await real(...args);
      g.__benchFetches?.push(performance.now() - start);
      return response;
    };
  });
const takeFetches = (worker: Worker) =>
  worker.evaluate(() => {
    const g = globalThis as unknown as { __benchFetches: number[] };
    return g.__benchFetches.splice(0);
  });

export async function profileBridge(
  chat: BenchChat,
  page: Page,
  worker: Worker,
  extensionId: string,
  serverUrl: string,
  rounds: number,
  perRound: number,
): Promise<string> {
  const total = Object.fromEntries(WAYS.map((w) => [w, [] as number[]])) as Record<Way, number[]>;
  const fetched = Object.fromEntries(WAYS.map((w) => [w, [] as number[]])) as Record<Way, number[]>;
  await timeFetches(worker);
  let card = 0;
  for (let r = 0; r < rounds; r++)
    for (const way of WAYS) {
      await takeFetches(worker);
      if (way === 'direct') total[way].push(...(await directCalls(worker, serverUrl, perRound)));
      if (way === 'page')
        for (let k = 0; k < perRound; k++)
          total[way].push((await callFromPage(page, `profile-${r}-${k}`)).ms);
      if (way === 'content')
        for (let k = 0; k < perRound; k++)
          total[way].push(
            await inContentScript<number>(
              chat.chat.page,
              extensionId,
              `(async () => {
                const start = performance.now();
                await chrome.runtime.sendMessage({ type: 'tools.call', payload: {
                  callKey: 'profile-${r}-${k}',
                  call: { call_id: 'p${r}-${k}', tool: 'echo', arguments: { message: 'p' } },
                } });
                return performance.now() - start;
              })()`,
            ),
          );
      if (way === 'card' || way === 'card-unwatched') {
        await chat.next();
        await chat.reached(card + perRound - 1, ['ready']);
        for (let k = 0; k < perRound; k++, card++) {
          await recordRun(chat, card);
          await chat.chat.cards.click('run', card);
          if (way === 'card-unwatched') await page.waitForTimeout(400);
          const end = await chat.reached(card, ['done', 'failed']);
          if (end.phase !== 'done') throw new Error(`card ${card} failed`);
          const { clicks } = await chat.probe();
          total[way].push(end.at - (clicks.filter((at) => at < end.at).at(-1) ?? Number.NaN));
        }
      }
      // The direct calls' own handshake is not a call.
      fetched[way].push(...(await takeFetches(worker)).slice(way === 'direct' ? 2 : 0));
    }
  const rows = WAYS.map(
    (way) =>
      `${way.padEnd(15)}${median(total[way]).toFixed(1).padStart(7)} ms${median(fetched[way]).toFixed(1).padStart(8)} ms  ${WHAT[way]}`,
  );
  return [`${'way'.padEnd(15)}  total    fetch  (medians of ${rounds * perRound})`, ...rows].join(
    '\n',
  );
}
