// Browser code of the grok.com fixture page (bundled to an IIFE by ../build.ts). Models the parts
// of Grok's web app a content script touches, in either of its layouts and in English or Turkish:
// the transcript's rows and bubbles, thinking inside the reply's bubble, streamed markdown replies
// with Shiki code blocks, the action row under a finished reply, and a real ProseMirror
// (Tiptap-style) composer. See README.md.

import { splitBlocks } from '../markdown';
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
  type Role,
  readPageOptions,
  splitThinking,
} from '../page-kit';
import { createComposer } from './composer';
import { forms, labels } from './forms';
import { blockRenderer, codeHtml, nameCode } from './render';
import { writeShell } from './shell';

const options = readPageOptions();
const t = labels(options.lang);
const layout = options.layout ?? forms.layouts[0]!;
const redesign = layout !== '2025';
writeShell(t, layout);

const turns = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
const renderBlock = blockRenderer(layout, t);
let conversationStarted = false;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

/** One transcript row, `[data-plane-row] > #response-<id> > .message-bubble`: the 2026 bubble
 * says whose it is by its test id, 2025's only by its row's alignment. */
function addTurn(role: Role): { turn: HTMLElement; bubble: HTMLElement; content: HTMLElement } {
  const id = crypto.randomUUID();
  const content = el('div', { class: 'relative response-content-markdown markdown break-words' });
  const user = role === 'user';
  const bubble = el(
    'div',
    {
      dir: 'auto',
      ...(redesign ? { 'data-testid': user ? 'user-message' : 'assistant-message' } : {}),
      class: `message-bubble relative rounded-3xl text-primary min-h-7 prose break-words ${user ? 'bg-surface-l1 px-4 py-2.5 rounded-br-lg' : 'w-full max-w-none'}`,
    },
    el('div', { class: 'relative' }, content),
  );
  const turn = el(
    'div',
    {
      id: `response-${id}`,
      class: `relative group flex flex-col justify-center w-full max-w-breakout pb-0.5 ${user ? 'items-end' : 'items-start'}`,
    },
    bubble,
  );
  turns.append(el('div', { 'data-plane-row': `gateway:${id}`, class: 'px-gutter' }, turn));
  return { turn, bubble, content };
}

function addUserTurn(text: string): void {
  addTurn('user').content.append(
    el('p', { dir: 'auto', class: 'break-words', style: 'white-space: pre-wrap;' }, text),
  );
}

/** The row of actions Grok shows beside a finished reply's bubble. */
function actionRow(): HTMLElement {
  const action = (label: string, glyph: string) =>
    el('button', { type: 'button', 'aria-label': label, class: 'h-8 w-8 rounded-full' }, glyph);
  return el(
    'div',
    { class: 'flex flex-row flex-wrap gap-0.5 mt-1 w-full action-buttons' },
    action(t.regenerate, '↻'),
    action(t.copy, '⧉'),
    action(t.like, '👍'),
    action(t.dislike, '👎'),
  );
}

/** Renders markdown into `container` block by block, code blocks named and filled in place. */
function blockWriter(container: Element): (soFar: string) => void {
  const render = markdownRenderer(container, renderBlock, codeHtml);
  return (soFar) => {
    render(soFar);
    nameCode(container, splitBlocks(soFar), layout);
  };
}

/** The 2026 bubble's first child: a header naming the thinking, and its trace while it runs. */
function thinkingRenderer(bubble: HTMLElement): (thinking: string, done: boolean) => void {
  const column = el('div', { class: 'flex flex-col' });
  const header = el('button', { type: 'button', class: 'thinking-header text-secondary' });
  const trace = el('div', { class: 'thinking-trace text-secondary' });
  const render = blockWriter(trace);
  const started = Date.now();
  const seconds = () => Math.max(1, Math.round((Date.now() - started) / 1000));
  column.append(header, trace);
  bubble.prepend(el('div', { class: 'thinking-container mb-3' }, column));
  return (thinking, done) => {
    if (!trace.isConnected) return;
    header.textContent = done ? `${t.thought} ${seconds()}s` : `${t.thinking} • ${seconds()}s`;
    if (done) trace.remove();
    else render(thinking);
  };
}

function startAssistantTurn(reply: string): void {
  const { turn, bubble, content } = addTurn('assistant');
  const answer = blockWriter(content);
  let thoughts: ((thinking: string, done: boolean) => void) | undefined;
  chat.stream(
    reply,
    (soFar) => {
      const split = splitThinking(soFar);
      // 2025 pages show no thinking here.
      if (split.thinking !== undefined && redesign) {
        thoughts ??= thinkingRenderer(bubble);
        thoughts(split.thinking, split.thinkingDone);
      }
      answer(split.answer);
    },
    () => turn.append(actionRow()),
  );
}

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

const form = document.querySelector<HTMLFormElement>('form[data-composer]')!;
const composer = createComposer({
  t,
  form,
  host: form.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  slot: form.querySelector<HTMLElement>('[data-fixture="slot"]')!,
  onSubmit: submit,
  onStop: chat.stop,
});

// Files: the form's hidden input, which the "Attach" menu's "Upload a file" opens, and a preview
// per file above the query bar.
const fileInput = form.querySelector<HTMLInputElement>('input[type="file"][name="files"]')!;
form.querySelector('[data-testid="attach-button"]')!.addEventListener('click', () => {
  fileInput.click();
});
acceptUploads(fileInput, form.querySelector('[data-fixture="attachments"]')!, (file) =>
  el(
    'div',
    { 'data-testid': 'file-preview', class: 'flex items-center gap-2 rounded-2xl border' },
    el('span', { class: 'truncate' }, file.name),
    el('button', { type: 'button', 'aria-label': t.remove }, '×'),
  ),
);

copyCodeOnClick('.\\@container\\/code-block button', '.\\@container\\/code-block', 'pre code');

// editorText: the ProseMirror state, paragraphs joined by "\n"; turns: each bubble's markdown,
// never its thinking.
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...turns.querySelectorAll<HTMLElement>('[id^="response-"]')].map((row) => ({
      role: row.classList.contains('items-end') ? 'user' : 'assistant',
      text: row.querySelector('.response-content-markdown')?.textContent ?? '',
    })),
});
