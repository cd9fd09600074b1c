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

/** The site's file input and the files attached to the message being written. */
type Uploads = { pending: FileInfo[]; take(): FileInfo[] };
let uploads: Uploads | undefined;

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
  const pending: { info: FileInfo; chip: Element }[] = [];
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
      const element = chip(info, pending.length);
      tray.append(element);
      pending.push({ info, chip: element });
    }
    input.value = '';
  });
  uploads = {
    get pending() {
      return pending.map((p) => p.info);
    },
    take() {
      const files = pending.splice(0).map((p) => {
        p.chip.remove();
        return p.info;
      });
      return files;
    },
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
      submittedFiles.push(uploads?.take() ?? []);
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
    attachments: () => uploads?.pending ?? [],
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
