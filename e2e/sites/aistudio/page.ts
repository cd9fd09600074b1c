// Browser code of the aistudio.google.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of AI Studio a content script touches, in either layout: the chat turns with their
// role on an inner div, streamed markdown replies with the model's thoughts, the Run/Stop button
// and the prompt box's Angular-bound textarea, which Ctrl/Cmd+Enter runs and Enter does not. See
// README.md.
import {
  acceptUploads,
  copyCodeOnClick,
  createScriptedChat,
  installFixtureApi,
  readPageOptions,
  streamInto,
} from '../page-kit';
import { TextControl } from './form-control';
import { forms, labels } from './forms';
import { promptBox } from './prompt-box';
import { createTurns } from './turns';

const options = readPageOptions();
const t = labels(options.lang);
const layout = options.layout ?? forms.layouts[0]!;
document.title = `${t.title} | Google AI Studio`;
document.querySelector('ms-toolbar h1')!.textContent = t.title;
document.querySelector('ms-zero-state p')!.textContent = t.zeroState;

const scroller = document.querySelector<HTMLElement>('ms-autoscroll-container')!;
const box = promptBox(layout, t, options.lang);
document.querySelector('footer')!.append(box.element);
const control = new TextControl(box.textarea);
const turns = createTurns(scroller, layout, t);

let promptId: string | null = null;
const chat = createScriptedChat(() => update());

/** Saved prompts are Drive files: 33-character ids starting with "1". */
function driveId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `1${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

function update(): void {
  box.show(chat.isStreaming(), control.value.trim() !== '');
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
  turns.files(chat.submittedFiles.at(-1) ?? []);
  turns.prompt(text);
  const shown = turns.reply();
  streamInto(chat, reply, shown);
}

control.onChange(() => {
  update();
  // ms-autosize-textarea grows with its content.
  box.textarea.style.height = 'auto';
  box.textarea.style.height = `${box.textarea.scrollHeight}px`;
});
// The default "Submit prompt key": Ctrl/Cmd+Enter runs; Enter (and Shift+Enter) adds a line.
box.textarea.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
  event.preventDefault();
  submit();
});
// 2026-09 marks Run unavailable with aria-disabled only: a click then does nothing.
box.run.addEventListener('click', () => {
  if (chat.isStreaming()) chat.stop();
  else if (box.run.getAttribute('aria-disabled') !== 'true') submit();
  box.textarea.focus();
});
acceptUploads(box.fileInput, box.tray, box.chip);
copyCodeOnClick('ms-code-block button[data-fixture-action="copy"]', 'ms-code-block', 'pre code');

// editorText: the form control's value (what `input` events reported); turns: the rendered markdown.
installFixtureApi(chat, { editorText: () => control.value, turns: turns.list });
update();
