// The Le Chat fixture's composer: a real ProseMirror editor inside the composer <form>, and the
// submit button that gives way to Stop while a reply streams. The text is always read from the
// ProseMirror state, never from the DOM.
import { createProseMirrorEditor } from '../prosemirror-editor';

export type Composer = {
  /** Paragraphs joined by "\n"; a hard break (Shift+Enter) also counts as "\n". */
  text(): string;
  clear(): void;
  focus(): void;
  setStreaming(streaming: boolean): void;
};

export type ComposerOptions = {
  form: HTMLFormElement;
  host: HTMLElement;
  buttonSlot: HTMLElement;
  /** Enter, Send or a form submit; the page decides whether there is anything to send. */
  onSubmit(): void;
  onStop(): void;
};

const SEND_ICON =
  '<svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-hidden="true"><path d="M12 19V5M5 12l7-7 7 7" stroke="currentColor" stroke-width="2"/></svg>';
// Le Chat's stop icon is a rounded square (extensions detect generation by `form rect[rx="2"]`).
const STOP_ICON =
  '<svg width="24" height="24" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><rect x="7" y="7" width="10" height="10" rx="2"/></svg>';

function button(type: 'submit' | 'button', label: string, icon: string, cls: string) {
  const node = document.createElement('button');
  node.type = type;
  node.setAttribute('aria-label', label);
  node.className = `flex size-9 items-center justify-center rounded-md ${cls}`;
  node.innerHTML = icon;
  return node;
}

export function createComposer(options: ComposerOptions): Composer {
  const sendButton = button(
    'submit',
    'Send question',
    SEND_ICON,
    'bg-state-primary text-white-default disabled:opacity-50',
  );
  const stopButton = button('button', 'Stop generating', STOP_ICON, 'bg-state-soft text-default');
  const updateSendButton = () => {
    sendButton.disabled = editor.text().trim() === '';
  };

  const mount = document.createElement('div');
  options.host.append(mount);
  const editor = createProseMirrorEditor({
    mount,
    attributes: { class: 'Editor-indented', translate: 'no', tabindex: '0' },
    placeholder: () => 'Ask le Chat',
    onEnter: options.onSubmit,
    onChange: () => updateSendButton(),
  });

  options.form.addEventListener('submit', (event) => {
    event.preventDefault();
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
    },
  };
}
