import { describe, expect, it } from 'vitest';
import { expandTemplate, parseTemplate } from './template';

describe('parseTemplate', () => {
  it('lists the variables of level-1 expressions once each, in order', () => {
    expect(parseTemplate('demo://resource/dynamic/text/{resourceId}')).toEqual({
      ok: true,
      variables: ['resourceId'],
    });
    expect(parseTemplate('db://{schema}/{table}/{schema}.{user.id}')).toEqual({
      ok: true,
      variables: ['schema', 'table', 'user.id'],
    });
    expect(parseTemplate('config://app')).toEqual({ ok: true, variables: [] });
  });

  it('names the expressions beyond level 1 instead of guessing', () => {
    expect(parseTemplate('file:///{+path}')).toEqual({ ok: false, unsupported: ['{+path}'] });
    expect(parseTemplate('repo://{owner}/{repo}{/path*}{?ref,lang}')).toEqual({
      ok: false,
      unsupported: ['{/path*}', '{?ref,lang}'],
    });
    expect(parseTemplate('x://{}')).toEqual({ ok: false, unsupported: ['{}'] });
  });
});

describe('expandTemplate', () => {
  it('substitutes each variable, percent-encoding all but unreserved characters', () => {
    expect(expandTemplate('demo://resource/dynamic/text/{resourceId}', { resourceId: '7' })).toBe(
      'demo://resource/dynamic/text/7',
    );
    // RFC 6570 §1.2 examples for simple string expansion.
    expect(expandTemplate('{var}', { var: 'value' })).toBe('value');
    expect(expandTemplate('{hello}', { hello: 'Hello World!' })).toBe('Hello%20World%21');
    expect(expandTemplate('x://{a}/{b}', { a: 'a/b?c', b: "it's (*)~._-" })).toBe(
      'x://a%2Fb%3Fc/it%27s%20%28%2A%29~._-',
    );
    expect(expandTemplate('x://{name}', { name: 'café' })).toBe('x://caf%C3%A9');
  });

  it('expands a variable without a value to nothing and leaves literals alone', () => {
    expect(expandTemplate('x://a/{missing}/b', {})).toBe('x://a//b');
    expect(expandTemplate('x://a b', {})).toBe('x://a b');
  });
});
