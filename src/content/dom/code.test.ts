// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { languageFromClass } from './code';

const code = (className: string) => Object.assign(document.createElement('code'), { className });

describe('languageFromClass', () => {
  it('reads language-x and lang-x in any place of the class list', () => {
    expect(languageFromClass(code('language-json'))).toBe('json');
    expect(languageFromClass(code('hljs  lang-mcp-call whitespace-pre'))).toBe('mcp-call');
  });

  it('finds none in a class that only contains the word, or with no class', () => {
    expect(languageFromClass(code('no-language-json'))).toBeUndefined();
    expect(languageFromClass(code('hljs'))).toBeUndefined();
    expect(languageFromClass(document.createElement('code'))).toBeUndefined();
  });
});
