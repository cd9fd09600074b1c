// How the Activity section words its numbers: durations, rates, times, outcomes and a summary.
import type { CallLogEntry, CallOutcome } from '../../shared/messages/views';
import { CHAT_SITES } from '../../shared/sites';

/** Outcomes in words; a word each, so no colour has to carry the meaning. */
export const OUTCOME_LABELS: Record<CallOutcome, string> = {
  ok: 'OK',
  'tool-error': 'Tool error',
  denied: 'Denied',
  cancelled: 'Cancelled',
  timeout: 'Timed out',
  failed: 'Failed',
};

/** "850 ms", "1.2 s", "14 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
  if (ms < 60_000) return `${Math.floor(ms / 1_000)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1_000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** A share as a whole percentage, rounded down: 199 of 200 is 99%, never a 100% that was not. */
export function formatRate(rate: number): string {
  return `${Math.floor(rate * 100)}%`;
}

/** The time of day for today's calls; the date as well for older ones. */
export function formatTime(at: number, now = Date.now()): string {
  const when = new Date(at);
  const time = when.toLocaleTimeString(undefined, { timeStyle: 'medium' });
  if (when.toDateString() === new Date(now).toDateString()) return time;
  return `${when.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** The chat site a call came from, by name. */
export function siteName(siteId: string | undefined): string {
  if (siteId === undefined) return 'Extension page';
  return CHAT_SITES.find((site) => site.id === siteId)?.name ?? siteId;
}

/** How many calls ended each way, in the order of OUTCOME_LABELS; outcomes with none left out. */
export function outcomeCounts(log: readonly CallLogEntry[]): [CallOutcome, number][] {
  const counts = new Map<CallOutcome, number>();
  for (const entry of log) counts.set(entry.outcome, (counts.get(entry.outcome) ?? 0) + 1);
  return (Object.keys(OUTCOME_LABELS) as CallOutcome[])
    .filter((outcome) => counts.has(outcome))
    .map((outcome) => [outcome, counts.get(outcome)!]);
}

/** One line for the whole log: "3 calls: 2 OK, 1 denied." */
export function describeLog(log: readonly CallLogEntry[]): string {
  if (log.length === 0) return 'No calls yet.';
  const parts = outcomeCounts(log).map(([outcome, n]) => {
    const label = OUTCOME_LABELS[outcome];
    return `${n} ${outcome === 'ok' ? label : label.toLowerCase()}`;
  });
  return `${log.length} ${log.length === 1 ? 'call' : 'calls'}: ${parts.join(', ')}.`;
}
