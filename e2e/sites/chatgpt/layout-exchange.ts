// chatgpt.com since the September 2026 redesign: one `div[data-turn-key]` per exchange holding a
// user unit and an assistant unit (keys ending ":user" / ":assistant"), reasoning in an activity
// block outside the units, a reply body marked `data-markdown-animated` while it streams, only a
// few exchanges mounted at once, and a composer form whose Send exists only while it holds text.
import { el, type FileInfo, markdownRenderer } from '../page-kit';
import { swapToViewers } from './code-viewer';
import type { ChatGptLabels } from './forms';
import type { Layout, LayoutHooks, Reply } from './layout';
import { blockRenderer } from './render';

/** ChatGPT keeps only the exchanges near the viewport in the page. */
const MOUNTED_EXCHANGES = 6;
/** The wait before finished code blocks turn into viewers (seconds on the real site). */
const VIEWER_DELAY_MS = 400;

const ICON = (d: string) =>
  `<svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" class="icon-primary-action"><path d="${d}"/></svg>`;

export function exchangeLayout(t: ChatGptLabels, hooks: LayoutHooks): Layout {
  document.body.innerHTML = `
    <form data-chatgpt-composer="" data-composer-placement="home" hidden>
      <div class="ProseMirror" contenteditable="true" role="textbox" data-composer-markdown=""></div>
    </form>
    <main id="main">
      <div data-app-action-timeline-scroll="" class="timeline">
        <div data-thread-find-target="conversation" class="conversation"></div>
      </div>
      <div data-thread-scroll-footer="">
        <form data-chatgpt-composer="" data-composer-placement="thread" data-thread-find-composer="true">
          <input type="file" multiple accept="image/*,video/*" hidden>
          <input type="file" multiple accept="image/*" hidden>
          <input type="file" multiple aria-label="${t.attachFiles}" hidden>
          <div data-composer-body="" class="composer-box">
            <div class="ComposerLayoutAttachments-a1" data-composer-attachments="" data-visible-attachments=""></div>
            <div class="ComposerLayoutInput-a1"><div data-fixture="editor"></div></div>
            <div class="ComposerLayoutFooter-a1">
              <button type="button" aria-label="${t.addFiles}" data-composer-navigation-target="add-context">+</button>
              <div><div class="flex items-center gap-2" data-fixture="trailing"></div></div>
            </div>
          </div>
        </form>
      </div>
    </main>`;
  const thread = document.querySelector('[data-thread-find-target="conversation"]')!;
  const form = document.querySelector<HTMLFormElement>('form[data-composer-placement="thread"]')!;
  const trailing = form.querySelector('[data-fixture="trailing"]')!;
  const primary = 'bg-composer-primary size-token-button-composer composer-button';
  const dictate = el('button', { type: 'button', 'aria-label': t.dictate, class: 'ghost' }, '🎙');
  const voice = el('button', { type: 'button', 'aria-label': t.voice, class: primary }, '◉');
  const send = el('button', { type: 'submit', 'aria-label': t.send, class: primary });
  send.innerHTML = ICON('M10 3l6 6h-4v8H8V9H4z');
  const stop = el('button', { type: 'button', 'aria-label': t.stop, class: primary });
  stop.innerHTML = ICON('M5 5h10v10H5z');
  trailing.append(dictate, voice);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    hooks.send();
  });
  stop.addEventListener('click', hooks.stop);
  const render = blockRenderer('2026-09', t);

  /** Keys in the window count the mounted exchanges, as ChatGPT's fallback keys do. */
  const renumber = () => {
    const mounted = [...thread.querySelectorAll(':scope > [data-turn-key]')];
    mounted.forEach((exchange, n) => {
      exchange.firstElementChild?.setAttribute(
        'data-content-search-turn-key',
        `fallback-turn-${n}`,
      );
      for (const unit of exchange.querySelectorAll('[data-content-search-unit-key]')) {
        const [, slot, role] = unit.getAttribute('data-content-search-unit-key')!.split(':');
        const key = `fallback-turn-${n}:${slot}:${role}`;
        unit.setAttribute('data-content-search-unit-key', key);
        if (unit.hasAttribute('data-chatgpt-search-unit-key'))
          unit.setAttribute('data-chatgpt-search-unit-key', key);
      }
    });
  };

  const exchange = (): Element => {
    const turn = el('div', { 'data-turn-key': crypto.randomUUID() });
    turn.append(
      el('div', { 'data-content-search-turn-key': '' }, el('div', { class: 'exchange' })),
    );
    thread.append(turn);
    const mounted = thread.querySelectorAll(':scope > [data-turn-key]');
    for (let i = 0; i < mounted.length - MOUNTED_EXCHANGES; i++) mounted[i]!.remove();
    return turn.querySelector('.exchange')!;
  };

  return {
    editorMount: form.querySelector('[data-fixture="editor"]')!,
    editorAttributes: {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': t.ask,
      'data-composer-markdown': '',
      'data-virtualkeyboard': 'true',
      translate: 'no',
    },
    placeholderAttributes: (text) => ({
      class: 'placeholder',
      'data-empty-paragraph': 'true',
      'data-placeholder': text,
    }),
    form,
    fileInput: form.querySelector('input[type="file"]:not([accept])')!,
    tray: form.querySelector('[data-composer-attachments]')!,
    tile: (file: FileInfo) => {
      const name = file.name.startsWith('pasted-text') ? t.pastedText : file.name;
      return el(
        'span',
        { class: 'group/composer-attachment attachment-tile' },
        el(
          'span',
          { class: 'composer-attachment-surface' },
          el('span', { class: 'truncate' }, name),
        ),
        el('button', { type: 'button', 'aria-label': `${t.remove} ${name}` }, '×'),
      );
    },
    composerState(streaming, hasText) {
      const want = streaming ? stop : hasText ? send : voice;
      for (const button of [stop, send, voice]) if (button !== want) button.remove();
      if (!want.isConnected) trailing.append(want);
      dictate.toggleAttribute('disabled', streaming);
    },
    addUserTurn(text) {
      const at = exchange();
      const messageId = crypto.randomUUID();
      at.append(
        el(
          'div',
          { class: 'user-block' },
          el('h4', { class: 'sr-only' }, t.youSaid),
          el(
            'div',
            {
              class: 'group/user-message',
              'data-chatgpt-search-unit-key': 'x:0:user',
              'data-chatgpt-search-message-ids': messageId,
            },
            el(
              'div',
              { 'data-content-search-unit-key': 'x:0:user' },
              el(
                'div',
                { 'data-user-message-bubble': 'true', class: 'user-bubble' },
                el(
                  'div',
                  { 'data-search-result-target': '' },
                  el('div', { class: 'whitespace-pre-wrap' }, text),
                ),
              ),
              el('span', {}, el('button', { type: 'button', 'aria-label': t.copyMessage }, '⧉')),
            ),
          ),
        ),
      );
      renumber();
    },
    startReply(): Reply {
      const at = thread.querySelector(':scope > [data-turn-key]:last-child .exchange')!;
      let activity: Element | undefined;
      let thoughts: ((markdown: string) => void) | undefined;
      const messageId = crypto.randomUUID();
      const body = el('div', {
        class: 'MarkdownRoot-a1 markdown-root',
        'data-markdown-text-style': 'assistant-message',
        'data-markdown-animated': '',
      });
      const unit = el(
        'div',
        {
          'data-content-search-unit-key': 'x:2:assistant',
          'data-chatgpt-search-unit-key': 'x:2:assistant',
          'data-chatgpt-search-message-ids': messageId,
        },
        el('h4', { class: 'sr-only', 'data-conversation-role': 'assistant' }, t.chatgptSaid),
        el('div', { 'data-chatgpt-selection-message-id': messageId }, body),
      );
      at.append(el('div', { class: 'assistant-block' }, unit));
      renumber();
      const answer = markdownRenderer(body, render);
      return {
        thinking(markdown, done) {
          if (!activity) {
            const summary = el('div', {
              'data-markdown-text-style': 'assistant-message',
              'data-markdown-text-tone': 'tertiary',
            });
            activity = el(
              'div',
              { class: 'activity' },
              el('span', { hidden: '', 'data-chatgpt-agent-turn-start': '' }),
              el(
                'button',
                { type: 'button', class: 'group/activity-header', 'aria-expanded': 'true' },
                t.thinking,
              ),
              el('div', { 'data-streaming-response-status': 'thinking' }),
              summary,
            );
            unit.parentElement!.before(activity);
            thoughts = markdownRenderer(summary, render);
          }
          thoughts?.(markdown);
          if (done) {
            activity.querySelector('[data-streaming-response-status]')?.remove();
            activity.querySelector('button')!.textContent = t.thought;
          }
        },
        answer,
        finish() {
          activity?.querySelector('[data-streaming-response-status]')?.remove();
          body.removeAttribute('data-markdown-animated');
          setTimeout(() => swapToViewers(body, t), VIEWER_DELAY_MS);
        },
      };
    },
    turns: () =>
      [
        ...thread.querySelectorAll(
          '[data-content-search-unit-key$=":user"] [data-user-message-bubble], [data-content-search-unit-key$=":assistant"] [data-markdown-text-style]',
        ),
      ].map((node) => ({
        role: node.hasAttribute('data-user-message-bubble') ? 'user' : 'assistant',
        text: node.textContent ?? '',
      })),
  };
}
