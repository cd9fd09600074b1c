// chatgpt.com from March to September 2026, still served to accounts the redesign had not reached:
// one `section[data-testid="conversation-turn-N"][data-turn]` per message holding
// `div[data-message-author-role][data-message-id]`, `.markdown.prose` replies (class
// `result-streaming` while they stream), code in `pre` with `code.language-<lang>`, and the
// `#prompt-textarea` composer whose one submit button turns into Stop while a reply streams.
import { el, type FileInfo, markdownRenderer, type Role } from '../page-kit';
import type { ChatGptLabels } from './forms';
import type { Layout, LayoutHooks, Reply } from './layout';
import { blockRenderer } from './render';

export function sectionLayout(t: ChatGptLabels, hooks: LayoutHooks): Layout {
  document.body.innerHTML = `
    <div id="__next">
      <main id="main">
        <div id="thread"><div data-fixture="turns" class="turns"></div></div>
        <div id="thread-bottom">
          <form class="group/composer" data-type="unified-composer">
            <div data-fixture="tray" class="tray"></div>
            <input type="file" id="upload-files" multiple tabindex="-1" hidden
              accept="image/*,text/*,application/json,application/pdf">
            <div class="composer-box">
              <div class="grow"><div id="prompt-textarea" class="ProseMirror"></div></div>
              <div data-testid="composer-trailing-actions" class="ms-auto"></div>
            </div>
          </form>
        </div>
      </main>
    </div>`;
  const turns = document.querySelector('[data-fixture="turns"]')!;
  const form = document.querySelector<HTMLFormElement>('form[data-type="unified-composer"]')!;
  const trailing = form.querySelector('[data-testid="composer-trailing-actions"]')!;
  const button = el('button', {
    id: 'composer-submit-button',
    type: 'button',
    class: 'composer-button',
  });
  trailing.append(button);
  let streaming = false;
  button.addEventListener('click', () => (streaming ? hooks.stop() : hooks.send()));
  form.addEventListener('submit', (event) => event.preventDefault());
  const render = blockRenderer('2026-03', t);
  let count = 0;

  const turn = (role: Role): { section: Element; message: Element } => {
    count++;
    const message = el('div', {
      'data-message-author-role': role,
      'data-message-id': crypto.randomUUID(),
      dir: 'auto',
      class: 'text-message',
    });
    const section = el(
      'section',
      {
        'data-testid': `conversation-turn-${count}`,
        'data-turn': role,
        'data-turn-id': crypto.randomUUID(),
      },
      el('h5', { class: 'sr-only' }, role === 'user' ? t.youSaid : t.chatgptSaid),
      el('div', { class: 'turn-content' }, message),
    );
    turns.append(section);
    return { section, message };
  };

  return {
    editorMount: form.querySelector('#prompt-textarea')!,
    editorAttributes: { translate: 'no', 'data-virtualkeyboard': 'true' },
    placeholderAttributes: (text) => ({ class: 'placeholder', 'data-placeholder': text }),
    form,
    fileInput: form.querySelector('#upload-files')!,
    tray: form.querySelector('[data-fixture="tray"]')!,
    tile: (file: FileInfo) => {
      const name = file.name.startsWith('pasted-text') ? t.pastedText : file.name;
      return el(
        'div',
        { 'data-testid': 'composer-attachment', class: 'attachment-tile' },
        el('span', { class: 'truncate' }, name),
        el('button', { type: 'button', 'aria-label': `${t.remove} ${name}` }, '×'),
      );
    },
    composerState(isStreaming, hasText) {
      streaming = isStreaming;
      button.setAttribute('data-testid', streaming ? 'stop-button' : 'send-button');
      button.setAttribute('aria-label', streaming ? t.stopStreaming : t.sendPrompt);
      button.textContent = streaming ? '■' : '↑';
      // Not disabled while empty (a capture of 2026-08-20): a press then sends nothing.
      void hasText;
    },
    addUserTurn(text) {
      turn('user').message.append(
        el('div', { class: 'user-bubble' }, el('div', { class: 'whitespace-pre-wrap' }, text)),
      );
    },
    startReply(): Reply {
      const { message } = turn('assistant');
      const markdown = el('div', { class: 'markdown prose result-streaming' });
      message.append(markdown);
      return {
        thinking() {},
        answer: markdownRenderer(markdown, render),
        finish: () => markdown.classList.remove('result-streaming'),
      };
    },
    turns: () =>
      [...turns.querySelectorAll('[data-message-author-role]')].map((m) => ({
        role: m.getAttribute('data-message-author-role') as Role,
        text: m.textContent ?? '',
      })),
  };
}
