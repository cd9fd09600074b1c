// A chat site's settings and their defaults, apart from their schema (items.ts) so the chat
// page's script can use them without a schema library.

export const DEFAULT_AUTO_ROUNDS = 10;

export interface SiteSettings {
  /** Run `allow` tools without a click, insert the results and send them. Off unless chosen. */
  auto: boolean;
  /** Automatic rounds in a row without a human action before auto mode pauses. */
  maxRounds: number;
}

export const defaultSiteSettings = (): SiteSettings => ({
  auto: false,
  maxRounds: DEFAULT_AUTO_ROUNDS,
});
