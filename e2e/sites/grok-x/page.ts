// Browser code of the x.com/i/grok fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Grok inside X a content script touches: the conversation in X's main column, replies
// rendered block by block with X's code block, and X's React composer. See README.md.
import { splitBlocks } from '../markdown';
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  fromHtml,
  installFixtureApi,
  markdownRenderer,
  type Role,
} from '../page-kit';
import { mountComposer } from './composer';
import { actionRowHtml, codeHtml, nameLanguage, renderBlock } from './render';

const ACCEPT = 'image/*,text/*,application/json,application/pdf';
const TURN = { user: 'grokUserTurn', assistant: 'grokAssistantTurn' } as const;
const turns = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationStarted = false;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

// --- conversation -------------------------------------------------------------------------------

function addTurn(role: Role, ...children: Node[]): HTMLElement {
  const turn = el('div', { class: 'css-175oi2r', 'data-testid': TURN[role] }, ...children);
  turns.append(turn);
  return turn;
}

function addUserTurn(text: string): void {
  const bubble = el('div', { class: 'css-175oi2r', 'data-fixture': 'bubble' });
  bubble.append(el('div', { dir: 'auto', class: 'css-146c3p1' }, text));
  addTurn('user', bubble);
}

/** Renders a growing reply block by block; code blocks keep their element while their language
 * and code stream in. */
function replyRenderer(markdown: HTMLElement): (soFar: string) => void {
  const render = markdownRenderer(markdown, renderBlock, codeHtml);
  return (soFar) => {
    render(soFar);
    const langs = splitBlocks(soFar).flatMap((b) => (b.type === 'code' ? [b.lang] : []));
    const blocks = markdown.querySelectorAll('[data-testid="markdown-code-block"]');
    blocks.forEach((block, i) => {
      nameLanguage(block, langs[i] ?? '');
    });
  };
}

function startAssistantTurn(reply: string): void {
  const markdown = el('div', { class: 'css-175oi2r', 'data-fixture': 'markdown' });
  const turn = addTurn('assistant', markdown);
  chat.stream(reply, replyRenderer(markdown), () => {
    turns.querySelector('[aria-label="Regenerate"]')?.remove();
    turn.append(fromHtml(actionRowHtml()));
  });
}

/** X's ids are snowflakes: milliseconds since X's epoch, shifted left 22 bits. */
const snowflake = () => ((BigInt(Date.now()) - 1288834974657n) << 22n).toString();

/** The first message on /i/grok opens "?conversation=<id>"; Grok's drawer on X's other pages
 * chats without touching the page's URL (assumed). */
function openConversation(): void {
  if (conversationStarted) return;
  conversationStarted = true;
  if (/^\/i\/grok\/?$/.test(location.pathname))
    history.pushState({}, '', `/i/grok?conversation=${snowflake()}`);
}

// --- composer -----------------------------------------------------------------------------------

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  addUserTurn(text);
  openConversation();
  startAssistantTurn(reply);
}

const composer = mountComposer(
  document.querySelector<HTMLElement>('[data-fixture="composer"]')!,
  ACCEPT,
  { submit, stop: chat.stop },
);

// Files: the hidden input beside the attach button; a preview per file above the box (an image
// shows as a placeholder until uploaded, a document as its name and extension).
acceptUploads(composer.fileInput, composer.tray, (file) => {
  const preview = file.type.startsWith('image/')
    ? [el('div', { class: 'css-175oi2r', 'data-fixture': 'image-placeholder' })]
    : [
        el('div', { dir: 'auto', class: 'css-146c3p1' }, file.name),
        el('div', { dir: 'auto', class: 'css-146c3p1' }, file.name.split('.').pop()!.toUpperCase()),
      ];
  return el('div', { class: 'css-175oi2r', 'data-testid': 'grokAttachment' }, ...preview);
});

copyCodeOnClick(
  '[data-testid="markdown-code-block"] button',
  '[data-testid="markdown-code-block"]',
  'pre code',
);

// editorText: the React state of the controlled textarea; turns: the message's text.
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...turns.children].map((turn) => {
      const user = turn.getAttribute('data-testid') === TURN.user;
      const text = turn.querySelector(
        user ? '[data-fixture="bubble"]' : '[data-fixture="markdown"]',
      );
      return { role: user ? 'user' : 'assistant', text: text?.textContent ?? '' };
    }),
});
