// Browser code of the gemini.google.com fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Gemini's web app a content script touches, in either of its layouts and in English or
// Chinese: the conversation history, a pending reply's dots, thinking, streamed markdown replies,
// a real Quill composer with its send slot, and the uploader menu. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  fromHtml,
  installFixtureApi,
  markdownRenderer,
  mountWhileOpen,
  readPageOptions,
  splitThinking,
} from '../page-kit';
import { createComposer } from './composer';
import { forms, labels } from './forms';
import {
  blockRenderer,
  codeHtml,
  messageActionsHtml,
  modelResponseHtml,
  modelThoughtsHtml,
  pendingResponseHtml,
  userQueryHtml,
} from './render';
import { writeShell } from './shell';

const options = readPageOptions();
const t = labels(options.lang);
const layout = options.layout ?? forms.layouts[0]!;
writeShell(t, layout);

const scroller = document.querySelector<HTMLElement>('#chat-history infinite-scroller')!;
const renderBlock = blockRenderer(t);
let turnCount = 0;
let conversationId: string | null = null;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

/** Gemini's conversation and response ids are 16 hex digits. */
const hexId = () =>
  [...crypto.getRandomValues(new Uint8Array(8))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/** A prompt and its reply: dots until the first token, then the model response (thinking first,
 * where the reply has any), and its actions once it ends. */
function startTurn(text: string, reply: string): void {
  const id = hexId();
  const container = fromHtml(
    `<div class="conversation-container message-actions-hover-boundary" id="${id}"></div>`,
  );
  const pending = fromHtml(pendingResponseHtml());
  container.append(fromHtml(userQueryHtml(text, turnCount++, t)), pending);
  scroller.append(container);
  const response = fromHtml(modelResponseHtml(id, t, layout === '2026-09'));
  // Held by reference: Angular updates its elements wherever they are.
  const markdown = response.querySelector<HTMLElement>('structured-content-container .markdown')!;
  const body = response.querySelector('structured-content-container')!;
  const announcer = response.querySelector('.model-response-label-announcer')!;
  const footer = response.querySelector('.response-footer')!;
  const answer = markdownRenderer(markdown, renderBlock, codeHtml);
  let thoughts: ((soFar: string) => void) | undefined;
  chat.stream(
    reply,
    (soFar) => {
      if (pending.isConnected) pending.replaceWith(response);
      const split = splitThinking(soFar);
      if (split.thinking !== undefined) {
        if (!thoughts) {
          const section = fromHtml(modelThoughtsHtml(t));
          body.before(section);
          thoughts = markdownRenderer(section.querySelector('.markdown')!, renderBlock, codeHtml);
        }
        thoughts(split.thinking);
      }
      answer(split.answer);
    },
    () => {
      if (pending.isConnected) pending.replaceWith(response);
      // 2026-07 marks the panel done; on 2026-09 pages aria-busy has been seen to stay "true".
      if (layout !== '2026-09') markdown.setAttribute('aria-busy', 'false');
      announcer.setAttribute('aria-busy', 'false');
      footer.classList.add('complete');
      response.append(fromHtml(messageActionsHtml(t)));
    },
  );
}

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  if (!conversationId) {
    conversationId = hexId();
    history.pushState({}, '', `/app/${conversationId}`);
  }
  startTurn(text, reply);
}

const composer = createComposer(t, layout, { submit, stop: () => chat.stop() });

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
        el('button', { type: 'button', 'aria-label': `${t.close} ${stem}` }, '×'),
      ),
    );
    return chip;
  },
);

// The menu, and so the uploader's input, is in the document only while the "+" button opened it.
mountWhileOpen(
  document.querySelector('.leading-actions-wrapper button[aria-haspopup="menu"]')!,
  document.querySelector('.cdk-overlay-pane')!,
);

copyCodeOnClick('[data-test-id="gem-copy-button"] button', 'code-block', 'code');

// editorText: Quill's text; turns: the query's lines joined by "\n", the answer's text (never the
// thoughts, which hold a message-content of their own).
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...scroller.querySelectorAll('user-query, model-response')].map((turn) =>
      turn.localName === 'user-query'
        ? {
            role: 'user',
            text: [...turn.querySelectorAll('.query-text-line')]
              .map((line) => line.textContent ?? '')
              .join('\n'),
          }
        : {
            role: 'assistant',
            text: turn.querySelector('structured-content-container')?.textContent ?? '',
          },
    ),
});
