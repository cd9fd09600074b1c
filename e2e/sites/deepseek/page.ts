// Browser code of the chat.deepseek.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of DeepSeek's web app a content script touches: the message list, replies streamed and
// re-rendered per block, and a React-controlled textarea composer. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
} from '../page-kit';
import { mountComposer } from './composer';
import { renderBlock } from './render';

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
let rowCount = 0;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

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
  const render = markdownRenderer(markdown, renderBlock);
  row.setAttribute('data-streaming', 'true');
  chat.stream(reply, render, () => {
    row.removeAttribute('data-streaming');
    const actions = ['copy', 'regenerate', 'like', 'dislike', 'share'].map(iconButton);
    row.append(el('div', { class: 'ds-flex _0a3d93b' }, ...actions));
  });
}

// --- composer -----------------------------------------------------------------------------------

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  addUserMessage(text);
  if (!sessionId) {
    sessionId = crypto.randomUUID();
    history.pushState({}, '', `/a/chat/s/${sessionId}`);
  }
  startReply(reply);
}

const composer = mountComposer(document.querySelector<HTMLElement>('[data-fixture="composer"]')!, {
  submit,
  stop: chat.stop,
});

// Files: the page's hidden upload input beside the message box, and a card per file above it.
acceptUploads(
  document.querySelector<HTMLInputElement>('input[type="file"][multiple]')!,
  document.querySelector('[data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-file-name': file.name },
      el('div', {}, file.name),
      el('div', {}, `${file.name.split('.').pop()?.toUpperCase() ?? ''} ${file.size}B`),
    ),
);

copyCodeOnClick('[data-fixture-action="Copy"]', '.md-code-block', 'pre');

// editorText: the React state of the controlled textarea; turns: the message's text element.
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...(list?.children ?? [])].map((row) => {
      const user = row.classList.contains('_9663006');
      const text = row.querySelector(user ? '.fbb737a4' : '.ds-assistant-message-main-content');
      return { role: user ? 'user' : 'assistant', text: text?.textContent ?? '' };
    }),
});
