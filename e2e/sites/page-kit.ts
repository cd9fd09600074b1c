// Site-agnostic browser side of every chat-site fixture page (bundled into each page.ts): the
// `window.__fixture` API the tests read, the script the page was built with, the scripted chat's
// bookkeeping (what was submitted, which reply is streaming) and small DOM helpers.
import { type Block, splitBlocks } from './markdown';
import { createBlockReconciler } from './reconcile';
import {
  DEFAULT_SCRIPT,
  pickReply,
  type ScriptRule,
  type StreamHandle,
  type StreamOptions,
  streamReply,
} from './scripted-model';

export type Role = 'user' | 'assistant';

/** What every fixture page exposes on `window.__fixture` (main world only). */
export type FixtureApi = {
  /** Composer content according to the site's editor state, not its DOM (see the site's README). */
  editorText(): string;
  /** Every turn in the thread; text is the text of the message element. */
  turns(): { role: Role; text: string }[];
  isStreaming(): boolean;
  /** Every message the user submitted, in order. */
  submitted: string[];
  /** Files attached to the message being written (sites that take files). */
  attachments(): FileInfo[];
  /** The files sent with each submitted message, in the same order as `submitted`. */
  submittedFiles: FileInfo[][];
};

/** A file the page took; `text` is its content for text files, once read. */
export type FileInfo = { name: string; type: string; size: number; text?: string };

/** The files attached to the message being written, each with the chip the site shows for it. */
const pending: { info: FileInfo; chip: Element }[] = [];

/**
 * Takes files the way the site does: through its (hidden) file input, as when the user picks files
 * in the dialog its attach button opens. Types the input's `accept` does not list are refused, as
 * the site refuses them. `chip` renders one attached file into `tray`; chips go away on submit.
 */
export function acceptUploads(
  input: HTMLInputElement,
  tray: Element,
  chip: (file: FileInfo, index: number) => Element,
): void {
  const accepted = (file: File) =>
    !input.accept ||
    input.accept.split(',').some((pattern) => {
      const p = pattern.trim().toLowerCase();
      return p.endsWith('/*') ? file.type.startsWith(p.slice(0, -1)) : file.type === p;
    });
  input.addEventListener('change', () => {
    for (const file of input.files ?? []) {
      if (!accepted(file)) continue;
      const info: FileInfo = { name: file.name, type: file.type, size: file.size };
      if (file.type.startsWith('text/')) void file.text().then((text) => (info.text = text));
      attach(info, tray, chip(info, pending.length));
    }
    input.value = '';
  });
}

/** Adds a file to the message being written, shown by `chip` in `tray`. */
function attach(info: FileInfo, tray: Element, chip: Element): void {
  tray.append(chip);
  pending.push({ info, chip });
}

/** The name a fixture gives the file its site makes of a long paste. */
export const PASTED_TEXT_FILE = 'pasted-text.txt';

/**
 * Does what ChatGPT and Claude do with a long paste: a plain-text paste into `editor` longer than
 * `limit` characters never reaches the editor; it becomes an attachment of the message, shown by
 * `chip` in `tray`. Shorter pastes go to the editor as usual.
 */
export function convertLongPastes(
  editor: Element,
  limit: number,
  tray: Element,
  chip: (file: FileInfo) => Element,
): void {
  editor.addEventListener(
    'paste',
    (event) => {
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      if (text.length <= limit) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const info: FileInfo = {
        name: PASTED_TEXT_FILE,
        type: 'text/plain',
        size: text.length,
        text,
      };
      attach(info, tray, chip(info));
    },
    { capture: true },
  );
}

/** The layout and UI language ../build.ts was asked to serve the page in. */
export function readPageOptions(): { layout?: string; lang: string; pasteLimit?: number } {
  return readJson('fixture-page-options', { lang: 'en' });
}

/** The reasoning part of a scripted reply, if it has one: the text between a leading `<think>`
 * and `</think>` (still open while it streams), and the answer after it. */
export function splitThinking(soFar: string): {
  thinking: string | undefined;
  thinkingDone: boolean;
  answer: string;
} {
  if (!soFar.startsWith('<think>')) {
    // A reply still streaming its first characters may be the start of the tag.
    if ('<think>'.startsWith(soFar))
      return { thinking: undefined, thinkingDone: false, answer: '' };
    return { thinking: undefined, thinkingDone: true, answer: soFar };
  }
  const end = soFar.indexOf('</think>');
  if (end < 0) return { thinking: soFar.slice(7), thinkingDone: false, answer: '' };
  return {
    thinking: soFar.slice(7, end),
    thinkingDone: true,
    answer: soFar.slice(end + 8).replace(/^\s+/, ''),
  };
}

declare global {
  interface Window {
    __fixture: FixtureApi;
  }
}

function readJson<T>(id: string, fallback: T): T {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : fallback;
}

/** The script rules ../build.ts inlined into the page (the default script when none were). */
export const readFixtureScript = (): ScriptRule[] => readJson('fixture-script', DEFAULT_SCRIPT);

