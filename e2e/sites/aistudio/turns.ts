// The aistudio.google.com fixture's chat turns: `ms-chat-turn` hosts whose role sits on an inner
// div (`data-turn-role="User" | "Model"`), a model turn's thoughts before its answer, and the
// 2026-09 turn of its own for uploaded files. See README.md.
import { type FileInfo, fromHtml, markdownRenderer, type Role } from '../page-kit';
import type { AiStudioLabels } from './forms';
import {
  blockRenderer,
  codeHtml,
  iconHtml,
  promptHtml,
  thoughtsHtml,
  turnFooterHtml,
} from './render';

export interface Reply {
  thinking(markdown: string): void;
  answer(markdown: string): void;
  finish(): void;
}

const CMARK = '<ms-cmark-node class="cmark-node v3-font-body">';

export function createTurns(scroller: Element, layout: string, t: AiStudioLabels) {
  const newer = layout !== '2026-02';
  const render = blockRenderer(t);
  const turns: { role: Role; text: () => string }[] = [];

  function add(role: 'User' | 'Model', content: string): Element {
    scroller.querySelector('ms-zero-state')?.remove();
    const side = role === 'User' ? 'user' : 'model';
    const turn = fromHtml(
      `<ms-chat-turn id="turn-${crypto.randomUUID()}">` +
        `<div class="chat-turn-container render ${side}">` +
        `<div class="virtual-scroll-container ${side}-prompt-container" data-turn-role="${role}">` +
        `<div class="author-label">${role === 'User' ? t.user : t.model}</div>` +
        `<div class="turn-content">${content}</div></div></div></ms-chat-turn>`,
    );
    scroller.append(turn);
    return turn.querySelector('[data-turn-role]')!;
  }

  return {
    /** 2026-09: files sent with a prompt are a user turn of their own, before the prompt's. */
    files(files: FileInfo[]): void {
      if (!newer || files.length === 0) return;
      const chips = files.map(
        (f) =>
          `<ms-file-chunk>${iconHtml(f.type.startsWith('image/') ? 'image' : 'draft')}` +
          `<span class="name">${f.name}</span> ` +
          `<span class="token-count">${t.tokens.replace('{n}', String(Math.ceil(f.size / 4)))}</span></ms-file-chunk>`,
      );
      const role = add('User', `<ms-prompt-chunk>${chips.join('')}</ms-prompt-chunk>`);
      turns.push({ role: 'user', text: () => role.querySelector('.name')?.textContent ?? '' });
    },

    prompt(text: string): void {
      const role = add(
        'User',
        `<ms-prompt-chunk><ms-text-chunk>${CMARK}${promptHtml(text, t)}</ms-cmark-node></ms-text-chunk></ms-prompt-chunk>`,
      );
      const body = role.querySelector('ms-cmark-node')!;
      turns.push({ role: 'user', text: () => body.textContent ?? '' });
    },

    /** A model turn with an empty answer for the reply to stream into. */
    reply(): Reply {
      const role = add(
        'Model',
        `<ms-prompt-chunk><ms-text-chunk>${CMARK}</ms-cmark-node></ms-text-chunk></ms-prompt-chunk>`,
      );
      const content = role.querySelector('.turn-content')!;
      const body = content.querySelector('ms-cmark-node')!;
      turns.push({ role: 'assistant', text: () => body.textContent ?? '' });
      let thoughts: ((markdown: string) => void) | undefined;
      return {
        thinking(markdown) {
          if (!thoughts) {
            // 2026-09: a prompt chunk of its own in the turn's content; 2026-02: the role div's child.
            const chunk = fromHtml(thoughtsHtml(t));
            if (newer) {
              const holder = fromHtml('<ms-prompt-chunk></ms-prompt-chunk>');
              holder.append(chunk);
              content.prepend(holder);
            } else content.before(chunk);
            const header = chunk.querySelector('mat-expansion-panel-header')!;
            header.addEventListener('click', () => {
              const open = header.getAttribute('aria-expanded') !== 'true';
              header.setAttribute('aria-expanded', String(open));
              chunk.querySelector('mat-expansion-panel')!.classList.toggle('mat-expanded', open);
            });
            thoughts = markdownRenderer(chunk.querySelector('ms-cmark-node')!, render, codeHtml);
          }
          thoughts(markdown);
        },
        answer: markdownRenderer(body, render, codeHtml),
        finish: () => role.append(fromHtml(turnFooterHtml(t))),
      };
    },

    list: () => turns.map((turn) => ({ role: turn.role, text: turn.text() })),
  };
}
