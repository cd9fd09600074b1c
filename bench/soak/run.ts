// `npm run soak` (issue #14; not part of `npm test`, a few minutes): five chat tabs and three
// servers, calls of random sizes, some cancelled, servers killed and started again and the worker
// stopped at random, then: calls approved, calls run on the servers, duplicates, lost results and
// the worker's heap at the start and the end. Everything runs on 127.0.0.1. `--seed N` repeats a run.
import { OptionsPage } from '../../e2e/pages/options-page';
import { launchWithExtension } from '../../e2e/support/chromium';
import { stopServiceWorker } from '../../e2e/support/worker';
import { workerHeap } from '../scale';
import { type Outcome, random, tally } from './outcomes';
import { type PageCall, sendBatch } from './page-calls';
import { SoakServers } from './servers';
import { type CardCall, SoakTab } from './tabs';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const seed = arg('--seed') ?? Math.floor(Math.random() * 1e6);
const rand = random(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const SITES = ['chatgpt', 'claude', 'gemini', 'deepseek', 'perplexity'];
const SERVERS = ['s1', 's2', 's3'];
/** 5 tabs × 8 rounds × 5 cards through the card flow, and 300 calls from an extension page. */
const ROUNDS = 8;
const PER_ROUND = 5;
const PAGE_CALLS = 300;
const BATCH = 10;
/** How long one call may take before it counts as lost; the whole run's bound. */
const CALL_BOUND_MS = 90_000;
const DEADLINE_MS = 15 * 60_000;

const text = (size: number) => 'x'.repeat(size);
function plan(id: string, sizes: number[]) {
  const slow = rand() < 0.15;
  return {
    id,
    server: pick(SERVERS),
    tool: slow ? ('slow' as const) : ('echo' as const),
    message: `${id} ${text(pick(sizes))}`,
    cancel: slow && rand() < 0.7,
  };
}
const cardRounds = SITES.map((_, t) =>
  Array.from({ length: ROUNDS }, (_, k) =>
    Array.from(
      { length: PER_ROUND },
      (_, i): CardCall => plan(`soak-t${t}-r${k}-c${i}`, [10, 500, 4_000]),
    ),
  ),
);
const pageCalls = Array.from({ length: PAGE_CALLS }, (_, n): PageCall => {
  const { cancel, ...call } = plan(`soak-p${n}`, [10, 2_000, 40_000, 200_000]);
  return cancel ? { ...call, cancelAfterMs: 100 + Math.floor(rand() * 900) } : call;
});

const started = Date.now();
const servers = await SoakServers.start(SERVERS.length);
const browser = await launchWithExtension({ headless: true });
let workerStops = 0;
try {
  const options = await OptionsPage.open(await browser.context.newPage(), browser.extensionId);
  for (const [i, name] of SERVERS.entries()) {
    await options.addServer(servers.urls[i] as string, name);
    await options.servers.state(name).getByText('Connected').waitFor();
  }
  // The cap on calls a minute is not what this run tests: it is raised so none is refused by it.
  const list = (await options.send('servers.list', {})) as { value: { servers: { id: string }[] } };
  for (const { id } of list.value.servers)
    await options.send('servers.edit', { id, callsPerMinute: 1_000 });
  const tabs = await Promise.all(
    SITES.map((site, t) => SoakTab.open(browser.context, site, cardRounds[t] ?? [])),
  );
  const heapStart = await workerHeap(options.page);
  console.log(
    `soak: seed ${seed}; ${SITES.length} tabs, ${SERVERS.length} servers, ${SITES.length * ROUNDS * PER_ROUND} card calls + ${PAGE_CALLS} page calls`,
  );

  const outcomes: Outcome[] = [];
  let working = true;
  const byCards = Promise.all(
    tabs.map(async (tab) => {
      for (let k = 0; k < ROUNDS && Date.now() - started < DEADLINE_MS; k++)
        outcomes.push(...(await tab.play(k, CALL_BOUND_MS)));
    }),
  );
  const byPage = (async () => {
    for (let n = 0; n < pageCalls.length && Date.now() - started < DEADLINE_MS; n += BATCH)
      outcomes.push(
        ...(await sendBatch(options.page, pageCalls.slice(n, n + BATCH), CALL_BOUND_MS)),
      );
  })();
  const chaos = (async () => {
    while (working) {
      await new Promise((resolve) => setTimeout(resolve, 4_000 + rand() * 8_000));
      if (!working) break;
      if (rand() < 0.5) {
        workerStops++;
        await stopServiceWorker(browser.context, browser.extensionId);
      } else await servers.kill(Math.floor(rand() * SERVERS.length), 1_000 + rand() * 2_000);
    }
  })();
  await Promise.all([byCards, byPage]);
  working = false;
  await chaos;
  const heapEnd = await workerHeap(options.page);

  const t = tally(
    outcomes,
    servers.calls().map((c) => (c.arguments as { id?: string }).id ?? ''),
  );
  const unoffered = tabs.reduce((sum, tab) => sum + tab.unoffered, 0);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`
seed                      ${seed}
duration                  ${((Date.now() - started) / 1000).toFixed(0)} s
worker stopped            ${workerStops} times; servers killed ${servers.kills} times
calls approved            ${t.approved} (${t.byCard} by Run on a card, ${t.approved - t.byCard} from an extension page; ${unoffered} cards not offered: checked while their server was down)
calls run on the servers  ${t.runOnServers}
duplicates                ${t.duplicates}
lost results              ${t.lost}
results without a run     ${t.okWithoutRun}
outcomes                  ${t.ok} ok, ${t.failed} failed (${t.failedBeforeServer} before reaching a server), ${t.cancelled} with Cancel pressed
failures                  ${t.reasons.map(([r, n]) => `${n}× ${r}`).join('\n                          ')}
worker heap               ${mb(heapStart)} at the start, ${mb(heapEnd)} at the end`);
  process.exitCode = t.duplicates || t.lost || t.okWithoutRun ? 1 : 0;
} finally {
  await browser.close();
  await servers.stop();
}
