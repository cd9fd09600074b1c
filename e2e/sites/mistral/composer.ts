// The Le Chat fixture's composer: a real ProseMirror editor inside the composer <form>, and the
// one slot at the end of its toolbar that shows Voice while the editor is empty, Send (the form's
// submit button) once it holds text, and Stop while a reply is written. The text is always read
// from the ProseMirror state, never from the DOM.
import { el } from '../page-kit';
import { createProseMirrorEditor } from '../prosemirror-editor';
import type { MistralLabels } from './forms';

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
  slot: HTMLElement;
  t: MistralLabels;
  /** Enter, Send or a form submit; the page decides whether there is anything to send. */
  onSubmit(): void;
  onStop(): void;
};

const svg = (inner: string) =>
  `<svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">${inner}</svg>`;
const SEND_ICON = svg('<path d="M12 19V5M5 12l7-7 7 7"/>');
const VOICE_ICON = svg('<path d="M2 10v3M6 6v11M10 3v18M14 8v7M18 5v13M22 10v3"/>');
// Le Chat's stop icon is a rounded square: the one `rect[rx="2"]` in the form (2026-08).
const STOP_ICON =
  '<svg width="20" height="20" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true"><rect x="7" y="7" width="10" height="10" rx="2"/></svg>';

function button(type: 'submit' | 'button', label: string, icon: string, cls: string) {
  const node = el('button', {
    type,
    'aria-label': label,
    class: `flex size-9 items-center justify-center rounded-md ${cls}`,
  });
  node.innerHTML = icon;
  return node;
}

export function createComposer({
  form,
  host,
  slot,
  t,
  onSubmit,
  onStop,
}: ComposerOptions): Composer {
  const voice = button('button', t.voice, VOICE_ICON, 'bg-state-soft text-default');
  const send = button('submit', t.send, SEND_ICON, 'bg-state-primary text-white-default');
  const stop = button('button', t.stop, STOP_ICON, 'bg-state-soft text-default');
  let streaming = false;
  const update = () => {
    const want = streaming ? stop : editor.text().trim() !== '' ? send : voice;
    if (!want.isConnected) slot.replaceChildren(want);
  };

  const mount = el('div');
  host.append(mount);
  const editor = createProseMirrorEditor({
    mount,
    attributes: { class: 'Editor-indented', translate: 'no', tabindex: '0' },
    placeholder: () => t.ask,
    onEnter: onSubmit,
    onChange: update,
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
    editor.focus();
  });
  stop.addEventListener('click', onStop);
  update();

  return {
    text: editor.text,
    clear: editor.clear,
    focus: editor.focus,
    setStreaming(now) {
      streaming = now;
      update();
    },
  };
}
