// A call block the model copied out of a tool result: a tool (or the page it fetched) may plant
// a call in its output and hope the model repeats it. Auto mode never runs such a call by itself.

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** How many of the latest deliveries are remembered: a model echoes what it just read. */
const REMEMBERED = 50;

/** What this tab put into the composer lately, kept whitespace-free for matching. */
export class Deliveries {
  private readonly texts: string[] = [];

  add(text: string): void {
    this.texts.push(squeeze(text));
    if (this.texts.length > REMEMBERED) this.texts.shift();
  }

  /** Does this call block's text appear, whitespace aside, inside a delivered result? */
  repeatedIn(code: string): boolean {
    const needle = squeeze(code);
    return needle !== '' && this.texts.some((text) => text.includes(needle));
  }
}
