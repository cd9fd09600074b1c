// What a site adapter is: data about one chat site's DOM plus the little behaviour only it has.
import type { ChatSite } from '../../shared/sites';

/** Each selector is a list of variants, tried in order; the comment beside each says which UI it matches. */
export type SelectorList = readonly string[];

export interface SiteSelectors {
  /** The conversation's scrolling thread; everything we parse lives inside it. */
  thread: SelectorList;
  /** One assistant reply. */
  assistantMessage: SelectorList;
  /** One message the user sent; a new one proves a submit went through. */
  userMessage: SelectorList;
  /**
   * Parts of a reply that are not the answer (thinking, reasoning): code in them is never a call.
   * Sites that show none leave it out.
   */
  reasoning?: SelectorList;
  /** A rendered code block inside a reply; every variant counts, the outermost match wins. */
  codeBlock: SelectorList;
  /** The code element inside a code block (a CodeMirror viewer inside one is read on its own). */
  code: SelectorList;
  /** The message editor. */
  composer: SelectorList;
  /**
   * A stand-in the site serves before its editor is ready (a server-rendered textarea its app
   * replaces on hydration). While it shows, the composer is on its way, not missing, and text
   * waits for the editor: it never goes into the stand-in. Sites without one leave it out.
   */
  composerPending?: SelectorList;
  /** The button that sends the composer's message. */
  sendButton: SelectorList;
  /** Present only while the model is writing. */
  stopButton: SelectorList;
}

/** How a site takes files with a message, where it does. */
export interface UploadSupport {
  /** The site's own file input, which its attach button opens. */
  input: SelectorList;
  /** Where the input exists only while a menu is open: the button that opens that menu. */
  opener?: SelectorList;
  /** One file attached to the message being written; a new one proves the site took a file. */
  attachment: SelectorList;
  /** The MIME types the site takes, `family/*` for a whole family. */
  accepts: readonly string[];
}

export type EditorKind = 'prosemirror' | 'lexical' | 'quill' | 'textarea';

/** A site's editor, or a choice made per composer where one site runs two apps (Grok: grok.com and X). */
export type EditorChoice = EditorKind | ((composer: HTMLElement) => EditorKind);

export interface SiteAdapter {
  site: ChatSite;
  /** True on a conversation route; other pages of the site are never parsed. */
  isChatRoute(url: URL): boolean;
  selectors: SiteSelectors;
  editor: EditorChoice;
  /** Present where the site takes files: tool images, audio and long results go as files. */
  uploads?: UploadSupport;
  /** Longest result text put into the composer; longer results are cut (default 20,000). Where
   * the site turns long pastes into attachments, this stays below the length it does so at. */
  resultLimit?: number;
  /** Where a site turns a long paste into an attachment: the longest paste it keeps as text.
   * Longer text goes in as several pastes, split at line ends. */
  pasteChunk?: number;
  /** The chip a site makes of a long paste ("Pasted text"), where it makes one: a paste that
   * becomes one went in once, as an attachment, and is not inserted again. */
  pastedText?: SelectorList;
  /** The language a code block was written in, as the site shows it. */
  codeLanguage(block: Element, code: Element): string | undefined;
}
