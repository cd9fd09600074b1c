import { describe, expect, it } from 'vitest';
import { claude } from '.';

const route = (path: string) => claude.isChatRoute(new URL(`https://claude.ai${path}`));

describe('Claude chat routes', () => {
  it('parses the new-chat pages and conversations', () => {
    expect(route('/new')).toBe(true);
    expect(route('/new?incognito')).toBe(true);
    expect(route('/chat/0b5c7a1e-3f2d-4c8a-9e61-2d4f8a7b9c10')).toBe(true);
    expect(route('/project/019a2b3c-4d5e-7f60-8a9b-0c1d2e3f4a5b')).toBe(true);
  });

  it('ignores the rest of the site', () => {
    for (const path of [
      '/',
      '/recents',
      '/projects',
      '/settings',
      '/chat/',
      '/share/0b5c7a1e',
      '/login',
    ]) {
      expect(route(path), path).toBe(false);
    }
  });
});
