// The claude.ai fixture's composer: a real ProseMirror editor dressed as Claude's tiptap editor,
// and the Send button that gives way to Stop while a reply streams. The text is always read from
// the ProseMirror state, never from the DOM.
import { createProseMirrorEditor } from '../prosemirror-editor';

export type Composer = {
  /** Paragraphs joined by "\n"; a hard break (Shift+Enter) also counts as "\n". */
  text(): string;
  clear(): void;
  focus(): void;
  setStreaming(streaming: boolean): void;
};

export type ComposerOptions = {
  host: HTMLElement;
  buttonSlot: HTMLElement;
  /** Enter or Send; the page decides whether there is anything to send. */
  onSubmit(): void;
  onStop(): void;
  /** A new chat and a conversation word the placeholder differently. */
  placeholder(): string;
};

function button(label: string, glyph: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.setAttribute('aria-label', label);
  node.setAttribute('data-cds', 'Button');
  node.className =
    'inline-flex items-center justify-center relative shrink-0 can-focus select-none h-8 w-8 rounded-md active:scale-95 !rounded-lg';
  node.textContent = glyph;
  return node;
}

export function createComposer(options: ComposerOptions): Composer {
  const sendButton = button('Send message', '↑');
  const stopButton = button('Stop response', '■');
  const updateSendButton = () => {
    sendButton.disabled = editor.text().trim() === '';
  };

  const mount = document.createElement('div');
  options.host.append(mount);
  const editor = createProseMirrorEditor({
    mount,
    attributes: {
      class: 'tiptap',
      role: 'textbox',
      'aria-label': 'Write your prompt to Claude',
      'aria-multiline': 'true',
      'data-testid': 'chat-input',
      enterkeyhint: 'enter',
      translate: 'no',
      tabindex: '0',
    },
    placeholder: options.placeholder,
    onEnter: options.onSubmit,
    onChange: () => updateSendButton(),
  });

  sendButton.addEventListener('click', () => {
    options.onSubmit();
    editor.focus();
  });
  stopButton.addEventListener('click', () => options.onStop());
  options.buttonSlot.append(sendButton);
  updateSendButton();

  return {
    text: editor.text,
    clear: editor.clear,
    focus: editor.focus,
    setStreaming(streaming) {
      const [from, to] = streaming ? [sendButton, stopButton] : [stopButton, sendButton];
      if (from.isConnected) from.replaceWith(to);
      updateSendButton();
      editor.refresh();
    },
  };
}
