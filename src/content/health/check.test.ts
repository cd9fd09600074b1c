// @vitest-environment happy-dom
// What the health check names as missing, from what the page shows.
import { afterEach, describe, expect, it } from 'vitest';
import { testAdapter } from '../adapters/test-adapter.fixture';
import { missingElements, type Seen } from './check';

const adapter = testAdapter();

const seen = (over: Partial<Seen> = {}): Seen => ({
  thread: document.querySelector('main') ?? undefined,
  replies: 0,
  userMessages: 0,
  afterReply: false,
  quiet: false,
  streaming: false,
  stalled: false,
  ...over,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('missingElements', () => {
  it('asks for the send button only while the composer holds text', () => {
    document.body.innerHTML = '<main></main><textarea></textarea>';
    expect(missingElements(adapter, seen())).toEqual([]);
    document.querySelector('textarea')!.value = 'hello';
    expect(missingElements(adapter, seen())).toEqual(['send button']);
    document.body.insertAdjacentHTML('beforeend', '<button class="send">↑</button>');
    expect(missingElements(adapter, seen())).toEqual([]);
  });

  it('does not count a composer the site keeps hidden', () => {
    document.body.innerHTML = '<main></main><textarea style="display: none"></textarea>';
    expect(missingElements(adapter, seen())).toEqual(['composer']);
  });

  it('counts a stand-in the site shows until its editor is ready as a composer on its way', () => {
    const hydrating = testAdapter({ composerPending: ['textarea.ssr'] });
    document.body.innerHTML = '<main></main><div class="ssr-slot"></div>';
    expect(missingElements(hydrating, seen())).toEqual(['composer']);
    document.querySelector('.ssr-slot')!.innerHTML = '<textarea class="ssr"></textarea>';
    // The adapter's own composer list would take any textarea: the stand-in is not one.
    const strict = testAdapter({
      composerPending: ['textarea.ssr'],
      composer: ['textarea:not(.ssr)'],
    });
    expect(missingElements(strict, seen())).toEqual([]);
    // Kept in the page but hidden once the editor came: it no longer stands for anything.
    document.querySelector<HTMLElement>('textarea.ssr')!.style.display = 'none';
    expect(missingElements(strict, seen())).toEqual(['composer']);
  });

  it('names replies it cannot find once one was written, and your messages likewise', () => {
    document.body.innerHTML = '<main></main><textarea></textarea>';
    expect(missingElements(adapter, seen({ userMessages: 1 }))).toEqual([]);
    expect(missingElements(adapter, seen({ userMessages: 1, afterReply: true }))).toEqual([
      'assistant reply',
    ]);
    expect(missingElements(adapter, seen({ userMessages: 2 }))).toEqual([]);
    expect(missingElements(adapter, seen({ userMessages: 1, quiet: true }))).toEqual([
      'assistant reply',
    ]);
    expect(missingElements(adapter, seen({ replies: 2 }))).toEqual(['your messages']);
  });

  it('names a reply that never ends', () => {
    document.body.innerHTML = '<main></main><textarea></textarea>';
    expect(missingElements(adapter, seen({ streaming: true, stalled: true }))).toEqual([
      'end of reply',
    ]);
  });
});