/** The chunking/timing of streamed replies ../build.ts inlined into the page. */
export const readStreamOptions = (): StreamOptions => readJson('fixture-stream-options', {});

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The first element of an HTML string. */
export function fromHtml(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

type CodeBlock = Extract<Block, { type: 'code' }>;

/** Renders a growing markdown reply into `container` block by block (see ../reconcile.ts). With
 * `codeHtml`, each code block's `<code>` gets its content written in place, so only a changed
 * shell is re-created. */
export function markdownRenderer(
  container: Element,
  renderBlock: (block: Block, index: number) => string,
  codeHtml?: (block: CodeBlock) => string,
): (soFar: string) => void {
  const blocks = createBlockReconciler(container);
  const filled = new WeakMap<Element, string>();
  return (soFar) => {
    const parsed = splitBlocks(soFar);
    blocks.update(parsed.map(renderBlock));
    if (!codeHtml) return;
    blocks.elements().forEach((element, i) => {
      const block = parsed[i];
      if (block?.type !== 'code') return;
      const html = codeHtml(block);
      if (filled.get(element) === html) return;
      element.querySelector('code')!.innerHTML = html;
      filled.set(element, html);
    });
  };
}

/** The scripted model's side of the page. One reply streams at a time. */
export type ScriptedChat = {
  readonly submitted: string[];
  readonly submittedFiles: FileInfo[][];
  isStreaming(): boolean;
  /** Stops the streaming reply, if any. */
  stop(): void;
  /** Records `text` as submitted and returns the scripted reply to it; null, recording nothing,
   * while a reply streams or when `text` is blank (the site ignores the submit). */
  accept(text: string): string | null;
  /** Streams `reply` through `render` (all text so far, per chunk). When it ends, completed or
   * stopped, `finish` runs while the page still counts as streaming, then it goes idle. */
  stream(reply: string, render: (soFar: string) => void, finish?: () => void): void;
};

/** A reply as a page shows it while it streams: its reasoning part, if any, and its answer. */
export interface ShownReply {
  /** The reasoning so far, and whether it is over (a reply may have none). */
  thinking(markdown: string, done: boolean): void;
  /** The answer so far. */
  answer(markdown: string): void;
  /** The reply has ended, completed or stopped. */
  finish(): void;
}

/** What a fixture layout's send and stop buttons tell its page. */
export interface LayoutHooks {
  /** The send button was pressed (Enter is the editor's own). */
  send(): void;
  /** The stop button was pressed. */
  stop(): void;
}

/** Streams `reply` into `shown`, its `<think>` part apart; `each` sees the answer as it grows. */
export function streamInto(
  chat: ScriptedChat,
  reply: string,
  shown: ShownReply,
  each?: (answer: string) => void,
): void {
  chat.stream(
    reply,
    (soFar) => {
      const { thinking, thinkingDone, answer } = splitThinking(soFar);
      if (thinking !== undefined) shown.thinking(thinking, thinkingDone);
      shown.answer(answer);
      each?.(answer);
    },
    () => shown.finish(),
  );
}

/** `onStreaming` switches the site's send/stop UI; it runs after the streaming state changed. */
export function createScriptedChat(onStreaming: (streaming: boolean) => void): ScriptedChat {
  const script = readFixtureScript();
  const streamOptions = readStreamOptions();
  const submitted: string[] = [];
  const submittedFiles: FileInfo[][] = [];
  let current: StreamHandle | null = null;
  return {
    submitted,
    submittedFiles,
    isStreaming: () => current !== null,
    stop: () => current?.stop(),
    accept(text) {
      if (current || text.trim() === '') return null;
      submitted.push(text);
      submittedFiles.push(
        pending.splice(0).map((p) => {
          p.chip.remove();
          return p.info;
        }),
      );
      return pickReply(text, script);
    },
    stream(reply, render, finish) {
      const handle = streamReply(reply, (_chunk, soFar) => render(soFar), streamOptions);
      current = handle;
      onStreaming(true);
      void handle.done.then(() => {
        finish?.();
        if (current === handle) current = null;
        onStreaming(false);
      });
    },
  };
}

/** Publishes the page's API on `window.__fixture` for the tests (page.evaluate). */
export function installFixtureApi(
  chat: ScriptedChat,
  site: Pick<FixtureApi, 'editorText' | 'turns'>,
): void {
  window.__fixture = {
    editorText: site.editorText,
    turns: site.turns,
    isStreaming: chat.isStreaming,
    submitted: chat.submitted,
    attachments: () => pending.map((p) => p.info),
    submittedFiles: chat.submittedFiles,
  };
}

/** A click on a code block's copy button (`button`) copies the text of `code` inside the
 * button's `block`. */
export function copyCodeOnClick(button: string, block: string, code: string): void {
  document.addEventListener('click', (event) => {
    const copy = (event.target as Element | null)?.closest?.(button);
    const source = copy?.closest(block)?.querySelector(code);
    if (source) void navigator.clipboard?.writeText(source.textContent ?? '').catch(() => {});
  });
}

/**
 * A menu the site mounts only while it is open: `trigger` opens it (a click, trusted or not, as
 * the site's own handler takes it); a second click or Escape removes it from the document.
 */
export function mountWhileOpen(trigger: Element, menu: Element): void {
  const parent = menu.parentElement!;
  menu.remove();
  const setOpen = (open: boolean) => {
    if (open) parent.append(menu);
    else menu.remove();
    trigger.setAttribute('aria-expanded', String(open));
  };
  trigger.addEventListener('click', () => setOpen(!menu.isConnected));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.isConnected) setOpen(false);
  });
}
