// Browser code of the chat.deepseek.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of DeepSeek's web app a content script touches: the message list, replies streamed and
// re-rendered per block, and a React-controlled textarea composer. See README.md.
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
import { mountComposer } from './composer';
import { renderBlock } from './render';

type Role = 'user' | 'assistant';

export type FixtureApi = {
  /** Composer content according to the React state of the controlled textarea. */
  editorText(): string;
  /** Every turn in the thread; text is the textContent of the message's text element. */
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

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A textless icon button, so the action bars add nothing to a turn's text. */
function iconButton(action: string): HTMLElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  return el(
    'div',
    { role: 'button', tabindex: '0', class: 'ds-icon-button', 'data-fixture-action': action },
    el('div', { class: 'ds-icon' }, svg),
  );
}

const chatArea = document.querySelector<HTMLElement>('[data-fixture="chat-area"]')!;
let list: HTMLElement | null = null;
let sessionId: string | null = null;
let stream: StreamHandle | null = null;
let rowCount = 0;
const submitted: string[] = [];

// --- message list -------------------------------------------------------------------------------

/** The virtual list appears with the first message; the welcome page has none. */
function messageList(): HTMLElement {
  if (list) return list;
  list = el('div', { class: 'ds-virtual-list-visible-items dad65929' });
  chatArea.append(
    el(
      'div',
      { class: 'ds-virtual-list ds-virtual-list--printable ds-scroll-area' },
      el('div', { class: 'ds-virtual-list-items _6f2c522' }, list),
    ),
  );
  return list;
}

function addRow(className: string, ...children: Node[]): HTMLElement {
  const row = el('div', { class: className, 'data-virtual-list-item-key': String(rowCount++) });
  row.append(...children);
  messageList().append(row);
  return row;
}

function addUserMessage(text: string): void {
  const bubble = el(
    'div',
    { class: 'fbb737a4' },
    el('div', { class: 'ds-collapsible-text', style: 'max-height: 192px' }, text),
  );
  addRow(
    '_9663006',
    el('div', { class: 'd29f3d7d ds-message _63c77b1' }, bubble),
    el('div', { class: '_11d6b3a' }, iconButton('copy'), iconButton('edit')),
  );
}

function startReply(reply: string): void {
  const markdown = el('div', { class: 'ds-markdown ds-assistant-message-main-content' });
  const row = addRow('_4f9bf79', el('div', { class: 'ds-message _63c77b1' }, markdown));
  const blocks = createBlockReconciler(markdown);
  row.setAttribute('data-streaming', 'true');
  composer.setStreaming(true);
  const handle = streamReply(
    reply,
    (_chunk, soFar) => blocks.update(splitBlocks(soFar).map(renderBlock)),
    streamOptions,
  );
  stream = handle;
  void handle.done.then(() => {
    row.removeAttribute('data-streaming');
    const actions = ['copy', 'regenerate', 'like', 'dislike', 'share'].map(iconButton);
    row.append(el('div', { class: 'ds-flex _0a3d93b' }, ...actions));
    if (stream === handle) stream = null;
    composer.setStreaming(false);
  });
}

// --- composer -----------------------------------------------------------------------------------

function submit(): void {
  const text = composer.text();
  if (stream || text.trim() === '') return;
  submitted.push(text);
  composer.clear();
  addUserMessage(text);
  if (!sessionId) {
    sessionId = crypto.randomUUID();
    history.pushState({}, '', `/a/chat/s/${sessionId}`);
  }
  startReply(pickReply(text, script));
}

const composer = mountComposer(document.querySelector<HTMLElement>('[data-fixture="composer"]')!, {
  submit,
  stop: () => stream?.stop(),
});

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('[data-fixture-action="Copy"]');
  const pre = button?.closest('.md-code-block')?.querySelector('pre');
  if (pre) void navigator.clipboard?.writeText(pre.textContent ?? '').catch(() => {});
});

window.__fixture = {
  editorText: () => composer.text(),
  turns: () =>
    [...(list?.children ?? [])].map((row) => {
      const user = row.classList.contains('_9663006');
      const text = row.querySelector(user ? '.fbb737a4' : '.ds-assistant-message-main-content');
      return { role: user ? 'user' : 'assistant', text: text?.textContent ?? '' };
    }),
  isStreaming: () => stream !== null,
  submitted,
};
