// @vitest-environment happy-dom
// Which code blocks a batch of page changes touched: the streaming reply is read from these alone.
import { describe, expect, it } from 'vitest';
import { recordsOf } from './mutations.fixture';
import { touchedBlocks } from './touched';

const CODE_BLOCK = ['pre'];

function reply(): { message: HTMLElement; first: HTMLElement; code: HTMLElement } {
  const message = document.createElement('div');
  message.innerHTML =
    '<p>Calling a tool.</p><pre><code class="language-mcp-call">{"tool":</code></pre>';
  document.body.replaceChildren(message);
  const first = message.querySelector('pre') as HTMLElement;
  return { message, first, code: first.querySelector('code') as HTMLElement };
}

describe('touchedBlocks', () => {
  it('text written into a block’s code touches that block', async () => {
    const { message, first, code } = reply();
    const records = await recordsOf(message, () => {
      code.append(' "echo"');
      (code.firstChild as Text).appendData(' ');
    });
    const touched = [...touchedBlocks(records, CODE_BLOCK)];
    expect(touched).toHaveLength(1);
    expect(touched[0]).toBe(first);
  });

  it('a block added, alone or inside another element, is touched; prose is not', async () => {
    const { message } = reply();
    const prose = await recordsOf(message, () => {
      const p = document.createElement('p');
      p.textContent = 'More words.';
      message.append(p);
    });
    expect(touchedBlocks(prose, CODE_BLOCK).size).toBe(0);

    let added: Element[] = [];
    const blocks = await recordsOf(message, () => {
      const pre = document.createElement('pre');
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<div><pre><code>x</code></pre></div>';
      message.append(pre, wrapper);
      added = [pre, wrapper.querySelector('pre')!];
    });
    // Elements are compared as the same node, not as equal markup.
    const touched = touchedBlocks(blocks, CODE_BLOCK);
    expect(touched.size).toBe(2);
    expect(added.every((block) => touched.has(block))).toBe(true);
  });

  it('a block the site re-rendered (replaced) is touched as its new element', async () => {
    const { message, first } = reply();
    let fresh!: Element;
    const records = await recordsOf(message, () => {
      fresh = first.cloneNode(true) as Element;
      first.replaceWith(fresh);
    });
    const touched = [...touchedBlocks(records, CODE_BLOCK)];
    expect(touched).toHaveLength(1);
    expect(touched[0]).toBe(fresh);
  });

  it('of changes read together, only blocks still in the page are touched', async () => {
    const { message, first, code } = reply();
    let last!: Element;
    const records = await recordsOf(message, () => {
      // Written into, then swapped twice, as a stream's chunks do between two reads.
      code.append(' "echo"');
      const second = first.cloneNode(true) as Element;
      first.replaceWith(second);
      last = second.cloneNode(true) as Element;
      second.replaceWith(last);
    });
    expect([...touchedBlocks(records, CODE_BLOCK)]).toEqual([last]);
  });
});

describe('touchedBlocks with nested variants', () => {
  it('names the outermost block, as a full read does', async () => {
    const message = document.createElement('div');
    message.innerHTML =
      '<div data-markdown-copy="code-block"><div>mcp-call</div><pre><code>{"call_id":</code></pre></div>';
    document.body.replaceChildren(message);
    const outer = message.firstElementChild!;
    const code = message.querySelector('code')!;
    const records = await recordsOf(message, () => code.append(' "c1"'));
    const touched = [...touchedBlocks(records, ['div[data-markdown-copy="code-block"]', 'pre'])];
    expect(touched).toEqual([outer]);
  });

  it('a block added inside another is the outer one, as a full read finds it', async () => {
    const message = document.createElement('div');
    message.innerHTML = '<div data-markdown-copy="code-block"><div>mcp-call</div></div>';
    document.body.replaceChildren(message);
    const outer = message.firstElementChild!;
    const records = await recordsOf(message, () => {
      const pre = document.createElement('pre');
      pre.innerHTML = '<code>{"call_id":</code>';
      outer.append(pre);
    });
    const touched = [...touchedBlocks(records, ['div[data-markdown-copy="code-block"]', 'pre'])];
    expect(touched).toEqual([outer]);
  });
});
