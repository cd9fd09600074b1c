// Browser code of the aistudio.google.com fixture page (bundled to an IIFE by ../build.ts). Models
// the parts of AI Studio a content script touches: the chat turns, streamed markdown replies, the
// Run/Stop button and the prompt box's Angular-bound textarea. See README.md.
import { splitBlocks } from '../markdown';
import { createBlockReconciler } from '../reconcile';
import {
  DEFAULT_SCRIPT,
  pickReply,
  type ScriptRule,
  type StreamHandle,
  type StreamOptions,
  streamReply,
} from '../scripted-model';
import { TextControl } from './form-control';
import { codeHtml, modelTurnHtml, renderBlock, TURN_FOOTER, userTurnHtml } from './render';

type Role = 'user' | 'assistant';

export type FixtureApi = {
  /** Composer content according to the page's form control (what `input` events reported). */
  editorText(): string;
  /** Every turn in the thread; text is the turn's rendered markdown text. */
  turns(): { role: Role; text: string }[];
  isStreaming(): boolean;
  /** Every message the user submitted, in order. */
  submitted: string[];
};

function readJson<T>(id: string, fallback: T): T {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : fallback;
}

const script = readJson<ScriptRule[]>('fixture-script', DEFAULT_SCRIPT);
const streamOptions = readJson<StreamOptions>('fixture-stream-options', {});

function fromHtml(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

const scroller = document.querySelector<HTMLElement>('ms-autoscroll-container')!;
const textarea = document.querySelector<HTMLTextAreaElement>('ms-prompt-box textarea')!;
const runButton = document.querySelector<HTMLButtonElement>('ms-prompt-box ms-run-button button')!;
const runLabel = runButton.querySelector<HTMLElement>('.label')!;
const control = new TextControl(textarea);

let promptId: string | null = null;
let stream: StreamHandle | null = null;
const submitted: string[] = [];

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
  const blocks = createBlockReconciler(root);
  // Code goes into each block's own <code> in place; only a changed shell is re-created.
  const filled = new WeakMap<Element, string>();
  const handle = streamReply(
    reply,
    (_chunk, soFar) => {
      const parsed = splitBlocks(soFar);
      blocks.update(parsed.map(renderBlock));
      blocks.elements().forEach((el, i) => {
        const block = parsed[i];
        if (block?.type !== 'code') return;
        const html = codeHtml(block);
        if (filled.get(el) === html) return;
        el.querySelector('code')!.innerHTML = html;
        filled.set(el, html);
      });
    },
    streamOptions,
  );
  stream = handle;
  setStreamingUi(true);
  void handle.done.then(() => {
    turn.querySelector('.chat-turn-container')!.append(fromHtml(TURN_FOOTER));
    if (stream === handle) stream = null;
    setStreamingUi(false);
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
  runButton.disabled = !stream && control.value.trim() === '';
}

function submit(): void {
  const text = control.value;
  if (stream || text.trim() === '') return;
  submitted.push(text);
  control.setValue('');
  if (!promptId) {
    promptId = driveId();
    history.pushState({}, '', `/prompts/${promptId}`);
  }
  startTurns(text, pickReply(text, script));
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
  if (stream) stream.stop();
  else submit();
  textarea.focus();
});
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.(
    'ms-code-block button[aria-label="Copy to clipboard"]',
  );
  const code = button?.closest('ms-code-block')?.querySelector('pre code');
  if (code) void navigator.clipboard?.writeText(code.textContent ?? '').catch(() => {});
});

const api: FixtureApi = {
  editorText: () => control.value,
  turns: () =>
    [...scroller.querySelectorAll('ms-chat-turn')].map((turn) => ({
      role: turn.getAttribute('data-turn-role') === 'User' ? 'user' : 'assistant',
      text: turn.querySelector('ms-cmark-node')?.textContent ?? '',
    })),
  isStreaming: () => stream !== null,
  submitted,
};
// Main world only: the tests read it with page.evaluate.
Object.assign(window, { __fixture: api });
updateRunButton();
