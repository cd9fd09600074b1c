// The scripted "model" behind every chat-site fixture. Site-agnostic: it picks a reply for the
// user's message from a script and streams it in small chunks; each site fixture renders the
// growing text its own way. Runs in the browser (bundled into the page) and in Node (tests import
// the types and DEFAULT_SCRIPT).

/** One scripted answer. `when` is a substring the user's message must contain (`"*"` matches
 * anything); the first matching rule wins. `reply` may contain `{{result}}`, replaced by the text
 * inside the first `<mcp-result …>…</mcp-result>` element of the user's message (trimmed). */
export type ScriptRule = { when: string; reply: string };

export const FALLBACK_REPLY = 'I have nothing scripted for that.';

export const DEFAULT_SCRIPT: ScriptRule[] = [
  {
    // A successful result block; the tool instructions mention the tag too, but never this status.
    when: 'status="ok"',
    reply: 'The echo tool answered. Here is what it said:\n\n> {{result}}\n\nAnything else?',
  },
  {
    when: '*',
    reply: [
      "I'll call the echo tool for that.",
      '',
      '```mcp-call',
      '{"call_id": "c1", "tool": "echo", "arguments": {"message": "Hello from the fixture"}}',
      '```',
      '',
      'The result will follow.',
    ].join('\n'),
  },
];

/** Text between the first `<mcp-result …>` opening tag and the next `</mcp-result>`, trimmed;
 * `""` when the message has none. Works whether the tags sit on their own lines or not. */
export function extractMcpResult(message: string): string {
  const match = /<mcp-result\b[^>]*>([\s\S]*?)<\/mcp-result\b[^>]*>/.exec(message);
  return match?.[1]?.trim() ?? '';
}

export function pickReply(message: string, script: readonly ScriptRule[] = DEFAULT_SCRIPT): string {
  const rule = script.find((r) => r.when === '*' || message.includes(r.when));
  if (!rule) return FALLBACK_REPLY;
  if (!rule.reply.includes('{{result}}')) return rule.reply;
  const result = extractMcpResult(message);
  return rule.reply.split('{{result}}').join(result);
}

export type StreamOptions = {
  /** Smallest chunk, in characters (default 2). */
  minChunk?: number;
  /** Largest chunk, in characters (default 8). */
  maxChunk?: number;
  /** Delay between chunks in ms (default 15). */
  intervalMs?: number;
  /** Delay before the first chunk in ms (default 50). */
  firstChunkDelayMs?: number;
  /** Random source in [0, 1); pass a seeded one for reproducible chunking. */
  random?: () => number;
};

/** Splits text into chunks of minChunk..maxChunk characters (the last one may be shorter). */
export function chunkText(text: string, options: StreamOptions = {}): string[] {
  const min = Math.max(1, options.minChunk ?? 2);
  const max = Math.max(min, options.maxChunk ?? 8);
  const random = options.random ?? Math.random;
  const chunks: string[] = [];
  let i = 0;
  while (i < text.length) {
    const size = min + Math.floor(random() * (max - min + 1));
    chunks.push(text.slice(i, i + size));
    i += size;
  }
  return chunks;
}

export type StreamHandle = {
  /** Stops the stream; no further chunks are delivered. */
  stop(): void;
  /** Resolves when the stream ends: 'completed' after the last chunk, or 'stopped'. */
  done: Promise<'completed' | 'stopped'>;
};

/** Delivers `text` to `onChunk` chunk by chunk on timers. `soFar` is all text delivered so far. */
export function streamReply(
  text: string,
  onChunk: (chunk: string, soFar: string) => void,
  options: StreamOptions = {},
): StreamHandle {
  const chunks = chunkText(text, options);
  const interval = options.intervalMs ?? 15;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (how: 'completed' | 'stopped') => void = () => {};
  let finished = false;
  const done = new Promise<'completed' | 'stopped'>((resolve) => {
    finish = (how) => {
      if (finished) return;
      finished = true;
      if (timer !== undefined) clearTimeout(timer);
      resolve(how);
    };
  });
  let index = 0;
  let soFar = '';
  const tick = () => {
    const chunk = chunks[index++];
    if (chunk === undefined) return finish('completed');
    soFar += chunk;
    onChunk(chunk, soFar);
    if (finished) return; // onChunk may have stopped the stream
    if (index >= chunks.length) return finish('completed');
    timer = setTimeout(tick, interval);
  };
  timer = setTimeout(tick, options.firstChunkDelayMs ?? 50);
  return { stop: () => finish('stopped'), done };
}
