// Browser code of the chatgpt.com fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of ChatGPT's web app a content script touches, in either of its layouts (layout-*.ts): the
// conversation, streamed markdown replies re-rendered per block, reasoning, a real ProseMirror
// composer that turns long pastes into attachments, and file tiles. See README.md.
import {
  acceptUploads,
  convertLongPastes,
  copyCodeOnClick,
  createScriptedChat,
  installFixtureApi,
  readPageOptions,
  streamInto,
} from '../page-kit';
import { createProseMirrorEditor } from '../prosemirror-editor';
import { forms, labels } from './forms';
import type { Layout } from './layout';
import { exchangeLayout } from './layout-exchange';
import { sectionLayout } from './layout-section';

/** ChatGPT turns a single paste longer than this into a "Pasted text" attachment. Sources say
 * 10,000 (OpenAI's notes, 2026-08) or 5,000 characters; the fixture takes the lower. */
const PASTE_LIMIT = 5_000;

const options = readPageOptions();
const t = labels(options.lang);
const layoutName = options.layout ?? forms.layouts[0];
let conversationId: string | null = null;

const hooks = { send: () => submit(), stop: () => chat.stop() };
const layout: Layout =
  layoutName === '2026-03' ? sectionLayout(t, hooks) : exchangeLayout(t, hooks);
const chat = createScriptedChat(() => update());

const editor = createProseMirrorEditor({
  mount: layout.editorMount,
  attributes: layout.editorAttributes,
  placeholder: () => t.ask,
  placeholderAttributes: layout.placeholderAttributes,
  pasteKeepsBlankLines: true,
  onEnter: () => submit(),
  onChange: () => update(),
});

function update(): void {
  layout.composerState(chat.isStreaming(), editor.text().trim() !== '');
}

function submit(): void {
  const text = editor.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  editor.clear();
  layout.addUserTurn(text);
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/c/${conversationId}`);
  }
  const shown = layout.startReply();
  streamInto(chat, reply, shown);
  editor.focus();
}

convertLongPastes(layout.editorMount, options.pasteLimit ?? PASTE_LIMIT, layout.tray, layout.tile);
acceptUploads(layout.fileInput, layout.tray, layout.tile);
copyCodeOnClick('button', '[data-markdown-copy="code-block"], pre', 'code, .cm-content');
update();

installFixtureApi(chat, { editorText: () => editor.text(), turns: () => layout.turns() });
