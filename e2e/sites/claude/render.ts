// Claude-specific HTML for markdown blocks (shape follows claude.ai's rendered replies in both
// layouts; see README.md). Each block renders to exactly one top-level element of the reply's
// markdown grid; labels follow the UI language.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { ClaudeLabels } from './forms';

// Prism token classes and the inline colours react-syntax-highlighter writes beside them.
const PRISM: Record<TokenKind, { cls: string; color: string } | null> = {
  property: { cls: 'token property', color: 'rgb(224, 108, 117)' },
  string: { cls: 'token string', color: 'rgb(152, 195, 121)' },
  number: { cls: 'token number', color: 'rgb(209, 154, 102)' },
  literal: { cls: 'token boolean', color: 'rgb(209, 154, 102)' },
  punctuation: { cls: 'token punctuation', color: 'rgb(171, 178, 191)' },
  plain: null,
};

const COPY_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" fill="currentColor" viewBox="0 0 256 256" class="transition-all opacity-100 scale-100" aria-hidden="true">' +
  '<path d="M200,32H163.74a47.92,47.92,0,0,0-71.48,0H56A16,16,0,0,0,40,48V216a16,16,0,0,0,16,16H200a16,16,0,0,0,16-16V48A16,16,0,0,0,200,32Z"></path></svg>';

function tokenHtml(token: CodeToken): string {
  const style = PRISM[token.kind];
  const text = escapeHtml(token.text);
  return style
    ? `<span class="${style.cls}" style="color: ${style.color};">${text}</span>`
    : `<span>${text}</span>`;
}

/** Prism-style markup: one <span> per line holding token spans; the newline ends each line's span. */
export function highlight(code: string): string {
  const lines = tokenLines(tokenize(code));
  return lines
    .map((line, i) => {
      const newline = i < lines.length - 1 ? '<span>\n</span>' : '';
      return `<span>${line.map(tokenHtml).join('')}${newline}</span>`;
    })
    .join('');
}

function codeBlock(block: Extract<Block, { type: 'code' }>, t: ClaudeLabels): string {
  const lang = escapeHtml(block.lang);
  const label = lang ? `${lang} ${t.code}` : t.code;
  return (
    `<div role="group" aria-label="${label}" class="relative group/copy bg-bg-000/50 border-0.5 border-border-400 rounded-lg">` +
    '<div class="sticky opacity-0 group-hover/copy:opacity-100 top-2 py-2 h-12 w-0 float-right">' +
    '<div class="absolute right-0 h-8 px-2 items-center inline-flex z-10">' +
    '<button class="inline-flex items-center justify-center relative shrink-0 can-focus select-none text-text-300 border-transparent transition h-8 w-8 rounded-md active:scale-95 backdrop-blur-md" ' +
    `type="button" aria-label="${t.copyCode}" data-state="closed">` +
    `<div class="relative">${COPY_ICON}</div></button></div></div>` +
    (lang ? `<div class="text-text-500 font-small p-3.5 pb-0">${lang}</div>` : '') +
    '<div class="overflow-x-auto">' +
    '<pre class="code-block__code !my-0 !rounded-lg !text-sm !leading-relaxed" style="background: transparent; margin: 0px; padding: 0.875rem;">' +
    `<code${lang ? ` class="language-${lang}"` : ''} style="white-space: pre;">${highlight(block.code)}</code>` +
    '</pre></div></div>'
  );
}

/** Paragraph classes: 2026-09 still marks each paragraph `font-claude-response-body`; the hub
 * replies (2026-10) carry no `font-claude-*` class at all. */
const BODY: Record<string, string> = {
  '2026-09': 'font-claude-response-body break-words whitespace-normal leading-[1.7]',
  '2026-10': 'whitespace-normal break-words',
};

export function blockRenderer(layout: string, t: ClaudeLabels): (block: Block) => string {
  const body = BODY[layout] ?? BODY['2026-10'];
  return (block) => {
    switch (block.type) {
      case 'paragraph':
        return `<p class="${body}">${renderInline(block.text)}</p>`;
      case 'blockquote': {
        const inner = paragraphsOf(block.text).map(
          (p) => `<p class="${body}">${renderInline(p)}</p>`,
        );
        return `<blockquote class="ml-2 border-l-4 border-border-300/10 pl-4 text-text-300">${inner.join('')}</blockquote>`;
      }
      case 'code':
        return codeBlock(block, t);
    }
  };
}
