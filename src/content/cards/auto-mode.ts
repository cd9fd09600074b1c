// Auto mode for one tab: runs `allow` tools without a click, sends their results and the answers
// to lookups, and pauses after the site's cap of rounds in a row without a human action, saying why.
import type { Policy } from '../../shared/storage/items';
import { defaultSiteSettings, type SiteSettings } from '../../shared/storage/site-defaults';
import type { SiteAdapter } from '../adapters/types';
import { submitMessage } from '../dom/submit';

type Sent = { sent: boolean; note: string };

export class AutoMode {
  private settings: SiteSettings = defaultSiteSettings();
  /** Automatic rounds (results sent by us) since the user last acted. */
  private rounds = 0;
  /** The send under way, and whether it has pressed the site's button yet. */
  private sending: { done: Promise<Sent>; clicked: boolean } | undefined;

  constructor(private readonly adapter: SiteAdapter) {}

  configure(settings: SiteSettings): void {
    this.settings = settings;
  }

  /** May auto mode send one more round? Only where the user turned it on, and below the cap. */
  maySend(): boolean {
    return this.settings.auto && this.rounds < this.settings.maxRounds;
  }

  /** May this call run with no click? The background checks the same rules again. */
  mayRun(policy: Policy | undefined): boolean {
    return policy === 'allow' && this.maySend();
  }

  /** Auto mode is on but has stopped at its cap: why, and what the user's `press` goes on with. */
  paused(press: string): string | undefined {
    if (!this.settings.auto || this.rounds < this.settings.maxRounds) return undefined;
    return `Auto mode paused after ${this.rounds} rounds without you. Press ${press} to go on.`;
  }

  /** Why a call auto mode would have run is waiting for the user, if it is. */
  pausedNote(policy: Policy | undefined): string | undefined {
    return policy === 'allow' ? this.paused('Run') : undefined;
  }

  /** Run, Deny or a message the user sent: the count starts again. */
  humanActed(): void {
    this.rounds = 0;
  }

  /**
   * Sends what auto mode put in the composer; says what happened. Text that lands while a send
   * waits for the site goes with it; text that lands after its click gets a send of its own.
   */
  send(): Promise<Sent> {
    const current = this.sending;
    if (current && !current.clicked) return current.done;
    const next = { done: Promise.resolve<Sent>({ sent: false, note: '' }), clicked: false };
    next.done = (current?.done.catch(() => undefined) ?? Promise.resolve())
      .then(() =>
        this.submit(() => {
          next.clicked = true;
        }),
      )
      .finally(() => {
        if (this.sending === next) this.sending = undefined;
      });
    this.sending = next;
    return next.done;
  }

  private async submit(clicked: () => void): Promise<Sent> {
    if (!(await submitMessage(this.adapter, clicked))) {
      const note =
        'Auto mode could not send the message: the site did not take it. Send it yourself.';
      return { sent: false, note };
    }
    this.rounds++;
    return {
      sent: true,
      note: `Sent automatically (round ${this.rounds} of ${this.settings.maxRounds}).`,
    };
  }
}
