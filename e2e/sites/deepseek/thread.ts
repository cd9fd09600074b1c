// The chat.deepseek.com fixture's conversation: the virtual list (which takes the composer in once
// the chat has begun), the outline panel at the right edge that is a virtual list too, and the
// rows of both. See README.md for the facts each part follows.
import { el, markdownRenderer, type Role } from '../page-kit';
import type { DeepSeekLabels, Hashes } from './forms';
import { blockRenderer } from './render';

export interface Reply {
  /** The reasoning so far, and whether it is over. */
  thinking(markdown: string, done: boolean): void;
  /** The answer so far. */
  answer(markdown: string): void;
  /** The reply has ended, completed or stopped. */
  finish(): void;
}

export interface ThreadOptions {
  /** Where the conversation goes once it begins (the welcome page has none). */
  chatArea: HTMLElement;
  /** The composer's wrapper: moved into the conversation list, sticky at its bottom. */
  composer: HTMLElement;
  t: DeepSeekLabels;
  hashes: Hashes;
  /** Rows carry `data-virtual-list-item-key` (signed: -2n for the nth question, 2n for its reply). */
  keyed: boolean;
}

/** A textless icon button, so the action bars add nothing to a turn's text. */
function iconButton(action: string): HTMLElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  return el(
    'div',
    { role: 'button', tabindex: '0', class: 'ds-icon-button', 'data-fixture-action': action },
    el('div', { class: 'ds-icon' }, svg),
  );
}

const virtualList = (className: string, rows: HTMLElement) =>
  el('div', { class: className }, el('div', { class: 'ds-virtual-list-items' }, rows));

export function createThread({ chatArea, composer, t, hashes, keyed }: ThreadOptions) {
  const render = blockRenderer(t, hashes);
  const turns: { role: Role; text: () => string }[] = [];
  let rows: HTMLElement | null = null;
  let outline: HTMLElement | null = null;
  let round = 0;

  /** The first message makes the conversation list and its outline panel; the composer moves in. */
  function lists(): { rows: HTMLElement; outline: HTMLElement } {
    if (rows && outline) return { rows, outline };
    rows = el('div', { class: 'ds-virtual-list-visible-items' });
    outline = el('div', { class: 'ds-virtual-list-visible-items' });
    const list = virtualList('ds-virtual-list ds-virtual-list--printable ds-scroll-area', rows);
    list.append(composer);
    // The panel comes first in the document: a page that takes the first list gets the wrong one.
    const panel = el(
      'div',
      { class: '_7d1f3a2' },
      virtualList('ds-virtual-list ds-scroll-area', outline),
    );
    chatArea.append(panel, list);
    return { rows, outline };
  }

  function addRow(className: string, key: number, ...children: Node[]): HTMLElement {
    const row = el(
      'div',
      keyed
        ? { 'data-virtual-list-item-key': String(key), class: className }
        : { class: className },
    );
    row.append(...children);
    lists().rows.append(row);
    return row;
  }

  function addUser(text: string): void {
    round++;
    const { outline } = lists();
    outline.append(el('div', { class: hashes.panelRow }, el('div', {}, text.slice(0, 24))));
    const body = el('div', { class: 'ds-collapsible-text', style: 'max-height: 192px' }, text);
    addRow(
      hashes.userRow,
      -2 * round,
      el(
        'div',
        { class: `${hashes.userMessage} ds-message ${hashes.message}` },
        el('div', { class: hashes.bubble }, body),
      ),
      el('div', { class: '_11d6b3a' }, iconButton('copy'), iconButton('edit')),
    );
    turns.push({ role: 'user', text: () => body.textContent ?? '' });
  }

  function startReply(): Reply {
    const message = el('div', { class: `ds-message ${hashes.message}` });
    const row = addRow(hashes.assistantRow, 2 * round, message);
    const started = Date.now();
    let think: { header: HTMLElement; render: (markdown: string) => void } | undefined;
    let answer: ((markdown: string) => void) | undefined;
    const body = el('div', { class: 'ds-markdown ds-assistant-message-main-content' });
    turns.push({ role: 'assistant', text: () => body.textContent ?? '' });
    return {
      thinking(markdown, done) {
        if (!think) {
          const header = el('div', { class: hashes.thinkHeader }, el('span', {}, t.thinking));
          const markdownRoot = el('div', { class: 'ds-markdown' });
          message.prepend(
            el(
              'div',
              { class: hashes.think },
              header,
              el('div', { class: 'ds-think-content' }, markdownRoot),
            ),
          );
          think = { header, render: markdownRenderer(markdownRoot, render) };
        }
        think.render(markdown);
        const label = think.header.firstElementChild!;
        if (done && label.textContent === t.thinking) {
          const seconds = Math.max(1, Math.round((Date.now() - started) / 1000));
          label.textContent = t.thoughtFor.replace('{n}', String(seconds));
        }
      },
      answer(markdown) {
        if (!markdown) return;
        if (!answer) {
          message.append(body);
          answer = markdownRenderer(body, render);
        }
        answer(markdown);
      },
      finish() {
        const actions = ['copy', 'regenerate', 'like', 'dislike', 'share'].map(iconButton);
        row.append(el('div', { class: `ds-flex ${hashes.actions}` }, ...actions));
      },
    };
  }

  return {
    addUser,
    startReply,
    turns: () => turns.map((turn) => ({ role: turn.role, text: turn.text() })),
  };
}
