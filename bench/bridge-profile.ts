// `npm run bench -- --only bridge-profile`: where a card's call time goes, beyond the server's own.
// The same echo call is made four ways in interleaved rounds (so all see the same machine load),
// and the worker's fetch of each is timed too: what the extension's path adds shows as total time,
// and what runs beside a call (the click, the card, the bench watching) as a slower fetch. Card
// calls are then split hop by hop, each hop timed where it happens on the one clock all contexts
// share (timeOrigin + now).
import type { Page, Worker } from '@playwright/test';
import { inContentScript } from '../e2e/support/content-world';
import { directCalls, recordRun } from './bridge';
import type { BenchChat } from './chat';
import { callFromPage } from './lifecycle';
import { median } from './stats';

const WAYS = ['direct', 'page', 'card', 'card-unwatched'] as const;
type Way = (typeof WAYS)[number];

const WHAT: Record<Way, string> = {
  direct: 'fetch from the worker, no extension code (the bench baseline)',
  page: 'tools.call from an extension page, through the router',
  card: 'Run clicked on a card until it shows Done, watched every 10 ms (the bench metric)',
  'card-unwatched': 'the same, not watched until 400 ms after the click',
};

const HOPS = [
  ['click → worker', 'the frame’s Run click until the worker has the approval'],
  ['worker → request', 'the worker plans the call until its fetch starts'],
  ['request → answer', 'the fetch until the answer’s headers'],
  ['answer → body', 'reading the answer'],
  ['body → tab', 'the SDK, the log, and the push until the tab hears the outcome'],
  ['tab → card', 'the content script until the card shows Done'],
] as const;

const NOW = 'performance.timeOrigin + performance.now()';

/** Times the worker's fetches from now on (start, headers, body), and when it hears an approval. */
const timeWorker = (worker: Worker) =>
  worker.evaluate(`(() => {
    const g = globalThis;
    g.__benchFetches = [];
    g.__benchApprovals = [];
    g.__benchFetch ??= g.fetch;
    const real = g.__benchFetch;
    g.fetch = async (...args) => {
      const timing = { start: ${NOW} };
      g.__benchFetches.push(timing);
      const response = await real(...args);
      timing.headers = ${NOW};
      response.clone().text().then(() => { timing.body = ${NOW}; }, () => {});
      return response;
    };
    if (!g.__benchHears) {
      g.__benchHears = true;
      chrome.runtime.onMessage.addListener((message) => {
        if (message?.type === 'consent.approve') g.__benchApprovals.push(${NOW});
      });
    }
  })()`);

type Fetch = { start: number; headers: number; body?: number };
const takeWorker = (worker: Worker) =>
  worker.evaluate(`(() => {
    const g = globalThis;
    return { fetches: g.__benchFetches.splice(0), approvals: g.__benchApprovals.splice(0) };
  })()`) as Promise<{ fetches: Fetch[]; approvals: number[] }>;

/** Has the chat tab's content script note when it hears a call's outcome. */
const timeTab = (chat: BenchChat, extensionId: string) =>
  inContentScript(
    chat.chat.page,
    extensionId,
    `(() => {
      globalThis.__benchOutcomes ??= [];
      if (!globalThis.__benchHears) {
        globalThis.__benchHears = true;
        chrome.runtime.onMessage.addListener((message) => {
          if (message?.type === 'call.outcome') globalThis.__benchOutcomes.push(${NOW});
        });
      }
    })()`,
  );
const takeTab = (chat: BenchChat, extensionId: string) =>
  inContentScript<number[]>(chat.chat.page, extensionId, 'globalThis.__benchOutcomes.splice(0)');

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
  const hops = Object.fromEntries(HOPS.map(([hop]) => [hop, [] as number[]]));
  const hop = (name: (typeof HOPS)[number][0], ms: number) => hops[name]?.push(ms);
  await timeWorker(worker);
  let card = 0;
  for (let r = 0; r < rounds; r++)
    for (const way of WAYS) {
      await takeWorker(worker);
      if (way === 'direct') total[way].push(...(await directCalls(worker, serverUrl, perRound)));
      if (way === 'page')
        for (let k = 0; k < perRound; k++)
          total[way].push((await callFromPage(page, `profile-${r}-${k}`)).ms);
      if (way === 'card' || way === 'card-unwatched') {
        await chat.next();
        await chat.reached(card + perRound - 1, ['ready']);
        await timeTab(chat, extensionId);
        for (let k = 0; k < perRound; k++, card++) {
          await recordRun(chat, card);
          await takeWorker(worker);
          await takeTab(chat, extensionId);
          await chat.chat.cards.click('run', card);
          if (way === 'card-unwatched') await page.waitForTimeout(400);
          const end = await chat.reached(card, ['done', 'failed']);
          if (end.phase !== 'done') throw new Error(`card ${card} failed`);
          const { clicks } = await chat.probe();
          const click = clicks.filter((at) => at < end.at).at(-1) ?? Number.NaN;
          total[way].push(end.at - click);
          // The hops, on the shared clock; the page's times are relative to its own origin.
          const origin = await chat.chat.page.evaluate(() => performance.timeOrigin);
          const { fetches, approvals } = await takeWorker(worker);
          const [outcome] = await takeTab(chat, extensionId);
          fetched[way].push(...fetches.map((f) => f.headers - f.start));
          const approved = approvals[0];
          const call = fetches.find((f) => approved !== undefined && f.start >= approved);
          if (way !== 'card' || !call?.body || approved === undefined || outcome === undefined)
            continue;
          hop('click → worker', approved - (origin + click));
          hop('worker → request', call.start - approved);
          hop('request → answer', call.headers - call.start);
          hop('answer → body', call.body - call.headers);
          hop('body → tab', outcome - call.body);
          hop('tab → card', origin + end.at - outcome);
        }
      }
      // The direct calls' own handshake is not a call.
      if (way === 'direct' || way === 'page') {
        const { fetches } = await takeWorker(worker);
        const times = fetches.map((f) => f.headers - f.start);
        fetched[way].push(...times.slice(way === 'direct' ? 2 : 0));
      }
    }
  const rows = WAYS.map(
    (way) =>
      `${way.padEnd(18)}${median(total[way]).toFixed(1).padStart(7)} ms${median(fetched[way]).toFixed(1).padStart(8)} ms  ${WHAT[way]}`,
  );
  const split = HOPS.map(([name, what]) => {
    const ms = median(hops[name] ?? []).toFixed(1);
    return `${name.padEnd(18)}${ms.padStart(7)} ms  ${what}`;
  });
  const n = hops['tab → card']?.length ?? 0;
  return [
    `${'way'.padEnd(18)}  total    fetch  (medians of ${rounds * perRound})`,
    ...rows,
    '',
    `a card call, hop by hop (medians of ${n}; they need not add up to the card's median)`,
    ...split,
  ].join('\n');
}
