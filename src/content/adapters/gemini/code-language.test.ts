// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gemini } from '.';

function block(label: string): Element {
  const host = document.createElement('code-block');
  host.innerHTML =
    '<div class="code-block"><div class="formatted-code-block-internal-container">' +
    `<div class="animated-opacity"><div class="code-block-decoration header-formatted"><span>${label}</span>` +
    '<div class="buttons"></div></div><pre><code data-test-id="code-content">x</code></pre>' +
    '</div></div></div>';
  return host;
}

describe('Gemini code block language', () => {
  it('reads the header label', () => {
    const b = block('JSON');
    expect(gemini.codeLanguage(b, b.querySelector('code')!)).toBe('json');
  });

  it('treats "Code snippet" as no language', () => {
    const b = block('Code snippet');
    expect(gemini.codeLanguage(b, b.querySelector('code')!)).toBeUndefined();
  });
});
