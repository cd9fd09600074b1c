// The gemini.google.com fixture's prompt: a real Quill editor mounted on <rich-textarea>, and the
// send slot, `[data-test-id="send-button-container"]`, whose one `gem-icon-button` Angular flips
// between send and stop. In 2026-09 an empty prompt shows the mic in the slot instead.
import Quill from 'quill';
import type { GeminiLabels } from './forms';
import { micHtml } from './shell';

export type Composer = {
  /** Quill's `getText()` without its closing "\n". */
  text(): string;
  clear(): void;
  focus(): void;
  /** Shows the slot for the chat's state. */
  setStreaming(streaming: boolean): void;
};

export type ComposerHooks = { submit(): void; stop(): void };

export function createComposer(t: GeminiLabels, layout: string, hooks: ComposerHooks): Composer {
  const slot = document.querySelector<HTMLElement>('[data-test-id="send-button-container"]')!;
  const host = document.createElement('gem-icon-button');
  host.innerHTML =
    '<button class="mat-mdc-icon-button" type="button"><mat-icon aria-hidden="true"></mat-icon></button>';
  const button = host.querySelector('button')!;
  const icon = host.querySelector('mat-icon')!;
  const mic = document.createElement('template');
  mic.innerHTML = micHtml(t);
  const slotMic = mic.content.firstElementChild!;
  let streaming = false;

  const quill = new Quill(document.querySelector<HTMLElement>('rich-textarea')!, {
    placeholder: t.placeholder,
    modules: {
      keyboard: {
        bindings: {
          // Runs before Quill's own Enter handling; Shift+Enter still falls through to a new line.
          send: {
            key: 'Enter',
            shiftKey: false,
            handler: () => {
              if (!streaming) hooks.submit();
              return false;
            },
          },
        },
      },
    },
  });
  quill.root.classList.add('textarea', 'new-input-ui');
  for (const [name, value] of Object.entries({
    'data-gramm': 'false',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': t.prompt,
  })) {
    quill.root.setAttribute(name, value);
  }

  const text = () => quill.getText().replace(/\n$/, '');

  const update = () => {
    const hasText = text().trim() !== '';
    host.className = `send-button ${streaming ? 'stop' : 'submit'}${hasText && !streaming ? ' has-input' : ''}`;
    host.setAttribute('aria-disabled', String(!streaming && !hasText));
    button.setAttribute('aria-label', streaming ? t.stop : t.send);
    icon.setAttribute('fonticon', streaming ? 'stop' : 'send');
    const showMic = layout === '2026-09' && !streaming && !hasText;
    const shown = showMic ? slotMic : host;
    if (slot.firstElementChild !== shown || slot.childElementCount !== 1)
      slot.replaceChildren(shown);
  };
  quill.on('text-change', update);

  button.addEventListener('click', () => {
    if (streaming) hooks.stop();
    else if (host.getAttribute('aria-disabled') !== 'true') hooks.submit();
    quill.focus();
  });
  update();

  return {
    text,
    clear: () => quill.setText('', 'user'),
    focus: () => quill.focus(),
    setStreaming(on) {
      streaming = on;
      update();
    },
  };
}
