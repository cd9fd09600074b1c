// @vitest-environment happy-dom
// Reading code from each markup a site may render a block as.
import { describe, expect, it } from 'vitest';
import { readCode } from './code-text';

const CALL = '{"call_id": "c1",\n  "tool": "echo",\n  "arguments": {"message": "hi"}}';
const CODE = ['pre code', 'code'];

function block(html: string): Element {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.replaceChildren(element);
  return element;
}

const cmLines = (text: string) =>
  text
    .split('\n')
    .map((line) => `<div class="cm-line">${line ? `<span>${line}</span>` : '<br>'}</div>`)
    .join('');

describe('readCode', () => {
  it('reads <pre><code> with its newlines', () => {
    const read = readCode(block(`<pre><code>${CALL}</code></pre>`), CODE);
    expect(read).toMatchObject({ text: CALL, whole: true });
    expect(read?.element.tagName).toBe('CODE');
  });

  it('joins a CodeMirror viewer’s lines, which hold no newline characters', () => {
    const html = `<div class="cm-editor"><div class="cm-scroller"><div class="cm-content" contenteditable="false" role="textbox" data-language="json">${cmLines(`${CALL}\n\nend`)}</div></div></div>`;
    const read = readCode(block(html), CODE);
    expect(read?.text).toBe(`${CALL}\n\nend`);
    expect(read?.whole).toBe(true);
    expect(read?.element.getAttribute('data-language')).toBe('json');
  });

  it('says a viewer with lines not rendered yet is not whole', () => {
    const lines = cmLines(CALL);
    const html = `<div class="cm-content">${lines}<div class="cm-gap" style="height: 800px"></div></div>`;
    const read = readCode(block(html), CODE);
    expect(read?.whole).toBe(false);
    expect(read?.text).toBe(CALL);
  });

  it('joins line elements of another viewer when the text has no newline', () => {
    const lines = CALL.split('\n')
      .map((l) => `<div>${l}</div>`)
      .join('');
    expect(readCode(block(`<pre><code>${lines}</code></pre>`), CODE)?.text).toBe(CALL);
  });

  it('keeps inline spans of one line together', () => {
    const html = '<pre><code><span>{"call_id":</span><span> "c1"}</span></code></pre>';
    expect(readCode(block(html), CODE)?.text).toBe('{"call_id": "c1"}');
  });

  it('finds nothing where no code element is known', () => {
    expect(readCode(block('<p>no code</p>'), CODE)).toBeUndefined();
  });
});
