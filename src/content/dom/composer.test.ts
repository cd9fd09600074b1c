// @vitest-environment happy-dom
// The message box, and the stand-in some sites serve until their editor is ready.
import { afterEach, describe, expect, it } from 'vitest';
import { testAdapter } from '../adapters/test-adapter.fixture';
import { awaitComposer, composerPending, findComposer } from './composer';

const adapter = testAdapter(
  {
    composer: ['[data-testid="chat-input"][contenteditable="true"]'],
    composerPending: ['textarea[data-testid="chat-input-ssr"]'],
  },
  { editor: 'prosemirror' },
);

const SSR = '<textarea data-testid="chat-input-ssr"></textarea>';
const EDITOR = '<div data-testid="chat-input" contenteditable="true"></div>';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('awaitComposer', () => {
  it('never takes the stand-in for the composer, and waits for the editor that replaces it', async () => {
    document.body.innerHTML = `<main><div class="slot">${SSR}</div></main>`;
    expect(findComposer(adapter)).toBeNull();
    expect(composerPending(adapter)).toBe(true);
    const waiting = awaitComposer(adapter);
    setTimeout(() => {
      document.querySelector('.slot')!.innerHTML = EDITOR;
    }, 20);
    const found = await waiting;
    expect(found?.getAttribute('data-testid')).toBe('chat-input');
    expect(composerPending(adapter)).toBe(false);
  });

  it('answers at once when there is neither editor nor stand-in', async () => {
    document.body.innerHTML = '<main></main>';
    const started = Date.now();
    expect(await awaitComposer(adapter)).toBeNull();
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('stops waiting when the stand-in goes without an editor coming', async () => {
    document.body.innerHTML = `<main><div class="slot">${SSR}</div></main>`;
    const waiting = awaitComposer(adapter);
    setTimeout(() => document.querySelector('.slot')!.replaceChildren(), 20);
    expect(await waiting).toBeNull();
  });
});
