// Browser code of the aistudio.google.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of AI Studio a content script touches: the chat turns, streamed markdown replies, the
// Run/Stop button and the prompt box's Angular-bound textarea. See README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  el,
  fromHtml,
  installFixtureApi,
  markdownRenderer,
} from '../page-kit';
import { TextControl } from './form-control';
import { codeHtml, modelTurnHtml, renderBlock, TURN_FOOTER, userTurnHtml } from './render';

const scroller = document.querySelector<HTMLElement>('ms-autoscroll-container')!;
const textarea = document.querySelector<HTMLTextAreaElement>('ms-prompt-box textarea')!;
const runButton = document.querySelector<HTMLButtonElement>('ms-prompt-box ms-run-button button')!;
const runLabel = runButton.querySelector<HTMLElement>('.label')!;
const control = new TextControl(textarea);

let promptId: string | null = null;
const chat = createScriptedChat(setStreamingUi);

/** Saved prompts are Drive files: 33-character ids starting with "1". */
function driveId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `1${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

// --- thread -------------------------------------------------------------------------------------

function startTurns(text: string, reply: string): void {
  scroller.querySelector('ms-zero-state')?.remove();
  scroller.append(fromHtml(userTurnHtml(crypto.randomUUID(), text)));
  const turn = fromHtml(modelTurnHtml(crypto.randomUUID()));
  scroller.append(turn);
  const root = turn.querySelector('ms-cmark-node')!;
  chat.stream(reply, markdownRenderer(root, renderBlock, codeHtml), () => {
    turn.querySelector('.chat-turn-container')!.append(fromHtml(TURN_FOOTER));
  });
}

// --- prompt box ---------------------------------------------------------------------------------

// AI Studio keeps one Run button and turns it into Stop (class, label, spinner) while streaming.
function setStreamingUi(streaming: boolean): void {
  runButton.classList.toggle('stoppable', streaming);
  runButton.type = streaming ? 'button' : 'submit';
  runButton.setAttribute('aria-label', streaming ? 'Stop' : 'Run');
  runLabel.textContent = streaming ? 'Stop' : 'Run';
  runButton.querySelector('.spin')?.remove();
  if (streaming) runButton.prepend(fromHtml('<span class="spin" aria-hidden="true"></span>'));
  updateRunButton();
}

function updateRunButton(): void {
  runButton.disabled = !chat.isStreaming() && control.value.trim() === '';
}

function submit(): void {
  const text = control.value;
  const reply = chat.accept(text);
  if (reply === null) return;
  control.setValue('');
  if (!promptId) {
    promptId = driveId();
    history.pushState({}, '', `/prompts/${promptId}`);
  }
  startTurns(text, reply);
}

control.onChange(() => {
  updateRunButton();
  // ms-autosize-textarea grows with its content.
  textarea.style.height = 'auto';
  textarea.style.height = `${textarea.scrollHeight}px`;
});
// The site's default shortcut is Ctrl/Cmd+Enter; its "Enter to run" preference makes plain Enter
// run too, which is what the fixture models. Shift+Enter always inserts a newline.
textarea.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  submit();
});
runButton.addEventListener('click', () => {
  if (chat.isStreaming()) chat.stop();
  else submit();
  textarea.focus();
});
// Files: the hidden input of the "Insert images, videos, audio, or files" button, and one
// ms-prompt-media per file in the prompt box.
const MEDIA_KINDS = ['image', 'video', 'audio'];
acceptUploads(
  document.querySelector<HTMLInputElement>('ms-add-media-button input[type="file"]')!,
  document.querySelector('ms-prompt-box [data-fixture="attachments"]')!,
  (file) => {
    const family = file.type.split('/')[0] ?? '';
    const kind = MEDIA_KINDS.includes(family) ? family : 'document';
    const media = document.createElement('ms-prompt-media');
    media.append(
      el('span', { class: 'name' }, file.name),
      el('button', { type: 'button', 'aria-label': `Remove ${kind}` }, '×'),
    );
    return media;
  },
);

copyCodeOnClick(
  'ms-code-block button[aria-label="Copy to clipboard"]',
  'ms-code-block',
  'pre code',
);

// editorText: the form control's value (what `input` events reported); turns: the rendered markdown.
installFixtureApi(chat, {
  editorText: () => control.value,
  turns: () =>
    [...scroller.querySelectorAll('ms-chat-turn')].map((turn) => ({
      role: turn.getAttribute('data-turn-role') === 'User' ? 'user' : 'assistant',
      text: turn.querySelector('ms-cmark-node')?.textContent ?? '',
    })),
});
updateRunButton();
