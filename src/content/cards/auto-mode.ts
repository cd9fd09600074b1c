// Auto mode for one tab: runs `allow` tools without a click, sends their results, and pauses after
// the site's cap of rounds in a row without a human action, saying why.
import type { Policy } from '../../shared/storage/items';
import { defaultSiteSettings, type SiteSettings } from '../../shared/storage/site-defaults';
import type { SiteAdapter } from '../adapters/types';
import { submitMessage } from '../dom/submit';

export class AutoMode {
  private settings: SiteSettings = defaultSiteSettings();
  /** Automatic rounds (results sent by us) since the user last acted. */
  private rounds = 0;

  constructor(private readonly adapter: SiteAdapter) {}

  configure(settings: SiteSettings): void {
    this.settings = settings;
  }

  /** May this call run with no click? The background checks the same rules again. */
  mayRun(policy: Policy | undefined): boolean {
    return this.settings.auto && policy === 'allow' && this.rounds < this.settings.maxRounds;
  }

  /** Why a call auto mode would have run is waiting for the user, if it is. */
  pausedNote(policy: Policy | undefined): string | undefined {
    if (!this.settings.auto || policy !== 'allow' || this.rounds < this.settings.maxRounds)
      return undefined;
    return `Auto mode paused after ${this.rounds} rounds without you. Press Run to go on.`;
  }

  /** Run, Deny or a message the user sent: the count starts again. */
  humanActed(): void {
    this.rounds = 0;
  }

  /** Sends what auto mode put in the composer; says what happened. */
  async send(): Promise<{ sent: boolean; note: string }> {
    if (!(await submitMessage(this.adapter))) {
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
