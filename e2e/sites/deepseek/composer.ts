// The chat.deepseek.com fixture's composer: a React-controlled <textarea id="chat-input"> and the
// round send button that turns into a stop button while a reply streams. The composer's text is
// always the React state; only React's own input path (onChange) changes it.
import { type ChangeEvent, createElement as h, type KeyboardEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

export type Composer = {
  /** The React state's text. */
  text(): string;
  /** Empties the textarea through React state, committed before this returns. */
  clear(): void;
  /** Swaps the send arrow for the stop square while a reply streams. */
  setStreaming(streaming: boolean): void;
  focus(): void;
};

type Handlers = { submit: () => void; stop: () => void };

// The two icons of DeepSeek's one send/stop button; only the paths' openings are the site's.
const SEND_PATH = 'M8.3125 0.98L14.7 7.38L13.3 8.8L9 4.5V15H7V4.5L2.7 8.8L1.3 7.38L7.69 0.98Z';
const STOP_PATH =
  'M2 4.88C2 3.29 3.29 2 4.88 2H11.12C12.71 2 14 3.29 14 4.88V11.12C14 12.71 12.71 14 11.12 14H4.88C3.29 14 2 12.71 2 11.12Z';

function icon(path: string) {
  return h(
    'div',
    { className: 'ds-button__icon' },
    h(
      'div',
      { className: 'ds-icon', style: { fontSize: 16, width: 16, height: 16 } },
      h(
        'svg',
        { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none' },
        h('path', { d: path, fill: 'currentColor' }),
      ),
    ),
  );
}

/** How page code reaches the mounted component's state. */
type Bridge = { text: () => string; clear: () => void; stream: (on: boolean) => void };

function ChatInput({ handlers, bridge }: { handlers: Handlers; bridge: Bridge }) {
  const [text, setText] = useState('');
  const [streaming, setStreaming] = useState(false);
  const latest = useRef(text);
  latest.current = text;
  bridge.text = () => latest.current;
  bridge.clear = () => flushSync(() => setText(''));
  bridge.stream = (on) => flushSync(() => setStreaming(on));

  const empty = text.trim() === '';
  const disabled = !streaming && empty;
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (!streaming) handlers.submit();
  };
  const onButton = () => {
    if (streaming) handlers.stop();
    else if (!empty) handlers.submit();
  };
  return h(
    'div',
    { className: '_77cefa5' },
    h(
      'div',
      { className: '_24fad49' },
      h('textarea', {
        id: 'chat-input',
        className: '_27c9245',
        placeholder: 'Message DeepSeek',
        rows: 2,
        value: text,
        onChange: (event: ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value),
        onKeyDown,
      }),
    ),
    h(
      'div',
      { className: 'ec4f5d61' },
      h(
        'div',
        {
          role: 'button',
          tabIndex: 0,
          'aria-disabled': String(disabled),
          className:
            'ds-button ds-button--primary ds-button--filled ds-button--circle ds-button--m _7436101' +
            (disabled ? ' ds-button--disabled' : ''),
          onClick: onButton,
        },
        icon(streaming ? STOP_PATH : SEND_PATH),
      ),
    ),
  );
}

export function mountComposer(container: HTMLElement, handlers: Handlers): Composer {
  const bridge: Bridge = { text: () => '', clear: () => {}, stream: () => {} };
  const root = createRoot(container);
  // Synchronous first render: the composer exists as soon as the page's script has run.
  flushSync(() => root.render(h(ChatInput, { handlers, bridge })));
  return {
    text: () => bridge.text(),
    clear: () => bridge.clear(),
    setStreaming: (on) => bridge.stream(on),
    focus: () => container.querySelector('textarea')?.focus(),
  };
}
