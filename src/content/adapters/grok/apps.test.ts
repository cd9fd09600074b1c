// @vitest-environment happy-dom
// One adapter, two apps: grok.com's Tiptap composer and Shiki code blocks, X's textarea and
// react-syntax-highlighter code blocks. The adapter must tell them apart by the element at hand.
import { describe, expect, it } from 'vitest';
import { insertText } from '../../dom/insert-text';
import { grok } from '.';

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
};

describe('Grok on grok.com and inside X', () => {
  it('takes X’s textarea as a textarea and grok.com’s contenteditable as ProseMirror', () => {
    const editor = grok.editor;
    if (typeof editor !== 'function') throw new Error('Grok chooses its editor per composer');
    expect(editor(html('<textarea placeholder="Ask Grok (AI agent)"></textarea>'))).toBe(
      'textarea',
    );
    expect(editor(html('<div class="tiptap ProseMirror" contenteditable="true"></div>'))).toBe(
      'prosemirror',
    );
  });

  it('writes into X’s textarea through the native setter and an input event', async () => {
    const area = html('<textarea>mine</textarea>') as HTMLTextAreaElement;
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    expect(await insertText(area, grok.editor, 'Result: ok')).toBe('text');
    expect(area.value).toBe('mine\n\nResult: ok');
    expect(seen).toEqual(['mine\n\nResult: ok']);
  });

  it('reads a code block’s language from grok.com’s header label and from X’s code class', () => {
    const shiki = html(
      '<div data-testid="code-block"><div><span class="font-mono text-xs">mcp-call</span></div><pre><code>{}</code></pre></div>',
    );
    expect(grok.codeLanguage(shiki, shiki.querySelector('code')!)).toBe('mcp-call');
    const x = html(
      '<div data-testid="markdown-code-block"><div><div dir="auto">mcp-call</div></div><pre><code class="language-mcp-call">{}</code></pre></div>',
    );
    expect(grok.codeLanguage(x, x.querySelector('code')!)).toBe('mcp-call');
    const unnamed = html('<div><pre><code>{}</code></pre></div>');
    expect(grok.codeLanguage(unnamed, unnamed.querySelector('code')!)).toBeUndefined();
  });
});
