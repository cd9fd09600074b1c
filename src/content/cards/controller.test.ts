// @vitest-environment happy-dom
// A call's verdict belongs to the call it was asked about: a block the site renders half-written
// and then whole again while the background is asked keeps its proposal; a block that now holds
// another call gets a new one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testAdapter } from '../adapters/test-adapter.fixture';
import { CardController } from './controller';

const streaming = vi.hoisted(() => ({ now: true }));
vi.mock('../dom/visible', async (original) => ({
  ...(await original<typeof import('../dom/visible')>()),
  isStreaming: () => streaming.now,
}));

/** Each `calls.propose` the cards sent, answered when the test says so. */
const proposals = vi.hoisted(
  () => [] as { call: { arguments: unknown }; answer: (verdict: object) => void }[],
);
vi.mock('../bridge/background', () => ({
  ask: (name: string, payload: { call: { arguments: unknown } }) =>
    name === 'calls.propose'
      ? new Promise((answer) => proposals.push({ call: payload.call, answer }))
      : Promise.resolve({}),
}));
vi.mock('webextension-polyfill', () => ({
  // A page happy-dom need not load.
  default: { runtime: { getURL: () => 'about:blank' } },
}));

/** Every card is in view: its frame is made as soon as it has a proposal. */
class InView {
  constructor(private readonly seen: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    this.seen([{ isIntersecting: true }]);
  }
  disconnect() {}
}

const call = (message: string) =>
  `{"call_id": "c1", "tool": "echo", "arguments": {"message": "${message}"}}`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CardController', () => {
  let thread: HTMLElement;
  let controller: CardController;
  let scope: AbortController;
  /** The site renders the block's code as `text` (a new element, as a re-render makes). */
  const show = (text: string) => {
    const code = document.createElement('code');
    code.className = 'language-mcp-call';
    code.textContent = text;
    thread.querySelector('pre')?.replaceChildren(code);
    controller.scan(thread);
  };
  const host = () => document.querySelector<HTMLElement>('[data-mcp-switchboard-card]');

  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', InView);
    streaming.now = true;
    proposals.length = 0;
    document.body.innerHTML = '<main><div class="reply"><pre></pre></div></main>';
    thread = document.querySelector('main') as HTMLElement;
    scope = new AbortController();
    controller = new CardController(testAdapter(), scope.signal);
  });
  afterEach(() => {
    scope.abort();
    vi.unstubAllGlobals();
  });

  it('keeps the proposal of a call read half-written and whole again while it was asked', async () => {
    show(call('one'));
    expect(proposals).toHaveLength(1);
    show(call('one').slice(0, -3));
    expect(host()?.dataset.phase).toBe('writing');
    show(call('one'));
    expect(host()?.dataset.phase).toBe('ready');

    proposals[0]?.answer({ proposalId: 'p1', problems: [], policy: 'ask' });
    await settle();
    expect(proposals).toHaveLength(1);
    expect(host()?.dataset.proposal).toBe('p1');
  });

  it('asks again when the block holds another call by the time the answer comes', async () => {
    show(call('one'));
    show(call('one').slice(0, -3));
    show(call('two'));
    expect(proposals.map((p) => p.call.arguments)).toEqual([
      { message: 'one' },
      { message: 'two' },
    ]);
    proposals[1]?.answer({ proposalId: 'p2', problems: [], policy: 'ask' });
    proposals[0]?.answer({ proposalId: 'p1', problems: [], policy: 'ask' });
    await settle();
    expect(host()?.dataset.proposal).toBe('p2');
  });

  it('applies a refusal that came while the block read half-written once the call shows whole', async () => {
    show(call('one'));
    show(call('one').slice(0, -3));
    proposals[0]?.answer({ proposalId: 'p1', problems: ['message: too short'], policy: 'ask' });
    await settle();
    expect(host()?.dataset.phase).toBe('writing');
    show(call('one'));
    expect(host()?.dataset.phase).toBe('invalid');
    expect(host()?.dataset.proposal).toBeUndefined();
    expect(proposals).toHaveLength(1);
  });
});
