// Browser code of the gemini.google.com fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Gemini's web app a content script touches: the conversation history, streamed markdown
// replies, and a real Quill composer. See README.md.
import Quill from 'quill';
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  fromHtml,
  installFixtureApi,
  markdownRenderer,
  mountWhileOpen,
} from '../page-kit';
import { codeHtml, modelResponseHtml, renderBlock, userQueryHtml } from './render';

const scroller = document.querySelector<HTMLElement>('#chat-history infinite-scroller')!;
const sendHost = document.querySelector<HTMLElement>('gem-icon-button.send-button')!;
const sendButton = sendHost.querySelector('button')!;
const sendIcon = sendButton.querySelector('mat-icon')!;

let turnCount = 0;
let conversationId: string | null = null;
const chat = createScriptedChat(setStreamingUi);

/** Gemini's conversation and response ids are 16 hex digits. */
const hexId = () =>
  [...crypto.getRandomValues(new Uint8Array(8))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

// --- thread -------------------------------------------------------------------------------------

function startTurn(text: string, reply: string): void {
  const id = hexId();
  const container = fromHtml(
    `<div class="conversation-container message-actions-hover-boundary" id="${id}"></div>`,
  );
  container.append(fromHtml(userQueryHtml(text, turnCount++)), fromHtml(modelResponseHtml(id)));
  scroller.append(container);
  const markdown = container.querySelector<HTMLElement>('.markdown')!;
  const announcer = container.querySelector<HTMLElement>('.model-response-label-announcer')!;
  const footer = container.querySelector<HTMLElement>('.response-footer')!;
  chat.stream(reply, markdownRenderer(markdown, renderBlock, codeHtml), () => {
    for (const busy of [markdown, announcer]) busy.setAttribute('aria-busy', 'false');
    footer.classList.add('complete');
  });
}

// --- composer -----------------------------------------------------------------------------------

// Gemini keeps one icon button in the send slot and flips it between "send" and "stop".
function setStreamingUi(streaming: boolean): void {
  sendHost.classList.toggle('submit', !streaming);
  sendHost.classList.toggle('stop', streaming);
  sendButton.setAttribute('aria-label', streaming ? 'Stop response' : 'Send message');
  sendIcon.setAttribute('fonticon', streaming ? 'stop' : 'send');
  updateSendButton();
}

function editorText(): string {
  return quill.getText().replace(/\n$/, '');
}

function updateSendButton(): void {
  const disabled = !chat.isStreaming() && editorText().trim() === '';
  sendHost.setAttribute('aria-disabled', String(disabled));
  sendButton.setAttribute('aria-disabled', String(disabled));
}

function submit(): void {
  const text = editorText();
  const reply = chat.accept(text);
  if (reply === null) return;
  quill.setText('', 'user');
  if (!conversationId) {
    conversationId = hexId();
    history.pushState({}, '', `/app/${conversationId}`);
  }
  startTurn(text, reply);
}

const quill = new Quill(document.querySelector<HTMLElement>('rich-textarea')!, {
  placeholder: 'Ask Gemini',
  modules: {
    keyboard: {
      bindings: {
        // Runs before Quill's own Enter handling; Shift+Enter still falls through to a new line.
        send: {
          key: 'Enter',
          shiftKey: false,
          handler: () => {
            submit();
            return false;
          },
        },
      },
    },
  },
});
quill.root.classList.add('textarea', 'new-input-ui');
for (const [name, value] of Object.entries({
  'data-gramm': 'false',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': 'Enter a prompt for Gemini',
})) {
  quill.root.setAttribute(name, value);
}
quill.on('text-change', updateSendButton);

sendButton.addEventListener('click', () => {
  if (chat.isStreaming()) chat.stop();
  else submit();
  quill.focus();
});

// Files: the input of the "Upload & tools" menu's uploader, and one preview per file above the
// prompt (stem and extension shown apart).
acceptUploads(
  document.querySelector<HTMLInputElement>('images-files-uploader input[type="file"]')!,
  document.querySelector('uploader-file-preview-container')!,
  (file) => {
    const dot = file.name.lastIndexOf('.');
    const stem = dot > 0 ? file.name.slice(0, dot) : file.name;
    const chip = document.createElement('uploader-file-preview');
    chip.className = 'file-preview-chip';
    chip.append(
      el(
        'div',
        { class: 'gem-attachment-content' },
        el(
          'span',
          { class: 'gem-attachment-extension-label' },
          dot > 0 ? file.name.slice(dot + 1) : '',
        ),
        el('span', { class: 'gem-attachment-text' }, stem),
        el('button', { type: 'button', 'aria-label': `close ${stem}` }, '×'),
      ),
    );
    return chip;
  },
);

// The menu, and so the uploader's input, is in the document only while the "+" button opened it.
mountWhileOpen(
  document.querySelector('button[aria-label="Upload and tools"]')!,
  document.querySelector('.cdk-overlay-pane')!,
);

copyCodeOnClick('button[aria-label="Copy code"]', 'code-block', 'code');

// editorText: Quill's `getText()` without its closing "\n"; turns: query lines joined by "\n".
installFixtureApi(chat, {
  editorText,
  turns: () =>
    [...scroller.querySelectorAll('user-query, model-response')].map((turn) =>
      turn.localName === 'user-query'
        ? {
            role: 'user',
            text: [...turn.querySelectorAll('.query-text-line')]
              .map((line) => line.textContent ?? '')
              .join('\n'),
          }
        : { role: 'assistant', text: turn.querySelector('message-content')?.textContent ?? '' },
    ),
});
updateSendButton();
