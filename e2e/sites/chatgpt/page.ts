// Browser code of the chatgpt.com fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of ChatGPT's web app a content script touches: the conversation thread, streamed markdown
// replies re-rendered per block, and a real ProseMirror composer. See README.md.
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { Fragment, Slice } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
  type Role,
} from '../page-kit';
import { renderBlock } from './render';

const thread = document.querySelector<HTMLElement>('#thread [data-fixture="turns"]')!;
const trailing = document.querySelector<HTMLElement>('[data-testid="composer-trailing-actions"]')!;
const form = document.querySelector<HTMLFormElement>('form[data-type="unified-composer"]')!;
const editorMount = document.getElementById('prompt-textarea')!;

let turnCount = 0;
let conversationId: string | null = null;
const chat = createScriptedChat(setStreamingUi);

// --- thread -------------------------------------------------------------------------------------

function addTurn(role: Role): { article: HTMLElement; message: HTMLElement } {
  turnCount++;
  const message = el('div', {
    'data-message-author-role': role,
    'data-message-id': crypto.randomUUID(),
    dir: 'auto',
    class:
      'min-h-8 text-message relative flex w-full flex-col gap-2 text-start break-words whitespace-normal' +
      (role === 'user' ? ' items-end' : ' items-start'),
  });
  if (role === 'assistant') message.setAttribute('data-message-model-slug', 'gpt-fixture');
  const article = el(
    'article',
    {
      class: 'text-token-text-primary w-full',
      dir: 'auto',
      'data-testid': `conversation-turn-${turnCount}`,
      'data-turn-id': crypto.randomUUID(),
      'data-turn': role,
      'data-scroll-anchor': 'false',
    },
    el(
      'h5',
      { class: 'sr-only' },
      document.createTextNode(role === 'user' ? 'You said:' : 'ChatGPT said:'),
    ),
    el(
      'div',
      { class: 'text-base my-auto mx-auto pt-3 px-6 turn-content' },
      el('div', { class: 'flex max-w-full flex-col grow' }, message),
    ),
  );
  for (const old of thread.querySelectorAll('article[data-scroll-anchor="true"]')) {
    old.setAttribute('data-scroll-anchor', 'false');
  }
  article.setAttribute('data-scroll-anchor', 'true');
  thread.append(article);
  return { article, message };
}

function addUserTurn(text: string): void {
  const { message } = addTurn('user');
  const bubble = el(
    'div',
    { class: 'user-message-bubble-color relative rounded-[18px] px-4 py-1.5 max-w-[70%]' },
    el('div', { class: 'whitespace-pre-wrap' }, document.createTextNode(text)),
  );
  message.append(el('div', { class: 'flex w-full flex-col gap-1 empty:hidden items-end' }, bubble));
}

function startAssistantTurn(reply: string): void {
  const { article, message } = addTurn('assistant');
  const markdown = el('div', {
    class:
      'markdown prose dark:prose-invert w-full break-words light markdown-new-styling result-streaming',
  });
  message.append(
    el('div', { class: 'flex w-full flex-col gap-1 empty:hidden first:pt-[3px]' }, markdown),
  );
  const render = markdownRenderer(markdown, renderBlock);
  article.setAttribute('data-streaming', 'true');
  chat.stream(reply, render, () => {
    article.removeAttribute('data-streaming');
    markdown.classList.remove('result-streaming');
  });
}

// --- composer -----------------------------------------------------------------------------------

const sendButton = el(
  'button',
  {
    id: 'composer-submit-button',
    type: 'button',
    'data-testid': 'send-button',
    'aria-label': 'Send prompt',
    class: 'composer-submit-btn composer-submit-button-color h-9 w-9 rounded-full',
  },
  document.createTextNode('↑'),
);
const stopButton = el(
  'button',
  {
    type: 'button',
    'data-testid': 'stop-button',
    'aria-label': 'Stop streaming',
    class: 'composer-submit-btn composer-secondary-button-color h-9 w-9 rounded-full',
  },
  document.createTextNode('■'),
);

// Paragraphs joined by "\n"; a hard_break (e.g. a parsed <br>) also counts as "\n".
function editorText(): string {
  const doc = view.state.doc;
  return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
    leaf.type === schema.nodes.hard_break ? '\n' : '',
  );
}

function updateSendButton(): void {
  sendButton.disabled = editorText().trim() === '';
}

function setStreamingUi(streaming: boolean): void {
  (streaming ? sendButton : stopButton).replaceWith(streaming ? stopButton : sendButton);
  updateSendButton();
}

function submit(): boolean {
  const text = editorText();
  const reply = chat.accept(text);
  if (reply === null) return true;
  const { tr } = view.state;
  view.dispatch(tr.replaceWith(0, tr.doc.content.size, schema.nodes.paragraph.create()));
  addUserTurn(text);
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/c/${conversationId}`);
  }
  startAssistantTurn(reply);
  return true;
}

// Plain-text paste: one paragraph per line, keeping empty lines. ProseMirror's default parser
// collapses runs of newlines; we assume (not verified against the live site) that ChatGPT keeps
// the blank lines of pasted text, since pasted code keeps them there.
function clipboardTextParser(text: string): Slice {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs = lines.map((line) =>
    schema.nodes.paragraph.create(null, line ? schema.text(line) : null),
  );
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

const view = new EditorView(
  { mount: editorMount },
  {
    state: EditorState.create({
      schema,
      plugins: [keymap({ Enter: submit, 'Shift-Enter': splitBlock }), keymap(baseKeymap)],
    }),
    attributes: { translate: 'no', 'data-virtualkeyboard': 'true' },
    clipboardTextParser,
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      updateSendButton();
    },
  },
);

// Files: the hidden input the "+" menu's "Add photos & files" opens, and the tiles above the prompt.
const fileInput = el('input', {
  type: 'file',
  id: 'upload-files',
  multiple: '',
  tabindex: '-1',
  class: 'hidden',
  style: 'display: none',
  accept: 'image/*,text/*,application/json,application/pdf',
});
const tray = el('div', { class: 'flex flex-wrap gap-2 px-3 empty:hidden' });
form.prepend(tray);
form.append(fileInput);
acceptUploads(fileInput, tray, (file, i) =>
  el(
    'div',
    { 'data-testid': 'composer-attachment', class: 'group relative rounded-2xl border px-3 py-2' },
    el('span', { class: 'truncate text-sm' }, file.name),
    el('button', { type: 'button', 'aria-label': `Remove file ${i + 1}: ${file.name}` }, '×'),
  ),
);

trailing.append(sendButton);
updateSendButton();
sendButton.addEventListener('click', () => {
  submit();
  view.focus();
});
stopButton.addEventListener('click', chat.stop);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  submit();
});
copyCodeOnClick('pre button[aria-label="Copy"]', 'pre', 'code');

// editorText: the ProseMirror state, paragraphs joined by "\n".
installFixtureApi(chat, {
  editorText,
  turns: () =>
    [...document.querySelectorAll<HTMLElement>('main [data-message-author-role]')].map((m) => ({
      role: m.getAttribute('data-message-author-role') as Role,
      text: m.textContent ?? '',
    })),
});
