// The perplexity.ai fixture's thread: one block per query and its answer, the answer in either of
// the two forms the site serves at once (see README.md), and the "steps" panel a reasoning or Pro
// search shows above it.
import { el, markdownRenderer, type Role } from '../page-kit';
import type { PerplexityLabels } from './forms';
import { blockRenderer } from './render';

/** The answer's prose, with the same classes in both forms. */
const PROSE =
  'prose dark:prose-invert inline leading-relaxed break-words min-w-0 [word-break:break-word]';

export type AnswerForm = '2026-08' | '2026-04';

export interface Answer {
  /** The steps so far, and whether they are over. */
  thinking(markdown: string, done: boolean): void;
  answer(markdown: string): void;
  finish(): void;
}

/** A textless icon, so a button adds nothing to its turn's textContent. */
export function icon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({ width: '16', height: '16', 'aria-hidden': 'true' }))
    svg.setAttribute(name, value);
  return svg;
}

const iconButton = (attrs: Record<string, string>) =>
  el('button', { type: 'button', ...attrs }, icon());

export function createThread(root: Element, t: PerplexityLabels) {
  const render = blockRenderer(t);
  const turns: { role: Role; element: Element }[] = [];
  let answers = 0;

  /** 2026-08: the numbered container stays empty; the prose renders in a column beside it. */
  function beside(block: Element, id: string): { prose: Element; element: Element } {
    const prose = el('div', { class: PROSE });
    block.append(
      el(
        'div',
        { class: 'relative font-sans text-base' },
        el('div', { id, class: 'gap-y-4 after:clear-both after:block' }),
      ),
      el(
        'div',
        { class: 'flex flex-col flex-1 min-w-0 gap-4' },
        el(
          'div',
          { class: 'contents' },
          el('div', { class: 'break-words min-w-0 flex-1' }, el('div', {}, prose)),
        ),
      ),
    );
    return { prose, element: prose };
  }

  /** 2026-04: inside the numbered container, each top-level block a section with its own prose. */
  function inside(block: Element, id: string): { prose: Element; element: Element } {
    const container = el('div', { id, class: 'gap-y-4 after:clear-both after:block' });
    block.append(el('div', { class: 'relative font-sans text-base' }, container));
    return { prose: container, element: container };
  }

  const section = (html: string) =>
    `<div class="has-inline-images my-2"><div><div class="${PROSE}">${html}</div></div></div>`;

  return {
    addQuery(text: string): void {
      const query = el(
        turns.length === 0 ? 'h1' : 'div',
        { class: 'group/query relative flex items-start justify-end gap-x-sm' },
        el(
          'div',
          { class: 'bg-subtle rounded-2xl px-md py-sm' },
          el('span', { class: 'select-text whitespace-pre-line break-words' }, text),
        ),
        iconButton({ 'aria-label': t.editQuery }),
        iconButton({ 'data-testid': 'copy-query-button', 'aria-label': t.copyQuery }),
      );
      root.append(
        el('div', { class: 'flex flex-col gap-y-md pb-md', 'data-fixture': 'turn' }, query),
      );
      turns.push({ role: 'user', element: query.firstElementChild! });
    },

    startAnswer(form: AnswerForm): Answer {
      const block = root.lastElementChild!;
      const steps = el('div', { class: 'flex flex-col gap-y-sm' });
      block.append(steps);
      const id = `markdown-content-${answers++}`;
      const { prose, element } = form === '2026-08' ? beside(block, id) : inside(block, id);
      turns.push({ role: 'assistant', element });
      let panel: { toggle: Element; content: Element; write: (md: string) => void } | undefined;
      return {
        thinking(markdown, done) {
          if (!panel) {
            // A Radix collapsible: its content is in the page only while it is open.
            const goal = el('div', { class: 'pr-sm' });
            const content = el(
              'div',
              { id: `radix-:r${answers}:`, 'data-state': 'open', role: 'region' },
              el('div', { class: 'group/goal flex flex-col gap-y-xs' }, goal),
            );
            const toggle = el('button', { type: 'button', 'aria-expanded': 'true' }, t.working);
            steps.append(toggle, content);
            panel = { toggle, content, write: markdownRenderer(goal, render) };
          }
          panel.write(markdown);
          if (done && panel.content.isConnected) {
            panel.content.remove();
            panel.toggle.textContent = t.stepsDone;
            panel.toggle.setAttribute('aria-expanded', 'false');
          }
        },
        answer:
          form === '2026-08'
            ? markdownRenderer(prose, render)
            : markdownRenderer(prose, (b) => section(render(b))),
        finish() {
          panel?.content.remove();
          block.append(
            el(
              'div',
              { class: 'mt-sm flex items-center gap-x-xs', 'data-fixture': 'answer-footer' },
              iconButton({ 'aria-label': t.share }),
              iconButton({ 'aria-label': t.copy }),
              iconButton({ 'aria-label': t.rewrite }),
            ),
          );
        },
      };
    },

    /** Each query (its text) and each answer (its prose, or the container holding its sections). */
    turns: () => turns.map(({ role, element }) => ({ role, text: element.textContent ?? '' })),
  };
}
