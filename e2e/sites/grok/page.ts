// Browser code of the grok.com fixture page (bundled to an IIFE by ../build.ts). Models the parts
// of Grok's web app a content script touches: the transcript, streamed markdown replies
// re-rendered per block, and a real ProseMirror (Tiptap-style) composer. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
  type Role,
} from '../page-kit';
import { createComposer } from './composer';
import { renderBlock } from './render';

const MESSAGES = 'main [data-testid="user-message"], main [data-testid="assistant-message"]';
const scroller = document.querySelector<HTMLElement>('[data-testid="chat-transcript-scroller"]')!;
const turns = scroller.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationStarted = false;
const chat = createScriptedChat(setStreaming);

// --- transcript ---------------------------------------------------------------------------------

/** One transcript row: `[data-plane-row] > #response-<id> > .message-bubble`, right-aligned for
 * the user, left-aligned for Grok; the bubble's test id says whose message it is. */
function addTurn(role: Role, bubbleClass: string): { turn: HTMLElement; content: HTMLElement } {
  const id = crypto.randomUUID();
  const content = el('div', { class: 'response-content-markdown markdown break-words' });
  const bubble = el(
    'div',
    {
      dir: 'ltr',
      'data-testid': role === 'user' ? 'user-message' : 'assistant-message',
      class: `message-bubble relative rounded-3xl text-primary min-h-7 prose break-words ${bubbleClass}`,
    },
    el('div', { class: 'relative' }, content),
  );
  const turn = el(
    'div',
    {
      id: `response-${id}`,
      class: `relative group flex flex-col justify-center w-full max-w-breakout pb-0.5 ${role === 'user' ? 'items-end' : 'items-start'}`,
    },
    bubble,
  );
  turns.append(el('div', { 'data-plane-row': `gateway:${id}`, class: 'px-gutter' }, turn));
  return { turn, content };
}

function addUserTurn(text: string): void {
  const { content } = addTurn(
    'user',
    'bg-surface-l1 border border-border-l1 px-4 py-2.5 rounded-br-lg',
  );
  content.append(
    el('p', { dir: 'auto', class: 'break-words', style: 'white-space: pre-wrap;' }, text),
  );
}

/** The row of actions Grok shows under a finished reply. */
function actionRow(): HTMLElement {
  const action = (label: string, glyph: string) =>
    el('button', { type: 'button', 'aria-label': label, class: 'h-8 w-8 rounded-full' }, glyph);
  return el(
    'div',
    { class: 'action-buttons flex flex-row flex-wrap gap-0.5 mt-1 w-full' },
    action('Regenerate', '↻'),
    action('Copy', '⧉'),
    action('Like', '👍'),
    action('Dislike', '👎'),
  );
}

function startAssistantTurn(reply: string): void {
  const { turn, content } = addTurn('assistant', 'w-full max-w-none');
  chat.stream(reply, markdownRenderer(content, renderBlock), () => turn.append(actionRow()));
}

function setStreaming(streaming: boolean): void {
  scroller.setAttribute('aria-busy', String(streaming));
  composer.setStreaming(streaming);
}

// --- composer -----------------------------------------------------------------------------------

/** The first message opens a conversation at "/c/<id>". */
function openConversation(): void {
  if (conversationStarted) return;
  conversationStarted = true;
  history.pushState({}, '', `/c/${crypto.randomUUID()}`);
}

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  addUserTurn(text);
  openConversation();
  startAssistantTurn(reply);
}

const composer = createComposer({
  form: document.querySelector<HTMLFormElement>('form[data-composer]')!,
  host: document.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  actions: document.querySelector<HTMLElement>('[data-fixture="composer-actions"]')!,
  onSubmit: submit,
  onStop: chat.stop,
});

// Files: the form's hidden input (its "Attach" button's "Upload a file" opens it) and a preview
// per file above the query bar.
acceptUploads(
  document.querySelector<HTMLInputElement>('form[data-composer] input[type="file"][name="files"]')!,
  document.querySelector('form[data-composer] [data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-testid': 'file-preview', class: 'flex items-center gap-2 rounded-2xl border' },
      el('span', { class: 'truncate' }, file.name),
      el('button', { type: 'button', 'aria-label': 'Remove' }, '×'),
    ),
);

copyCodeOnClick('[data-testid="code-block"] button', '[data-testid="code-block"]', 'pre code');

// editorText: the ProseMirror state, paragraphs joined by "\n".
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...document.querySelectorAll<HTMLElement>(MESSAGES)].map((m) => ({
      role: m.getAttribute('data-testid') === 'user-message' ? 'user' : 'assistant',
      text: m.textContent ?? '',
    })),
});
