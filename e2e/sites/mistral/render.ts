// Le Chat-specific HTML for markdown blocks (shape follows chat.mistral.ai's rendered replies; see
// README.md). Each block renders to exactly one top-level element of a part's markdown container.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { MistralLabels } from './forms';

// Shiki-style inline colours, one per token kind (an assumption: see README.md).
const COLORS: Record<TokenKind, string | null> = {
  property: '#9CDCFE',
  string: '#CE9178',
  number: '#B5CEA8',
  literal: '#569CD6',
  punctuation: '#D4D4D4',
  plain: null,
};

const COPY_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">' +
  '<rect x="9" y="9" width="13" height="13" rx="2"></rect><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"></path></svg>';

function tokenHtml(token: CodeToken): string {
  const color = COLORS[token.kind];
  const text = escapeHtml(token.text);
  return color ? `<span style="color:${color}">${text}</span>` : `<span>${text}</span>`;
}

/** Shiki-style markup: one span.line per line, lines separated by a bare newline. */
export function highlight(code: string): string {
  return tokenLines(tokenize(code))
    .map((line) => `<span class="line">${line.map(tokenHtml).join('')}</span>`)
    .join('\n');
}

/** An outer <pre> holding the header (language label, Copy) and the inner <pre> with the code. */
function codeBlock(block: Extract<Block, { type: 'code' }>, t: MistralLabels): string {
  const lang = escapeHtml(block.lang);
  return (
    '<pre class="not-prose relative my-4 overflow-hidden rounded-lg border border-default bg-muted">' +
    '<div class="flex items-center justify-between border-b border-default px-4 py-1.5">' +
    `<span class="text-xs capitalize text-subtle">${lang || 'text'}</span>` +
    '<div class="flex items-center gap-1">' +
    `<button type="button" aria-label="${t.copy}" class="flex size-7 items-center justify-center rounded-md text-subtle">${COPY_ICON}</button>` +
    '</div></div>' +
    '<pre class="overflow-x-auto p-4 text-sm">' +
    `<code class="shiki${lang ? ` language-${lang}` : ''}">${highlight(block.code)}</code>` +
    '</pre></pre>'
  );
}

export const blockRenderer =
  (t: MistralLabels) =>
  (block: Block): string => {
    switch (block.type) {
      case 'paragraph':
        return `<p>${renderInline(block.text)}</p>`;
      case 'blockquote': {
        const inner = paragraphsOf(block.text).map((p) => `<p>${renderInline(p)}</p>`);
        return `<blockquote>${inner.join('')}</blockquote>`;
      }
      case 'code':
        return codeBlock(block, t);
    }
  };
