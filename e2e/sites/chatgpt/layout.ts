// What the ChatGPT fixture's two layouts provide to page.ts: the same chat, another DOM.
import type { FileInfo, ShownReply as Reply, Role } from '../page-kit';

export type { LayoutHooks, ShownReply as Reply } from '../page-kit';

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
