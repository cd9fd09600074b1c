// AI Studio-specific HTML for markdown blocks (shape follows aistudio.google.com's Angular DOM; see
// README.md). Each block renders to exactly one top-level element.
import { hljsHtml } from '../code-tokens';
import { type Block, escapeHtml, paragraphsOf, splitBlocks } from '../markdown';
import type { AiStudioLabels } from './forms';

type Code = Extract<Block, { type: 'code' }>;

/** The inside of a block's <code>: highlight spans whose text is exactly `block.code`. */
export const codeHtml = (block: Code): string => hljsHtml(block.code);

// Material Symbols are ligatures: the icon's name is the span's text.
export const iconHtml = (name: string) =>
  `<span aria-hidden="true" class="material-symbols-outlined notranslate">${name}</span>`;

const iconButton = (label: string, name: string, action: string) =>
  `<button mat-icon-button="" type="button" class="mdc-icon-button mat-mdc-icon-button" aria-label="${label}" mattooltip="${label}" data-fixture-action="${action}">${iconHtml(name)}</button>`;

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
function codeBlockShell(block: Code, t: AiStudioLabels): string {
  const lang = escapeHtml(block.lang);
  return (
    `<ms-code-block data-test-language="${lang}"><mat-expansion-panel class="mat-expansion-panel mat-expanded">` +
    '<mat-expansion-panel-header role="button" aria-expanded="true" class="mat-expansion-panel-header mat-expanded">' +
    '<span class="mat-content"><mat-panel-title class="mat-expansion-panel-header-title">' +
    `${iconHtml('code')}<span class="title-text">${lang}</span></mat-panel-title></span>` +
    `<div class="actions-container">${iconButton(t.download, 'download', 'download')}${iconButton(t.copy, 'content_copy', 'copy')}</div>` +
    '</mat-expansion-panel-header>' +
    '<div role="region" class="mat-expansion-panel-content-wrapper"><div class="mat-expansion-panel-content">' +
    '<div class="mat-expansion-panel-body"><pre><code></code></pre></div></div></div>' +
    '</mat-expansion-panel></ms-code-block>'
  );
}

/** Renders one block of a turn in the page's language. */
export const blockRenderer =
  (t: AiStudioLabels) =>
  (block: Block): string => {
    switch (block.type) {
      case 'paragraph':
        return `<p>${inline(block.text)}</p>`;
      case 'blockquote':
        return `<blockquote>${paragraphsOf(block.text)
          .map((p) => `<p>${inline(p)}</p>`)
          .join('')}</blockquote>`;
      case 'code':
        return codeBlockShell(block, t);
    }
  };

/** A prompt as the user turn shows it: markdown too, so its fences become code blocks. */
export function promptHtml(text: string, t: AiStudioLabels): string {
  const render = blockRenderer(t);
  return splitBlocks(text)
    .map((block) =>
      block.type === 'code'
        ? render(block).replace('<code></code>', `<code>${codeHtml(block)}</code>`)
        : render(block),
    )
    .join('');
}

/** The model's thoughts: a collapsed expansion panel whose body holds markdown. */
export function thoughtsHtml(t: AiStudioLabels): string {
  return (
    '<ms-thought-chunk><mat-expansion-panel class="mat-expansion-panel thought-panel">' +
    '<mat-expansion-panel-header role="button" aria-expanded="false" class="mat-expansion-panel-header">' +
    `<span class="mat-content"><mat-panel-title>${iconHtml('psychology')}<span>${t.thoughts}</span></mat-panel-title>` +
    `<mat-panel-description>${t.expandThoughts}</mat-panel-description></span></mat-expansion-panel-header>` +
    '<div role="region" class="mat-expansion-panel-content-wrapper"><div class="mat-expansion-panel-content">' +
    '<div class="mat-expansion-panel-body"><ms-text-chunk><ms-cmark-node class="cmark-node v3-font-body">' +
    '</ms-cmark-node></ms-text-chunk></div></div></div></mat-expansion-panel></ms-thought-chunk>'
  );
}

/** Shown under a model turn once its reply is complete: ratings and the turn's own Run. */
export function turnFooterHtml(t: AiStudioLabels): string {
  return (
    '<div class="turn-footer">' +
    `<button mat-icon-button="" type="button" iconname="thumb_up" aria-label="${t.good}">${iconHtml('thumb_up')}</button>` +
    `<button mat-icon-button="" type="button" iconname="thumb_down" aria-label="${t.bad}">${iconHtml('thumb_down')}</button>` +
    `<ms-run-button><button type="button" class="run-button rerun-button" aria-label="${t.rerun}">${iconHtml('refresh')}</button></ms-run-button>` +
    '</div>'
  );
}
