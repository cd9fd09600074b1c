// Perplexity-specific HTML for markdown blocks (shape follows perplexity.ai's rendered answers; see
// README.md). Each block renders to exactly one top-level element.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { PerplexityLabels } from './forms';

// Perplexity's Prism output: a ":" after a key is an operator, JSON literals are booleans.
const PRISM_CLASS: Record<TokenKind, string | undefined> = {
  property: 'token token property',
  string: 'token token string',
  number: 'token token number',
  literal: 'token token boolean',
  punctuation: 'token token punctuation',
  plain: undefined,
};

function tokenHtml(token: CodeToken): string {
  const kind =
    token.kind === 'punctuation' && token.text === ':' ? 'token token operator' : undefined;
  const cls = kind ?? PRISM_CLASS[token.kind];
  return `<span${cls ? ` class="${cls}"` : ''}>${escapeHtml(token.text)}</span>`;
}

/** One `<span>` per line, the line's newline in a trailing span; textContent is exactly `code`. */
export function highlight(code: string): string {
  const lines = tokenLines(tokenize(code));
  return lines
    .map((line, i) => {
      const newline = i < lines.length - 1 ? '<span>\n</span>' : '';
      return `<span>${line.map(tokenHtml).join('')}${newline}</span>`;
    })
    .join('');
}

const copyButton = (label: string) =>
  `<button data-testid="copy-code-button" aria-label="${label}" type="button" data-state="closed" ` +
  'class="focus-visible:bg-subtle hover:bg-subtle text-quiet font-sans select-none items-center relative group/button justify-center rounded-full cursor-pointer inline-flex text-sm h-8 aspect-square">' +
  '<div class="flex items-center min-w-0 gap-two justify-center"><div class="flex shrink-0 items-center justify-center size-4">' +
  '<svg role="img" class="inline-flex fill-current" width="16" height="16" viewBox="0 0 24 24" aria-hidden="true">' +
  '<path d="M7 9.667A2.667 2.667 0 0 1 9.667 7h8.666A2.667 2.667 0 0 1 21 9.667v8.666A2.667 2.667 0 0 1 18.333 21H9.667A2.667 2.667 0 0 1 7 18.333z"/></svg>' +
  '</div></div></button>';

function codeBlock(block: Extract<Block, { type: 'code' }>, t: PerplexityLabels): string {
  const lang = escapeHtml(block.lang || 'text');
  return (
    '<pre class="not-prose w-full rounded font-mono text-sm font-extralight">' +
    '<div class="codeWrapper text-light selection:text-super my-md relative flex flex-col rounded-lg font-mono text-sm font-normal bg-subtler">' +
    '<div class="translate-y-xs -translate-x-xs bottom-xl mb-xl flex h-0 items-start justify-end sm:sticky sm:top-xs">' +
    '<div class="overflow-hidden rounded-full border-subtlest bg-base"><div class="border-subtlest bg-subtler">' +
    `${copyButton(t.copyCode)}</div></div></div>` +
    '<div class="-mt-xl"><div>' +
    `<div data-testid="code-language-indicator" class="text-quiet bg-subtle py-xs px-sm inline-block rounded-br rounded-tl-lg text-xs font-thin">${lang}</div>` +
    '</div>' +
    `<div><span><code>${highlight(block.code)}</code></span></div>` +
    '</div></div></pre>'
  );
}

export const blockRenderer =
  (t: PerplexityLabels) =>
  (block: Block): string => {
    switch (block.type) {
      case 'paragraph':
        return `<p class="my-2 [&+p]:mt-4">${renderInline(block.text)}</p>`;
      case 'blockquote': {
        const inner = paragraphsOf(block.text).map((p) => `<p>${renderInline(p)}</p>`);
        return `<blockquote>${inner.join('')}</blockquote>`;
      }
      case 'code':
        return codeBlock(block, t);
    }
  };
