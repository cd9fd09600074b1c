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
  readPageOptions,
  splitThinking,
} from '../page-kit';
import { mountComposer } from './composer';
import { labels } from './forms';
import { actionRowHtml, blockRenderer, codeHtml, nameLanguage } from './render';
import { writeShell } from './shell';

const ACCEPT = 'image/*,text/*,application/json,application/pdf';
const t = labels(readPageOptions().lang);
writeShell(t);
const turns = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
const renderBlock = blockRenderer(t);
let conversationStarted = false;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

// --- conversation -------------------------------------------------------------------------------

/** One row of the conversation. X marks neither role: the rows simply take turns (the
 * `data-fixture` attribute is the fixture's own bookkeeping). */
function addTurn(role: Role, ...children: Node[]): HTMLElement {
  const turn = el('div', { class: 'css-175oi2r', 'data-fixture': role }, ...children);
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

/** "Thoughts": a toggle, opened while Grok thinks, and the thoughts; closed (and the thoughts
 * unmounted) once the answer begins, as a finished reply shows them. */
function thoughtsRenderer(turn: HTMLElement): (thinking: string, done: boolean) => void {
  const toggle = el(
    'button',
    { 'aria-expanded': 'true', role: 'button', type: 'button', class: 'css-175oi2r' },
    t.thoughts,
  );
  const trace = el('div', { class: 'css-175oi2r', 'data-fixture': 'trace' });
  const render = replyRenderer(trace);
  turn.prepend(el('div', { class: 'css-175oi2r', 'data-fixture': 'thoughts' }, toggle, trace));
  return (thinking, done) => {
    if (!done) return render(thinking);
    toggle.setAttribute('aria-expanded', 'false');
    trace.remove();
  };
}

function startAssistantTurn(reply: string): void {
  const markdown = el('div', { class: 'css-175oi2r', 'data-fixture': 'markdown' });
  const turn = addTurn('assistant', markdown);
  const answer = replyRenderer(markdown);
  let thoughts: ((thinking: string, done: boolean) => void) | undefined;
  chat.stream(
    reply,
    (soFar) => {
      const split = splitThinking(soFar);
      if (split.thinking !== undefined) {
        thoughts ??= thoughtsRenderer(turn);
        thoughts(split.thinking, split.thinkingDone);
      }
      answer(split.answer);
    },
    () => {
      turns.querySelector(`[aria-label="${t.regenerate}"]`)?.remove();
      turn.append(fromHtml(actionRowHtml(t)));
    },
  );
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
  t,
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
  return el('div', { class: 'css-175oi2r', 'data-fixture': 'preview' }, ...preview);
});

copyCodeOnClick(
  '[data-testid="markdown-code-block"] button',
  '[data-testid="markdown-code-block"]',
  'pre code',
);

// editorText: the React state of the controlled textarea; turns: the message's text (a reply's
// answer, never its thoughts).
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...turns.children].map((turn) => {
      const user = turn.getAttribute('data-fixture') === 'user';
      const text = turn.querySelector(
        user ? '[data-fixture="bubble"]' : '[data-fixture="markdown"]',
      );
      return { role: user ? 'user' : 'assistant', text: text?.textContent ?? '' };
    }),
});
