// Call metrics per server and per tool, bounded in memory and serialisable across worker restarts.
import { z } from 'zod';
import type { CallSummary } from '../../shared/messages/views';

export const WINDOW_SIZE = 256;
export const MAX_KEYS = 500;
const MAX_ERROR_CHARS = 1_000;

export interface CallRecord {
  server: string;
  tool: string;
  ok: boolean;
  durationMs: number;
  error?: string;
  at: number;
}

export type Summary = CallSummary;

const entrySchema = z
  .object({
    server: z.string(),
    tool: z.string().optional(),
    calls: z.int().nonnegative(),
    errors: z.int().nonnegative(),
    /** Oldest first. */
    latencies: z.array(z.number().nonnegative()).max(WINDOW_SIZE),
    lastError: z.object({ message: z.string(), at: z.number() }).optional(),
  })
  .refine((entry) => entry.errors <= entry.calls, 'errors cannot exceed calls');

export const metricsSnapshotSchema = z.object({
  version: z.literal(1),
  /** Least recently used first. */
  entries: z.array(entrySchema).max(MAX_KEYS),
});

export type MetricsSnapshot = z.infer<typeof metricsSnapshotSchema>;
type Entry = z.infer<typeof entrySchema> & { start: number };

/** Nearest-rank percentile of ascending `sorted`; 0 when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export class Metrics {
  /** Map order is recency order: the first key is the least recently used. */
  private readonly entries = new Map<string, Entry>();

  record(call: CallRecord): void {
    this.touch(call.server, undefined, call);
    this.touch(call.server, call.tool, call);
  }

  summary(): { servers: Summary[]; tools: Summary[] } {
    const all = [...this.entries.values()].sort(
      (a, b) => compare(a.server, b.server) || compare(a.tool ?? '', b.tool ?? ''),
    );
    return {
      servers: all.filter((e) => e.tool === undefined).map(summarise),
      tools: all.filter((e) => e.tool !== undefined).map(summarise),
    };
  }

  toJSON(): MetricsSnapshot {
    const entries = [...this.entries.values()].map(({ start, latencies, ...rest }) => ({
      ...rest,
      latencies: [...latencies.slice(start), ...latencies.slice(0, start)],
    }));
    return { version: 1, entries };
  }

  /** Restores a snapshot; anything that fails validation yields empty metrics. */
  static fromJSON(data: unknown): Metrics {
    const metrics = new Metrics();
    const parsed = metricsSnapshotSchema.safeParse(data);
    if (!parsed.success) return metrics;
    for (const entry of parsed.data.entries) {
      metrics.entries.set(keyOf(entry.server, entry.tool), { ...entry, start: 0 });
    }
    return metrics;
  }

  private touch(server: string, tool: string | undefined, call: CallRecord): void {
    const key = keyOf(server, tool);
    const entry = this.entries.get(key) ?? {
      server,
      tool,
      calls: 0,
      errors: 0,
      latencies: [],
      start: 0,
    };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);

    entry.calls++;
    // A NaN here would make the next snapshot fail validation and lose everything on restore.
    const duration = Number.isFinite(call.durationMs) ? Math.max(0, call.durationMs) : 0;
    if (entry.latencies.length < WINDOW_SIZE) entry.latencies.push(duration);
    else {
      entry.latencies[entry.start] = duration;
      entry.start = (entry.start + 1) % WINDOW_SIZE;
    }
    if (!call.ok) {
      entry.errors++;
      const message = (call.error ?? 'Unknown error').slice(0, MAX_ERROR_CHARS);
      entry.lastError = { message, at: call.at };
    }
  }
}

function summarise(entry: Entry): Summary {
  const sorted = [...entry.latencies].sort((a, b) => a - b);
  return {
    server: entry.server,
    ...(entry.tool === undefined ? {} : { tool: entry.tool }),
    calls: entry.calls,
    errors: entry.errors,
    successRate: entry.calls === 0 ? 0 : (entry.calls - entry.errors) / entry.calls,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    ...(entry.lastError ? { lastError: { ...entry.lastError } } : {}),
  };
}

function keyOf(server: string, tool: string | undefined): string {
  return JSON.stringify([server, tool ?? null]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
