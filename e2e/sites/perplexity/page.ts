// Browser code of the perplexity.ai fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Perplexity's web app a content script touches: the thread of query/answer blocks with
// answers in either of the site's two forms (thread.ts), the steps panel, answers streamed and
// re-rendered per block, and a real Lexical composer that makes a file of a long paste. See
// README.md.
import {
  acceptUploads,
  convertLongPastes,
  copyCodeOnClick,
  createScriptedChat,
  el,
  type FileInfo,
  installFixtureApi,
  readPageOptions,
  streamInto,
} from '../page-kit';
import { createComposer } from './composer';
import { forms, labels } from './forms';
import { type AnswerForm, createThread, icon } from './thread';

/** Perplexity turns a long plain-text paste into an attached file. No source gives the length;
 * the fixture takes 2,000 characters (see README.md). */
const PASTE_LIMIT = 2_000;

const options = readPageOptions();
const t = labels(options.lang);
const layout = options.layout ?? forms.layouts[0];
/** The form of the n-th answer: mixed threads alternate, the newer form first. */
const formOf = (n: number): AnswerForm =>
  layout === 'mixed' ? (n % 2 === 0 ? '2026-08' : '2026-04') : (layout as AnswerForm);

const thread = createThread(document.querySelector('[data-fixture="thread"]')!, t);
const actions = document.querySelector<HTMLElement>('[data-fixture="composer-actions"]')!;
const placeholder = document.querySelector<HTMLElement>('[data-fixture="placeholder"]')!;
const tray = document.querySelector('[data-fixture="attachments"]')!;
placeholder.textContent = t.ask;
document.querySelector('[data-fixture="attach"]')!.setAttribute('aria-label', t.attach);

let answered = 0;
let threadSlug: string | null = null;
const chat = createScriptedChat(setStreamingUi);

const sendButton = el(
  'button',
  { type: 'button', 'data-testid': 'submit-button', 'aria-label': t.submit },
  '→',
);
const stopButton = el(
  'button',
  { type: 'button', 'data-testid': 'stop-generating-response-button', 'aria-label': t.stop },
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
  thread.addQuery(text);
  if (!threadSlug) {
    threadSlug = slugFor(text);
    history.pushState({}, '', `/search/${threadSlug}`);
  }
  const shown = thread.startAnswer(formOf(answered++));
  streamInto(chat, reply, shown);
}

const askInput = document.getElementById('ask-input')!;
const composer = createComposer(askInput, t.ask, submit, onText);

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

/** One pill per attached file (or file made of a long paste), above the composer box. */
const pill = (file: FileInfo) =>
  el(
    'div',
    { 'data-testid': 'attachment-pill', class: 'flex items-center gap-xs rounded-full border' },
    el(
      'span',
      { class: 'truncate' },
      file.name.startsWith('pasted-text') ? t.pastedText : file.name,
    ),
    el('button', { type: 'button', 'aria-label': t.cancelUpload }, icon()),
  );
// Files: the composer's hidden input (its attach button opens it).
acceptUploads(
  document.querySelector<HTMLInputElement>('input[data-testid="file-upload-input"]')!,
  tray,
  pill,
);
convertLongPastes(askInput, options.pasteLimit ?? PASTE_LIMIT, tray, pill);

copyCodeOnClick('[data-testid="copy-code-button"]', '.codeWrapper', 'code');

// editorText: the Lexical editor state, line breaks as "\n".
installFixtureApi(chat, { editorText: () => composer.text(), turns: thread.turns });
