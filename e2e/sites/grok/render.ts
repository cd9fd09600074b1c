// Grok-specific HTML for markdown blocks (shape follows grok.com's rendered DOM; see README.md).
// Each block renders to exactly one top-level element.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';

// Inline colours as Shiki emits them (values from a dark theme; any would do).
const COLOURS: Record<TokenKind, string | undefined> = {
  property: '#9CDCFE',
  string: '#CE9178',
  number: '#B5CEA8',
  literal: '#569CD6',
  punctuation: '#D4D4D4',
  plain: undefined,
};

const COPY_ICON =
  '<svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-copy" aria-hidden="true">' +
  '<rect width="14" height="14" x="8" y="8" rx="2"/><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2"/></svg>';

function token({ kind, text }: CodeToken): string {
  const colour = COLOURS[kind];
  return `<span${colour ? ` style="color:${colour}"` : ''}>${escapeHtml(text)}</span>`;
}

/** Shiki's markup: one `span.line` per line, lines joined by "\n", so `code.textContent` is the
 * raw code. */
export function shiki(code: string): string {
  return tokenLines(tokenize(code))
    .map((line) => `<span class="line">${line.map(token).join('')}</span>`)
    .join('\n');
}

function codeBlock(block: Extract<Block, { type: 'code' }>): string {
  const lang = escapeHtml(block.lang);
  return (
    '<div data-testid="code-block" class="relative not-prose @container/code-block [&amp;_div+div]:!mt-0 mt-3 mb-3">' +
    '<div class="border border-border-l1 rounded-xl overflow-hidden">' +
    '<div class="flex flex-row px-4 py-2 h-10 items-center rounded-t-xl bg-surface-l2 border-b border-border-l1">' +
    `<span class="font-mono text-xs">${lang}</span></div>` +
    '<div class="sticky w-full right-2 z-10 top-24 print:hidden">' +
    '<div class="absolute bottom-1 right-1 flex flex-row gap-0.5">' +
    `<button type="button" aria-label="Copy" class="inline-flex items-center justify-center gap-2 h-8 rounded-xl px-3 text-xs">${COPY_ICON}<span>Copy</span></button>` +
    '</div></div>' +
    '<div class="shiki not-prose relative bg-transparent text-sm [&amp;_pre]:overflow-auto [&amp;_pre]:px-6 [&amp;_pre]:py-5">' +
    `<pre class="shiki dark-plus" style="background-color:#1E1E1E;color:#D4D4D4" tabindex="0"><code>${shiki(block.code)}</code></pre>` +
    '</div></div></div>'
  );
}

export function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p dir="auto" class="break-words">${renderInline(block.text)}</p>`;
    case 'blockquote': {
      const inner = paragraphsOf(block.text).map(
        (p) => `<p dir="auto" class="break-words">${renderInline(p)}</p>`,
      );
      return `<blockquote>${inner.join('')}</blockquote>`;
    }
    case 'code':
      return codeBlock(block);
  }
}
