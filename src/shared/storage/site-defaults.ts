// A chat site's settings and their defaults, apart from their schema (items.ts) so the chat
// page's script can use them without a schema library.

export const DEFAULT_AUTO_ROUNDS = 10;
export const MAX_AUTO_ROUNDS = 100;
/** Custom instructions go into every new chat's first message; past this they crowd it out. */
export const MAX_CUSTOM_INSTRUCTIONS = 4000;
/** Above this many tokens of tool signatures, the model gets names and summaries and looks up the
 * rest (issue #16): a few dozen tools with schemas cost more of every new chat than they help. */
export const DEFAULT_CATALOG_THRESHOLD = 1500;
/** The highest threshold one can set; tool lists longer than this crowd out any chat. */
export const MAX_CATALOG_THRESHOLD = 100_000;

export interface SiteSettings {
  /** Whether the extension works on this site at all: cards, instructions offer, health badge. */
  enabled: boolean;
  /** Run `allow` tools without a click, insert the results and send them. Off unless chosen. */
  auto: boolean;
  /** Automatic rounds in a row without a human action before auto mode pauses. */
  maxRounds: number;
  /** The user's own text, appended to the generated tool instructions for this site. */
  instructions: string;
  /** Tokens of tool signatures above which the instructions list tools by name and summary and
   * the model looks up signatures on demand; 0 always does. */
  catalogThreshold: number;
}

export const defaultSiteSettings = (): SiteSettings => ({
  enabled: true,
  auto: false,
  maxRounds: DEFAULT_AUTO_ROUNDS,
  instructions: '',
  catalogThreshold: DEFAULT_CATALOG_THRESHOLD,
});
