// Browser code of the grok.com fixture page (bundled to an IIFE by ../build.ts). Models the parts
// of Grok's web app a content script touches: the transcript, streamed markdown replies
// re-rendered per block, and a real ProseMirror (Tiptap-style) composer. See README.md.
import { splitBlocks } from '../markdown';
import { createBlockReconciler } from '../reconcile';
import {
  DEFAULT_SCRIPT,
  pickReply,
  type ScriptRule,
  type StreamHandle,
  type StreamOptions,
  streamReply,
} from '../scripted-model';
import { createComposer } from './composer';
import { renderBlock } from './render';

type Role = 'user' | 'assistant';

export type FixtureApi = {
  /** Composer content according to the ProseMirror state (paragraphs joined by "\n"). */
  editorText(): string;
  /** Every turn in the thread; text is the textContent of the message element. */
  turns(): { role: Role; text: string }[];
  isStreaming(): boolean;
  /** Every message the user submitted, in order. */
  submitted: string[];
};

declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

function readJson<T>(id: string, fallback: T): T {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : fallback;
}

const script = readJson<ScriptRule[]>('fixture-script', DEFAULT_SCRIPT);
const streamOptions = readJson<StreamOptions>('fixture-stream-options', {});

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const MESSAGES = 'main [data-testid="user-message"], main [data-testid="assistant-message"]';
const scroller = document.querySelector<HTMLElement>('[data-testid="chat-transcript-scroller"]')!;
const turns = scroller.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationStarted = false;
let stream: StreamHandle | null = null;
const submitted: string[] = [];

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
  const blocks = createBlockReconciler(content);
  setStreaming(true);
  const handle = streamReply(
    reply,
    (_chunk, soFar) => blocks.update(splitBlocks(soFar).map(renderBlock)),
    streamOptions,
  );
  stream = handle;
  void handle.done.then(() => {
    turn.append(actionRow());
    if (stream === handle) stream = null;
    setStreaming(false);
  });
}

function setStreaming(streaming: boolean): void {
  scroller.setAttribute('aria-busy', String(streaming));
  composer.setStreaming(streaming);
}

// --- composer -----------------------------------------------------------------------------------

/** The first message opens a conversation: "/c/<id>" on grok.com, "?conversation=<id>" on X. */
function openConversation(): void {
  if (conversationStarted) return;
  conversationStarted = true;
  if (location.hostname === 'x.com') {
    const id = String(Date.now()) + String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
    history.pushState({}, '', `${location.pathname}?conversation=${id}`);
  } else {
    history.pushState({}, '', `/c/${crypto.randomUUID()}`);
  }
}

function submit(): void {
  const text = composer.text();
  if (stream || text.trim() === '') return;
  submitted.push(text);
  composer.clear();
  addUserTurn(text);
  openConversation();
  startAssistantTurn(pickReply(text, script));
}

const composer = createComposer({
  form: document.querySelector<HTMLFormElement>('form[data-composer]')!,
  host: document.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  actions: document.querySelector<HTMLElement>('[data-fixture="composer-actions"]')!,
  onSubmit: submit,
  onStop: () => stream?.stop(),
});

document.addEventListener('click', (event) => {
  const copy = (event.target as Element | null)?.closest?.('[data-testid="code-block"] button');
  const code = copy?.closest('[data-testid="code-block"]')?.querySelector('pre code');
  if (code) void navigator.clipboard?.writeText(code.textContent ?? '').catch(() => {});
});

window.__fixture = {
  editorText: () => composer.text(),
  turns: () =>
    [...document.querySelectorAll<HTMLElement>(MESSAGES)].map((m) => ({
      role: m.getAttribute('data-testid') === 'user-message' ? 'user' : 'assistant',
      text: m.textContent ?? '',
    })),
  isStreaming: () => stream !== null,
  submitted,
};
