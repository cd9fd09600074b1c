// `npm run bench`: the costs users feel, each against a baseline measured in the same run (see
// bench/README.md). `--quick` repeats little and is what `npm test` runs so the bench never rots;
// it judges nothing on speed. `--out <file>` writes the JSON elsewhere than bench/results.json.
// `--only bridge` measures the bridge overhead alone (for before/after comparisons of one change);
// `--only bridge-profile` shows where a card call's time goes (bench/bridge-profile.ts);
// `--only scale` measures the 20 × 50 figures alone (popup, catalogue, settings search, heap);
// `--only page-cost` the page cost alone.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { type ScriptedServer, startScriptedServer } from '../e2e/fixtures/servers/scripted-server';
import { OptionsPage } from '../e2e/pages/options-page';
import { DIST, type ExtensionBrowser, launchWithExtension } from '../e2e/support/chromium';
import { injectedSize } from '../scripts/injected-size.mjs';
import { bridgeOverhead, detectionLatency } from './bridge';
import { profileBridge } from './bridge-profile';
import { traceCalls } from './bridge-trace';
import { BenchChat, echoReply } from './chat';
import { INSTRUCTION_METRICS, instructionSize } from './instruction-size';
import { callFromPage, coldWorker, reconnect } from './lifecycle';
import { pageCost } from './page-cost';
import { allMeasured, failed, type Goal, type Result, result, table } from './report';
import { scale } from './scale';

const quick = process.argv.includes('--quick');
const outArg = process.argv.indexOf('--out');
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const ONLY = ['bridge', 'bridge-profile', 'scale', 'page-cost'];
if (only !== undefined && !ONLY.includes(only)) throw new Error(`--only takes: ${ONLY.join(', ')}`);
const PROFILE_ROUNDS = quick ? 2 : 8;
// A partial run never replaces the committed full results.
const defaultOut = only ? `../test-results/bench-${only}.json` : 'results.json';
const out = resolve(
  outArg > 0 ? (process.argv[outArg + 1] ?? '') : resolve(import.meta.dirname, defaultOut),
);

/** Repetitions: the minimums for the real run, a handful for the quick one. */
const N = quick
  ? { detect: 10, bridgeRounds: 2, perRound: 10, cold: 3, reconnect: 2, scale: 1, pageCost: 1 }
  : { detect: 100, bridgeRounds: 20, perRound: 10, cold: 15, reconnect: 7, scale: 15, pageCost: 9 };

const results: Result[] = [];
type Spec = [name: string, unit: string, goal: Goal];
/** Runs one measurement of one or more metrics; a throw lists each of them with its error. */
async function measure(specs: Spec | Spec[], run: () => Promise<Result | Result[]>) {
  const list = (Array.isArray(specs[0]) ? specs : [specs]) as Spec[];
  const started = performance.now();
  try {
    results.push(...[await run()].flat());
  } catch (error) {
    results.push(...list.map(([name, unit, goal]) => failed(name, unit, goal, error)));
  }
  console.log(
    `  ${list.map(([name]) => name).join(', ')}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Detection latency and the bridge overhead (or its profile), from cards in a chat tab. */
async function cardCalls(browser: ExtensionBrowser, page: Page, serverUrl: string): Promise<void> {
  const detect = only ? 0 : N.detect;
  const rounds =
    only === 'bridge-profile'
      ? // Two card ways a round: one reply each; then one reply traced.
        Array.from({ length: 2 * PROFILE_ROUNDS + 1 }, (_, i) => echoReply(`p${i}`, N.perRound))
      : [
          ...Array.from({ length: detect }, (_, i) => echoReply(`d${i}`, 1)),
          ...Array.from({ length: N.bridgeRounds }, (_, i) => echoReply(`b${i}`, N.perRound)),
        ];
  const chat = await BenchChat.open(browser.context, rounds);
  // Rounds are answered in script order: the detection replies first, then the bridge ones.
  if (!only)
    await measure(['detection latency (p95)', 'ms', { max: 16 }], () =>
      detectionLatency(chat, 0, detect),
    );
  if (only === 'bridge-profile')
    console.log(
      await profileBridge(
        chat,
        page,
        browser.worker,
        browser.extensionId,
        serverUrl,
        PROFILE_ROUNDS,
        N.perRound,
      ),
      '\n\nwhat the browser does during a call (a trace of every process)\n',
      await traceCalls(chat, page, 2 * PROFILE_ROUNDS * N.perRound, N.perRound),
    );
  else
    await measure(['bridge overhead (median)', 'ms', { max: 2 }], () =>
      bridgeOverhead(chat, browser.worker, serverUrl, detect, N.bridgeRounds, N.perRound),
    );
  await chat.chat.page.close();
}

console.log(`bench${quick ? ' (quick)' : ''}: extension from ${DIST}`);

if (!only) {
  await measure(['injected bytes (gzip)', 'KB', { max: 40 }], async () => {
    const { gzip, files } = injectedSize(DIST);
    return result({
      name: 'injected bytes (gzip)',
      value: gzip / 1024,
      unit: 'KB',
      baseline: null,
      goal: { max: 40 },
      samples: files.length,
    });
  });

  await measure(INSTRUCTION_METRICS, instructionSize);
}

if (only !== 'scale') {
  const server = { current: await startScriptedServer({ tools: { echo: { kind: 'echo' } } }) };
  const browser = await launchWithExtension({ headless: true });
  try {
    const options = await OptionsPage.open(await browser.context.newPage(), browser.extensionId);
    await options.addServer(server.current.url, 'bench');
    const page = options.page;
    // Connected and answering before anything is timed.
    for (let tries = 0; !(await callFromPage(page, 'hello')).ok; tries++) {
      if (tries > 100) throw new Error('the bench server never answered a call');
      await page.waitForTimeout(100);
    }

    // The bench makes far more calls a minute than a user would: the server's cap is raised so none
    // is refused (a build without the cap refuses the field, and has no cap to raise).
    const list = (await options.send('servers.list', {})) as {
      value: { servers: { id: string }[] };
    };
    for (const { id } of list.value.servers)
      await options.send('servers.edit', { id, callsPerMinute: 1_000 });

    if (only !== 'page-cost') await cardCalls(browser, page, server.current.url);

    if (!only) {
      await measure(['cold worker (median)', 'ms', { max: 300 }], () =>
        coldWorker(browser.context, browser.extensionId, page, N.cold),
      );
      await measure(['reconnect (median)', 's', { max: 1 }], () =>
        reconnect(page, server, 'bench', N.reconnect),
      );
    }
    if (!only || only === 'page-cost')
      await measure(['page cost', '×', { max: 1.05 }], () => pageCost(browser.context, N.pageCost));
  } finally {
    await browser.close();
    await server.current.stop();
  }
}

// Scale in a browser of its own, so the bench server above is not among its servers.
if (!only || only === 'scale') {
  const fresh = await launchWithExtension({ headless: true });
  let servers: ScriptedServer[] = [];
  try {
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/src/options/index.html`);
    await measure(
      [
        ['scale: popup first render', 'ms', { max: 100 }],
        ['scale: catalogue build', 'ms', { max: 200 }],
        ['scale: settings search input latency (p95)', 'ms', { max: 50 }],
        ['scale: worker JS heap', 'MB', { max: 30 }],
      ],
      async () => {
        const measured = await scale(fresh.context, fresh.extensionId, page, N.scale);
        servers = measured.servers;
        return measured.results;
      },
    );
  } finally {
    await fresh.close();
    await Promise.all(servers.map((s) => s.stop()));
  }
}

console.log(`\n${table(results)}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
process.exit(allMeasured(results) ? 0 : 1);
