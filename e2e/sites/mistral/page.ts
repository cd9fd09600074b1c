// Browser code of the chat.mistral.ai fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Le Chat a content script touches: the conversation thread, streamed markdown replies
// re-rendered per block, and a real ProseMirror composer inside a <form>. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
  mountWhileOpen,
  type Role,
} from '../page-kit';
import { createComposer } from './composer';
import { renderBlock } from './render';

const thread = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationId: string | null = null;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

// --- thread -------------------------------------------------------------------------------------

function message(role: Role, cls: string, ...children: Node[]): HTMLElement {
  const node = el(
    'div',
    { 'data-message-author-role': role, 'data-message-id': crypto.randomUUID(), class: cls },
    ...children,
  );
  thread.append(node);
  return node;
}

function addUserTurn(text: string): void {
  // One pre-wrapped span per line, as Le Chat renders the user's text.
  const lines = text.split('\n').flatMap((line, i) => {
    const span = el('span', { class: 'whitespace-pre-wrap' }, line);
    return i === 0 ? [span] : [el('br'), span];
  });
  message(
    'user',
    'group flex w-full flex-col items-end gap-1',
    el(
      'div',
      { class: 'ms-auto max-w-[85%] rounded-3xl bg-basic-gray-alpha-4 px-4 py-3 break-words' },
      el('div', { class: 'select-text' }, ...lines),
    ),
  );
}

function messageFooter(): HTMLElement {
  const action = (label: string) =>
    el('button', { type: 'button', 'aria-label': label, class: 'flex size-7 rounded-md' });
  return el(
    'div',
    { class: 'flex items-center justify-between' },
    el(
      'div',
      { class: 'flex items-center gap-1', role: 'group', 'aria-label': 'Message actions' },
      action('Like'),
      action('Dislike'),
      action('Rewrite'),
      action('Copy to clipboard'),
    ),
    el(
      'span',
      { class: 'text-sm text-hint' },
      new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
    ),
  );
}

function startAssistantTurn(reply: string): void {
  const answer = el('div', {
    'data-message-part-type': 'answer',
    'data-testid': 'text-message-part',
    class: 'markdown-container-style prose max-w-none select-text break-words',
  });
  const pulse = el('span', { class: 'animate-pulse', 'aria-hidden': 'true' });
  const column = el('div', { class: 'flex min-w-0 flex-1 flex-col gap-2' }, answer, pulse);
  message(
    'assistant',
    'group flex w-full gap-3',
    el('div', { class: 'size-8 shrink-0 rounded-full bg-state-primary', 'aria-hidden': 'true' }),
    column,
  );
  chat.stream(reply, markdownRenderer(answer, renderBlock), () => {
    pulse.remove();
    column.append(messageFooter());
  });
}

// --- composer -----------------------------------------------------------------------------------

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  addUserTurn(text);
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/chat/${conversationId}`);
  }
  startAssistantTurn(reply);
}

const composer = createComposer({
  form: document.querySelector<HTMLFormElement>('main form')!,
  host: document.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  buttonSlot: document.querySelector<HTMLElement>('[data-fixture="submit-slot"]')!,
  onSubmit: submit,
  onStop: chat.stop,
});

// Files: the input of the "Add files" popover, and one card per file above the prompt.
acceptUploads(
  document.querySelector<HTMLInputElement>('div[role="dialog"] input[type="file"]')!,
  document.querySelector('[data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-testid': 'attachment-card', class: 'flex items-center gap-2 rounded-xl border' },
      el('span', { class: 'truncate text-sm' }, file.name),
      el('button', { type: 'button', 'aria-label': 'Remove file' }, '×'),
    ),
);

// The popover, and so its input, is in the document only while the "+" button opened it.
mountWhileOpen(
  document.querySelector('button[data-testid="attach-file-button"]')!,
  document.querySelector('[data-radix-popper-content-wrapper]')!,
);

copyCodeOnClick('pre button[aria-label="Copy code"]', 'pre', 'code');

// editorText: the ProseMirror state, paragraphs joined by "\n".
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...document.querySelectorAll<HTMLElement>('main [data-message-author-role]')].map((m) => ({
      role: m.getAttribute('data-message-author-role') as Role,
      text: m.textContent ?? '',
    })),
});
