// The chat.deepseek.com fixture's composer: a React-controlled <textarea name="search">, the
// DeepThink and Search toggles, the paperclip with its hidden file input, and the one round button
// that is Send while idle, a spinner while the model thinks and Stop while the answer streams. The
// composer's text is always the React state; only React's own input path (onChange) changes it.
import {
  type ChangeEvent,
  type CSSProperties,
  Fragment,
  createElement as h,
  type KeyboardEvent,
  type ReactNode,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { DeepSeekLabels } from './forms';

/** What the round button shows: nothing going on, the model thinking, the answer streaming. */
export type Busy = 'idle' | 'thinking' | 'writing';

export type Composer = {
  /** The React state's text. */
  text(): string;
  /** Empties the textarea through React state, committed before this returns. */
  clear(): void;
  setBusy(busy: Busy): void;
  /** The page's hidden file input. */
  fileInput: HTMLInputElement;
};

type Handlers = { submit: () => void; stop: () => void };

// Only the paths' openings are the site's; the spinner's ring is its whole path.
const SEND_PATH = 'M8.3125 0.980206L14.7 7.38L13.3 8.8L9 4.5V15H7V4.5L2.7 8.8L1.3 7.38L7.69 0.98Z';
const STOP_PATH =
  'M2 4.88C2 3.68009 2.97274 2.70735 4.17265 2.70735H11.8274C13.0273 2.70735 14 3.68009 14 4.88V11.12C14 12.32 13.0273 13.29 11.8274 13.29H4.17265C2.97274 13.29 2 12.32 2 11.12Z';
const SPIN_PATH =
  'M34,18 C34,9.163444 26.836556,2 18,2 C11.6597233,2 6.18078805,5.68784135 3.59122325,11.0354951';
const CLIP_PATH = 'M10.5 3.5L4.6 9.4a2 2 0 1 0 2.8 2.8l6-6a3.5 3.5 0 0 0-5-5l-6 6';

const svg = (size: number, ...children: ReactNode[]) =>
  h(
    'svg',
    { width: size, height: size, viewBox: `0 0 ${size} ${size}`, fill: 'none' },
    ...children,
  );

function roundIcon(busy: Busy) {
  if (busy === 'thinking')
    return h(
      'div',
      { className: 'ds-loading' },
      h(
        'svg',
        { viewBox: '0 0 36 36', width: 20, height: 20, 'data-icon': 'spin' },
        h(
          'defs',
          null,
          h(
            'linearGradient',
            { id: 'linearGradient-1', x1: '0%', y1: '0%', x2: '100%', y2: '0%' },
            h('stop', { offset: '0%', stopColor: '#fff' }),
            h('stop', { offset: '100%', stopColor: '#fff', stopOpacity: 0 }),
          ),
        ),
        h('path', { d: SPIN_PATH, stroke: 'url(#linearGradient-1)', strokeWidth: 4 }),
      ),
    );
  const path = busy === 'writing' ? STOP_PATH : SEND_PATH;
  return svg(16, h('path', { d: path, fill: 'currentColor' }));
}

function toggle(label: string, pressed: boolean, flip: () => void) {
  return h(
    'div',
    {
      role: 'button',
      tabIndex: 0,
      'aria-pressed': String(pressed),
      className: `ds-toggle-button ds-toggle-button--m${pressed ? ' ds-toggle-button--selected' : ''}`,
      onClick: flip,
    },
    h('span', null, label),
  );
}

/** How page code reaches the mounted component's state. */
type Bridge = { text: () => string; clear: () => void; busy: (b: Busy) => void };

function ChatInput(props: {
  handlers: Handlers;
  bridge: Bridge;
  t: DeepSeekLabels;
  accept: string;
}) {
  const { handlers, bridge, t } = props;
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<Busy>('idle');
  const [think, setThink] = useState(false);
  const [search, setSearch] = useState(false);
  const latest = useRef(text);
  latest.current = text;
  bridge.text = () => latest.current;
  bridge.clear = () => flushSync(() => setText(''));
  bridge.busy = (b) => flushSync(() => setBusy(b));

  const empty = text.trim() === '';
  // While the model thinks the button shows a spinner and takes no click.
  const disabled = busy === 'thinking' || (busy === 'idle' && empty);
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (busy === 'idle') handlers.submit();
  };
  const onRound = () => {
    if (busy === 'writing') handlers.stop();
    else if (busy === 'idle' && !empty) handlers.submit();
  };
  const fileInput = useRef<HTMLInputElement>(null);
  // The textarea's wrapper is the root's first child: the attachment row sits right before the root.
  return h(
    Fragment,
    null,
    h(
      'div',
      { className: '_24fad49' },
      h('textarea', {
        name: 'search',
        className: '_27c9245 ds-scroll-area',
        placeholder: t.placeholder,
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
        { className: '_6b6f1a8' },
        toggle(t.deepThink, think, () => setThink(!think)),
        toggle(t.search, search, () => setSearch(!search)),
      ),
      h(
        'div',
        { className: 'bf38813a' },
        h(
          'div',
          {
            role: 'button',
            tabIndex: 0,
            className:
              'ds-button ds-button--iconLabelPrimary ds-button--icon ds-button--capsule ds-button--s f02f0e25',
            onClick: () => fileInput.current?.click(),
          },
          svg(16, h('path', { d: CLIP_PATH, stroke: 'currentColor' })),
        ),
        h('input', {
          ref: fileInput,
          type: 'file',
          multiple: true,
          accept: props.accept,
          style: { display: 'none' },
        }),
        h(
          'div',
          { style: { width: 'fit-content' } },
          h(
            'div',
            {
              role: 'button',
              tabIndex: 0,
              className:
                'ds-button ds-button--primary ds-button--filled ds-button--circle ds-button--m ds-button--icon-relative-m _52c986b bd74640a' +
                (disabled ? ' ds-button--disabled' : ''),
              style: { '--dsl-button-height': '34px' } as CSSProperties,
              onClick: onRound,
            },
            h('div', { className: 'ds-button__background' }),
            h('div', { className: 'ds-button__icon ds-button__icon--last-child' }, roundIcon(busy)),
          ),
        ),
      ),
    ),
  );
}

/** Mounts the composer into `container`; `accept` is the file input's list of types. */
export function mountComposer(
  container: HTMLElement,
  handlers: Handlers,
  t: DeepSeekLabels,
  accept: string,
): Composer {
  const bridge: Bridge = { text: () => '', clear: () => {}, busy: () => {} };
  const root = createRoot(container);
  // Synchronous first render: the composer exists as soon as the page's script has run.
  flushSync(() => root.render(h(ChatInput, { handlers, bridge, t, accept })));
  return {
    text: () => bridge.text(),
    clear: () => bridge.clear(),
    setBusy: (busy) => bridge.busy(busy),
    fileInput: container.querySelector<HTMLInputElement>('input[type="file"]')!,
  };
}
