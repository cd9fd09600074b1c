import { describe, expect, it } from 'vitest';
import { mistral } from '.';

const route = (path: string) => mistral.isChatRoute(new URL(`https://chat.mistral.ai${path}`));

describe('Le Chat chat routes', () => {
  it('parses the new-chat pages and conversations', () => {
    expect(route('/chat')).toBe(true);
    expect(route('/chat?q=hello')).toBe(true);
    expect(route('/chat/3f1c9a4e-7b2d-4e8f-9a61-5c0d2e7f8b14')).toBe(true);
    expect(route('/incognito')).toBe(true);
  });

  it('ignores the rest of the site', () => {
    for (const path of ['/', '/agents', '/libraries/abc', '/work/abc', '/chat/a/b', '/account']) {
      expect(route(path), path).toBe(false);
    }
  });
});
