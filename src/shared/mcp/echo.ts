// Calls a tool result carries, found by meaning: any JSON object in the text (in a fenced block,
// inline, or escaped inside a JSON string) that names a tool. A call the model writes with the
// same server, tool and arguments was copied from that result, whatever its call_id, spacing or
// escapes; auto mode never runs such a call by itself (a tool, or the page it fetched, may plant
// one and hope the model repeats it).
import { isRecord } from '../is-record';
import { jsonNesting } from './tool-call';

export interface CallShape {
  server?: string;
  tool: string;
  arguments: Record<string, unknown>;
}

/** Bounds on the work one result may cause. */
const MAX_TEXT = 1_000_000;
const MAX_ATTEMPTS = 500;
/** A call longer than this is not looked for; an object that has not closed by then is given up. */
const MAX_SPAN = 64_000;
const MAX_DEPTH = 8;
/** Where a JSON object may start: a brace, then a key. */
const OBJECT_START = /\{\s*"/g;

/** The end of the balanced JSON object starting at `start`, or -1. */
function objectEnd(text: string, start: number): number {
  const { depth, end } = jsonNesting(text, start, Math.min(text.length, start + MAX_SPAN), true);
  return depth === 0 ? end : -1;
}

/** Canonical text of a value: keys sorted, so equal meaning gives equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

function collect(value: unknown, out: CallShape[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    if (value.includes('{')) scan(value, out, depth + 1);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isRecord(value)) return;
  const { tool, server, arguments: args = {} } = value;
  if (typeof tool === 'string' && isRecord(args))
    out.push({ tool, arguments: args, ...(typeof server === 'string' ? { server } : {}) });
  for (const inner of Object.values(value)) collect(inner, out, depth + 1);
}

function scan(text: string, out: CallShape[], depth: number): void {
  const bounded = text.slice(0, MAX_TEXT);
  const starts = new RegExp(OBJECT_START.source, 'g');
  let attempts = 0;
  for (let m = starts.exec(bounded); m && attempts < MAX_ATTEMPTS; m = starts.exec(bounded)) {
    attempts++;
    const end = objectEnd(bounded, m.index);
    if (end < 0) continue;
    try {
      collect(JSON.parse(bounded.slice(m.index, end)), out, depth);
      starts.lastIndex = end;
    } catch {
      // Not JSON from here: look from the next brace.
    }
  }
}

/** Every call-shaped object in `text`. */
export function callShapesIn(text: string): CallShape[] {
  const out: CallShape[] = [];
  scan(text, out, 0);
  return out;
}

/** Same tool and arguments, and the same server where both name one. */
export function sameCall(a: CallShape, b: CallShape): boolean {
  if (a.tool !== b.tool) return false;
  if (a.server !== undefined && b.server !== undefined && a.server !== b.server) return false;
  return canonical(a.arguments) === canonical(b.arguments);
}
