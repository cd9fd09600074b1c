// Le Chat fixture's messages: the user's bubble, and a reply made of parts — reasoning parts (a
// "Thought for Ns" toggle over a region that collapses but stays in the page) and answer parts,
// several of each in the order the model wrote them — with the action bar once it ends.
import { el, markdownRenderer, splitThinking } from '../page-kit';
import type { MistralLabels } from './forms';
import { blockRenderer } from './render';

export type Part = { kind: 'reasoning' | 'answer'; text: string; done: boolean };

/** Some leading characters of `<think>`, as a reply still streaming may end with. */
const partialTag = (text: string): number => {
  for (let n = Math.min(6, text.length); n > 0; n--)
    if ('<think>'.startsWith(text.slice(-n))) return n;
  return 0;
};

/** A scripted reply as parts: each `<think>…</think>` a reasoning part, text between them answers. */
export function replyParts(soFar: string): Part[] {
  const parts: Part[] = [];
  let rest = soFar;
  for (;;) {
    const { thinking, thinkingDone, answer } = splitThinking(rest);
    if (thinking !== undefined)
      parts.push({ kind: 'reasoning', text: thinking, done: thinkingDone });
    if (!thinkingDone) return parts;
    const next = answer.indexOf('<think>');
    const text =
      next < 0 ? answer.slice(0, answer.length - partialTag(answer)) : answer.slice(0, next);
    if (text.trim()) parts.push({ kind: 'answer', text, done: next >= 0 });
    if (next < 0) return parts;
    rest = answer.slice(next);
  }
}

/** A label written one letter per span, as Le Chat animates its reasoning toggle. */
function letters(node: Element, text: string): void {
  node.replaceChildren(...[...text].map((c) => el('span', {}, c)));
}

export function userMessage(text: string): HTMLElement {
  return el(
    'div',
    {
      'data-message-author-role': 'user',
      'data-message-id': crypto.randomUUID(),
      'data-message-version': '0',
      class: 'group flex w-full flex-col items-end gap-1',
    },
    el(
      'div',
      { class: 'ms-auto max-w-[85%] rounded-3xl bg-basic-gray-alpha-4 px-4 py-3 break-words' },
      el('div', { class: 'select-text' }, el('span', { class: 'whitespace-pre-wrap' }, text)),
    ),
  );
}

/** An assistant message whose parts follow the reply as it streams. */
export function assistantMessage(t: MistralLabels) {
  const render = blockRenderer(t);
  const column = el('div', { class: 'flex min-w-0 flex-col gap-2' });
  const pulse = el('span', { class: 'animate-pulse', 'aria-hidden': 'true' });
  column.append(pulse);
  const element = el(
    'div',
    {
      'data-message-author-role': 'assistant',
      'data-message-id': crypto.randomUUID(),
      'data-message-version': '0',
      class: 'group flex w-full flex-col gap-3',
    },
    column,
  );
  const shown: { write: (markdown: string) => void; close?: () => void }[] = [];

  const reasoningPart = () => {
    const toggle = el('button', {
      type: 'button',
      'aria-expanded': 'true',
      class: 'flex text-sm text-hint',
    });
    letters(toggle, t.thinking);
    const markdown = el('div', { class: 'markdown-container-style prose' });
    const region = el(
      'div',
      { role: 'region' },
      el(
        'div',
        { 'data-message-part-type': 'reasoning', 'data-testid': 'text-message-part' },
        markdown,
      ),
    );
    pulse.before(toggle, region);
    return {
      write: markdownRenderer(markdown, render),
      // Collapsed once thought through; its markdown stays in the page.
      close() {
        if (region.hidden) return;
        letters(toggle, t.thought);
        toggle.setAttribute('aria-expanded', 'false');
        region.hidden = true;
      },
    };
  };

  const answerPart = () => {
    const markdown = el('div', { class: 'markdown-container-style' });
    pulse.before(
      el(
        'div',
        {
          'data-message-part-type': 'answer',
          'data-testid': 'text-message-part',
          class: 'select-text break-words',
        },
        markdown,
      ),
    );
    return { write: markdownRenderer(markdown, render) };
  };

  return {
    element,
    render(soFar: string): void {
      replyParts(soFar).forEach((part, i) => {
        shown[i] ??= part.kind === 'reasoning' ? reasoningPart() : answerPart();
        shown[i]!.write(part.text);
        if (part.done) shown[i]!.close?.();
      });
    },
    /** The reply ended: the action bar (its sixth button copies) and the time appear. */
    finish(): void {
      pulse.remove();
      const action = (label: string) =>
        el('button', { type: 'button', 'aria-label': label, class: 'flex size-7 rounded-md' });
      element.append(
        el(
          'div',
          {},
          el(
            'div',
            { class: 'flex items-center justify-between' },
            el(
              'div',
              { class: 'flex items-center gap-1', role: 'group', 'aria-label': t.actions },
              ...[t.like, t.dislike, t.rewrite, t.share, t.readAloud, t.copy].map(action),
            ),
            el(
              'div',
              { class: 'text-hint text-sm', 'data-state': 'closed' },
              new Date().toLocaleTimeString(document.documentElement.lang, {
                hour: '2-digit',
                minute: '2-digit',
              }),
            ),
          ),
        ),
      );
    },
  };
}
