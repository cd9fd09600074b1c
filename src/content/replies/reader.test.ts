// @vitest-environment happy-dom
// The reply being written is read from the blocks each change touched (readWriting), at the places a full read
// would give them: appended blocks, blocks written into, a block taken out, reasoning left out.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { testAdapter } from '../adapters/test-adapter.fixture';
import { recordsOf } from './mutations.fixture';
import { type BlockSink, type FoundBlock, ReplyReader } from './reader';

const streaming = vi.hoisted(() => ({ now: true }));
vi.mock('../dom/visible', () => ({ isStreaming: () => streaming.now }));

const adapter = testAdapter({ reasoning: ['.thinking'] });

const call = (id: string, message = id) =>
  `<pre><code class="language-mcp-call">{"call_id": "${id}", "tool": "echo", "arguments": {"message": "${message}"}}</code></pre>`;

/** What the reader hands on: each call's id, its key's place in the reply and its message. */
function sink(): BlockSink & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    call: (found: FoundBlock) => {
      if (found.read.kind !== 'call') return;
      const { call_id, arguments: args } = found.read.call;
      seen.push(
        `${call_id}@${found.key.split('|').at(-1)}:${(args as { message: string }).message}`,
      );
    },
    lookup: () => {},
  };
}

describe('ReplyReader', () => {
  let thread: HTMLElement;
  let reply: HTMLElement;
  let reader: ReplyReader;
  beforeEach(() => {
    streaming.now = true;
    document.body.innerHTML = `<main><div class="reply"><p>Two calls.</p>${call('a')}${call('b')}</div></main>`;
    thread = document.querySelector('main') as HTMLElement;
    reply = document.querySelector('.reply') as HTMLElement;
    reader = new ReplyReader(adapter);
  });

  /** Writes into the text of the reply's `n`th code element, as a stream does. */
  const rewrite = (n: number, from: string, to: string) => {
    const text = reply.querySelectorAll('code')[n]?.firstChild as Text;
    text.data = text.data.replace(from, to);
  };

  it('reads a new block and a block written into at the places a full read gives', async () => {
    const first = sink();
    reader.read(thread, first);
    expect(first.seen).toEqual(['a@0:a', 'b@1:b']);

    const appended = sink();
    const added = await recordsOf(thread, () => reply.insertAdjacentHTML('beforeend', call('c')));
    expect(reader.readWriting(added, appended)).toBe(true);
    expect(appended.seen).toEqual(['c@2:c']);

    const written = sink();
    const edited = await recordsOf(thread, () => rewrite(1, '"message": "b"', '"message": "b2"'));
    expect(reader.readWriting(edited, written)).toBe(true);
    expect(written.seen).toEqual(['b@1:b2']);
  });

  it('gives the blocks after one taken out their new places', async () => {
    reader.read(thread, sink());
    const appended = sink();
    reader.readWriting(
      await recordsOf(thread, () => reply.insertAdjacentHTML('beforeend', call('c'))),
      appended,
    );
    expect(appended.seen).toEqual(['c@2:c']);
    const removed = await recordsOf(thread, () => reply.querySelector('pre')?.remove());
    const afterRemoval = sink();
    expect(reader.readWriting(removed, afterRemoval)).toBe(true);
    expect(afterRemoval.seen).toEqual([]);

    const written = sink();
    const edited = await recordsOf(thread, () => rewrite(1, '"message": "c"', '"message": "c2"'));
    reader.readWriting(edited, written);
    // What a full read of the page now finds, from scratch.
    const fresh = sink();
    new ReplyReader(adapter).read(thread, fresh);
    expect(written.seen).toEqual(['c@1:c2']);
    expect(fresh.seen).toContain('c@1:c2');
  });

  it('follows the last block replaced by a new element, and a block put before the others', async () => {
    reader.read(thread, sink());
    const replaced = sink();
    const swap = await recordsOf(thread, () => {
      const last = reply.querySelectorAll('pre')[1] as Element;
      last.insertAdjacentHTML('afterend', call('b', 'b3'));
      last.remove();
    });
    reader.readWriting(swap, replaced);
    expect(replaced.seen).toEqual(['b@1:b3']);

    const before = sink();
    const inserted = await recordsOf(thread, () =>
      reply.querySelector('p')?.insertAdjacentHTML('afterend', call('z')),
    );
    reader.readWriting(inserted, before);
    expect(before.seen).toEqual(['z@0:z']);
    const written = sink();
    const edited = await recordsOf(thread, () => rewrite(2, 'b3', 'b4'));
    reader.readWriting(edited, written);
    expect(written.seen).toEqual(['b@2:b4']);
  });

  it('reads a finished last reply of plain code once, and again when a change falls inside it', async () => {
    streaming.now = false;
    document.body.innerHTML =
      '<main><div class="mine">Hi</div><div class="reply"><pre><code>let x = 1;</code></pre></div></main>';
    thread = document.querySelector('main') as HTMLElement;
    reply = document.querySelector('.reply') as HTMLElement;
    const looked: Element[] = [];
    const reading = new ReplyReader(
      testAdapter({}, { codeLanguage: (block: Element) => void looked.push(block) }),
    );
    reading.read(thread, sink());
    expect(looked).toHaveLength(1);
    // The user writes a new message: the finished reply is not read again.
    const elsewhere = await recordsOf(thread, () =>
      thread.insertAdjacentHTML('beforeend', '<div class="mine">Next</div>'),
    );
    reading.read(thread, sink(), elsewhere);
    expect(looked).toHaveLength(1);
    // Its last part shows after the stop button went: it is read again, and the call found.
    const late = sink();
    const inside = await recordsOf(thread, () => reply.insertAdjacentHTML('beforeend', call('z')));
    reading.read(thread, late, inside);
    expect(late.seen).toEqual(['z@1:z']);
    expect(looked).toHaveLength(3);
    // A reply with a call is read at each look, as before.
    reading.read(thread, sink(), elsewhere);
    expect(looked).toHaveLength(5);
  });

  it('reads a settled last reply again on a look at the whole page, but not once a reply follows it', () => {
    streaming.now = false;
    document.body.innerHTML =
      '<main><div class="reply"><pre><code>let x = 1;</code></pre></div></main>';
    thread = document.querySelector('main') as HTMLElement;
    const looked: Element[] = [];
    const reading = new ReplyReader(
      testAdapter({}, { codeLanguage: (block: Element) => void looked.push(block) }),
    );
    reading.read(thread, sink());
    reading.read(thread, sink());
    expect(looked).toHaveLength(2);
    thread.insertAdjacentHTML('beforeend', '<div class="reply"><p>More.</p></div>');
    reading.read(thread, sink());
    reading.read(thread, sink());
    expect(looked).toHaveLength(2);
  });

  it('never reads a block written into a reasoning part, however often', async () => {
    reply.insertAdjacentHTML('afterbegin', `<div class="thinking">${call('t')}</div>`);
    const first = sink();
    reader.read(thread, first);
    expect(first.seen).toEqual(['a@0:a', 'b@1:b']);
    const thought = reply.querySelector('.thinking code') as HTMLElement;
    for (let i = 0; i < 3; i++) {
      const seen = sink();
      const edited = await recordsOf(thread, () => {
        (thought.firstChild as Text).data += ' ';
      });
      expect(reader.readWriting(edited, seen)).toBe(true);
      expect(seen.seen).toEqual([]);
    }
  });
});
