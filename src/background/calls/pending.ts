// What waits for the user or runs now in chat tabs, for the popup: the cards waiting for Run as
// each tab last reported them (kept across worker restarts), and the calls running from tabs (as
// the registry of running calls holds them).
import type { PendingCall } from '../../shared/messages/views';
import type { ItemStorage } from '../../shared/storage/item-storage';
import { type CallName, waitingCardsItem } from '../../shared/storage/items';
import type { ServerSession } from '../sessions/session';
import { resolveSession } from './resolve';
import type { RunningCalls } from './running';

type Waiting = Record<string, { site: string; calls: CallName[] }>;

/** A pending call before its server is named as the user knows it (see `calls.pending`). */
export type PendingEntry = Omit<PendingCall, 'server'> & CallName;

export class PendingCalls {
  constructor(
    private readonly storage: ItemStorage,
    private readonly running: Pick<RunningCalls, 'inTabs'>,
    /** The ids of the tabs open now: a tab closed while no worker ran never said goodbye. */
    private readonly openTabs: () => Promise<Set<number>>,
    /** Told whenever the list changes, so an open popup asks again. */
    private readonly onChange: () => void = () => {},
  ) {}

  /** Replaces what this tab waits for; an empty list clears it. */
  report(tabId: number, site: string, calls: readonly CallName[]): Promise<void> {
    return this.update((waiting) => {
      const { [tabId]: _, ...rest } = waiting;
      return calls.length ? { ...rest, [tabId]: { site, calls: [...calls] } } : rest;
    });
  }

  forget(tabId: number): Promise<void> {
    return this.update(({ [tabId]: _, ...rest }) => rest);
  }

  /** Waiting cards, then running calls, of tabs still open; in the order they were reported. */
  async list(): Promise<PendingEntry[]> {
    const [waiting, open] = await Promise.all([this.load(), this.openTabs()]);
    const cards = Object.entries(waiting).flatMap(([tab, { site, calls }]) =>
      calls.map((call): PendingEntry => ({ tabId: Number(tab), site, phase: 'waiting', ...call })),
    );
    const running = this.running.inTabs().map(
      ({ tab, server, tool }): PendingEntry => ({
        tabId: tab.id,
        site: tab.site,
        phase: 'running',
        server,
        tool,
      }),
    );
    return [...cards, ...running].filter((entry) => open.has(entry.tabId));
  }

  private load(): Promise<Waiting> {
    return this.storage.get(waitingCardsItem);
  }

  /** Reports that cross each other all land, in order. */
  private async update(change: (waiting: Waiting) => Waiting): Promise<void> {
    let changed = false;
    await this.storage.update(waitingCardsItem, (before) => {
      const after = change(before);
      changed = JSON.stringify(after) !== JSON.stringify(before);
      return changed ? after : before;
    });
    if (changed) this.onChange();
  }
}

/**
 * Names each call's server as the user set it, as a call from the card would reach it; a call no
 * connected server takes keeps the name it wrote, if any.
 */
export function nameServers(
  entries: readonly PendingEntry[],
  sessions: readonly ServerSession[],
): PendingCall[] {
  return entries.map(({ server, ...entry }) => {
    let name = server;
    try {
      const call = { call_id: 'pending', tool: entry.tool, arguments: {} };
      name = resolveSession(sessions, server === undefined ? call : { ...call, server }).config
        .name;
    } catch {
      // Not connected, or not a tool any server has: the card says why when it is run.
    }
    return name === undefined ? entry : { ...entry, server: name };
  });
}
