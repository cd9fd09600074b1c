// The grok.com fixture's composer: a real ProseMirror EditorView dressed as Grok's Tiptap editor
// (Tiptap is a layer over ProseMirror), its placeholder, the hidden <textarea> the page keeps
// beside it, and the one slot that shows voice while empty, Submit with text and Stop while a
// reply streams. The text is always read from the ProseMirror state, never from the DOM.
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { type Command, EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import type { GrokLabels } from './forms';

export type Composer = {
  /** Paragraphs joined by "\n"; a hard break also counts as "\n". */
  text(): string;
  clear(): void;
  focus(): void;
  /** While a reply streams the slot shows Stop, with a status line above. */
  setStreaming(streaming: boolean): void;
};

export type ComposerOptions = {
  t: GrokLabels;
  form: HTMLFormElement;
  host: HTMLElement;
  /** Where Submit, Stop or voice shows. */
  slot: HTMLElement;
  /** Enter or Submit; the page decides whether anything is sent. */
  onSubmit(): void;
  onStop(): void;
};

/** Tiptap's Placeholder extension: the empty first paragraph carries data-placeholder. */
const placeholder = (text: string) =>
  new Plugin({
    props: {
      decorations(state) {
        const first = state.doc.firstChild;
        if (state.doc.childCount !== 1 || !first?.isTextblock || first.content.size !== 0)
          return null;
        return DecorationSet.create(state.doc, [
          Decoration.node(0, first.nodeSize, {
            class: 'is-empty is-editor-empty',
            'data-placeholder': text,
          }),
        ]);
      },
    },
  });

function button(attrs: Record<string, string>, glyph: string): HTMLButtonElement {
  const node = document.createElement('button');
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.className = 'composer-btn group flex flex-col justify-center rounded-full';
  node.textContent = glyph;
  return node;
}

export function createComposer(options: ComposerOptions): Composer {
  const { t } = options;
  // No test id on Stop in any capture; its label is all that names it.
  const submit = button(
    { type: 'submit', 'aria-label': t.submit, 'data-testid': 'chat-submit' },
    '↑',
  );
  const stop = button({ type: 'button', 'aria-label': t.stop }, '■');
  const voice = button(
    { type: 'button', 'aria-label': t.voice, 'data-testid': 'bot-voice-call-start' },
    '◉',
  );
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.textContent = t.generating;
  let streaming = false;

  const submitOnEnter: Command = () => {
    options.onSubmit();
    return true;
  };
  // Tiptap's default plain-text paste is ProseMirror's: one paragraph per run of lines.
  const view: EditorView = new EditorView(options.host, {
    state: EditorState.create({
      schema,
      plugins: [
        keymap({ Enter: submitOnEnter, 'Shift-Enter': splitBlock }),
        keymap(baseKeymap),
        placeholder(t.ask),
      ],
    }),
    attributes: {
      class: 'tiptap',
      role: 'textbox',
      'aria-label': t.ask,
      'aria-multiline': 'true',
      translate: 'no',
      tabindex: '0',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      update();
    },
  });

  const text = () => {
    const doc = view.state.doc;
    return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
      leaf.type === schema.nodes.hard_break ? '\n' : '',
    );
  };
  // Submit exists only once the composer has text; voice sits in its place before.
  const update = () => {
    const shown = streaming ? stop : text().trim() === '' ? voice : submit;
    if (options.slot.firstElementChild !== shown) options.slot.replaceChildren(shown);
  };

  update();
  options.form.addEventListener('submit', (event) => {
    event.preventDefault();
    options.onSubmit();
    view.focus();
  });
  stop.addEventListener('click', () => options.onStop());

  return {
    text,
    clear() {
      const { tr } = view.state;
      view.dispatch(tr.replaceWith(0, tr.doc.content.size, schema.nodes.paragraph.create()));
    },
    focus: () => view.focus(),
    setStreaming(on) {
      streaming = on;
      if (on) options.form.prepend(status);
      else status.remove();
      update();
    },
  };
}
