// Browser code of the claude.ai fixture page (bundled to an IIFE by ../build.ts). Models the parts
// of Claude's web app a content script touches: the conversation thread, streamed markdown replies
// re-rendered per block, and a real ProseMirror (tiptap-style) composer. See README.md.
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

const thread = document.querySelector<HTMLElement>('[data-fixture="turns"]')!;
let conversationId: string | null = null;
const chat = createScriptedChat((streaming) => composer.setStreaming(streaming));

// --- thread -------------------------------------------------------------------------------------

/** Each turn sits in its own `data-test-render-count` wrapper, React's render counter. */
function addTurn(label: string, ...content: Node[]): HTMLElement {
  const turn = el('div', { 'data-test-render-count': '1' }, el('h2', { class: 'sr-only' }, label));
  turn.append(...content);
  thread.append(turn);
  return turn;
}

function addUserTurn(text: string): void {
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((p) => el('p', { class: 'whitespace-pre-wrap break-words' }, p));
  const message = el(
    'div',
    {
      'data-testid': 'user-message',
      class: 'font-large !font-user-message grid grid-cols-1 gap-2 py-0.5 relative',
    },
    ...paragraphs,
  );
  const bubble = el(
    'div',
    {
      class:
        'group relative inline-flex gap-2 bg-bg-300 rounded-xl pl-2.5 py-2.5 break-words text-text-100 transition-all max-w-[75ch] flex-col pr-6',
      'data-fixture': 'user-bubble',
    },
    el('div', { class: 'flex flex-row gap-2 relative' }, el('div', { class: 'flex-1' }, message)),
  );
  addTurn(`You said: ${text}`, el('div', { class: 'mb-1 mt-6 group flex flex-col' }, bubble));
}

function messageActions(): HTMLElement {
  const action = (label: string) =>
    el('button', { type: 'button', 'aria-label': label, 'data-state': 'closed' }, label);
  return el(
    'div',
    { role: 'group', 'aria-label': 'Message actions', class: 'flex items-stretch justify-between' },
    action('Copy'),
    action('Retry'),
  );
}

function startAssistantTurn(reply: string): void {
  const markdown = el('div', {
    class: 'grid-cols-1 grid gap-2.5 [&_>_*]:min-w-0 standard-markdown',
  });
  const response = el(
    'div',
    {
      class:
        'font-claude-response relative leading-[1.65rem] [&_pre>div]:bg-bg-000/50 [&_pre>div]:border-0.5 [&_pre>div]:border-border-400',
    },
    el('div', {}, markdown),
  );
  const streaming = el(
    'div',
    { 'data-is-streaming': 'true', class: 'group relative pb-3', style: 'opacity: 1;' },
    response,
  );
  const turn = addTurn(
    'Claude responded: ',
    el('div', { style: 'height: auto; opacity: 1; transform: none;' }, streaming),
  );
  chat.stream(reply, markdownRenderer(markdown, renderBlock), () => {
    streaming.setAttribute('data-is-streaming', 'false');
    turn.querySelector('h2')?.append(markdown.textContent?.slice(0, 80) ?? '');
    streaming.after(messageActions());
  });
}

// --- composer -----------------------------------------------------------------------------------

function submit(): void {
  const text = composer.text();
  const reply = chat.accept(text);
  if (reply === null) return;
  composer.clear();
  addUserTurn(text);
  if (!conversationId) {
    conversationId = crypto.randomUUID();
    history.pushState({}, '', `/chat/${conversationId}`);
  }
  startAssistantTurn(reply);
}

const composer = createComposer({
  host: document.querySelector<HTMLElement>('[data-fixture="editor-host"]')!,
  buttonSlot: document.querySelector<HTMLElement>('[data-fixture="submit-slot"]')!,
  onSubmit: submit,
  onStop: chat.stop,
  placeholder: () => (conversationId ? 'Reply to Claude…' : 'How can I help you today?'),
});

// Files: the fieldset's hidden upload input (opened by "Add files, connectors, and more") and the
// thumbnails above the prompt, each naming its file in an <h3>.
acceptUploads(
  document.querySelector<HTMLInputElement>('input[data-testid="file-upload"]')!,
  document.querySelector('[data-fixture="attachments"]')!,
  (file) =>
    el(
      'div',
      { 'data-testid': 'file-thumbnail', class: 'relative rounded-lg border-0.5 p-2' },
      el('h3', { class: 'text-xs break-words line-clamp-3' }, file.name),
      el('p', { class: 'text-xs uppercase' }, file.name.split('.').pop() ?? ''),
      el('button', { type: 'button', 'aria-label': `Remove ${file.name}` }, '×'),
    ),
);

copyCodeOnClick(
  '[role="group"] button[aria-label="Copy to clipboard"]',
  '[role="group"]',
  'pre code',
);

// editorText: the ProseMirror state, paragraphs joined by "\n".
installFixtureApi(chat, {
  editorText: () => composer.text(),
  turns: () =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main [data-testid="user-message"], main .font-claude-response',
      ),
    ].map((m) => ({
      role: m.matches('[data-testid="user-message"]') ? 'user' : 'assistant',
      text: m.textContent ?? '',
    })),
});
