// Browser code of the perplexity.ai fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Perplexity's web app a content script touches: the thread of query/answer blocks,
// answers streamed and re-rendered per block, and a real Lexical composer. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  markdownRenderer,
} from '../page-kit';
import { createComposer } from './composer';
import { renderBlock } from './render';

/** A textless icon, so a button adds nothing to its turn's textContent. */
function icon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [name, value] of Object.entries({
    width: '16',
    height: '16',
    'aria-hidden': 'true',
  })) {
    svg.setAttribute(name, value);
  }
  return svg;
}

const thread = document.querySelector<HTMLElement>('[data-fixture="thread"]')!;
const actions = document.querySelector<HTMLElement>('[data-fixture="composer-actions"]')!;
const placeholder = document.querySelector<HTMLElement>('[data-fixture="placeholder"]')!;

let answerCount = 0;
let threadSlug: string | null = null;
const chat = createScriptedChat(setStreamingUi);

// --- thread -------------------------------------------------------------------------------------

/** A query and its answer share one block, as on perplexity.ai. */
function addQuery(text: string): HTMLElement {
  const query = el(
    'div',
    { class: 'group/query relative flex items-start gap-x-sm' },
    el(
      'h1',
      { class: 'group/title font-display text-pretty break-words' },
      el(
        'span',
        { class: 'select-text whitespace-pre-line text-pretty break-words' },
        el('span', { 'data-lexical-text': 'true' }, text),
      ),
    ),
    el(
      'button',
      { type: 'button', 'data-testid': 'copy-query-button', 'aria-label': 'Copy Query' },
      icon(),
    ),
  );
  const block = el('div', { class: 'flex flex-col gap-y-md pb-md' }, query);
  thread.append(block);
  return block;
}

function answerFooter(): HTMLElement {
  const button = (label: string) => el('button', { type: 'button', 'aria-label': label }, icon());
  return el(
    'div',
    { class: 'mt-sm flex items-center justify-between', 'data-fixture': 'answer-footer' },
    button('Share'),
    button('Copy'),
    button('Rewrite'),
  );
}

function startAnswer(block: HTMLElement, reply: string): void {
  const prose = el('div', {
    class:
      'prose text-pretty dark:prose-invert inline leading-relaxed break-words min-w-0 [word-break:break-word]',
  });
  const markdown = el(
    'div',
    { id: `markdown-content-${answerCount++}`, class: 'gap-y-md flex flex-col' },
    prose,
  );
  block.append(el('div', { class: 'relative default font-sans text-base' }, markdown));
  const render = markdownRenderer(prose, renderBlock);
  block.setAttribute('data-streaming', 'true');
  chat.stream(reply, render, () => {
    block.removeAttribute('data-streaming');
    block.append(answerFooter());
  });
}

// --- composer -----------------------------------------------------------------------------------

const sendButton = el(
  'button',
  { type: 'button', 'data-testid': 'submit-button', 'aria-label': 'Submit' },
  '→',
);
const stopButton = el(
  'button',
  {
    type: 'button',
    'data-testid': 'stop-generating-response-button',
    'aria-label': 'Stop response (Esc)',
  },
  '■',
);

function onText(text: string): void {
  sendButton.disabled = text.trim() === '';
  placeholder.hidden = text !== '';
}

function setStreamingUi(streaming: boolean): void {
  (streaming ? sendButton : stopButton).replaceWith(streaming ? stopButton : sendButton);
}

/** "/search/<words of the first query>-<22-character id>", as Perplexity names a thread. */
function slugFor(text: string): string {
  const words =
    text
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.slice(0, 8) ?? [];
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .slice(0, 22)
    .replace(/\+/g, '.')
    .replace(/\//g, '_');
  return [...words, id].join('-');
}

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  const block = addQuery(text);
  if (!threadSlug) {
    threadSlug = slugFor(text);
    history.pushState({}, '', `/search/${threadSlug}`);
  }
  startAnswer(block, reply);
}

const composer = createComposer(document.getElementById('ask-input')!, submit, onText);

actions.append(sendButton);
onText('');
sendButton.addEventListener('click', () => {
  submit();
  composer.focus();
});
stopButton.addEventListener('click', chat.stop);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') chat.stop();
});
// Files: the composer's hidden input (its "Attach files" button opens it) and a pill per file.
acceptUploads(
  document.querySelector<HTMLInputElement>('input[data-testid="file-upload-input"]')!,
  document.querySelector('[data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-testid': 'attachment-pill', class: 'flex items-center gap-xs rounded-full border' },
      el('span', { class: 'truncate' }, file.name),
      el('button', { type: 'button', 'aria-label': 'Cancel upload' }, icon()),
    ),
);

copyCodeOnClick('[data-testid="copy-code-button"]', '.codeWrapper', 'code');

// editorText: the Lexical editor state, line breaks as "\n"; turns: the query or answer element.
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [...thread.querySelectorAll<HTMLElement>('.group\\/query, [id^="markdown-content-"]')].map(
      (node) => ({
        role: node.matches('.group\\/query') ? 'user' : 'assistant',
        text: node.textContent ?? '',
      }),
    ),
});
