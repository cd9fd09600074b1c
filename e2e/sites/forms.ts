// The layouts and UI languages each chat-site fixture can serve (see each fixture's forms.ts and
// README). The e2e runs every site's flow on each layout, and again with labels in a second
// language, so no adapter depends on one markup or on English words.

export interface FixtureForms {
  /** Layout names, newest first; the first is served when none is asked for. Each is a UI the
   * site served (or serves to some users) at once; the README says which and as of when. */
  layouts: readonly string[];
  /** UI languages of the labels, English first. */
  languages: readonly string[];
  /** The keys that send the message by default, as Playwright names them; Enter when not given
   * (AI Studio sends with Ctrl/Cmd+Enter, and Enter adds a line). */
  sendKeys?: string;
}

/** A word a fixture shows, in each of its languages. */
export type Labels<K extends string> = Record<K, string>;

/** The labels for `lang`, English where the fixture has no translation. */
export function labelsFor<K extends string>(
  table: Record<string, Labels<K>>,
  lang: string,
): Labels<K> {
  return table[lang] ?? (table.en as Labels<K>);
}
