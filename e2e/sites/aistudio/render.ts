// AI Studio-specific HTML for markdown blocks and chat turns (shape follows aistudio.google.com's
// Angular DOM; see README.md). Each block renders to exactly one top-level element.
import { hljsHtml } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, splitBlocks } from '../markdown';

/** The inside of a block's <code>: highlight spans whose text is exactly `block.code`. */
export function codeHtml(block: Extract<Block, { type: 'code' }>): string {
  return hljsHtml(block.code);
}

// Material Symbols are ligatures: the icon's name is the span's text.
const icon = (name: string) =>
  `<span aria-hidden="true" class="material-symbols-outlined notranslate">${name}</span>`;

const iconButton = (label: string, name: string) =>
  `<button mat-icon-button="" type="button" class="mdc-icon-button mat-mdc-icon-button" aria-label="${label}" mattooltip="${label}">${icon(name)}</button>`;

/** Inline markdown the way ms-cmark-node renders it: `code` spans carry `inline-code`. */
function inline(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
    .map((part) =>
      /^`[^`\n]+`$/.test(part)
        ? `<span class="inline-code">${escapeHtml(part.slice(1, -1))}</span>`
        : escapeHtml(part),
    )
    .join('');
}

/** A code block's shell with an empty <code>; the page fills the code in place as it streams. */
function codeBlockShell(block: Extract<Block, { type: 'code' }>): string {
  const lang = escapeHtml(block.lang);
  return (
    `<ms-code-block data-test-language="${lang}"><mat-expansion-panel class="mat-expansion-panel mat-expanded">` +
    '<mat-expansion-panel-header role="button" aria-expanded="true" class="mat-expansion-panel-header mat-expanded">' +
    '<span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">' +
    `${icon('code')}<span class="title-text">${lang}</span></mat-panel-title></span>` +
    `<div class="actions-container">${iconButton('Download', 'download')}${iconButton('Copy to clipboard', 'content_copy')}</div>` +
    '</mat-expansion-panel-header>' +
    '<div role="region" class="mat-expansion-panel-content-wrapper"><div class="mat-expansion-panel-content">' +
    '<div class="mat-expansion-panel-body"><pre><code></code></pre></div></div></div>' +
    '</mat-expansion-panel></ms-code-block>'
  );
}

export function renderBlock(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline(block.text)}</p>`;
    case 'blockquote':
      return `<blockquote>${paragraphsOf(block.text)
        .map((p) => `<p>${inline(p)}</p>`)
        .join('')}</blockquote>`;
    case 'code':
      return codeBlockShell(block);
  }
}

function turnHtml(role: 'User' | 'Model', id: string, content: string): string {
  const container = role === 'User' ? 'user' : 'model';
  return (
    `<ms-chat-turn id="turn-${id}" data-turn-role="${role}">` +
    `<div class="chat-turn-container render ${container}">` +
    `<div class="author-label">${role}</div>` +
    `<div class="turn-content">${content}</div></div></ms-chat-turn>`
  );
}

/** A user turn: the prompt is markdown too, so its fences become code blocks. */
export function userTurnHtml(id: string, text: string): string {
  const blocks = splitBlocks(text)
    .map((block) =>
      block.type === 'code'
        ? renderBlock(block).replace('<code></code>', `<code>${codeHtml(block)}</code>`)
        : renderBlock(block),
    )
    .join('');
  return turnHtml(
    'User',
    id,
    '<ms-prompt-chunk><ms-text-chunk><ms-cmark-node class="cmark-node v3-font-body">' +
      `${blocks}</ms-cmark-node></ms-text-chunk></ms-prompt-chunk>`,
  );
}

/** A model turn with an empty markdown root for the reply to stream into. */
export function modelTurnHtml(id: string): string {
  return turnHtml(
    'Model',
    id,
    '<ms-prompt-chunk><ms-text-chunk><ms-cmark-node class="cmark-node v3-font-body">' +
      '</ms-cmark-node></ms-text-chunk></ms-prompt-chunk>',
  );
}

/** Shown under a model turn once its reply is complete. */
export const TURN_FOOTER =
  '<div class="turn-footer">' +
  '<button mat-icon-button="" type="button" iconname="thumb_up" aria-label="Good response">' +
  `${icon('thumb_up')}</button>` +
  '<button mat-icon-button="" type="button" iconname="thumb_down" aria-label="Bad response">' +
  `${icon('thumb_down')}</button></div>`;
