// ChatGPT's HTML for markdown blocks, per layout (shapes follow chatgpt.com's rendered DOM; see
// README.md). Each block renders to exactly one top-level element.
import { hljsHtml } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { ChatGptLabels } from './forms';

const COPY_ICON =
  '<svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" class="icon-sm">' +
  '<path d="M12 3H7a2 2 0 0 0-2 2v1H4a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2v-1h1a2 2 0 0 0 2-2V6l-3-3Z"/></svg>';

type Code = Extract<Block, { type: 'code' }>;

/** 2026-03: `pre` > header (language, Copy) + body > `code.language-<lang>` with hljs spans. */
function sectionCode(block: Code, attrs: string, t: ChatGptLabels): string {
  const lang = escapeHtml(block.lang);
  return (
    `<pre class="overflow-visible!"${attrs}>` +
    '<div class="contain-inline-size rounded-2xl relative bg-token-sidebar-surface-primary">' +
    '<div class="code-header flex items-center text-token-text-secondary px-4 py-2 text-xs font-sans justify-between h-9 select-none rounded-t-2xl">' +
    `${lang}` +
    '<div class="flex items-center gap-4 rounded-sm px-2 font-sans text-xs"><span data-state="closed">' +
    `<button class="flex gap-1 items-center select-none py-1" aria-label="${t.copy}">${COPY_ICON}${t.copy}</button>` +
    '</span></div></div>' +
    '<div class="overflow-y-auto p-4" dir="ltr">' +
    `<code class="whitespace-pre!${lang ? ` language-${lang}` : ''}">${hljsHtml(block.code)}</code>` +
    '</div></div></pre>'
  );
}

/** 2026-09, while the reply streams: a container with a toolbar (the language as text, Copy) and
 * a scrollport holding a bare `code` (no `pre`, no `language-*` class). The viewer replaces the
 * scrollport once the reply is finished (code-viewer.ts). */
export function exchangeCode(block: Code, attrs: string, t: ChatGptLabels): string {
  const label = block.lang ? escapeHtml(block.lang) : t.plainText;
  return (
    `<div data-markdown-copy="code-block" data-theme="light" class="code-block"${attrs}>` +
    `<div data-markdown-copy="exclude" class="code-toolbar"><div class="truncate">${label}</div>` +
    `<button type="button" aria-label="${t.copy}">${COPY_ICON}</button></div>` +
    `<div class="chatgpt-code-scrollport" dir="ltr"><code>${hljsHtml(block.code)}</code></div>` +
    '</div>'
  );
}

export function blockRenderer(layout: string, t: ChatGptLabels): (block: Block) => string {
  return (block) => {
    const attrs = ` data-start="${block.start}" data-end="${block.end}"`;
    switch (block.type) {
      case 'paragraph':
        return `<p${attrs}>${renderInline(block.text)}</p>`;
      case 'blockquote': {
        const inner = paragraphsOf(block.text).map((p) => `<p>${renderInline(p)}</p>`);
        return `<blockquote${attrs}>${inner.join('')}</blockquote>`;
      }
      case 'code':
        return layout === '2026-03' ? sectionCode(block, attrs, t) : exchangeCode(block, attrs, t);
    }
  };
}
