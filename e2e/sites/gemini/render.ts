// Gemini-specific HTML for markdown blocks and turns (shape follows gemini.google.com's Angular
// DOM; see README.md). Each block renders to exactly one top-level element.
import { hljsHtml } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, renderInline } from '../markdown';
import type { GeminiLabels } from './forms';

// Header labels Gemini shows for fences it knows; any other fence (mcp-call too) is "Code snippet"
// (translated with the UI).
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

/** The display name of a fence Gemini knows; undefined for the rest. */
export const knownLabel = (lang: string): string | undefined => LABELS[lang.toLowerCase()];

/** The inside of a block's <code>: highlight.js spans for a known language, plain text (as Gemini
 * renders a "Code snippet") otherwise. Its text is exactly `block.code`. */
export function codeHtml(block: Extract<Block, { type: 'code' }>): string {
  return knownLabel(block.lang) ? hljsHtml(block.code) : escapeHtml(block.code);
}

const iconButton = (label: string, icon: string, extra = '') =>
  `<gem-icon-button arialabel="${label}"${extra}>` +
  `<button class="mat-mdc-icon-button" aria-label="${label}">` +
  `<mat-icon aria-hidden="true" fonticon="${icon}"></mat-icon></button></gem-icon-button>`;

/** A code block's shell with an empty <code>; the page fills the code in place as it streams, as
 * Angular updates a live component instead of re-creating it. */
function codeBlockShell(block: Extract<Block, { type: 'code' }>, t: GeminiLabels): string {
  return (
    '<response-element class="no-md"><code-block class="enable-luminous-code-block">' +
    '<div class="code-block ng-animate-disabled ng-trigger ng-trigger-codeBlockRevealAnimation">' +
    '<div class="formatted-code-block-internal-container"><div class="animated-opacity">' +
    '<div class="code-block-decoration header-formatted gds-emphasized-body-m">' +
    `<span>${escapeHtml(knownLabel(block.lang) ?? t.codeSnippet)}</span><div class="buttons">` +
    iconButton(t.downloadCode, 'download') +
    iconButton(t.copyCode, 'content_copy', ' data-test-id="gem-copy-button"') +
    '</div></div>' +
    '<pre><code role="text" data-test-id="code-content" class="code-container formatted"></code></pre>' +
    '</div></div></div></code-block></response-element>'
  );
}

export const blockRenderer =
  (t: GeminiLabels) =>
  (block: Block, index: number): string => {
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
        return codeBlockShell(block, t);
    }
  };

/** A user turn: a hidden "You said" heading, then one <p class="query-text-line"> per line,
 * fences and all left as typed. */
export function userQueryHtml(text: string, index: number, t: GeminiLabels): string {
  const lines = text
    .split('\n')
    .map((line) => `<p class="query-text-line">${line ? escapeHtml(line) : '<br>'}</p>`)
    .join('');
  return (
    '<user-query><span class="user-query-container"><user-query-content class="user-query-container">' +
    `<div class="user-query-container"><span class="cdk-visually-hidden">${t.youSaid}</span>` +
    `<div class="query-content" id="user-query-content-${index}">` +
    '<span class="user-query-bubble-with-background"><span class="horizontal-container">' +
    `<div class="query-text gds-body-l" dir="ltr">${lines}</div></span></span></div>` +
    '<div class="luminous-actions-container">' +
    iconButton(t.copyPrompt, 'content_copy', ' data-test-id="prompt-copy-button"') +
    '</div></div></user-query-content></span></user-query>'
  );
}

/** What Gemini shows between a prompt and the first token of its reply. */
export const pendingResponseHtml = (): string =>
  '<pending-response><response-container><div class="response-container">' +
  '<thinking-dots-animation><span class="dot"></span><span class="dot"></span><span class="dot"></span>' +
  '</thinking-dots-animation></div></response-container></pending-response>';

/**
 * An assistant turn with an empty, busy markdown panel for the reply to stream into. `textClass`:
 * whether the reply's container carries `model-response-text` (most pages; not all, see README).
 */
export function modelResponseHtml(id: string, t: GeminiLabels, textClass: boolean): string {
  return (
    '<model-response class="enable-lr26-response-chrome-updates"><div><response-container>' +
    '<div class="response-container no-background"><div class="presented-response-container">' +
    '<div class="response-container-content"><div class="response-content">' +
    '<div class="model-response-label-announcer" aria-busy="true" aria-live="off">' +
    `<h6 class="cdk-visually-hidden screen-reader-model-response-label">${t.geminiSaid}</h6></div>` +
    `<structured-content-container class="${textClass ? 'model-response-text ' : ''}processing-state-visible">` +
    `<div class="container"><message-content id="message-content-id-r_${id}">` +
    '<div inline-copy-host="" class="markdown markdown-main-panel md-content stronger"' +
    ` id="model-response-message-contentr_${id}" aria-busy="true" aria-live="polite" dir="ltr">` +
    '</div></message-content></div></structured-content-container>' +
    '<div class="response-footer gap"></div>' +
    '</div></div></div></div></response-container></div></model-response>'
  );
}

/** The thinking a reply shows before its answer: a header button and the thoughts, which carry
 * a `message-content` of their own (with an empty id). Rendered opened, as after a click. */
export const modelThoughtsHtml = (t: GeminiLabels): string =>
  '<model-thoughts data-test-id="model-thoughts" class="ng-star-inserted"><div class="model-thoughts">' +
  '<button data-test-id="thoughts-header-button" class="thoughts-header-button" aria-expanded="true">' +
  `<span class="thoughts-header-button-label">${t.showThinking}</span>` +
  '<mat-icon aria-hidden="true" data-mat-icon-name="expand_less"></mat-icon></button>' +
  '<div class="thoughts-container" data-test-id="thoughts-content"><message-content id="">' +
  '<div class="markdown markdown-main-panel" dir="ltr"></div></message-content></div>' +
  '</div></model-thoughts>';

/** The actions under a finished reply. */
export const messageActionsHtml = (t: GeminiLabels): string =>
  '<message-actions><div class="actions-container-v2">' +
  iconButton(t.good, 'thumb_up') +
  iconButton(t.bad, 'thumb_down') +
  iconButton(t.copyResponse, 'content_copy', ' data-test-id="copy-button"') +
  '</div></message-actions>';
