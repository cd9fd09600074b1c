// Scale: 20 servers × 50 tools. The popup's first render, the catalogue build and the worker's JS
// heap, each beside the same figure with one server of one tool, measured in the same run.
import type { BrowserContext, Page } from '@playwright/test';
import {
  type ScriptedServer,
  startScriptedServer,
  type ToolBehaviour,
} from '../e2e/fixtures/servers/scripted-server';
import { KEEP_NAMES_SHIM } from './probe';
import { type Result, result } from './report';
import { median, p95 } from './stats';

export const SERVERS = 20;
export const TOOLS = 50;

/** Starts `count` scripted servers of `tools` tools each and adds them through the router. */
export async function addServers(
  page: Page,
  count: number,
  tools: number,
): Promise<ScriptedServer[]> {
  const started = await Promise.all(
    Array.from({ length: count }, (_, s) => {
      const set: Record<string, ToolBehaviour> = {};
      for (let t = 0; t < tools; t++) set[`s${s}_tool_${t}`] = { kind: 'echo' };
      return startScriptedServer({ tools: set });
    }),
  );
  for (const [s, server] of started.entries()) {
    const answer = await page.evaluate(
      (payload) => chrome.runtime.sendMessage({ type: 'servers.add', payload }),
      { url: server.url, name: `scale-${s}` },
    );
    if (!answer?.ok) throw new Error(`servers.add: ${JSON.stringify(answer)}`);
  }
  return started;
}

/** Resolves once the catalogue holds `count` tools. */
export async function catalogueHolds(page: Page, count: number, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    async (count) => {
      const answer = await chrome.runtime.sendMessage({ type: 'tools.catalog', payload: {} });
      return (answer?.value?.tools?.length ?? 0) >= count;
    },
    count,
    { timeout: timeoutMs, polling: 200 },
  );
}

/** The `tools.catalog` round trip from an extension page, median of `rounds`. */
export async function catalogueBuild(page: Page, rounds: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    times.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await chrome.runtime.sendMessage({ type: 'tools.catalog', payload: {} });
        return performance.now() - start;
      }),
    );
  }
  return median(times);
}

/** Navigation start → the popup lists `servers` servers, on the popup's clock; median of `rounds`. */
export async function popupFirstRender(
  context: BrowserContext,
  extensionId: string,
  servers: number,
  rounds: number,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const page = await context.newPage();
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript((servers) => {
      new MutationObserver((_, observer) => {
        if (document.querySelectorAll('ul.servers > li').length < servers) return;
        (window as unknown as { __listed: number }).__listed = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true });
    }, servers);
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    const listed = await page.waitForFunction(
      () => (window as unknown as { __listed?: number }).__listed,
    );
    times.push((await listed.jsonValue()) as number);
    await page.close();
  }
  return median(times);
}

/**
 * Typing in the settings page's tools search, with every server's tools listed: for each key, its
 * event's time stamp to the first task after the next frame (the page has painted what the key
 * changed). Each key is pressed once the last one has painted. Words that match many tools, one,
 * then none, typed and erased.
 */
export async function searchInputLatency(
  context: BrowserContext,
  extensionId: string,
  tools: number,
  rounds: number,
): Promise<number[]> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html#tools`);
    // Every tool is listed before the first key.
    await page.waitForFunction(
      (tools) =>
        document.getElementById('tool-search-count')?.textContent?.startsWith(`${tools} tool`),
      tools,
      { timeout: 30_000 },
    );
    const box = page.getByRole('searchbox', { name: 'Search tools' });
    await box.focus();
    await page.evaluate(() => {
      const times: number[] = [];
      Object.assign(window, { __keyTimes: times });
      document.querySelector('input[type="search"]')?.addEventListener(
        'keydown',
        (event) => {
          const pressed = event.timeStamp;
          requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - pressed)));
        },
        { capture: true },
      );
    });
    const keys: string[] = [];
    for (let i = 0; i < rounds; i++)
      for (const word of ['tool', 's1_tool_4', 'nothing like it']) {
        keys.push(...word, ...Array.from(word, () => 'Backspace'));
      }
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction(
        (n) => (window as unknown as { __keyTimes: number[] }).__keyTimes.length >= n,
        i + 1,
      );
    }
    return await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
  } finally {
    await page.close();
  }
}

