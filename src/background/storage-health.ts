// What went wrong with the stored settings, for the user: each failed write is logged and listed
// on the extension pages (the status push) until a later write of the same item succeeds; other
// problems (secrets that could not be sealed or opened) stay listed until they are resolved.
import type { StorageProblem } from '../shared/messages/views';
import type { WriteReport } from '../shared/storage/item-storage';

/** What each stored item means to the user, and what is at stake when it is not saved. */
const WHAT: Record<string, string> = {
  servers: 'Your server list',
  secrets: 'Your servers’ header values and client secrets',
  policies: 'Your tool policies',
  sites: 'Your site settings',
  oauth: 'Sign-in tokens',
  activity: 'The call log and metrics',
  sessions: 'Connection details kept for a restarted background',
  waitingCards: 'The list of cards waiting for Run',
};

export class StorageHealth {
  private readonly failures = new Map<string, StorageProblem>();

  constructor(private readonly onChange: () => void = () => {}) {}

  readonly report = ({ key, error }: WriteReport): void => {
    if (error === undefined) {
      if (this.failures.delete(key)) this.onChange();
      return;
    }
    console.error(`[MCP Switchboard] saving ${key} failed:`, error);
    const reason = error instanceof Error ? error.message : String(error);
    this.failures.set(key, {
      key,
      message: `${WHAT[key] ?? key} could not be saved: ${reason.replace(/\.?$/, '.')} The next change tries again.`,
      at: Date.now(),
    });
    this.onChange();
  };

  /** Lists a problem that no write clears; `undefined` takes it off. */
  note(key: string, problem: Omit<StorageProblem, 'key' | 'at'> | undefined): void {
    const had = this.failures.has(key);
    if (problem) this.failures.set(key, { key, ...problem, at: Date.now() });
    else this.failures.delete(key);
    if (problem || had) this.onChange();
  }

  problems(): StorageProblem[] {
    return [...this.failures.values()];
  }
}
