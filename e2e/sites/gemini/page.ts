// Browser code of the gemini.google.com fixture page (bundled to an IIFE by ../build.ts). Models the
// parts of Gemini's web app a content script touches: the conversation history, streamed markdown
// replies, and a real Quill composer. See README.md.
import Quill from 'quill';
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
import { codeHtml, modelResponseHtml, renderBlock, userQueryHtml } from './render';

type Role = 'user' | 'assistant';

export type FixtureApi = {
  /** Composer content according to Quill (`getText()` without its closing "\n"). */
  editorText(): string;
  /** Every turn in the thread; text is the message's text (query lines joined by "\n"). */
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

const scroller = document.querySelector<HTMLElement>('#chat-history infinite-scroller')!;
const sendHost = document.querySelector<HTMLElement>('gem-icon-button.send-button')!;
const sendButton = sendHost.querySelector('button')!;
const sendIcon = sendButton.querySelector('mat-icon')!;

let turnCount = 0;
let conversationId: string | null = null;
let stream: StreamHandle | null = null;
const submitted: string[] = [];

/** Gemini's conversation and response ids are 16 hex digits. */
const hexId = () =>
  [...crypto.getRandomValues(new Uint8Array(8))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

// --- thread -------------------------------------------------------------------------------------

function startTurn(text: string, reply: string): void {
  const id = hexId();
  const container = fromHtml(
    `<div class="conversation-container message-actions-hover-boundary" id="${id}"></div>`,
  );
  container.append(fromHtml(userQueryHtml(text, turnCount++)), fromHtml(modelResponseHtml(id)));
  scroller.append(container);
  const markdown = container.querySelector<HTMLElement>('.markdown')!;
  const announcer = container.querySelector<HTMLElement>('.model-response-label-announcer')!;
  const footer = container.querySelector<HTMLElement>('.response-footer')!;
  const blocks = createBlockReconciler(markdown);
  // Code goes into each code block's own <code> in place; only a changed shell is re-created.
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
    for (const busy of [markdown, announcer]) busy.setAttribute('aria-busy', 'false');
    footer.classList.add('complete');
    if (stream === handle) stream = null;
    setStreamingUi(false);
  });
}

// --- composer -----------------------------------------------------------------------------------

// Gemini keeps one icon button in the send slot and flips it between "send" and "stop".
function setStreamingUi(streaming: boolean): void {
  sendHost.classList.toggle('submit', !streaming);
  sendHost.classList.toggle('stop', streaming);
  sendButton.setAttribute('aria-label', streaming ? 'Stop response' : 'Send message');
  sendIcon.setAttribute('fonticon', streaming ? 'stop' : 'send');
  updateSendButton();
}

function editorText(): string {
  return quill.getText().replace(/\n$/, '');
}

function updateSendButton(): void {
  const disabled = !stream && editorText().trim() === '';
  sendHost.setAttribute('aria-disabled', String(disabled));
  sendButton.setAttribute('aria-disabled', String(disabled));
}

function submit(): void {
  const text = editorText();
  if (stream || text.trim() === '') return;
  submitted.push(text);
  quill.setText('', 'user');
  if (!conversationId) {
    conversationId = hexId();
    history.pushState({}, '', `/app/${conversationId}`);
  }
  startTurn(text, pickReply(text, script));
}

const quill = new Quill(document.querySelector<HTMLElement>('rich-textarea')!, {
  placeholder: 'Ask Gemini',
  modules: {
    keyboard: {
      bindings: {
        // Runs before Quill's own Enter handling; Shift+Enter still falls through to a new line.
        send: {
          key: 'Enter',
          shiftKey: false,
          handler: () => {
            submit();
            return false;
          },
        },
      },
    },
  },
});
quill.root.classList.add('textarea', 'new-input-ui');
for (const [name, value] of Object.entries({
  'data-gramm': 'false',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': 'Enter a prompt for Gemini',
})) {
  quill.root.setAttribute(name, value);
}
quill.on('text-change', updateSendButton);

sendButton.addEventListener('click', () => {
  if (stream) stream.stop();
  else submit();
  quill.focus();
});
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest?.('button[aria-label="Copy code"]');
  const code = button?.closest('code-block')?.querySelector('code');
  if (code) void navigator.clipboard?.writeText(code.textContent ?? '').catch(() => {});
});

const api: FixtureApi = {
  editorText,
  turns: () =>
    [...scroller.querySelectorAll('user-query, model-response')].map((turn) =>
      turn.localName === 'user-query'
        ? {
            role: 'user',
            text: [...turn.querySelectorAll('.query-text-line')]
              .map((line) => line.textContent ?? '')
              .join('\n'),
          }
        : { role: 'assistant', text: turn.querySelector('message-content')?.textContent ?? '' },
    ),
  isStreaming: () => stream !== null,
  submitted,
};
// Main world only: the tests read it with page.evaluate.
Object.assign(window, { __fixture: api });
updateSendButton();
