// The grok.com fixture's composer: a real ProseMirror EditorView dressed as Grok's Tiptap editor
// (Tiptap is a layer over ProseMirror), its placeholder, and the Submit / Stop buttons. The text
// is always read from the ProseMirror state, never from the DOM.
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { type Command, EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';

export type Composer = {
  /** Paragraphs joined by "\n"; a hard break also counts as "\n". */
  text(): string;
  clear(): void;
  focus(): void;
  /** While a reply streams the Submit button gives way to Stop, with a status line above. */
  setStreaming(streaming: boolean): void;
};

export type ComposerOptions = {
  form: HTMLFormElement;
  host: HTMLElement;
  actions: HTMLElement;
  /** Enter or Submit; the page decides whether anything is sent. */
  onSubmit(): void;
  onStop(): void;
};

const PLACEHOLDER = 'Ask Grok anything';

/** Tiptap's Placeholder extension: the empty first paragraph carries data-placeholder. */
const placeholder = new Plugin({
  props: {
    decorations(state) {
      const first = state.doc.firstChild;
      if (state.doc.childCount !== 1 || !first?.isTextblock || first.content.size !== 0)
        return null;
      return DecorationSet.create(state.doc, [
        Decoration.node(0, first.nodeSize, {
          class: 'is-empty is-editor-empty',
          'data-placeholder': PLACEHOLDER,
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
  const submit = button(
    { type: 'submit', 'aria-label': 'Submit', 'data-testid': 'chat-submit' },
    '↑',
  );
  const stop = button({ type: 'button', 'aria-label': 'Stop model response' }, '■');
  const status = document.createElement('div');
  status.setAttribute('role', 'status');
  status.textContent = 'Generating…';

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
        placeholder,
      ],
    }),
    attributes: {
      class: 'tiptap',
      role: 'textbox',
      'aria-label': 'Ask Grok anything',
      'aria-multiline': 'true',
      translate: 'no',
      tabindex: '0',
    },
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      updateSubmit();
    },
  });

  const text = () => {
    const doc = view.state.doc;
    return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
      leaf.type === schema.nodes.hard_break ? '\n' : '',
    );
  };
  const updateSubmit = () => {
    submit.disabled = text().trim() === '';
  };

  options.actions.append(submit);
  updateSubmit();
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
    setStreaming(streaming) {
      (streaming ? submit : stop).replaceWith(streaming ? stop : submit);
      if (streaming) options.form.prepend(status);
      else status.remove();
      updateSubmit();
    },
  };
}
