// HTML of Grok's replies inside X (shape follows X's web client: React Native for Web views and
// texts, GrokMarkdown blocks, X's code block; see README.md). Each block renders to exactly one
// top-level element; a code block's <code> is filled in place as it streams, as React updates it.
import { type CodeToken, type TokenKind, tokenize } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { GrokXLabels } from './forms';

// Inline colours as react-syntax-highlighter writes them with the vscDarkPlus Prism theme.
const COLOURS: Record<TokenKind, string | undefined> = {
  property: '#9cdcfe',
  string: '#ce9178',
  number: '#b5cea8',
  literal: '#569cd6',
  punctuation: '#d4d4d4',
  plain: undefined,
};

/** One token as react-syntax-highlighter renders it with inline styles: the theme's classes give
 * way to a style, only `token` stays; plain text (line breaks included) is a bare text node. */
function token({ kind, text }: CodeToken): string {
  const colour = COLOURS[kind];
  return colour
    ? `<span class="token" style="color: ${colour};">${escapeHtml(text)}</span>`
    : escapeHtml(text);
}

/** The inside of a code block's <code>: its textContent is exactly the raw code. */
export function codeHtml(block: Extract<Block, { type: 'code' }>): string {
  return tokenize(block.code).map(token).join('');
}

const COPY_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M19.5 2C20.88 2 22 3.12 22 4.5v11c0 1.21-.86 2.22-2 2.45V4.5c0-.28-.22-.5-.5-.5H6.05c.23-1.14 1.24-2 2.45-2h11z"></path></g></svg>';

/** X's code block: a header (the language as monospace text, a Copy button) over the highlighter's
 * <pre><code class="language-…">. The shell is the same for every language: React keeps the
 * element while the fence's language streams in, and the page names it with `nameLanguage`. */
const codeBlockShell = (t: GrokXLabels) =>
  '<div class="css-175oi2r" data-fixture="code-container">' +
  '<div class="css-175oi2r" data-testid="markdown-code-block">' +
  '<div class="css-175oi2r" data-fixture="code-header">' +
  '<div dir="auto" class="css-146c3p1" data-fixture="language"></div>' +
  `<div class="css-175oi2r"><button aria-label="${t.copyCode}" role="button" type="button" class="css-175oi2r">` +
  `${COPY_ICON}</button></div></div>` +
  '<pre style="color: #d4d4d4; background: #16181c; white-space: pre; margin: 0; padding: 12px; overflow: auto;">' +
  '<code class="language-text" style="white-space: pre;"></code></pre>' +
  '</div></div>';

/** Shows `lang` in a code block's header and as its <code>'s class; a fence with no language gets
 * an empty header and "text" for the highlighter. Touches only what changed, as React does. */
export function nameLanguage(block: Element, lang: string): void {
  const label = block.querySelector('[data-fixture="language"]')!;
  if (label.textContent !== lang) label.textContent = lang;
  const code = block.querySelector('code')!;
  const name = `language-${lang || 'text'}`;
  if (code.className !== name) code.className = name;
}

/** A paragraph is one of X's texts: a block-level element with the text in a span. */
const text = (html: string) =>
  `<div dir="auto" class="css-146c3p1" data-fixture="paragraph"><span class="css-1jxf684">${html}</span></div>`;

export const blockRenderer =
  (t: GrokXLabels) =>
  (block: Block): string => {
    switch (block.type) {
      case 'paragraph':
        return text(renderInline(block.text));
      case 'blockquote':
        return `<div class="css-175oi2r" data-fixture="quote">${paragraphsOf(block.text)
          .map((p) => text(renderInline(p)))
          .join('')}</div>`;
      case 'code':
        return codeBlockShell(t);
    }
  };

const ACTION_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><g><path d="M4 4h16v16H4z"></path></g></svg>';

/** The row under a finished reply, right inside its row; only the newest reply offers Regenerate.
 * Icons, no text. */
export function actionRowHtml(t: GrokXLabels): string {
  const action = (label: string) =>
    `<button aria-label="${label}" role="button" type="button" class="css-175oi2r">${ACTION_ICON}</button>`;
  const labels = [t.regenerate, t.copyText, t.share, t.like, t.dislike];
  return `<div class="css-175oi2r" data-fixture="actions">${labels.map(action).join('')}</div>`;
}
