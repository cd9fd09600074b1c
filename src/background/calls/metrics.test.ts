import { describe, expect, it } from 'vitest';
import {
  type CallRecord,
  MAX_KEYS,
  Metrics,
  metricsSnapshotSchema,
  percentile,
  WINDOW_SIZE,
} from './metrics';

function call(overrides: Partial<CallRecord> = {}): CallRecord {
  return { server: 's', tool: 't', ok: true, durationMs: 10, at: 1_000, ...overrides };
}

function recordDurations(metrics: Metrics, durations: number[], base: Partial<CallRecord> = {}) {
  for (const durationMs of durations) metrics.record(call({ ...base, durationMs }));
}

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const sorted = Array.from({ length: 20 }, (_, i) => (i + 1) * 10);
    expect(percentile(sorted, 50)).toBe(100);
    expect(percentile(sorted, 95)).toBe(190);
    expect(percentile([5, 7, 9], 50)).toBe(7);
    expect(percentile([5, 7, 9], 95)).toBe(9);
    expect(percentile([42], 1)).toBe(42);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('Metrics', () => {
  it('summarises per server and per tool', () => {
    const metrics = new Metrics();
    metrics.record(call({ server: 'a', tool: 'x', durationMs: 30 }));
    metrics.record(
      call({ server: 'a', tool: 'y', durationMs: 10, ok: false, error: 'boom', at: 7 }),
    );
    metrics.record(call({ server: 'b', tool: 'x', durationMs: 20 }));
    const { servers, tools } = metrics.summary();
    expect(servers.map((s) => [s.server, s.calls, s.errors])).toEqual([
      ['a', 2, 1],
      ['b', 1, 0],
    ]);
    expect(servers[0]).toMatchObject({ successRate: 0.5, p50Ms: 10, p95Ms: 30 });
    expect(servers[0]?.lastError).toEqual({ message: 'boom', at: 7 });
    expect(servers[1]?.lastError).toBeUndefined();
    expect(tools.map((t) => `${t.server}/${t.tool}`)).toEqual(['a/x', 'a/y', 'b/x']);
    expect(tools[1]).toMatchObject({ calls: 1, errors: 1, successRate: 0 });
  });

  it('computes p50 and p95 on shuffled known data', () => {
    const metrics = new Metrics();
    recordDurations(metrics, [70, 10, 100, 40, 20, 90, 50, 30, 80, 60]);
    const tool = metrics.summary().tools[0];
    expect(tool?.p50Ms).toBe(50);
    expect(tool?.p95Ms).toBe(100);
  });

  it('keeps only the last window of latencies but counts every call', () => {
    const metrics = new Metrics();
    recordDurations(metrics, Array(WINDOW_SIZE).fill(1_000));
    recordDurations(metrics, Array(WINDOW_SIZE).fill(5));
    const tool = metrics.summary().tools[0];
    expect(tool?.calls).toBe(WINDOW_SIZE * 2);
    expect(tool?.p95Ms).toBe(5);
    const latencies = metrics.toJSON().entries[0]?.latencies ?? [];
    expect(latencies).toHaveLength(WINDOW_SIZE);
  });

  it('evicts the least recently used keys beyond the limit', () => {
    const metrics = new Metrics();
    // One server plus many tools: the server key stays fresh because every call touches it.
    for (let i = 0; i < MAX_KEYS + 10; i++) metrics.record(call({ tool: `t${i}` }));
    const { servers, tools } = metrics.summary();
    expect(servers).toHaveLength(1);
    expect(servers[0]?.calls).toBe(MAX_KEYS + 10);
    expect(tools).toHaveLength(MAX_KEYS - 1);
    const names = new Set(tools.map((t) => t.tool));
    expect(names.has('t0')).toBe(false);
    expect(names.has('t10')).toBe(false);
    expect(names.has('t11')).toBe(true);
    expect(names.has(`t${MAX_KEYS + 9}`)).toBe(true);
  });

  it('refreshes recency on use', () => {
    const metrics = new Metrics();
    for (let i = 0; i < MAX_KEYS - 1; i++) {
      metrics.record(call({ tool: `t${i}` }));
      metrics.record(call({ tool: 't0' }));
    }
    metrics.record(call({ tool: 'new' }));
    const names = new Set(metrics.summary().tools.map((t) => t.tool));
    expect(names.has('t0')).toBe(true);
    expect(names.has('t1')).toBe(false);
  });

  it('round-trips through JSON, keeping the ring order', () => {
    const metrics = new Metrics();
    recordDurations(
      metrics,
      Array.from({ length: WINDOW_SIZE + 3 }, (_, i) => i),
    );
    metrics.record(call({ server: 'b', ok: false, error: 'down', at: 99 }));
    const snapshot = JSON.parse(JSON.stringify(metrics));
    expect(metricsSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const restored = Metrics.fromJSON(snapshot);
    expect(restored.summary()).toEqual(metrics.summary());
    expect(restored.toJSON()).toEqual(metrics.toJSON());
    const window = restored.toJSON().entries.find((e) => e.tool === 't' && e.server === 's');
    expect(window?.latencies.slice(0, 2)).toEqual([3, 4]);
    restored.record(call({ durationMs: 1e6 }));
    expect(restored.toJSON().entries.at(-1)?.latencies.at(-1)).toBe(1e6);
  });

  it('restores empty metrics from invalid snapshots without throwing', () => {
    const valid = new Metrics();
    valid.record(call());
    const good = valid.toJSON();
    const bad: unknown[] = [
      undefined,
      null,
      'metrics',
      { version: 2, entries: good.entries },
      { version: 1, entries: [{ ...good.entries[0], calls: -1 }] },
      { version: 1, entries: [{ ...good.entries[0], errors: 5, calls: 1 }] },
      { version: 1, entries: [{ ...good.entries[0], latencies: Array(WINDOW_SIZE + 1).fill(1) }] },
    ];
    for (const data of bad) {
      expect(Metrics.fromJSON(data).summary(), JSON.stringify(data)).toEqual({
        servers: [],
        tools: [],
      });
    }
    expect(Metrics.fromJSON(good).summary().servers).toHaveLength(1);
  });

  it('keeps snapshots valid when given a bad duration', () => {
    const metrics = new Metrics();
    metrics.record(call({ durationMs: Number.NaN }));
    metrics.record(call({ durationMs: -5 }));
    expect(Metrics.fromJSON(JSON.parse(JSON.stringify(metrics))).summary().tools[0]?.calls).toBe(2);
  });
});
