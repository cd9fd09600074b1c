// The perplexity.ai fixture's composer: a real Lexical editor with plain-text behaviour on
// #ask-input. Its text is always the Lexical editor state; paste goes through Lexical's own
// clipboard handling (@lexical/plain-text → @lexical/clipboard).
import { registerPlainText } from '@lexical/plain-text';
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  createEditor,
  KEY_ENTER_COMMAND,
} from 'lexical';

export type Composer = {
  /** The editor state's text; line breaks are "\n". */
  text(): string;
  /** Empties the editor through its API, committed before this returns. */
  clear(): void;
  focus(): void;
};

export function createComposer(
  root: HTMLElement,
  placeholder: string,
  onSubmit: () => void,
  onText: (text: string) => void,
): Composer {
  const editor = createEditor({
    namespace: 'ask-input',
    theme: { paragraph: 'my-0', ltr: 'ltr', rtl: 'rtl' },
    onError: (error) => {
      throw error;
    },
  });
  // The attributes @lexical/react's ContentEditable renders around the root element.
  for (const [name, value] of Object.entries({
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-multiline': 'true',
    'aria-placeholder': placeholder,
  })) {
    root.setAttribute(name, value);
  }
  editor.setRootElement(root);
  registerPlainText(editor);
  // Enter sends; Shift+Enter falls through to plain-text, which inserts a line break.
  editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event?.shiftKey) return false;
      event?.preventDefault();
      onSubmit();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
  editor.registerTextContentListener(onText);

  return {
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () =>
      editor.update(
        () => {
          const top = $getRoot();
          top.clear();
          top.append($createParagraphNode());
        },
        { discrete: true },
      ),
    focus: () => editor.focus(),
  };
}
