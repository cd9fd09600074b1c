// Claude's thinking in the hub layout (2026-10). While the model thinks, the reasoning streams into
// a collapsed part marked `[data-find-omitted]` at the top of the reply, under a status button;
// once it is over that marker goes and a settled `[data-cds="TurnStatus"]` row takes its place,
// closed, with the reasoning inside it.
import type { Block } from '../markdown';
import { el, markdownRenderer } from '../page-kit';
import type { ClaudeLabels } from './forms';

const SPARK =
  '<svg data-cds="Spark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="M8 1l1.6 5.4L15 8l-5.4 1.6L8 15l-1.6-5.4L1 8l5.4-1.6z"/></svg>';

/** The reasoning as markdown, in the markup the answer uses, in a hidden (collapsed) part. */
function reasoningRoot(render: (block: Block) => string): {
  root: HTMLElement;
  show(markdown: string): void;
} {
  const text = el('div', { 'data-perf-reply-text': '', class: 'standard-markdown grid gap-2.5' });
  const root = el(
    'div',
    { 'data-transcript-engine-root': '', class: 'contents', hidden: '' },
    el('div', { 'data-cds': 'Prose', 'data-size': 'sm', class: 'prose' }, text),
  );
  return { root, show: markdownRenderer(text, render) };
}

export function hubThinking(
  parts: Element,
  turnKey: string,
  t: ClaudeLabels,
  render: (block: Block) => string,
): { update(markdown: string, done: boolean): void; settle(): void } {
  let streamed: { marker: HTMLElement; show(markdown: string): void } | undefined;
  let last = '';
  let settled = false;

  const settle = () => {
    if (!streamed || settled) return;
    settled = true;
    const reasoning = reasoningRoot(render);
    reasoning.show(last);
    const toggle = el('button', {
      type: 'button',
      'data-cds-row-toggle': '',
      'aria-expanded': 'false',
      'aria-label': t.thought,
    });
    const row = el(
      'div',
      {
        'data-cds': 'TurnStatus',
        'data-testid': 'TurnStatus',
        'data-step-key': 'thinking-0',
        'data-item-key': `${turnKey}:grp:${crypto.randomUUID()}`,
        'data-find-omitted': '',
        'data-state': 'done',
        'data-closed': '',
        class: 'group/status turn-status',
      },
      el(
        'div',
        { 'data-cds-row': '', title: t.thought },
        el('span', { 'data-morph-key': `done|${t.thought}` }, el('bdi', {}, t.thought)),
        toggle,
      ),
      el('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' }, t.thought),
      reasoning.root,
    );
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      row.toggleAttribute('data-closed', !open);
      reasoning.root.hidden = !open;
    });
    streamed.marker.replaceWith(row);
  };

  return {
    update(markdown, done) {
      last = markdown;
      if (!streamed) {
        const reasoning = reasoningRoot(render);
        const status = el('button', {
          type: 'button',
          class: 'group/status status-button',
          'aria-expanded': 'false',
        });
        status.innerHTML = `${SPARK}<span>${t.thinking}</span>`;
        const marker = el('div', { 'data-find-omitted': '' }, status, reasoning.root);
        parts.prepend(marker);
        streamed = { marker, show: reasoning.show };
      }
      if (!settled) streamed.show(markdown);
      if (done) settle();
    },
    settle,
  };
}
