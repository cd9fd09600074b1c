// Grok-specific HTML for markdown blocks, per layout (shape follows grok.com's rendered DOM; see
// README.md). A code block's shell stays while its code, highlighted by Shiki, is written in place.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { GrokLabels } from './forms';

type Code = Extract<Block, { type: 'code' }>;

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

/** 2026-07 labels a block with a display name ("JSON", "YAML", "text" when the fence names no
 * language); a fence it does not know keeps its own name (assumed: no capture shows one). */
const DISPLAY: Record<string, string> = {
  '': 'text',
  bash: 'Bash',
  html: 'HTML',
  javascript: 'JavaScript',
  json: 'JSON',
  markdown: 'Markdown',
  md: 'Markdown',
  python: 'Python',
  typescript: 'TypeScript',
  yaml: 'YAML',
};

export const displayName = (lang: string): string => DISPLAY[lang.toLowerCase()] ?? lang;

const copyButton = (t: GrokLabels) =>
  `<button type="button" aria-label="${t.copy}" class="inline-flex items-center justify-center gap-2 h-8 rounded-xl px-3 text-xs">${COPY_ICON}<span>${t.copy}</span></button>`;

const SHIKI_OPEN =
  '<div class="shiki not-prose relative bg-transparent text-sm [&amp;_pre]:overflow-auto [&amp;_pre]:px-6 [&amp;_pre]:py-5">' +
  '<pre class="shiki slack-dark" style="background-color:#222;color:#E6E6E6" tabindex="0"><code></code></pre></div>';

/** 2026-07: `div.not-prose > div[data-testid="code-block"]`, the header sticky at the top with the
 * display name and the buttons at its right. Name and code are written in place (`nameCode`,
 * `codeHtml`), as React keeps the block while its fence streams in. */
function codeBlock2026(t: GrokLabels): string {
  return (
    '<div dir="auto" class="not-prose">' +
    '<div data-testid="code-block" class="relative not-prose @container/code-block [&amp;_div+div]:!mt-0 mt-3 mb-3">' +
    '<div class="border border-border-l1 rounded-xl overflow-hidden">' +
    '<div class="flex flex-row px-4 py-2 h-10 items-center rounded-t-xl sticky top-0 bg-surface-l2 border-b border-border-l1">' +
    '<span class="font-mono text-xs text-secondary select-none"></span>' +
    `<div class="ml-auto flex flex-row gap-0.5">${copyButton(t)}</div></div>` +
    `${SHIKI_OPEN}</div></div></div>`
  );
}

/** 2025: the same container without a test id, the fence's name as written, and the buttons in
 * a sticky block of their own below the header. */
function codeBlock2025(t: GrokLabels): string {
  return (
    '<div class="relative not-prose @container/code-block [&amp;_div+div]:!mt-0 mt-3 mb-3">' +
    '<div class="border border-border-l1 rounded-xl overflow-hidden">' +
    '<div class="flex flex-row px-4 py-2 h-10 items-center rounded-t-xl bg-surface-l2 border-b border-border-l1">' +
    '<span class="font-mono text-xs"></span></div>' +
    '<div class="sticky w-full right-2 z-10 top-24 print:hidden">' +
    `<div class="absolute bottom-1 right-1 flex flex-row gap-0.5">${copyButton(t)}</div></div>` +
    `${SHIKI_OPEN}</div></div>`
  );
}

/** Renders one markdown block; each block is exactly one top-level element. */
export function blockRenderer(layout: string, t: GrokLabels): (block: Block) => string {
  return (block) => {
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
        return layout === '2025' ? codeBlock2025(t) : codeBlock2026(t);
    }
  };
}

/** The inside of a code block's <code>, written in place as it streams. */
export const codeHtml = (block: Code): string => shiki(block.code);

/** Writes each code block's name into its header, where it changed: `blocks` are the rendered
 * blocks of `container`, in order. */
export function nameCode(container: Element, blocks: readonly Block[], layout: string): void {
  const names = blocks.flatMap((b) =>
    b.type === 'code' ? [layout === '2025' ? b.lang : displayName(b.lang)] : [],
  );
  container.querySelectorAll(':scope > * span.font-mono.text-xs').forEach((label, i) => {
    const name = names[i] ?? '';
    if (label.textContent !== name) label.textContent = name;
  });
}
