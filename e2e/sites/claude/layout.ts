// What the claude.ai fixture's two layouts provide to page.ts: the same chat, another DOM.
import type { FileInfo, ShownReply as Reply, Role } from '../page-kit';

export type { LayoutHooks, ShownReply as Reply } from '../page-kit';

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
