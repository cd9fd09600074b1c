// What the claude.ai fixture's two layouts provide to page.ts: the same chat, another DOM.
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
  /** Holds the server-rendered textarea, then the editor that replaces it on hydration. */
  editorSlot: HTMLElement;
  editorAttributes: Record<string, string>;
  /** How the editor's empty paragraph is marked (tiptap's classes when not given). */
  placeholderAttributes?: (text: string) => Record<string, string>;
  /** The hidden upload input, and the row its files (and long pastes) show in. */
  fileInput: HTMLInputElement;
  tray: Element;
  tile(file: FileInfo): Element;
  /** Shows the composer's buttons (and placeholder) for the chat's state. */
  composerState(streaming: boolean, hasText: boolean, placeholder: string): void;
  addUserTurn(text: string): void;
  startReply(): Reply;
  turns(): { role: Role; text: string }[];
}
