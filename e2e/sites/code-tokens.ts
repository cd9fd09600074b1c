// Site-agnostic token splitter for the fixtures' code highlighting: each site wraps the tokens in
// its own highlighter's markup (Prism classes, Shiki inline colours, …). Joined, the tokens'
// text is exactly the input, so a rendered <code>'s textContent stays the raw code.
import { escapeHtml } from './markdown';

export type TokenKind = 'property' | 'string' | 'number' | 'literal' | 'punctuation' | 'plain';

export type CodeToken = { kind: TokenKind; text: string };

// A string (a property when a colon follows), a number, a JSON literal, or one punctuation mark.
const TOKEN =
  /("(?:[^"\\\n]|\\.)*(?:"|$))(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b|([{}[\],:])/gm;

/** Splits JSON-like code into tokens; anything else becomes plain text. */
export function tokenize(code: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  const plain = (text: string) => {
    if (text) tokens.push({ kind: 'plain', text });
  };
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(code); m; m = TOKEN.exec(code)) {
    if (m[0] === '') {
      TOKEN.lastIndex++;
      continue;
    }
    plain(code.slice(last, m.index));
    if (m[1] !== undefined) {
      tokens.push({ kind: m[2] !== undefined ? 'property' : 'string', text: m[1] });
      if (m[2] !== undefined) {
        const colon = m[2].trimStart();
        plain(m[2].slice(0, m[2].length - colon.length));
        tokens.push({ kind: 'punctuation', text: colon });
      }
    } else if (m[3] !== undefined) {
      tokens.push({ kind: 'number', text: m[3] });
    } else if (m[4] !== undefined) {
      tokens.push({ kind: 'literal', text: m[4] });
    } else {
      tokens.push({ kind: 'punctuation', text: m[0] });
    }
    last = m.index + m[0].length;
  }
  plain(code.slice(last));
  return tokens;
}

/** Splits tokens at newlines, for highlighters that wrap each line in its own element. */
export function tokenLines(tokens: readonly CodeToken[]): CodeToken[][] {
  const lines: CodeToken[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)?.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}

const HLJS: Record<TokenKind, string> = {
  property: 'hljs-attr',
  string: 'hljs-string',
  number: 'hljs-number',
  literal: 'hljs-literal',
  punctuation: 'hljs-punctuation',
  plain: '',
};

/** highlight.js markup (the Google sites): a span with hljs classes per token, plain text bare. */
export function hljsHtml(code: string): string {
  return tokenize(code)
    .map(({ kind, text }) =>
      kind === 'plain'
        ? escapeHtml(text)
        : `<span class="${HLJS[kind]}">${escapeHtml(text)}</span>`,
    )
    .join('');
}
