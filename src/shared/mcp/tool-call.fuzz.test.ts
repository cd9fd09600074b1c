// Property-based tests of the tool-call reader as the content script uses it: a reply streams
// in, and every time the page changes the code block's text is read again (issue #6, Fuzzing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToolCall, readToolCall, type ToolCall, type ToolCallRead } from './tool-call';

/** Pieces that have broken parsers and block formats before: JSON and markdown syntax, our own
 * tags, line terminators and characters outside the BMP (split across chunks, they are lone
 * surrogates for a moment). */
const TRICKY = [
  '"',
  '\\',
  '\\"',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '`',
  '```',
  '~~~',
  '\n',
  '\r\n',
  '\u2028',
  '\u0000',
  '</mcp-result',
  '</mcp-result nonce="0badc0de">',
  '<mcp-result call_id="x">',
  '```mcp-call\n',
  '{"call_id":',
  '"call_id"',
  'é',
  '✓',
  '😀',
  '\u{1F468}\u200D\u{1F469}',
];

const tricky = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 1 })),
    maxLength,
  });

/** JSON values the model may pass as arguments, nested a few levels. */
const { json } = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    tricky(24),
    fc.integer(),
    // -0 is written as 0 in JSON, so it cannot come back as itself.
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(tricky(12), tie('json'), { maxKeys: 4, noNullPrototype: true }),
  ),
}));

/** A call as the model writes it: `arguments` may be left out. */
const toolCall = fc.record(
  {
    call_id: fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/),
    server: tricky(40).filter((s) => s.length > 0 && s.length <= 100),
    tool: tricky(40).filter((s) => s.length > 0 && s.length <= 128),
    arguments: fc.dictionary(tricky(12), json, { maxKeys: 5, noNullPrototype: true }),
  },
  { requiredKeys: ['call_id', 'tool'] },
);

/** How the model lays the call out: the order of its keys (the call id first when the site drops
 * the block's language, as the instructions ask), and its indentation. */
const written = fc.record({
  call: toolCall,
  language: fc.boolean(),
  order: fc.shuffledSubarray<keyof ToolCall>(['call_id', 'server', 'tool', 'arguments'], {
    minLength: 4,
  }),
  indent: fc.constantFrom(undefined, 2, '\t'),
  // Chunk sizes, used in turn: ones split escapes and surrogate pairs, larger ones skip ahead.
  chunks: fc.array(fc.integer({ min: 1, max: 32 }), { minLength: 1, maxLength: 8 }),
});

/** The code element's text for a prefix of the reply, as a site renders a fence still being
 * written: nothing until the opening line is complete, then everything after it up to a
 * closing fence (a closing fence still being written shows in the code). */
function codeOf(markdown: string): string | undefined {
  const open = markdown.indexOf('\n');
  if (open < 0) return undefined;
  const after = markdown.slice(open + 1);
  const close = after.indexOf('\n```');
  return close < 0 ? after : after.slice(0, close);
}

function* prefixes(text: string, chunks: number[]): Generator<string> {
  let end = 0;
  for (let i = 0; end < text.length; i++) {
    end = Math.min(text.length, end + (chunks[i % chunks.length] ?? 1));
    yield text.slice(0, end);
  }
}

const RUNS = 10_000;
/** Ten thousand runs take a few seconds on a slow machine; vitest's default of 5 s is too tight. */
const TIMEOUT = 30_000;

describe('readToolCall, fuzzed', () => {
  it(
    'reads every streamed prefix of a generated call as partial, and the whole block as that call',
    () => {
      fc.assert(
        fc.property(written, ({ call, language, order, indent, chunks }) => {
          const idFirst = !language || order[0] === 'call_id';
          const keys: (keyof ToolCall)[] = idFirst
            ? ['call_id', ...order.filter((k) => k !== 'call_id')]
            : order;
          const ordered = Object.fromEntries(
            keys.filter((k) => call[k] !== undefined).map((k) => [k, call[k]]),
          );
          const body = JSON.stringify(ordered, null, indent);
          const block = `\`\`\`${language ? 'mcp-call' : ''}\n${body}\n\`\`\`\n`;
          const expected = { ...call, arguments: call.arguments ?? {} };
          const kinds: ToolCallRead['kind'][] = [];
          for (const prefix of prefixes(block, chunks)) {
            const code = codeOf(prefix);
            if (code === undefined) continue;
            const read = readToolCall(code, language ? 'mcp-call' : undefined);
            kinds.push(read.kind);
            if (code.length >= body.length) {
              expect(read).toEqual({ kind: 'call', call: expected });
            } else if (read.kind === 'partial') {
              // The id shown while the call is written is never another string's (an argument
              // named `call_id` written before the id itself can still be taken for it).
              if (read.callId !== undefined && idFirst) expect(read.callId).toBe(call.call_id);
            } else {
              // Without the language, the block is a call only once it opens with `{"call_id":`.
              expect(read.kind).toBe(language ? 'partial' : 'none');
              expect(kinds).not.toContain('partial');
            }
          }
          expect(kinds.at(-1)).toBe('call');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'reads any text without throwing, and a call it reads always passes the checks',
    () => {
      const text = fc.oneof(
        tricky(200),
        tricky(200).map((rest) => `{"call_id":${rest}`),
        fc.jsonValue().map((value) => JSON.stringify(value)),
      );
      const language = fc.option(
        fc.constantFrom('mcp-call', 'MCP-Call', ' mcp-call ', 'json', ''),
        {
          nil: undefined,
        },
      );
      fc.assert(
        fc.property(text, language, (code, lang) => {
          const read = readToolCall(code, lang);
          expect(['none', 'partial', 'invalid', 'call']).toContain(read.kind);
          if (read.kind === 'call') expect(checkToolCall(read.call)).toEqual(read.call);
          if (read.kind === 'invalid') expect(read.error).not.toBe('');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'checks any decoded value without throwing, and passes only calls that keep the rules',
    () => {
      const value = fc.oneof(
        fc.anything(),
        fc.record(
          {
            call_id: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/), fc.anything()),
            server: fc.oneof(tricky(120), fc.anything()),
            tool: fc.oneof(tricky(140), fc.anything()),
            arguments: fc.oneof(fc.dictionary(tricky(8), json, { maxKeys: 3 }), fc.anything()),
            run: fc.anything(),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(value, (input) => {
          const call = checkToolCall(input);
          if (typeof call === 'string') return;
          expect(call.call_id).toMatch(/^[A-Za-z0-9_.-]{1,64}$/);
          expect(call.tool.length).toBeGreaterThan(0);
          expect(call.tool.length).toBeLessThanOrEqual(128);
          if (call.server !== undefined) expect(call.server.length).toBeLessThanOrEqual(100);
          expect(typeof call.arguments === 'object' && !Array.isArray(call.arguments)).toBe(true);
          expect(call.arguments).not.toBeNull();
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
