// claude.ai's "hub" transcript, rolled out from August to October 2026: `transcript-row`s holding
// `[data-cds="UserMessage"]` / `[data-testid="assistant-message"][data-cds="AssistantMessage"]`,
// the answer in `[data-cds="Prose"] > [data-perf-reply-text]`, thinking as `[data-cds="TurnStatus"]`
// rows (streamed first as a collapsed `[data-find-omitted]` part), only the rows near the viewport
// mounted, and a composer whose Send and Stop carry test ids.
import { el, markdownRenderer, type Role } from '../page-kit';
import { ssrTextarea, thumbnail, uploadInput } from './composer';
import type { ClaudeLabels } from './forms';
import type { Layout, LayoutHooks, Reply } from './layout';
import { blockRenderer } from './render';
import { hubThinking } from './thinking-hub';

/** Claude keeps only the transcript rows near the viewport in the page. */
const MOUNTED_ROWS = 5;

/** Icons are glyphs of Claude's icon font, in the private use area. */
const icon = (glyph: string) =>
  `<span data-cds="Icon" aria-hidden="true" class="font-anthropicons">${glyph}</span>`;

export function hubLayout(t: ClaudeLabels, hooks: LayoutHooks): Layout {
  document.body.innerHTML = `
    <div class="root"><div class="flex min-h-screen w-full">
      <main class="dframe-content" data-perf-region="main">
        <div data-testid="chat-column" class="chat-column max-w-[50.5rem]">
          <div data-testid="transcript-list" class="transcript-list max-w-3xl">
            <div role="feed" data-perf-region="transcript" aria-label="${t.chatMessages}">
              <div data-testid="transcript-sizer">
                <div data-testid="transcript-spacer" style="height: 0px"></div>
                <div data-testid="transcript-spacer" style="height: 0px"></div>
              </div>
            </div>
          </div>
          <div class="sticky bottom-0 composer-dock">
            <fieldset class="flex w-full min-w-0 flex-col">
              ${uploadInput(t)}
              <div class="bg-surface-3 rounded-[20px]" data-testid="chat-input-grid-container">
                <div class="relative w-full min-w-0" data-testid="chat-input-grid-area">
                  <div class="flex flex-row gap-3 overflow-x-auto" data-fixture="attachments"></div>
                  <div data-cds="ChatComposerEditor" class="composer-editor">
                    ${ssrTextarea(t)}
                    <div data-composer-placeholder-ghost aria-hidden="true" hidden></div>
                  </div>
                  <div data-cds="ChatComposerActions" class="composer-actions">
                    <button type="button" data-cds="Button" data-testid="chat-input-attach" aria-label="${t.addFiles}">${icon('\uE0A1')}</button>
                    <span class="grow"></span>
                    <button type="button" data-cds="Button" aria-label="${t.voice}">${icon('\uE0B4')}</button>
                    <span data-fixture="submit-slot"></span>
                  </div>
                </div>
              </div>
            </fieldset>
            <div data-disclaimer="true" class="disclaimer"><button type="button" data-testid="model-selector-dropdown">Claude</button></div>
          </div>
        </div>
      </main>
    </div></div>`;
  const [topSpacer, bottomSpacer] = document.querySelectorAll<HTMLElement>(
    '[data-testid="transcript-spacer"]',
  );
  const fieldset = document.querySelector('fieldset')!;
  const ghost = fieldset.querySelector<HTMLElement>('[data-composer-placeholder-ghost]')!;
  const slot = fieldset.querySelector('[data-fixture="submit-slot"]')!;
  const button = (testid: string, label: string, glyph: string, onClick: () => void) => {
    const node = el('button', { type: 'button', 'data-cds': 'Button', 'data-testid': testid });
    node.setAttribute('aria-label', label);
    node.innerHTML = icon(glyph);
    node.addEventListener('click', onClick);
    return node;
  };
  const send = button('chat-input-send', t.send, '\uE0C2', hooks.send);
  const stop = button('chat-input-stop', t.stop, '\uE0C9', hooks.stop);
  const render = blockRenderer('2026-10', t);
  let rows = 0;

  /** A new row at the end; the earliest leave the page once more than MOUNTED_ROWS are in it. */
  const row = (kind: 'human' | 'assistant'): HTMLElement => {
    const n = ++rows;
    const article = el('div', {
      role: 'article',
      'aria-label': `${t.message} ${n}`,
      'aria-posinset': String(n),
    });
    const attrs = { 'data-testid': 'transcript-row', 'data-perf-row': kind };
    const node = el('div', {
      ...attrs,
      'data-rs-index': String(n - 1),
      'data-index': String(n - 1),
    });
    node.append(article);
    bottomSpacer!.before(node);
    const mounted = document.querySelectorAll<HTMLElement>('[data-testid="transcript-row"]');
    for (const each of mounted) each.firstElementChild!.setAttribute('aria-setsize', String(n));
    for (let i = 0; i < mounted.length - MOUNTED_ROWS; i++) {
      const gone = mounted[i]!;
      topSpacer!.style.height = `${Number.parseFloat(topSpacer!.style.height) + gone.offsetHeight}px`;
      gone.remove();
    }
    return article;
  };

  return {
    editorSlot: fieldset.querySelector('[data-cds="ChatComposerEditor"]')!,
    editorAttributes: {
      class: 'tiptap',
      role: 'textbox',
      dir: 'auto',
      'aria-label': t.prompt,
      'aria-multiline': 'true',
      'data-testid': 'chat-input',
      translate: 'no',
    },
    // The hub marks an empty editor with an overlay beside it, not on the paragraph.
    placeholderAttributes: () => ({ dir: 'auto' }),
    fileInput: fieldset.querySelector('input[type="file"]')!,
    tray: fieldset.querySelector('[data-fixture="attachments"]')!,
    tile: thumbnail(t),
    composerState(streaming, hasText, placeholder) {
      const [from, to] = streaming ? [send, stop] : [stop, send];
      from.remove();
      if (!to.isConnected) slot.append(to);
      send.disabled = !hasText;
      ghost.textContent = placeholder;
      ghost.hidden = hasText || !fieldset.querySelector('[data-testid="chat-input"]');
    },
    addUserTurn(text) {
      const paragraphs = text
        .split(/\n[ \t]*\n/)
        .map((p) => el('p', { class: 'whitespace-pre-wrap break-words' }, p));
      row('human').append(
        el(
          'div',
          { 'data-transcript-row': '' },
          el('h2', { class: 'sr-only', 'data-find-omitted': '' }, `${t.youSaid} ${text}`),
          el(
            'div',
            { 'data-user-scope': '' },
            el(
              'div',
              {
                'data-cds': 'UserMessage',
                'data-turn-key': crypto.randomUUID(),
                class: 'user-turn',
              },
              el('div', { 'data-cds': 'MessageAttachments' }),
              el(
                'div',
                { class: 'cds-user-message-body' },
                el('div', { 'data-testid': 'user-message', class: 'font-large' }, ...paragraphs),
              ),
            ),
          ),
        ),
      );
    },
    startReply(): Reply {
      const article = row('assistant');
      const turnKey = `${crypto.randomUUID()}-hub-reply`;
      const heading = el(
        'h2',
        { class: 'sr-only', 'data-find-omitted': '' },
        `${t.claudeResponded} `,
      );
      const parts = el('div', { class: 'flex flex-col gap-3', 'data-fixture': 'parts' });
      // No data-is-streaming for the first moments: it appears with the first tokens.
      const message = el(
        'div',
        {
          'data-testid': 'assistant-message',
          'data-cds': 'AssistantMessage',
          'data-turn-key': turnKey,
        },
        heading,
        parts,
      );
      article.append(el('div', { 'data-reply-scope': '' }, message));
      const rowNode = article.parentElement!;
      rowNode.setAttribute('data-perf-row-streaming', 'true');
      const streaming = () => message.setAttribute('data-is-streaming', 'true');
      const thinking = hubThinking(parts, turnKey, t, render);
      let answer: ((markdown: string) => void) | undefined;
      let text: Element | undefined;
      return {
        thinking(markdown, done) {
          streaming();
          thinking.update(markdown, done);
        },
        answer(markdown) {
          if (markdown === '') return;
          streaming();
          if (!answer) {
            text = el('div', {
              'data-perf-reply-text': '',
              class: 'standard-markdown grid gap-2.5',
            });
            parts.append(
              el(
                'div',
                {
                  'data-transcript-engine-root': '',
                  class: 'contents',
                  'data-item-key': `${turnKey}:text:0`,
                },
                el('div', { 'data-cds': 'Prose', 'data-size': 'sm', class: 'prose' }, text),
              ),
            );
            answer = markdownRenderer(text, render);
          }
          answer(markdown);
        },
        finish() {
          thinking.settle();
          message.setAttribute('data-is-streaming', 'false');
          rowNode.setAttribute('data-perf-row-streaming', 'false');
          heading.append((text?.textContent ?? '').slice(0, 80));
          const action = (testid: string, label: string, glyph: string) =>
            `<button type="button" data-testid="${testid}" aria-label="${label}">${icon(glyph)}</button>`;
          const actions = el('div', {
            'data-cds': 'MessageActions',
            role: 'toolbar',
            'data-testid': 'message-actions',
            'aria-label': t.messageActions,
          });
          actions.innerHTML = `${action('action-bar-copy', t.copy, '\uE0D0')}${action('action-bar-retry', t.retry, '\uE0D7')}<time data-cds="RelativeTime"></time>`;
          message.append(el('div', {}, actions));
        },
      };
    },
    turns: () =>
      [
        ...document.querySelectorAll(
          '[data-testid="user-message"], [data-testid="assistant-message"]',
        ),
      ].map((node) => {
        const role: Role = node.matches('[data-testid="user-message"]') ? 'user' : 'assistant';
        const answer = node.querySelector(
          ':scope > [data-fixture="parts"] > [data-transcript-engine-root] [data-perf-reply-text]',
        );
        return { role, text: (role === 'user' ? node : answer)?.textContent ?? '' };
      }),
  };
}
