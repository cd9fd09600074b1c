// Browser code of the claude.ai fixture page (bundled to an IIFE by ../build.ts). Models the parts
// of Claude's web app a content script touches, in either of its layouts (layout-*.ts): the
// conversation, streamed markdown replies re-rendered per block, thinking, and a composer served
// as a textarea until the app hydrates, then a real ProseMirror (tiptap-style) editor that turns
// long pastes into "Pasted content" chips. See README.md.
import {
  acceptUploads,
  convertLongPastes,
  copyCodeOnClick,
  createScriptedChat,
  installFixtureApi,
  readPageOptions,
  streamInto,
} from '../page-kit';
import type { ProseMirrorEditor } from '../prosemirror-editor';
import { hydrateEditor, whenHydrating } from './composer';
import { forms, labels } from './forms';
import type { Layout } from './layout';
import { classicLayout } from './layout-classic';
import { hubLayout } from './layout-hub';

/** The longest paste the fixture keeps as text; longer ones become a chip. Claude states no
 * number; a 2024 tool that pastes around the conversion treats 4,000 characters as too long. */
const PASTE_LIMIT = 3_999;

const options = readPageOptions();
const t = labels(options.lang);
const layoutName = options.layout ?? forms.layouts[0];
let conversationId: string | null = null;

const hooks = { send: () => submit(), stop: () => chat.stop() };
const layout: Layout = layoutName === '2026-09' ? classicLayout(t, hooks) : hubLayout(t, hooks);
const chat = createScriptedChat(() => update());
/** Null until the app hydrates; the server-rendered textarea stands in meanwhile. */
let editor: ProseMirrorEditor | null = null;
const placeholder = () => (conversationId ? t.reply : t.newChat);
const ssr = () =>
  layout.editorSlot.querySelector<HTMLTextAreaElement>('textarea[data-testid="chat-input-ssr"]');

function update(): void {
  layout.composerState(chat.isStreaming(), (editor?.text() ?? '').trim() !== '', placeholder());
}

function submit(): void {
  if (!editor) return;
  const text = editor.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  editor.clear();
  layout.addUserTurn(text);
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/chat/${conversationId}`);
    editor.refresh();
  }
  const shown = layout.startReply();
  streamInto(chat, reply, shown);
  editor.focus();
}

whenHydrating(() => {
  editor = hydrateEditor(layout, { placeholder, onEnter: submit, onChange: update });
  update();
});
convertLongPastes(layout.editorSlot, options.pasteLimit ?? PASTE_LIMIT, layout.tray, layout.tile);
acceptUploads(layout.fileInput, layout.tray, layout.tile);
copyCodeOnClick('[role="group"] button', '[role="group"]', 'pre code');
update();

// editorText: the ProseMirror state, paragraphs joined by "\n"; before hydration, the textarea's.
installFixtureApi(chat, {
  editorText: () => editor?.text() ?? ssr()?.value ?? '',
  turns: () => layout.turns(),
});
