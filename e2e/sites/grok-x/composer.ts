// The x.com/i/grok fixture's composer as X builds it with React (React Native for Web): the
// message box is a controlled <textarea> whose text is React state, so only React's own input path
// (onChange) changes it; below it, the attach button with its hidden file input, the voice button
// and the one send button that turns into Cancel while Grok answers.
import { type ChangeEvent, createElement as h, type KeyboardEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { GrokXLabels } from './forms';

export type Composer = {
  /** The React state's text. */
  text(): string;
  /** Empties the box through React state, committed before this returns. */
  clear(): void;
  /** Swaps send for Cancel while a reply streams. */
  setStreaming(streaming: boolean): void;
  /** The hidden file input the attach button opens. */
  fileInput: HTMLInputElement;
  /** Where attached files show, above the message box. */
  tray: HTMLElement;
};

type Handlers = { submit: () => void; stop: () => void };

/** A 24×24 icon; X's buttons carry an icon and an aria-label, no text. Each icon is its own
 * component on X, so a button that changes icon gets a new <svg> (the key does that here). */
const icon = (path: string) =>
  h(
    'svg',
    { key: path, viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    h('g', null, h('path', { d: path })),
  );

const ICONS = {
  media: 'M3 5.5C3 4.12 4.12 3 5.5 3h13C19.88 3 21 4.12 21 5.5v13c0 1.38-1.12 2.5-2.5 2.5h-13z',
  voice: 'M12 2a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V5a3 3 0 0 1 3-3zm-7 9h2a5 5 0 0 0 10 0h2z',
  send: 'M12 3.59l7.457 7.45-1.414 1.42L13 7.41V21h-2V7.41l-5.043 5.05-1.414-1.42L12 3.59z',
  stop: 'M6 6h12v12H6z',
};

/** How page code reaches the mounted component's state. */
type Bridge = { text: () => string; clear: () => void; stream: (on: boolean) => void };

function GrokInput({
  t,
  accept,
  handlers,
  bridge,
}: {
  t: GrokXLabels;
  accept: string;
  handlers: Handlers;
  bridge: Bridge;
}) {
  const [text, setText] = useState('');
  const [streaming, setStreaming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const latest = useRef(text);
  latest.current = text;
  bridge.text = () => latest.current;
  bridge.clear = () => flushSync(() => setText(''));
  bridge.stream = (on) => flushSync(() => setStreaming(on));

  const empty = text.trim() === '';
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!streaming && !empty) handlers.submit();
  };
  const button = (label: string, path: string, props: Record<string, unknown> = {}) =>
    h(
      'button',
      { 'aria-label': label, role: 'button', type: 'button', className: 'css-175oi2r', ...props },
      icon(path),
    );
  return h(
    'div',
    { className: 'css-175oi2r', 'data-fixture': 'input-container' },
    h('div', { className: 'css-175oi2r', 'data-fixture': 'attachments' }),
    // The box has a parent of its own, as in X's input: nothing else renders beside it.
    h(
      'div',
      { className: 'css-175oi2r', 'data-fixture': 'box' },
      h('textarea', {
        autoCapitalize: 'sentences',
        autoComplete: 'on',
        autoCorrect: 'on',
        dir: 'auto',
        placeholder: t.ask,
        rows: 1,
        spellCheck: true,
        className: 'r-30o5oe r-1dz5y72 r-13qz1uu r-1niwhzg',
        value: text,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value),
        onKeyDown,
      }),
    ),
    h(
      'div',
      { className: 'css-175oi2r', 'data-fixture': 'below' },
      h(
        'div',
        { className: 'css-175oi2r' },
        button(t.media, ICONS.media, { onClick: () => fileInput.current?.click() }),
        // X's file input: beside its button, transparent and 0.1px square rather than display:none.
        h('input', {
          ref: fileInput,
          type: 'file',
          multiple: true,
          accept,
          tabIndex: -1,
          className: 'r-file-input',
        }),
      ),
      h(
        'div',
        { className: 'css-175oi2r', 'data-fixture': 'buttons' },
        button(t.voice, ICONS.voice),
        // One button: the same element is send while idle and Cancel while Grok answers.
        streaming
          ? button(t.cancel, ICONS.stop, { onClick: handlers.stop })
          : button(t.send, ICONS.send, {
              disabled: empty,
              onClick: () => !empty && handlers.submit(),
            }),
      ),
    ),
  );
}

export function mountComposer(
  container: HTMLElement,
  t: GrokXLabels,
  accept: string,
  handlers: Handlers,
): Composer {
  const bridge: Bridge = { text: () => '', clear: () => {}, stream: () => {} };
  const root = createRoot(container);
  // Synchronous first render: the composer exists as soon as the page's script has run.
  flushSync(() => root.render(h(GrokInput, { t, accept, handlers, bridge })));
  return {
    text: () => bridge.text(),
    clear: () => bridge.clear(),
    setStreaming: (on) => bridge.stream(on),
    fileInput: container.querySelector<HTMLInputElement>('input[type="file"]')!,
    tray: container.querySelector<HTMLElement>('[data-fixture="attachments"]')!,
  };
}
