// ChatGPT-specific HTML for markdown blocks (shape follows chatgpt.com's rendered DOM; see
// README.md). Each block renders to exactly one top-level element.
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';

const COPY_ICON =
  '<svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" class="icon-sm">' +
  '<path d="M12 3H7a2 2 0 0 0-2 2v1H4a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2v-1h1a2 2 0 0 0 2-2V6l-3-3Z"/></svg>';

/** Naive highlighter: splits code into hljs-style spans (strings, keys, numbers, literals,
 * punctuation). Concatenated span text is exactly `code`. */
export function highlight(code: string): string {
  const token =
    /("(?:[^"\\\n]|\\.)*(?:"|$))(\s*:)?|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b|([{}[\],:])/gm;
  let html = '';
  let last = 0;
  const plain = (text: string) => {
    if (text) html += `<span>${escapeHtml(text)}</span>`;
  };
  for (let m = token.exec(code); m; m = token.exec(code)) {
    if (m[0] === '') {
      token.lastIndex++;
      continue;
    }
    plain(code.slice(last, m.index));
    if (m[1] !== undefined) {
      html += `<span class="hljs-${m[2] !== undefined ? 'attr' : 'string'}">${escapeHtml(m[1])}</span>`;
      if (m[2] !== undefined) plain(m[2]);
    } else if (m[3] !== undefined) {
      html += `<span class="hljs-number">${escapeHtml(m[3])}</span>`;
    } else if (m[4] !== undefined) {
      html += `<span class="hljs-literal">${m[4]}</span>`;
    } else {
      html += `<span class="hljs-punctuation">${escapeHtml(m[0])}</span>`;
    }
    last = m.index + m[0].length;
  }
  plain(code.slice(last));
  return html;
}

function codeBlock(block: Extract<Block, { type: 'code' }>, attrs: string): string {
  const lang = escapeHtml(block.lang);
  return (
    `<pre class="overflow-visible!"${attrs}>` +
    '<div class="contain-inline-size rounded-2xl relative bg-token-sidebar-surface-primary">' +
    '<div class="flex items-center text-token-text-secondary px-4 py-2 text-xs font-sans justify-between h-9 bg-token-sidebar-surface-primary select-none rounded-t-2xl">' +
    `${lang}` +
    '<div class="flex items-center gap-4 rounded-sm px-2 font-sans text-xs"><span data-state="closed">' +
    `<button class="flex gap-1 items-center select-none py-1" aria-label="Copy">${COPY_ICON}Copy</button>` +
    '</span></div></div>' +
    '<div class="overflow-y-auto p-4" dir="ltr">' +
    `<code class="whitespace-pre!${lang ? ` language-${lang}` : ''}">${highlight(block.code)}</code>` +
    '</div></div></pre>'
  );
}

export function renderBlock(block: Block): string {
  const attrs = ` data-start="${block.start}" data-end="${block.end}"`;
  switch (block.type) {
    case 'paragraph':
      return `<p${attrs}>${renderInline(block.text)}</p>`;
    case 'blockquote': {
      const inner = paragraphsOf(block.text).map((p) => `<p>${renderInline(p)}</p>`);
      return `<blockquote${attrs}>${inner.join('')}</blockquote>`;
    }
    case 'code':
      return codeBlock(block, attrs);
  }
}
