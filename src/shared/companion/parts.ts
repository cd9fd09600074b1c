// Host → browser messages over Chrome's 1 MB limit travel as numbered parts of their JSON text,
// sent back to back, and are joined before they are read.
import { HOST_MESSAGE_LIMIT, MAX_MESSAGE_BYTES, type Part } from './protocol';

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/**
 * The native messages that carry `json`: itself when it fits, else its parts. Each part is
 * measured as sent, escapes included, so even text of control characters stays under the limit.
 */
export function frameTexts(json: string, of: number, limit = HOST_MESSAGE_LIMIT): string[] {
  if (bytes(json) <= limit) return [json];
  const slices: string[] = [];
  let size = Math.floor(limit / 4);
  for (let at = 0; at < json.length; ) {
    const slice = json.slice(at, at + size);
    // 64 bytes are ample for the part's other fields at any count.
    if (bytes(JSON.stringify(slice)) + 64 > limit) {
      size = Math.floor(size / 2);
      continue;
    }
    slices.push(slice);
    at += slice.length;
  }
  return slices.map((text, index) =>
    JSON.stringify({ type: 'part', of, index, count: slices.length, text } satisfies Part),
  );
}

/** Joins the parts of one message at a time; the host never interleaves two. */
export class PartJoiner {
  private current: { of: number; count: number; texts: string[]; chars: number } | undefined;

  /** The whole JSON text once its last part is in, else undefined. Throws on a broken sequence. */
  add(part: Part): string | undefined {
    if (part.index === 0) this.current = { of: part.of, count: part.count, texts: [], chars: 0 };
    const current = this.current;
    if (!current || current.of !== part.of || current.texts.length !== part.index) {
      this.current = undefined;
      throw new Error(`Part ${part.index + 1} of message ${part.of} arrived out of order.`);
    }
    current.texts.push(part.text);
    current.chars += part.text.length;
    if (current.chars > MAX_MESSAGE_BYTES) {
      this.current = undefined;
      throw new Error(`Message ${part.of} is larger than ${MAX_MESSAGE_BYTES / 1024 / 1024} MB.`);
    }
    if (current.texts.length < current.count) return undefined;
    this.current = undefined;
    return current.texts.join('');
  }
}
