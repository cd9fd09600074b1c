import { describe, expect, it } from 'vitest';
import { deepseek } from '.';

const route = (path: string) => deepseek.isChatRoute(new URL(`https://chat.deepseek.com${path}`));

describe('DeepSeek chat routes', () => {
  it('parses the welcome page and chats', () => {
    expect(route('/')).toBe(true);
    expect(route('/a/chat/s/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9')).toBe(true);
    expect(route('/a/chat/s/0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9/')).toBe(true);
  });

  it('ignores the rest of the site', () => {
    for (const path of ['/sign_in', '/a/chat/s/', '/a/chat/s/x/y', '/share/abc', '/downloads']) {
      expect(route(path), path).toBe(false);
    }
  });
});
