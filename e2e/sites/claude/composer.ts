// The claude.ai fixture's composer parts both layouts share: the server-rendered textarea that
// stands in for the editor until the app hydrates, the tiptap (ProseMirror) editor that replaces
// it, the hidden upload input, and the thumbnails of attached files and long pastes.
import { el, type FileInfo, PASTED_TEXT_FILE } from '../page-kit';
import { createProseMirrorEditor, type ProseMirrorEditor } from '../prosemirror-editor';
import type { ClaudeLabels } from './forms';
import type { Layout } from './layout';

/** The upload input, hidden in the composer's fieldset; the "+" menu opens it on the site. */
export const uploadInput = (t: ClaudeLabels) =>
  `<input class="hidden" id="chat-input-file-upload-onpage" data-testid="file-upload" aria-label="${t.uploadFiles}"
    type="file" multiple accept="image/*,text/*,application/json,application/pdf" style="display:none">`;

/** What the server sends in the editor's place: a plain textarea, replaced on hydration. */
export const ssrTextarea = (t: ClaudeLabels) =>
  `<textarea data-testid="chat-input-ssr" rows="1" aria-label="${t.prompt}" placeholder="${t.newChat}"
    class="w-full resize-none bg-transparent outline-none"></textarea>`;

/** One attached file, or the "Pasted content" chip a long paste becomes: its first lines and a
 * PASTED badge instead of a name. */
export const thumbnail =
  (t: ClaudeLabels) =>
  (file: FileInfo): Element => {
    const pasted = file.name === PASTED_TEXT_FILE;
    const body = pasted
      ? el(
          'div',
          { class: 'flex flex-col' },
          el('p', { class: 'text-xs line-clamp-3' }, (file.text ?? '').split('\n', 3).join('\n')),
          el('div', { class: 'text-text-300 text-xs uppercase' }, t.pasted),
        )
      : el(
          'div',
          { class: 'flex flex-col' },
          el('h3', { class: 'text-xs break-words line-clamp-3' }, file.name),
          el('p', { class: 'text-xs uppercase' }, file.name.split('.').pop() ?? ''),
        );
    const label = pasted ? t.pasted : file.name;
    return el(
      'div',
      { 'data-testid': 'file-thumbnail', class: 'relative rounded-lg border-0.5 p-2' },
      body,
      el('button', { type: 'button', 'aria-label': `${t.remove} ${label}` }, '×'),
    );
  };

export type EditorOptions = {
  placeholder(): string;
  onEnter(): void;
  onChange(): void;
};

/** Hydration: the editor takes the textarea's place, and whatever was typed into it. */
export function hydrateEditor(layout: Layout, options: EditorOptions): ProseMirrorEditor {
  const ssr = layout.editorSlot.querySelector('textarea[data-testid="chat-input-ssr"]');
  const typed = ssr instanceof HTMLTextAreaElement ? ssr.value : '';
  const mount = document.createElement('div');
  if (ssr) ssr.replaceWith(mount);
  else layout.editorSlot.prepend(mount);
  const editor = createProseMirrorEditor({
    mount,
    attributes: layout.editorAttributes,
    placeholder: options.placeholder,
    placeholderAttributes: layout.placeholderAttributes,
    onEnter: options.onEnter,
    onChange: options.onChange,
  });
  if (typed) {
    editor.focus();
    document.execCommand('insertText', false, typed);
  }
  return editor;
}

/**
 * Runs `hydrate` when the app would: as the page finishes loading, or, with `?fixture-hydrate=held`
 * in the address, only once a test dispatches `fixture-hydrate` on the document, so that the
 * server-rendered textarea stays for as long as the test needs.
 */
export function whenHydrating(hydrate: () => void): void {
  if (new URLSearchParams(location.search).get('fixture-hydrate') === 'held') {
    document.addEventListener('fixture-hydrate', hydrate, { once: true });
  } else if (document.readyState === 'complete') {
    hydrate();
  } else {
    window.addEventListener('load', hydrate, { once: true });
  }
}
