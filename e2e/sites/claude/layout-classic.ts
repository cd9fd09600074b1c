// claude.ai before the hub transcript, still served on 2026-09-18: each turn in a
// `div[data-test-render-count]`, each reply `div[data-is-streaming]` > `div.font-claude-response`
// holding a grid whose first row is the extended thinking and whose second is the answer
// (`.standard-markdown[data-perf-reply-text]`), and Send/Stop buttons known only by their label
// and their Phosphor icon.
import { el, markdownRenderer, type Role } from '../page-kit';
import { ssrTextarea, thumbnail, uploadInput } from './composer';
import type { ClaudeLabels } from './forms';
import type { Layout, LayoutHooks, Reply } from './layout';
import { blockRenderer } from './render';

const phosphor = (d: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" viewBox="0 0 256 256" aria-hidden="true"><path d="${d}"></path></svg>`;
/** Phosphor's bold ArrowUp and StopCircle, as the send and stop buttons drew them. */
const ARROW_UP =
  'M208.49,120.49a12,12,0,0,1-17,0L140,69V216a12,12,0,0,1-24,0V69L64.49,120.49a12,12,0,0,1-17-17l72-72a12,12,0,0,1,17,0l72,72A12,12,0,0,1,208.49,120.49Z';
const STOP_CIRCLE =
  'M128,20A108,108,0,1,0,236,128,108.12,108.12,0,0,0,128,20Zm0,192a84,84,0,1,1,84-84A84.09,84.09,0,0,1,128,212Zm28-124H100a12,12,0,0,0-12,12v56a12,12,0,0,0,12,12h56a12,12,0,0,0,12-12V100A12,12,0,0,0,156,88Z';

export function classicLayout(t: ClaudeLabels, hooks: LayoutHooks): Layout {
  document.body.innerHTML = `
    <div class="root"><div class="flex min-h-screen w-full overflow-x-hidden max-md:flex-col">
      <main class="min-h-full w-full min-w-0 flex-1">
        <div class="relative flex w-full flex-1 overflow-y-scroll pt-6" data-fixture="scroller">
          <div class="flex-1 flex flex-col gap-3 px-4 max-w-3xl mx-auto w-full pt-1" data-fixture="turns"></div>
        </div>
        <div class="sticky bottom-0 mx-auto w-full pt-6 z-[5]">
          <fieldset class="flex w-full min-w-0 flex-col">
            ${uploadInput(t)}
            <div class="!box-content flex flex-col bg-bg-000 mx-2 md:mx-0 items-stretch relative cursor-text z-10 rounded-2xl" data-fixture="composer-box">
              <div class="flex flex-row gap-3 overflow-x-auto" data-fixture="attachments"></div>
              <div class="relative"><div class="w-full overflow-y-auto font-large break-words max-h-96 min-h-[1.5rem]" data-fixture="editor-host">${ssrTextarea(t)}</div></div>
              <div class="flex gap-2.5 w-full items-center" data-fixture="toolbar">
                <div class="relative flex-1 flex items-center gap-2 shrink min-w-0">
                  <button type="button" aria-label="${t.addFiles}" class="inline-flex items-center justify-center h-8 w-8 rounded-lg">+</button>
                </div>
                <div class="overflow-hidden shrink-0" data-fixture="submit-slot"></div>
              </div>
            </div>
          </fieldset>
        </div>
      </main>
    </div></div>`;
  const turns = document.querySelector('[data-fixture="turns"]')!;
  const fieldset = document.querySelector('fieldset')!;
  const slot = fieldset.querySelector('[data-fixture="submit-slot"]')!;
  const button = (label: string, d: string, onClick: () => void) => {
    const node = el('button', { type: 'button', 'data-cds': 'Button', class: 'submit h-8 w-8' });
    node.setAttribute('aria-label', label);
    node.innerHTML = phosphor(d);
    node.addEventListener('click', onClick);
    return node;
  };
  const send = button(t.send, ARROW_UP, hooks.send);
  const stop = button(t.stop, STOP_CIRCLE, hooks.stop);
  const render = blockRenderer('2026-09', t);

  /** Each turn sits in its own `data-test-render-count` wrapper, React's render counter. */
  const addTurn = (label: string, ...content: Node[]): HTMLElement => {
    const turn = el(
      'div',
      { 'data-test-render-count': '1' },
      el('h2', { class: 'sr-only' }, label),
    );
    turn.append(...content);
    turns.append(turn);
    return turn;
  };

  return {
    editorSlot: fieldset.querySelector('[data-fixture="editor-host"]')!,
    editorAttributes: {
      class: 'tiptap',
      role: 'textbox',
      'aria-label': t.prompt,
      'aria-multiline': 'true',
      'data-testid': 'chat-input',
      enterkeyhint: 'enter',
      translate: 'no',
      tabindex: '0',
    },
    fileInput: fieldset.querySelector('input[type="file"]')!,
    tray: fieldset.querySelector('[data-fixture="attachments"]')!,
    tile: thumbnail(t),
    composerState(streaming, hasText) {
      const [from, to] = streaming ? [send, stop] : [stop, send];
      from.remove();
      if (!to.isConnected) slot.append(to);
      send.disabled = !hasText;
    },
    addUserTurn(text) {
      const paragraphs = text
        .split(/\n[ \t]*\n/)
        .map((p) => el('p', { class: 'whitespace-pre-wrap break-words' }, p));
      const message = el(
        'div',
        {
          'data-testid': 'user-message',
          class: 'font-large !font-user-message grid grid-cols-1 gap-2 py-0.5',
        },
        ...paragraphs,
      );
      const bubble = el(
        'div',
        {
          class:
            'group relative inline-flex gap-2 bg-neutral-30 rounded-xl pl-2.5 py-2.5 break-words max-w-[75ch] flex-col pr-6',
          'data-fixture': 'user-bubble',
        },
        el(
          'div',
          { class: 'flex flex-row gap-2 relative' },
          el('div', { class: 'flex-1' }, message),
        ),
      );
      addTurn(
        `${t.youSaid} ${text}`,
        el('div', { class: 'mb-1 mt-6 group flex flex-col' }, bubble),
      );
    },
    startReply(): Reply {
      const markdown = el('div', {
        class: 'grid-cols-1 grid gap-2.5 [&_>_*]:min-w-0 standard-markdown',
        'data-perf-reply-text': '',
      });
      const grid = el(
        'div',
        { class: 'grid grid-cols-1' },
        el('div', { class: 'row-start-2' }, markdown),
      );
      const streaming = el(
        'div',
        { 'data-is-streaming': 'true', class: 'group relative pb-3' },
        el('div', { class: 'font-claude-response relative leading-[1.65rem]' }, grid),
      );
      const turn = addTurn(`${t.claudeResponded} `, el('div', {}, streaming));
      let thoughts: ((markdown: string) => void) | undefined;
      let label: Element | undefined;
      return {
        thinking(markdown, done) {
          if (!thoughts) {
            const body = el('div', { class: 'standard-markdown grid gap-2.5' });
            label = el('span', {}, t.thinking);
            const toggle = el(
              'button',
              { type: 'button', 'aria-expanded': 'false', class: 'text-text-300' },
              label,
            );
            const collapsed = el('div', { class: 'overflow-hidden', hidden: '' }, body);
            toggle.addEventListener('click', () => {
              collapsed.hidden = !collapsed.hidden;
              toggle.setAttribute('aria-expanded', String(!collapsed.hidden));
            });
            grid.prepend(el('div', { class: 'row-start-1' }, toggle, collapsed));
            thoughts = markdownRenderer(body, render);
          }
          thoughts(markdown);
          if (done && label) label.textContent = t.thoughtProcess;
        },
        answer: markdownRenderer(markdown, render),
        finish() {
          streaming.setAttribute('data-is-streaming', 'false');
          turn.querySelector('h2')?.append(markdown.textContent?.slice(0, 80) ?? '');
          const action = (name: string) =>
            el('button', { type: 'button', 'aria-label': name, 'data-state': 'closed' }, name);
          streaming.after(
            el(
              'div',
              {
                role: 'group',
                'aria-label': t.messageActions,
                class: 'flex items-stretch justify-between',
              },
              action(t.copy),
              action(t.retry),
            ),
          );
        },
      };
    },
    turns: () =>
      [
        ...document.querySelectorAll(
          'main [data-testid="user-message"], main .font-claude-response',
        ),
      ].map((m) => {
        const role: Role = m.matches('[data-testid="user-message"]') ? 'user' : 'assistant';
        const text = role === 'user' ? m : m.querySelector('.row-start-2');
        return { role, text: text?.textContent ?? '' };
      }),
  };
}
