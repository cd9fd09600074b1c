// Characters that change what a reader sees without being seen: zero-width ones, direction
// overrides and isolates, tag characters. Shown escaped (\u{202E}) and flagged on a call's card,
// so an argument cannot show one file name and hold another.

/** Invisible, format and direction-changing code points, as [first, last] ranges. */
const HIDDEN: readonly [number, number][] = [
  [0xad, 0xad], // soft hyphen
  [0x34f, 0x34f], // combining grapheme joiner
  [0x61c, 0x61c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200f], // zero-width space, joiners, left-to-right and right-to-left marks
  [0x202a, 0x202e], // direction embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, direction isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation marks
  [0xe0000, 0xe01ef], // tag characters and variation selectors supplement
];

const isHidden = (cp: number) => HIDDEN.some(([first, last]) => cp >= first && cp <= last);

const written = (cp: number) => `\\u{${cp.toString(16).toUpperCase()}}`;

/** `text` with every hidden character written out, and whether there was any. */
export function revealHidden(text: string): { text: string; hidden: boolean } {
  let hidden = false;
  let shown = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isHidden(cp)) {
      hidden = true;
      shown += written(cp);
    } else shown += ch;
  }
  return { text: shown, hidden };
}
