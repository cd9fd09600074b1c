// Bridge overhead and detection latency, both timed inside the chat page on its own clock.
import type { Worker } from '@playwright/test';
import type { BenchChat } from './chat';
import { KEEP_NAMES_SHIM } from './probe';
import { type Result, result } from './report';
import { median, p95 } from './stats';

/**
 * Detection: the last character of a block enters the DOM → its card turns ready (Run enabled).
 * One block per reply, so the reply's last write is the block's last character.
 */
export async function detectionLatency(
  chat: BenchChat,
  firstCard: number,
  rounds: number,
): Promise<Result> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await chat.next();
    const ready = await chat.reached(firstCard + i, ['ready', 'invalid']);
    if (ready.phase !== 'ready') throw new Error(`card ${firstCard + i} was read as invalid`);
    samples.push(ready.at - ready.lastWrite);
  }
  return result({
    name: 'detection latency (p95)',
    value: p95(samples),
    unit: 'ms',
    baseline: null,
    goal: { max: 16 },
    samples: samples.length,
  });
}

/** The same echo call straight from the service worker: the server's share of a card's call. */
export async function directCalls(worker: Worker, url: string, count: number): Promise<number[]> {
  await worker.evaluate(KEEP_NAMES_SHIM);
  return worker.evaluate(
    async ([url, count]) => {
      const post = async (body: unknown, session?: string) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            ...(session ? { 'mcp-session-id': session, 'mcp-protocol-version': '2025-06-18' } : {}),
          },
          body: JSON.stringify(body),
        });
        return { response, text: await response.text() };
      };
      const init = await post({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: {
          protocolVersion: '2025-06-18',
          capabilities: {},
          clientInfo: { name: 'bench', version: '1' },
        },
      });
      const session = init.response.headers.get('mcp-session-id') ?? undefined;
      await post({ jsonrpc: '2.0', method: 'notifications/initialized' }, session);
      const times: number[] = [];
      for (let i = 1; i <= count; i++) {
        const start = performance.now();
        const { text } = await post(
          {
            jsonrpc: '2.0',
            id: i,
            method: 'tools/call',
            params: { name: 'echo', arguments: { message: `direct-${i}` } },
          },
          session,
        );
        times.push(performance.now() - start);
        if (!text.includes(`direct-${i}`))
          throw new Error(`direct call answered ${text.slice(0, 200)}`);
      }
      return times;
    },
    [url, count] as const,
  );
}

/**
 * Has card `index`'s frame tell the page, on the shared clock, when Run was clicked: the click
 * happens in the frame's document, which the page's probe does not see. Bench code only: it runs
 * in the frame through the DevTools protocol, as the tests' page objects do.
 */
export async function recordRun(chat: BenchChat, index: number): Promise<void> {
  let frame = await chat.chat.cards.frame(index);
  for (let i = 0; i < 100 && !frame; i++) {
    await new Promise((r) => setTimeout(r, 50));
    frame = await chat.chat.cards.frame(index);
  }
  if (!frame) throw new Error(`card ${index} has no frame`);
  await frame.evaluate(() =>
    addEventListener(
      'click',
      (e) => {
        if (e.isTrusted && (e.target as Element).closest('[data-action="run"]'))
          parent.postMessage({ benchRunAt: performance.timeOrigin + performance.now() }, '*');
      },
      true,
    ),
  );
}

/**
 * Bridge overhead: a card's Run click → its result in the card, minus the same call made directly
 * from the worker. Replies of `perRound` blocks; card and direct calls alternate round by round so
 * both see the same machine load.
 */
export async function bridgeOverhead(
  chat: BenchChat,
  worker: Worker,
  serverUrl: string,
  firstCard: number,
  rounds: number,
  perRound: number,
): Promise<Result> {
  const viaCard: number[] = [];
  const direct: number[] = [];
  for (let r = 0; r < rounds; r++) {
    await chat.next();
    const first = firstCard + r * perRound;
    await chat.reached(first + perRound - 1, ['ready']);
    for (let k = 0; k < perRound; k++) {
      await recordRun(chat, first + k);
      await chat.chat.cards.click('run', first + k);
      const end = await chat.reached(first + k, ['done', 'failed']);
      if (end.phase !== 'done')
        throw new Error(
          `card ${first + k} failed: ${(await chat.chat.cards.read(first + k))?.message}`,
        );
      const { clicks } = await chat.probe();
      const click = clicks.filter((at) => at < end.at).at(-1);
      if (click === undefined) throw new Error('the Run click was not seen by the page');
      viaCard.push(end.at - click);
    }
    direct.push(...(await directCalls(worker, serverUrl, perRound)));
  }
  const baseline = median(direct);
  return result({
    name: 'bridge overhead (median)',
    value: median(viaCard) - baseline,
    unit: 'ms',
    baseline: { what: 'same echo call from the worker, median', value: baseline, unit: 'ms' },
    goal: { max: 2 },
    samples: viaCard.length,
  });
}
