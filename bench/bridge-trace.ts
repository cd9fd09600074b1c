// Part of `npm run bench -- --only bridge-profile`: what the whole browser is busy with while a
// card's call is under way. A browser-wide trace (every process, every thread) is taken over a
// few card calls and a few calls from an extension page; for each way, each thread's busy time
// inside the calls' windows (a call's start until its end) is summed and shown per call. The
// machine has two cores: when the threads a call wakes are busier than that, the call's own
// request waits for a core.
import type { CDPSession, Page } from '@playwright/test';
import { recordRun } from './bridge';
import type { BenchChat } from './chat';
import { callFromPage } from './lifecycle';
import { median } from './stats';

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; labels?: string; data?: { message?: string } };
}

/** A call's window on the trace's clock (µs). */
interface Window {
  start: number;
  end: number;
}

const START = 'bench-call-start';

async function startTrace(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'devtools.timeline', '__metadata'],
    },
  });
  return cdp;
}

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream as string)),
  );
  await cdp.send('Tracing.end');
  const handle = await done;
  let text = '';
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle, size: 1 << 20 });
    text += base64Encoded ? Buffer.from(data, 'base64').toString() : data;
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  await cdp.detach();
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** Marks a call's start on the trace's clock; returns the page's clock at the mark. */
const mark = (page: Page) =>
  page.evaluate((name) => {
    console.timeStamp(name);
    return performance.now();
  }, START);

/** Where the marks made in `page` fall on the trace's clock: the n-th mark's ts, in order. */
function marks(events: TraceEvent[]): number[] {
  return events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === START)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

const inCategory = (e: TraceEvent, category: string) => e.cat.split(',').includes(category);

/** How long `[ts, ts + dur]` falls inside `w`; 0 or less when not at all. */
const overlap = (ts: number, dur: number, w: Window) =>
  Math.min(ts + dur, w.end) - Math.max(ts, w.start);

/** Each thread's busy time (top-level tasks, wall and CPU) inside the windows, per window. */
function busyByThread(events: TraceEvent[], windows: Window[]) {
  const processName = new Map<number, string>();
  const threadName = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '?');
    if (e.name === 'process_labels')
      processName.set(e.pid, `${processName.get(e.pid) ?? 'Renderer'} (${e.args?.labels})`);
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  const label = (e: TraceEvent) =>
    `${processName.get(e.pid) ?? e.pid} / ${threadName.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  const tasks = events
    .filter((e) => e.ph === 'X' && inCategory(e, 'toplevel') && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const busy = new Map<string, { wall: number; cpu: number; what: Map<string, number> }>();
  const coveredUntil = new Map<string, number>();
  for (const task of tasks) {
    const thread = `${task.pid}:${task.tid}`;
    const end = task.ts + (task.dur ?? 0);
    // A task run inside another (a nested loop) is part of it.
    if ((coveredUntil.get(thread) ?? -1) >= end) continue;
    coveredUntil.set(thread, end);
    for (const w of windows) {
      const inside = overlap(task.ts, task.dur ?? 0, w);
      if (inside <= 0) continue;
      const sum = busy.get(label(task)) ?? { wall: 0, cpu: 0, what: new Map() };
      sum.wall += inside;
      sum.cpu += ((task.tdur ?? task.dur ?? 0) * inside) / (task.dur || 1);
      busy.set(label(task), sum);
    }
  }
  // What the busy threads did, by the timeline's own names (a forced layout inside a script
  // counts in both), for their breakdown.
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !inCategory(e, 'devtools.timeline')) continue;
    const sum = busy.get(label(e));
    if (!sum) continue;
    for (const w of windows) {
      const inside = overlap(e.ts, e.dur, w);
      if (inside > 0) sum.what.set(e.name, (sum.what.get(e.name) ?? 0) + inside);
    }
  }
  return busy;
}

/** A table of the busiest threads per call, in ms. */
function table(way: string, windows: Window[], busy: ReturnType<typeof busyByThread>): string {
  const n = windows.length;
  const length = median(windows.map((w) => w.end - w.start)) / 1000;
  const rows = [...busy]
    .map(([name, { wall, cpu, what }]) => ({
      name,
      wall: wall / n / 1000,
      cpu: cpu / n / 1000,
      what: [...what]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([event, us]) => `${event} ${(us / n / 1000).toFixed(1)}`)
        .join(', '),
    }))
    .filter((r) => r.wall >= 0.2)
    .sort((a, b) => b.wall - a.wall)
    .slice(0, 12);
  const total = [...busy.values()].reduce((sum, b) => sum + b.cpu, 0) / n / 1000;
  return [
    `${way}: ${n} calls, window median ${length.toFixed(1)} ms, CPU of all threads ${total.toFixed(1)} ms a call`,
    `  ${'busy'.padStart(7)} ${'cpu'.padStart(7)}  thread (per call)`,
    ...rows.flatMap((r, i) => [
      `  ${r.wall.toFixed(1).padStart(7)} ${r.cpu.toFixed(1).padStart(7)}  ${r.name}`,
      ...(i < 4 && r.what ? [`  ${''.padStart(15)}  ${r.what}`] : []),
    ]),
  ].join('\n');
}

/**
 * Traces `count` card calls (card `firstCard` on, in the reply `chat.next()` brings) and `count`
 * calls from the extension page `page`, and shows what every thread did during them.
 */
export async function traceCalls(
  chat: BenchChat,
  page: Page,
  firstCard: number,
  count: number,
): Promise<string> {
  await chat.next();
  await chat.reached(firstCard + count - 1, ['ready']);
  const chatPage = chat.chat.page;
  const cdp = await startTrace(chatPage);
  /** Each card call: when it was marked, clicked and done, on the chat page's clock. */
  const cardCalls: { at: number; click: number; end: number }[] = [];
  for (let k = 0; k < count; k++) {
    await recordRun(chat, firstCard + k);
    const at = await mark(chatPage);
    await chat.chat.cards.click('run', firstCard + k);
    const end = await chat.reached(firstCard + k, ['done', 'failed']);
    if (end.phase !== 'done') throw new Error(`card ${firstCard + k} failed`);
    const click = (await chat.probe()).clicks.filter((t) => t < end.at).at(-1);
    if (click === undefined || click < at) throw new Error('the Run click was not seen');
    cardCalls.push({ at, click, end: end.at });
  }
  /** Each page call's length, from its mark. */
  const pageCalls: number[] = [];
  for (let k = 0; k < count; k++) {
    const call = await callFromPage(page, `trace-${k}`, START);
    if (!call.ok) throw new Error(call.error);
    pageCalls.push(call.ms);
  }
  const events = await endTrace(cdp);
  const starts = marks(events);
  if (starts.length !== 2 * count)
    throw new Error(`the trace holds ${starts.length} marks, not ${2 * count}`);
  // A mark is on both clocks: a window is placed by its distance from its mark.
  const cards = cardCalls.map((c, i) => ({
    start: (starts[i] as number) + (c.click - c.at) * 1000,
    end: (starts[i] as number) + (c.end - c.at) * 1000,
  }));
  const pages = pageCalls.map((ms, i) => ({
    start: starts[count + i] as number,
    end: (starts[count + i] as number) + ms * 1000,
  }));
  return [
    table('Run on a card until it shows Done', cards, busyByThread(events, cards)),
    table('tools.call from an extension page', pages, busyByThread(events, pages)),
  ].join('\n\n');
}
