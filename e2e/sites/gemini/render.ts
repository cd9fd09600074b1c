// Gemini-specific HTML for markdown blocks and turns (shape follows gemini.google.com's Angular
// DOM; see README.md). Each block renders to exactly one top-level element.
import { hljsHtml } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';

// Header labels Gemini shows for fences it knows; any other fence (mcp-call too) is "Code snippet".
const LABELS: Record<string, string> = {
  bash: 'Bash',
  css: 'CSS',
  html: 'HTML',
  javascript: 'JavaScript',
  js: 'JavaScript',
  json: 'JSON',
  markdown: 'Markdown',
  md: 'Markdown',
  python: 'Python',
  py: 'Python',
  sh: 'Shell',
  sql: 'SQL',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  yaml: 'YAML',
};

export const GENERIC_LABEL = 'Code snippet';

export function codeLabel(lang: string): string {
  return LABELS[lang.toLowerCase()] ?? GENERIC_LABEL;
}

/** The inside of a block's <code>: highlight.js spans for a known language, plain text (as Gemini
 * renders a "Code snippet") otherwise. Its text is exactly `block.code`. */
export function codeHtml(block: Extract<Block, { type: 'code' }>): string {
  if (codeLabel(block.lang) === GENERIC_LABEL) return escapeHtml(block.code);
  return hljsHtml(block.code);
}

const iconButton = (label: string, icon: string, extra = '') =>
  `<gem-icon-button arialabel="${label}"${extra}>` +
  `<button class="mat-mdc-icon-button" aria-label="${label}">` +
  `<mat-icon aria-hidden="true" fonticon="${icon}"></mat-icon></button></gem-icon-button>`;

/** A code block's shell with an empty <code>; the page fills the code in place as it streams, as
 * Angular updates a live component instead of re-creating it. */
function codeBlockShell(block: Extract<Block, { type: 'code' }>): string {
  return (
    '<response-element class="no-md"><code-block class="enable-luminous-code-block">' +
    '<div class="code-block ng-animate-disabled ng-trigger ng-trigger-codeBlockRevealAnimation">' +
    '<div class="formatted-code-block-internal-container"><div class="animated-opacity">' +
    '<div class="code-block-decoration header-formatted gds-emphasized-body-m">' +
    `<span>${escapeHtml(codeLabel(block.lang))}</span><div class="buttons">` +
    iconButton('Download code', 'download') +
    iconButton('Copy code', 'content_copy', ' data-test-id="gem-copy-button"') +
    '</div></div>' +
    '<pre><code role="text" data-test-id="code-content" class="code-container formatted"></code></pre>' +
    '</div></div></div></code-block></response-element>'
  );
}

export function renderBlock(block: Block, index: number): string {
  const path = ` data-path-to-node="${index}"`;
  switch (block.type) {
    case 'paragraph':
      return `<p${path}>${renderInline(block.text)}</p>`;
    case 'blockquote': {
      const inner = paragraphsOf(block.text).map(
        (p, i) => `<p data-path-to-node="${index},${i}">${renderInline(p)}</p>`,
      );
      return `<blockquote${path}>${inner.join('')}</blockquote>`;
    }
    case 'code':
      return codeBlockShell(block);
  }
}

/** A user turn: one <p class="query-text-line"> per line, fences and all left as typed. */
export function userQueryHtml(text: string, index: number): string {
  const lines = text
    .split('\n')
    .map((line) => `<p class="query-text-line">${line ? escapeHtml(line) : '<br>'}</p>`)
    .join('');
  return (
    '<user-query><span class="user-query-container"><user-query-content class="user-query-container">' +
    `<div class="user-query-container"><div class="query-content" id="user-query-content-${index}">` +
    '<span class="user-query-bubble-with-background"><span class="horizontal-container">' +
    `<div class="query-text gds-body-l" dir="ltr">${lines}</div></span></span></div>` +
    '<div class="luminous-actions-container">' +
    iconButton('Copy prompt', 'content_copy', ' data-test-id="prompt-copy-button"') +
    '</div></div></user-query-content></span></user-query>'
  );
}

/** An assistant turn with an empty, busy markdown panel for the reply to stream into. */
export function modelResponseHtml(id: string): string {
  return (
    '<model-response class="enable-lr26-response-chrome-updates"><div><response-container>' +
    '<div class="response-container no-background"><div class="presented-response-container">' +
    '<div class="response-container-content"><div class="response-content">' +
    '<div class="model-response-label-announcer" aria-busy="true" aria-live="off">' +
    '<h6 class="cdk-visually-hidden screen-reader-model-response-label">Gemini said</h6></div>' +
    '<structured-content-container class="model-response-text processing-state-visible">' +
    `<div class="container"><message-content id="message-content-id-r_${id}">` +
    '<div inline-copy-host="" class="markdown markdown-main-panel md-content stronger"' +
    ` id="model-response-message-contentr_${id}" aria-busy="true" aria-live="polite" dir="ltr">` +
    '</div></message-content></div></structured-content-container>' +
    '<div class="response-footer gap"></div>' +
    '</div></div></div></div></response-container></div></model-response>'
  );
}
