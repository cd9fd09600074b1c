// A chat site's settings and their defaults, apart from their schema (items.ts) so the chat
// page's script can use them without a schema library.

export const DEFAULT_AUTO_ROUNDS = 10;
export const MAX_AUTO_ROUNDS = 100;
/** Custom instructions go into every new chat's first message; past this they crowd it out. */
export const MAX_CUSTOM_INSTRUCTIONS = 4000;

export interface SiteSettings {
  /** Whether the extension works on this site at all: cards, instructions offer, health badge. */
  enabled: boolean;
  /** Run `allow` tools without a click, insert the results and send them. Off unless chosen. */
  auto: boolean;
  /** Automatic rounds in a row without a human action before auto mode pauses. */
  maxRounds: number;
  /** The user's own text, appended to the generated tool instructions for this site. */
  instructions: string;
}

export const defaultSiteSettings = (): SiteSettings => ({
  enabled: true,
  auto: false,
  maxRounds: DEFAULT_AUTO_ROUNDS,
  instructions: '',
});
