// DeepSeek-specific HTML for markdown blocks (shape follows chat.deepseek.com's rendered replies;
// see README.md). Each block renders to exactly one top-level element.
import { type CodeToken, type TokenKind, tokenize, tokenLines } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { DeepSeekLabels, Hashes } from './forms';

// Prism classes as DeepSeek emits them: a ":" after a key is an operator.
const PRISM_CLASS: Record<TokenKind, string | undefined> = {
  property: 'token property',
  string: 'token string',
  number: 'token number',
  literal: 'token boolean',
  punctuation: 'token punctuation',
  plain: undefined,
};

function tokenHtml(token: CodeToken): string {
  const cls =
    token.kind === 'punctuation' && token.text === ':' ? 'token operator' : PRISM_CLASS[token.kind];
  const text = escapeHtml(token.text);
  return cls ? `<span class="${cls}">${text}</span>` : text;
}

/** The code straight inside <pre>: one <span> per line, lines parted by "\n" text nodes, so the
 * pre's textContent is exactly `code` (there is no <code> element on DeepSeek). */
export function highlight(code: string): string {
  return tokenLines(tokenize(code))
    .map((line) => `<span>${line.map(tokenHtml).join('')}</span>`)
    .join('\n');
}

const BUTTON_CLASS =
  'ds-button ds-button--borderlessNeutral ds-button--borderless ds-button--capsule ds-button--xs ds-button--icon-relative-m ds-button--min-width';

function bannerButton(label: string, action: string): string {
  return (
    `<div role="button" class="${BUTTON_CLASS}" tabindex="0" data-fixture-action="${action}">` +
    `<span class="ds-button__content"><span class="code-info-button-text">${label}</span></span></div>`
  );
}

function codeBlock(block: Extract<Block, { type: 'code' }>, t: DeepSeekLabels, hashes: Hashes) {
  const lang = escapeHtml(block.lang || 'text');
  return (
    '<div class="md-code-block md-code-block-light">' +
    '<div class="md-code-block-banner-wrap"><div class="md-code-block-banner md-code-block-banner-lite">' +
    '<div class="_121d384">' +
    `<div class="d2a24f03"><span class="${hashes.language}">${lang}</span></div>` +
    `<div class="d2a24f03 _246a029"><div class="efa13877">${bannerButton(t.copy, 'copy')}${bannerButton(t.download, 'download')}</div></div>` +
    '</div></div></div>' +
    `<pre>${highlight(block.code)}</pre>` +
    '<svg aria-hidden="true" width="0" height="0"></svg><svg aria-hidden="true" width="0" height="0"></svg>' +
    '</div>'
  );
}

/** Renders one block of a reply (answer or reasoning) in the page's language and deploy. */
export const blockRenderer =
  (t: DeepSeekLabels, hashes: Hashes) =>
  (block: Block): string => {
    switch (block.type) {
      case 'paragraph':
        return `<p class="ds-markdown-paragraph">${renderInline(block.text)}</p>`;
      case 'blockquote': {
        const inner = paragraphsOf(block.text).map(
          (p) => `<p class="ds-markdown-paragraph">${renderInline(p)}</p>`,
        );
        return `<blockquote>${inner.join('')}</blockquote>`;
      }
      case 'code':
        return codeBlock(block, t, hashes);
    }
  };
