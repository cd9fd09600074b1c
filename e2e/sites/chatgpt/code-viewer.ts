// What chatgpt.com does a few seconds after a reply ends: each code block is rendered again as a
// read-only CodeMirror 6 viewer (one `.cm-line` per line, no newline characters between lines,
// lines far outside the viewport left out behind a `.cm-gap`). The block is a new element.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { ChatGptLabels } from './forms';

/** Replaces `old` with a block holding a viewer of `code`, made once the block is in the page
 * (CodeMirror measures the viewport to decide which lines to render). */
function swapBlock(old: Element, code: string, t: ChatGptLabels): void {
  const block = old.cloneNode(false) as Element;
  const toolbar = old.querySelector('[data-markdown-copy="exclude"]');
  if (toolbar) block.append(toolbar.cloneNode(true));
  const language = toolbar?.querySelector('.truncate')?.textContent?.trim().toLowerCase() ?? '';
  const body = document.createElement('div');
  body.className = 'code-viewer';
  block.append(body);
  old.replaceWith(block);
  new EditorView({
    parent: body,
    state: EditorState.create({
      doc: code,
      extensions: [
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        EditorView.contentAttributes.of({
          'aria-label': t.editCode,
          'aria-readonly': 'true',
          ...(language && language !== t.plainText.toLowerCase()
            ? { 'data-language': language }
            : {}),
        }),
      ],
    }),
  });
}

/** Replaces every streamed code block in `reply` with its viewer form. */
export function swapToViewers(reply: Element, t: ChatGptLabels): void {
  for (const old of reply.querySelectorAll('[data-markdown-copy="code-block"]')) {
    const code = old.querySelector('.chatgpt-code-scrollport code')?.textContent;
    if (code === undefined || code === null) continue;
    swapBlock(old, code, t);
  }
}