/** The service worker's used JS heap after a collection, through the DevTools protocol (a page session reaches it). */
export async function workerHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!worker) throw new Error('no service worker target');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    })) as {
      sessionId: string;
    };
    const answer = new Promise<number>((resolve, reject) => {
      cdp.on(
        'Target.receivedMessageFromTarget',
        (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const message = JSON.parse(event.message) as {
            id?: number;
            result?: { usedSize: number };
            error?: unknown;
          };
          if (message.id !== 2) return;
          if (message.result) resolve(message.result.usedSize);
          else reject(new Error(JSON.stringify(message.error)));
        },
      );
    });
    // Collected first, so the figure is what the worker keeps, not garbage not yet swept.
    for (const [id, method] of [
      [1, 'HeapProfiler.collectGarbage'],
      [2, 'Runtime.getHeapUsage'],
    ] as const)
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    return await answer;
  } finally {
    await cdp.detach();
  }
}

export function scaleResults(measured: {
  popup: [number, number];
  catalogue: [number, number];
  heap: [number, number];
  typing: [number[], number[]];
  rounds: number;
}): Result[] {
  const one = 'one server of one tool';
  return [
    result({
      name: 'scale: popup first render',
      value: measured.popup[1],
      unit: 'ms',
      baseline: { what: one, value: measured.popup[0], unit: 'ms' },
      goal: { max: 100 },
      samples: measured.rounds,
    }),
    result({
      name: 'scale: catalogue build',
      value: measured.catalogue[1],
      unit: 'ms',
      baseline: { what: one, value: measured.catalogue[0], unit: 'ms' },
      goal: { max: 200 },
      samples: measured.rounds,
    }),
    result({
      name: 'scale: settings search input latency (p95)',
      value: p95(measured.typing[1]),
      unit: 'ms',
      baseline: { what: one, value: p95(measured.typing[0]), unit: 'ms' },
      goal: { max: 50 },
      samples: measured.typing[1].length,
    }),
    result({
      name: 'scale: worker JS heap',
      value: measured.heap[1] / 2 ** 20,
      unit: 'MB',
      baseline: { what: one, value: measured.heap[0] / 2 ** 20, unit: 'MB' },
      goal: { max: 30 },
      samples: 1,
    }),
  ];
}

/** One server of one tool, then (that one removed) 20 × 50: the same three figures for each. */
export async function scale(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  rounds: number,
): Promise<{ results: Result[]; servers: ScriptedServer[] }> {
  const servers: ScriptedServer[] = [];
  const measure = async (count: number, tools: number) => {
    servers.push(...(await addServers(page, count, tools)));
    await catalogueHolds(page, count * tools);
    // The popup opens with no other page of ours open, as a user usually opens it: extension pages
    // share one renderer process and its JS heap, and a settings page listing 1,000 tools slowed
    // the popup's start by as much again (113-240 ms before any of its script ran, against ~40).
    const setup = page.url();
    await page.goto('about:blank');
    const popup = await popupFirstRender(context, extensionId, count, rounds);
    await page.goto(setup);
    return {
      popup,
      catalogue: await catalogueBuild(page, rounds),
      typing: await searchInputLatency(context, extensionId, count * tools, Math.min(rounds, 3)),
      heap: await workerHeap(page),
    };
  };
  const one = await measure(1, 1);
  const removed = await page.evaluate(async () => {
    const list = await chrome.runtime.sendMessage({ type: 'servers.list', payload: {} });
    const id = list?.value?.servers?.[0]?.id;
    return (await chrome.runtime.sendMessage({ type: 'servers.remove', payload: { id } }))?.ok;
  });
  if (!removed) throw new Error('could not remove the baseline server');
  const many = await measure(SERVERS, TOOLS);
  return {
    servers,
    results: scaleResults({
      popup: [one.popup, many.popup],
      catalogue: [one.catalogue, many.catalogue],
      heap: [one.heap, many.heap],
      typing: [one.typing, many.typing],
      rounds,
    }),
  };
}
