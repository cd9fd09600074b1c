// Browser code of the chat.mistral.ai fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Le Chat a content script touches: the conversation, replies streamed as reasoning and
// answer parts re-rendered per block (message.ts), code in a <pre> inside a <pre> (render.ts), and
// a real ProseMirror composer inside a <form> (composer.ts). See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  mountWhileOpen,
  type Role,
  readPageOptions,
} from '../page-kit';
import { createComposer } from './composer';
import { labels } from './forms';
import { assistantMessage, userMessage } from './message';

const t = labels(readPageOptions().lang);
const thread = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationId: string | null = null;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  thread.append(userMessage(text));
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/chat/${conversationId}`);
  }
  const message = assistantMessage(t);
  thread.append(message.element);
  chat.stream(reply, message.render, message.finish);
}

const form = document.querySelector<HTMLFormElement>('main form')!;
const composer = createComposer({
  form,
  host: document.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  slot: document.querySelector<HTMLElement>('[data-fixture="submit-slot"]')!,
  t,
  onSubmit: submit,
  onStop: chat.stop,
});

// The toolbar's labels, and the Fast/Think mode menu's button (its chevron icon, 2026-08).
const attach = form.querySelector('button[data-testid="attach-file-button"]')!;
attach.setAttribute('aria-label', t.addFiles);
form.querySelector('button[data-testid="tools-selection-button"]')!.textContent = t.tools;
form.querySelector('[data-fixture="mode"]')!.prepend(t.mode);
document.querySelector('div[role="dialog"]')!.setAttribute('aria-label', t.addFiles);

// Files: the input of the "Add files" popover, and one card per file above the prompt.
acceptUploads(
  document.querySelector<HTMLInputElement>('div[role="dialog"] input[type="file"]')!,
  document.querySelector('[data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-testid': 'attachment-card', class: 'flex items-center gap-2 rounded-xl border' },
      el('span', { class: 'truncate text-sm' }, file.name),
      el('button', { type: 'button', 'aria-label': t.removeFile }, '×'),
    ),
);

// The popover, and so its input, is in the document only while the "+" button opened it.
mountWhileOpen(attach, document.querySelector('[data-radix-popper-content-wrapper]')!);

copyCodeOnClick('pre > div button', 'pre:not(pre pre)', 'pre pre code');

// editorText: the ProseMirror state, paragraphs joined by "\n".
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...document.querySelectorAll<HTMLElement>('main [data-message-author-role]')].map((m) => ({
      role: m.getAttribute('data-message-author-role') as Role,
      text:
        m.getAttribute('data-message-author-role') === 'user'
          ? (m.querySelector('.select-text')?.textContent ?? '')
          : [...m.querySelectorAll('[data-message-part-type="answer"]')]
              .map((part) => part.textContent)
              .join('\n'),
    })),
});
