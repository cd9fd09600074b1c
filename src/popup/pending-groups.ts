// The popup's pending tool calls, one group per chat tab: what waits for Run, then what runs.
import type { PendingCall } from '../shared/messages/views';
import { CHAT_SITES } from '../shared/sites';

export interface PendingLine {
  phase: PendingCall['phase'];
  /** "everything · echo", or the tool alone when the call names no server we know. */
  label: string;
  /** Calls of this tab alike in all of the above. */
  count: number;
}

export interface TabGroup {
  tabId: number;
  /** The chat site's name. */
  site: string;
  lines: PendingLine[];
}

const PHASE_ORDER: PendingCall['phase'][] = ['waiting', 'running'];

/** Tabs in the order they first appear; in each, waiting calls before running ones. */
export function groupByTab(calls: readonly PendingCall[]): TabGroup[] {
  const groups = new Map<number, { site: string; lines: Map<string, PendingLine> }>();
  for (const call of calls) {
    let group = groups.get(call.tabId);
    if (!group) {
      const site = CHAT_SITES.find((s) => s.id === call.site)?.name ?? call.site;
      group = { site, lines: new Map() };
      groups.set(call.tabId, group);
    }
    const label = call.server ? `${call.server} · ${call.tool}` : call.tool;
    const key = `${call.phase} ${label}`;
    const line = group.lines.get(key);
    if (line) line.count++;
    else group.lines.set(key, { phase: call.phase, label, count: 1 });
  }
  const rank = (line: PendingLine) => PHASE_ORDER.indexOf(line.phase);
  return [...groups].map(([tabId, { site, lines }]) => ({
    tabId,
    site,
    lines: [...lines.values()].sort((a, b) => rank(a) - rank(b)),
  }));
}

const PHASE_WORDS: Record<PendingCall['phase'], string> = {
  waiting: 'waiting for Run',
  running: 'running',
};

/** "waiting for Run", "running ×2". */
export function phaseText({ phase, count }: PendingLine): string {
  return count > 1 ? `${PHASE_WORDS[phase]} ×${count}` : PHASE_WORDS[phase];
}
