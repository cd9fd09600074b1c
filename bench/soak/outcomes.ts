// What became of each call the soak approved, as its caller saw it, and the tally printed at the end.

/**
 * `ok`: a result came back. `failed`: an error came back (the server was killed, the worker
 * stopped, the call cancelled, …), worded for the user. `lost`: nothing came back within the call's
 * bound, so the user would have been left waiting: must never happen.
 */
export type Fate = 'ok' | 'failed' | 'lost';

export interface Outcome {
  /** Sent as the call's `id` argument: how the servers' records are matched to it. */
  id: string;
  via: 'card' | 'page';
  fate: Fate;
  /** The error's wording or code, for the breakdown. */
  detail?: string;
  cancelled: boolean;
}

/** What the soak prints: the figures first. */
export function tally(outcomes: readonly Outcome[], serverIds: readonly string[]) {
  const runs = new Map<string, number>();
  for (const id of serverIds) runs.set(id, (runs.get(id) ?? 0) + 1);
  const approved = new Set(outcomes.map((o) => o.id));
  const reasons = new Map<string, number>();
  for (const o of outcomes)
    if (o.fate === 'failed') {
      const reason = o.detail ?? 'unknown';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  return {
    approved: outcomes.length,
    byCard: outcomes.filter((o) => o.via === 'card').length,
    runOnServers: [...runs.keys()].filter((id) => approved.has(id)).length,
    duplicates: [...runs.values()].filter((n) => n > 1).length,
    lost: outcomes.filter((o) => o.fate === 'lost').length,
    ok: outcomes.filter((o) => o.fate === 'ok').length,
    failed: outcomes.filter((o) => o.fate === 'failed').length,
    cancelled: outcomes.filter((o) => o.cancelled).length,
    /** A result the caller took as the tool's, though no server ever saw the call: must be 0. */
    okWithoutRun: outcomes.filter((o) => o.fate === 'ok' && !runs.has(o.id)).length,
    /** Calls no server saw that the caller was told failed (refused, or cut off before sending). */
    failedBeforeServer: outcomes.filter((o) => o.fate === 'failed' && !runs.has(o.id)).length,
    reasons: [...reasons].sort((a, b) => b[1] - a[1]),
  };
}

/** A small seeded generator (mulberry32), so a run can be repeated with its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
