// Puts text into a chat editor through the editor's own input path, then checks that it took.
import type { EditorChoice } from '../adapters/types';
import { nextFrame } from './frame';
import { until } from './watch';

const squash = (text: string) => text.replace(/\s+/g, '');

/** The editor's last editable block (or inline element): where text typed at the end goes. */
function lastBlock(editor: HTMLElement): HTMLElement {
  let end = editor;
  let last = end.lastChild;
  while (
    last instanceof HTMLElement &&
    last.isContentEditable &&
    last.tagName !== 'BR' &&
    last.tagName !== 'IMG'
  ) {
    end = last;
    last = end.lastChild;
  }
  return end;
}

/**
 * The caret goes at the end of the last block, not after it: Lexical takes a caret after its last
 * paragraph for a new paragraph, so the text would follow an empty line.
 */
function placeCaretAtEnd(editor: HTMLElement): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(lastBlock(editor));
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * `text` in pieces of at most `size` characters, cut before a line break where there is one, so
 * that each piece after the first starts with the break that ended the line before it.
 */
export function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const cut = rest.lastIndexOf('\n', size);
    const at = cut > 0 ? cut : size;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** Rich-text editors (ProseMirror, Lexical, Quill) take a paste event carrying plain text. */
function pasteText(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

/** React-controlled textareas only see values written through the native setter plus `input`. */
function setTextareaValue(area: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  const value = area.value ? `${area.value}\n\n${text}` : text;
  setter?.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

function contains(editor: HTMLElement, text: string): boolean {
  const current = editor instanceof HTMLTextAreaElement ? editor.value : (editor.textContent ?? '');
  return squash(current).includes(squash(text));
}

/** How text went in: as text in the editor, or turned by the site into an attachment. */
export type Inserted = 'text' | 'attachment' | false;

/** How long a site may take to turn a paste into an attachment (it reads the paste first). */
const CONVERSION_WAIT_MS = 1_000;

/**
 * Appends `text` to what the user already typed. `converted` says whether the site has turned
 * the paste into an attachment (as ChatGPT and Claude do with long pastes); then nothing else is
 * tried, so the text never goes in twice. Returns false when the editor did not take it, so the
 * caller can offer Copy instead; the user's own text is never removed.
 */
export async function insertText(
  editor: HTMLElement,
  choice: EditorChoice,
  text: string,
  converted: () => boolean = () => false,
  /** Sites that turn a long paste into an attachment get several shorter ones. */
  chunk = Number.POSITIVE_INFINITY,
): Promise<Inserted> {
  const kind = typeof choice === 'function' ? choice(editor) : choice;
  if (kind === 'textarea' && editor instanceof HTMLTextAreaElement) {
    setTextareaValue(editor, text);
    return contains(editor, text) ? 'text' : false;
  }
  placeCaretAtEnd(editor);
  // Let the editor read the new selection before the paste lands.
  await new Promise((r) => setTimeout(r, 0));
  const hasText = squash(editor.textContent ?? '') !== '';
  const [first = '', ...rest] = pieces(hasText ? `\n\n${text}` : text, chunk);
  pasteText(editor, first);
  if (rest.length) {
    // A site that made an attachment of the first piece gets the rest as one more, not many.
    if (converted()) pasteText(editor, rest.join(''));
    else for (const piece of rest) pasteText(editor, piece);
  }
  await nextFrame();
  if (contains(editor, text)) return 'text';
  if (await until(() => contains(editor, text) || converted(), CONVERSION_WAIT_MS)) {
    return contains(editor, text) ? 'text' : 'attachment';
  }
  editor.ownerDocument.execCommand('insertText', false, text);
  await nextFrame();
  return contains(editor, text) ? 'text' : false;
}
