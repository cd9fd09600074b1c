// The last calls made, for the Activity section: a ring buffer, arguments redacted on the way in.
import { z } from 'zod';
import { type CallLogEntry, callLogEntrySchema } from '../../shared/messages/views';

export const DEFAULT_CAPACITY = 200;
export const MAX_STRING_CHARS = 2_000;
export const MAX_DEPTH = 8;
export const MAX_ARGUMENTS_BYTES = 8 * 1024;
/** JSON text re-encodes at no more than three bytes a character, so a preview this long fits the cap. */
const PREVIEW_CHARS = 1_000;
export const REDACTED = '[redacted]';
export const TOO_DEEP = '[too deep]';

const SECRET_KEY =
  /pass(word)?|secret|token|authori[sz]ation|api[-_]?key|cookie|credential|private[-_]?key/i;

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export const callLogSnapshotSchema = z.object({
  version: z.literal(1),
  /** Newest first. */
  entries: z.array(callLogEntrySchema),
});

export type { CallLogEntry };
export type CallLogInput = Omit<CallLogEntry, 'arguments'> & { arguments: unknown };
export type CallLogSnapshot = z.infer<typeof callLogSnapshotSchema>;

/** Cuts text to at most `max` characters, saying how many were left out; idempotent. */
export function truncate(text: string, max = MAX_STRING_CHARS): string {
  if (text.length <= max) return text;
  // Reserve room for the note at its widest, so the result fits in `max` and a second pass keeps it.
  const noteWidth = '… ( more characters)'.length + String(text.length).length;
  let cut = Math.max(0, max - noteWidth);
  // Never leave half of a surrogate pair at the cut.
  if (cut > 0 && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut)}… (${text.length - cut} more characters)`;
}

/** Replaces secrets, long strings and deep nesting; the arguments object itself is depth 0. */
export function redactValue(value: unknown, depth = 0): JsonValue {
  if (depth > MAX_DEPTH) return TOO_DEEP;
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return truncate(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      out[key] = SECRET_KEY.test(key) ? REDACTED : redactValue(item, depth + 1);
    }
    return out;
  }
  return value === undefined ? null : truncate(String(value));
}

/** Redacts, then swaps anything still over the size cap for a text preview. */
export function redactArguments(args: unknown): JsonValue {
  const redacted = redactValue(args);
  const json = JSON.stringify(redacted);
  if (new TextEncoder().encode(json).length <= MAX_ARGUMENTS_BYTES) return redacted;
  return truncate(json, PREVIEW_CHARS);
}

export class CallLog {
  /** Oldest first; trimmed from the front. */
  private items: CallLogEntry[] = [];

  constructor(readonly capacity = DEFAULT_CAPACITY) {}

  add(entry: CallLogInput): void {
    const { arguments: args, error, ...rest } = entry;
    this.items.push({
      ...rest,
      arguments: redactArguments(args),
      ...(error === undefined ? {} : { error: truncate(error) }),
    });
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
  }

  /** Newest first. */
  entries(): CallLogEntry[] {
    return [...this.items].reverse();
  }

  clear(): void {
    this.items = [];
  }

  toJSON(): CallLogSnapshot {
    return { version: 1, entries: this.entries() };
  }

  /** Restores a snapshot, re-applying redaction; invalid data yields an empty log. */
  static fromJSON(data: unknown, capacity = DEFAULT_CAPACITY): CallLog {
    const log = new CallLog(capacity);
    const parsed = callLogSnapshotSchema.safeParse(data);
    if (!parsed.success) return log;
    for (const entry of parsed.data.entries.slice(0, capacity).reverse()) log.add(entry);
    return log;
  }
}
