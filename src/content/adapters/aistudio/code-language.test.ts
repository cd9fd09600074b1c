// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { aistudio } from '.';

/** An ms-code-block as AI Studio renders it; `attribute` is its data-test-language, if any. */
function block(title: string, attribute?: string): Element {
  const host = document.createElement('ms-code-block');
  if (attribute !== undefined) host.setAttribute('data-test-language', attribute);
  host.innerHTML =
    '<mat-expansion-panel><mat-expansion-panel-header><mat-panel-title>' +
    `<span class="material-symbols-outlined">code</span><span>${title}</span>` +
    '</mat-panel-title></mat-expansion-panel-header>' +
    '<div class="mat-expansion-panel-body"><pre><code>x</code></pre></div></mat-expansion-panel>';
  return host;
}

describe('AI Studio code block language', () => {
  it('reads the fence language from data-test-language', () => {
    const b = block('mcp-call', 'mcp-call');
    expect(aistudio.codeLanguage(b, b.querySelector('code')!)).toBe('mcp-call');
  });

  it('reads the header title, not the icon ligature, when the attribute is missing or empty', () => {
    const missing = block('mcp-call');
    expect(aistudio.codeLanguage(missing, missing.querySelector('code')!)).toBe('mcp-call');
    const empty = block('JSON', '');
    expect(aistudio.codeLanguage(empty, empty.querySelector('code')!)).toBe('json');
  });
});
