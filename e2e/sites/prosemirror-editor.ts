// A real ProseMirror editor for the fixtures of sites whose composer is ProseMirror or tiptap (a
// layer over ProseMirror): Enter submits, Shift+Enter inserts a hard break (tiptap's default), an
// empty document shows tiptap's placeholder, and the text is always read from the editor state.
import { baseKeymap } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { Fragment, Slice } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { type Command, EditorState, Plugin } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';

export type ProseMirrorEditor = {
  /** Paragraphs joined by "\n"; a hard break also counts as "\n". */
  text(): string;
  /** Empties the document through a transaction, as the site does after sending. */
  clear(): void;
  focus(): void;
  /** Re-renders decorations (the placeholder) after page state they depend on changed. */
  refresh(): void;
};

export type ProseMirrorEditorOptions = {
  /** The element that becomes the contenteditable editor. */
  mount: HTMLElement;
  /** Attributes of the editor element besides ProseMirror's own (class "ProseMirror" is added). */
  attributes: Record<string, string>;
  placeholder(): string;
  /** How the empty paragraph is marked (tiptap's classes when not given). */
  placeholderAttributes?: (text: string) => Record<string, string>;
  /** Enter (without Shift). */
  onEnter(): void;
  /** After every transaction. */
  onChange(): void;
  /** A plain-text paste keeps its blank lines (one paragraph per line), as ChatGPT's does;
   * ProseMirror's default parser collapses them. */
  pasteKeepsBlankLines?: boolean;
};

/** One paragraph per line of pasted text, empty lines included. */
function linesAsParagraphs(text: string): Slice {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs = lines.map((line) =>
    schema.nodes.paragraph.create(null, line ? schema.text(line) : null),
  );
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

/** tiptap's Placeholder extension: the empty first paragraph carries data-placeholder and is-empty. */
const tiptapPlaceholder = (text: string) => ({
  class: 'is-empty is-editor-empty',
  'data-placeholder': text,
});

/** The empty first paragraph carries the attributes the site marks it with. */
function placeholderPlugin(
  text: () => string,
  attributes: (text: string) => Record<string, string>,
): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const first = state.doc.firstChild;
        if (state.doc.childCount !== 1 || !first?.isTextblock || first.content.size !== 0) {
          return null;
        }
        return DecorationSet.create(state.doc, [
          Decoration.node(0, first.nodeSize, attributes(text())),
        ]);
      },
    },
  });
}

export function createProseMirrorEditor(options: ProseMirrorEditorOptions): ProseMirrorEditor {
  const enter: Command = () => {
    options.onEnter();
    return true;
  };
  const hardBreak: Command = (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
    return true;
  };
  const view: EditorView = new EditorView(
    { mount: options.mount },
    {
      state: EditorState.create({
        schema,
        plugins: [
          keymap({ Enter: enter, 'Shift-Enter': hardBreak }),
          keymap(baseKeymap),
          placeholderPlugin(
            options.placeholder,
            options.placeholderAttributes ?? tiptapPlaceholder,
          ),
        ],
      }),
      attributes: options.attributes,
      ...(options.pasteKeepsBlankLines ? { clipboardTextParser: linesAsParagraphs } : {}),
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        options.onChange();
      },
    },
  );

  return {
    text() {
      const { doc } = view.state;
      return doc.textBetween(0, doc.content.size, '\n', (leaf) =>
        leaf.type === schema.nodes.hard_break ? '\n' : '',
      );
    },
    clear() {
      const { tr } = view.state;
      view.dispatch(tr.replaceWith(0, tr.doc.content.size, schema.nodes.paragraph.create()));
    },
    focus: () => view.focus(),
    refresh: () => view.dispatch(view.state.tr),
  };
}
