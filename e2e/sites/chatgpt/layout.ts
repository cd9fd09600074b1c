// What the ChatGPT fixture's two layouts provide to page.ts: the same chat, another DOM.
import type { FileInfo, Role } from '../page-kit';

export interface LayoutHooks {
  /** The send button was pressed (Enter is the editor's own). */
  send(): void;
  /** The stop button was pressed. */
  stop(): void;
}

export interface Reply {
  /** The reasoning so far, and whether it is over (a reply may have none). */
  thinking(markdown: string, done: boolean): void;
  /** The answer so far. */
  answer(markdown: string): void;
  /** The reply has ended, completed or stopped. */
  finish(): void;
}

export interface Layout {
  /** Where the ProseMirror editor mounts, and its attributes. */
  editorMount: HTMLElement;
  editorAttributes: Record<string, string>;
  placeholderAttributes(text: string): Record<string, string>;
  form: HTMLFormElement;
  /** The general file input, and the row its files (and long pastes) show in. */
  fileInput: HTMLInputElement;
  tray: Element;
  tile(file: FileInfo): Element;
  /** Shows the composer's buttons for the chat's state. */
  composerState(streaming: boolean, hasText: boolean): void;
  addUserTurn(text: string): void;
  startReply(): Reply;
  turns(): { role: Role; text: string }[];
}
