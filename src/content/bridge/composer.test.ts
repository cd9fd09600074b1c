// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../adapters/types';
import { listenForComposerText } from './composer';

type Listener = (message: unknown, sender: object) => Promise<unknown> | undefined;
const listeners = new Set<Listener>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'our-extension',
      onMessage: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  },
}));

const adapter = {
  site: { id: 'test', name: 'Test Chat', origins: [], startUrl: '' },
  selectors: {
    composer: ['textarea.composer'],
    sendButton: ['button.send'],
    assistantMessage: ['.reply'],
    userMessage: ['.mine'],
    codeBlock: ['pre'],
  },
  editor: 'textarea',
} as unknown as SiteAdapter;

const fromBackground = { id: 'our-extension' };
const deliver = (message: unknown, sender: object = fromBackground) =>
  [...listeners].map((l) => l(message, sender)).find((answer) => answer !== undefined);

function chatPage(): { composer: HTMLTextAreaElement; sent: () => number } {
  document.body.innerHTML =
    '<textarea class="composer"></textarea><button class="send" type="button">Send</button>';
  let sent = 0;
  document.querySelector('button.send')?.addEventListener('click', () => sent++);
  return { composer: document.querySelector('textarea')!, sent: () => sent };
}

afterEach(() => {
  listeners.clear();
  document.body.innerHTML = '';
});

describe('listenForComposerText', () => {
  it('answers a probe with the site, and inserts text without sending it', async () => {
    const { composer, sent } = chatPage();
    composer.value = 'My own words';
    listenForComposerText(adapter, new AbortController().signal);
    expect(await deliver({ type: 'composer.probe' })).toEqual({ ok: true, site: 'Test Chat' });
    expect(composer.value).toBe('My own words');
    expect(await deliver({ type: 'composer.insert', text: 'From a prompt' })).toEqual({
      ok: true,
      site: 'Test Chat',
    });
    expect(composer.value).toBe('My own words\n\nFrom a prompt');
    expect(sent()).toBe(0);
  });

  it('says when the composer is missing, naming the site', async () => {
    listenForComposerText(adapter, new AbortController().signal);
    expect(await deliver({ type: 'composer.probe' })).toEqual({
      ok: false,
      site: 'Test Chat',
      error: "Test Chat: could not find the message box; the site's layout may have changed.",
    });
  });

  it('takes nothing from a page, another extension, or a malformed message', async () => {
    const { composer } = chatPage();
    listenForComposerText(adapter, new AbortController().signal);
    const insert = { type: 'composer.insert', text: 'injected' };
    expect(deliver(insert, { id: 'our-extension', tab: { id: 3 } })).toBeUndefined();
    expect(deliver(insert, { id: 'someone-else' })).toBeUndefined();
    expect(deliver({ type: 'composer.insert', text: 42 })).toBeUndefined();
    expect(deliver({ type: 'composer.submit' })).toBeUndefined();
    expect(composer.value).toBe('');
  });

  it('stops listening when its lifetime ends', () => {
    const lifetime = new AbortController();
    listenForComposerText(adapter, lifetime.signal);
    expect(listeners.size).toBe(1);
    lifetime.abort();
    expect(listeners.size).toBe(0);
  });
});
