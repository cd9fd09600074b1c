// @vitest-environment happy-dom
// Finding a reply's code blocks across markup variants, and leaving reasoning out.
import { describe, expect, it } from 'vitest';
import { answerBlocks, outermost } from './blocks';

function page(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('outermost', () => {
  it('counts a block once, as its outermost match, whichever variants match it', () => {
    const root = page(
      '<div class="cb"><pre><code>a</code></pre></div><pre><code>b</code></pre><div class="cb"><pre><pre>c</pre></pre></div>',
    );
    const found = outermost(root, ['pre', 'div.cb']);
    expect(found.map((e) => e.textContent)).toEqual(['a', 'b', 'c']);
    expect(found[0]?.className).toBe('cb');
  });
});

describe('answerBlocks', () => {
  it('skips code in a reasoning part of the reply', () => {
    const reply = page(
      '<div data-part="reasoning"><pre>thought</pre></div><div data-part="answer"><pre>said</pre></div>',
    );
    const blocks = answerBlocks(reply, ['pre'], ['[data-part="reasoning"]']);
    expect(blocks.map((b) => b.textContent)).toEqual(['said']);
  });

  it('skips everything when the reply itself sits in a reasoning section', () => {
    const root = page('<details class="think"><div class="md"><pre>x</pre></div></details>');
    const reply = root.querySelector('.md')!;
    expect(answerBlocks(reply, ['pre'], ['details.think'])).toEqual([]);
  });
});
