import { describe, expect, it } from 'vitest';
import { duplicateKeys, formatPath, jsonErrorText, stripJsonc } from './json-text';

describe('settings file text', () => {
  it('drops comments and trailing commas, keeping strings, length and lines', () => {
    const text = '{\n  "url": "http://h//x/*y*/", // note\n  /* a\n  b */ "list": [1, 2,],\n}';
    const strict = stripJsonc(text);
    expect(strict).toHaveLength(text.length);
    expect(strict.split('\n')).toHaveLength(text.split('\n').length);
    expect(JSON.parse(strict)).toEqual({ url: 'http://h//x/*y*/', list: [1, 2] });
    // A comma inside a string before a bracket is text, not a trailing comma.
    expect(JSON.parse(stripJsonc('{"a": "x,}"}'))).toEqual({ a: 'x,}' });
  });

  it('finds keys given twice in one object, at any depth, with escaped quotes in strings', () => {
    const json =
      '{"a": 1, "list": [{"k": 1}, {"k": 2, "k": 3}], "s": "\\"a\\": 1", "a": {"b": 1, "b": 2}}';
    expect(duplicateKeys(json)).toEqual([
      { path: ['list', 1], key: 'k' },
      { path: [], key: 'a' },
      { path: ['a'], key: 'b' },
    ]);
    expect(duplicateKeys('{"a": {"x": 1}, "b": {"x": 1}}')).toEqual([]);
  });

  it('writes paths as a reader of the file would', () => {
    expect(formatPath(['mcpServers', 'my server', 'headers', 'X-Key'])).toBe(
      'mcpServers["my server"].headers["X-Key"]',
    );
    expect(formatPath(['servers', 2, 'url'])).toBe('servers[2].url');
    expect(formatPath([])).toBe('the top level');
  });

  it('places JSON errors by line and column when the engine gives a position', () => {
    const error = (text: string) => {
      try {
        JSON.parse(text);
      } catch (e) {
        return jsonErrorText(text, e);
      }
      throw new Error('expected invalid JSON');
    };
    expect(error('{"a": 1\n"b": 2}')).toMatch(/^Not valid JSON at line 2, column 1: /);
    expect(error('{"a": 1} x')).toBe(
      'Not valid JSON at line 1, column 10: unexpected non-whitespace character after JSON.',
    );
    expect(error('{"a": [1,\n')).toBe('Not valid JSON at line 2, column 1: it ends too early.');
    // Where the engine gives no position, the message still names the token.
    expect(
      jsonErrorText(
        '{"a": x}',
        new SyntaxError(`Unexpected token 'x', "{"a": x}" is not valid JSON`),
      ),
    ).toBe(`Not valid JSON: unexpected token 'x', "{"a": x}" is not valid JSON.`);
  });
});
