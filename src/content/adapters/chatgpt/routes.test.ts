import { describe, expect, it } from 'vitest';
import { chatgpt } from '.';

const route = (path: string) => chatgpt.isChatRoute(new URL(`https://chatgpt.com${path}`));

describe('ChatGPT chat routes', () => {
  it('parses the new-chat page and conversations', () => {
    expect(route('/')).toBe(true);
    expect(route('/c/6745a1b2-0000-8000-9000-123456789abc')).toBe(true);
    expect(route('/g/g-abc123-helper/c/6745a1b2')).toBe(true);
  });

  it('ignores the rest of the site', () => {
    for (const path of ['/gpts', '/codex', '/settings', '/c/', '/share/6745a1b2', '/auth/login']) {
      expect(route(path), path).toBe(false);
    }
  });
});
