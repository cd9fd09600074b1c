// Browser code of the chat.deepseek.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of DeepSeek's web app a content script touches: the conversation list beside an outline
// panel, replies streamed and re-rendered per block with their DeepThink reasoning, and a
// React-controlled textarea whose round button shows send, a thinking spinner or stop. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  installFixtureApi,
  readPageOptions,
  streamInto,
} from '../page-kit';
import { mountComposer } from './composer';
import { forms, hashesFor, labels } from './forms';
import { createThread } from './thread';

const ACCEPT = 'image/*,text/*,application/json,application/pdf';

const options = readPageOptions();
const t = labels(options.lang);
const layout = options.layout ?? forms.layouts[0]!;
const hashes = hashesFor(layout);
document.body.className = `${t.bodyLocale} light`;

const composerWrap = document.querySelector<HTMLElement>('[data-fixture="composer-wrap"]')!;
const thread = createThread({
  chatArea: document.querySelector<HTMLElement>('[data-fixture="chat-area"]')!,
  composer: composerWrap,
  t,
  hashes,
  keyed: layout !== '2026-10-no-keys',
});
let sessionId: string | null = null;
const chat = createScriptedChat((streaming) => composer.setBusy(streaming ? 'thinking' : 'idle'));

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  thread.addUser(text);
  if (!sessionId) {
    sessionId = crypto.randomUUID();
    history.pushState({}, '', `/a/chat/s/${sessionId}`);
  }
  const shown = thread.startReply();
  // The spinner shows until the first token of the answer; then the stop square.
  streamInto(chat, reply, shown, (answer) => {
    if (answer) composer.setBusy('writing');
  });
  composerWrap.querySelector('textarea')?.focus();
}

// The attachment row sits right before the composer's root, one card per file (name, "EXT size").
const tray = el('div', { class: hashes.tray });
const root = el('div', { class: 'aaff8b8f' });
composerWrap.append(tray, root);
const composer = mountComposer(root, { submit, stop: chat.stop }, t, ACCEPT);
acceptUploads(composer.fileInput, tray, (file) =>
  el(
    'div',
    { class: hashes.card },
    el('div', {}, file.name),
    el(
      'div',
      {},
      `${file.name.split('.').pop()?.toUpperCase() ?? ''} ${(file.size / 1024).toFixed(2)}KB`,
    ),
  ),
);

copyCodeOnClick('[data-fixture-action="copy"]', '.md-code-block', 'pre');

installFixtureApi(chat, { editorText: () => composer.text(), turns: thread.turns });
