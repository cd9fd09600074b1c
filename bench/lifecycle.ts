// Cold worker and reconnect: calls made from an extension page through the real message router,
// timed on that page's clock (cold) or the bench's (reconnect, which spans a server restart).
import type { BrowserContext, Page } from '@playwright/test';
import type { ScriptedServer } from '../e2e/fixtures/servers/scripted-server';
import { startScriptedServer } from '../e2e/fixtures/servers/scripted-server';
import { stopServiceWorker } from '../e2e/support/worker';
import { type Result, result } from './report';
import { median } from './stats';

/** One `tools.call` echo from an extension page: whether it succeeded and how long it took. */
export function callFromPage(
  page: Page,
  message: string,
  /** Marks the call's start in a trace of the browser (bench/bridge-trace.ts), with this name. */
  mark?: string,
): Promise<{ ok: boolean; ms: number; error?: string }> {
  return page.evaluate(
    async ([message, mark]) => {
      if (mark) console.timeStamp(mark);
      const start = performance.now();
      const answer = await chrome.runtime.sendMessage({
        type: 'tools.call',
        payload: { call: { call_id: message, tool: 'echo', arguments: { message } } },
      });
      const ms = performance.now() - start;
      const ok = answer?.ok === true && JSON.stringify(answer.value).includes(message);
      return { ok, ms, ...(ok ? {} : { error: JSON.stringify(answer).slice(0, 200) }) };
    },
    [message, mark] as const,
  );
}

/** First call after a forced worker stop − a warm call right after it, median over `rounds`. */
export async function coldWorker(
  context: BrowserContext,
  extensionId: string,
  page: Page,
  rounds: number,
): Promise<Result> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await stopServiceWorker(context, extensionId);
    // At once: open extension pages reconnect their status port (and so wake the worker) 250 ms
    // after it stopped; this call must be what wakes it.
    const first = await callFromPage(page, `cold-${i}`);
    const second = await callFromPage(page, `warm-${i}`);
    if (!first.ok || !second.ok) throw new Error(first.error ?? second.error);
    cold.push(first.ms);
    warm.push(second.ms);
  }
  const diffs = cold.map((ms, i) => ms - (warm[i] as number));
  return result({
    name: 'cold worker (median)',
    value: median(diffs),
    unit: 'ms',
    baseline: { what: 'warm call, median', value: median(warm), unit: 'ms' },
    goal: { max: 300 },
    samples: diffs.length,
  });
}

type ServerView = { name: string; status: { state: string } };

const stateOf = (page: Page, name: string) =>
  page.evaluate(async (name) => {
    const answer = await chrome.runtime.sendMessage({ type: 'servers.list', payload: {} });
    return (answer?.value?.servers as ServerView[] | undefined)?.find((s) => s.name === name)
      ?.status.state;
  }, name);

/**
 * Reconnect: the server is killed; once the extension has seen it gone, it is started again on the
 * same port. From the moment the port accepts, the bench waits for the extension to report the
 * server connected on its own (no calls prod it), then calls: the time to that call's success.
 */
export async function reconnect(
  page: Page,
  server: { current: ScriptedServer },
  name: string,
  rounds: number,
): Promise<Result> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const { port } = server.current;
    await server.current.stop();
    // The failed call is how the extension learns the server is gone, as when a person runs one.
    if ((await callFromPage(page, `down-${i}`)).ok)
      throw new Error('a call succeeded with the server down');
    await waitFor(async () => (await stateOf(page, name)) !== 'connected', 10_000);
    server.current = await startScriptedServer({ port, tools: { echo: { kind: 'echo' } } });
    const accepting = performance.now();
    for (;;) {
      await waitFor(async () => (await stateOf(page, name)) === 'connected', 60_000);
      if ((await callFromPage(page, `up-${i}`)).ok) break;
    }
    samples.push(performance.now() - accepting);
  }
  return result({
    name: 'reconnect (median)',
    value: median(samples) / 1000,
    unit: 's',
    baseline: null,
    goal: { max: 1 },
    samples: samples.length,
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
