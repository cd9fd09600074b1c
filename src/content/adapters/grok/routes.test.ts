import { describe, expect, it } from 'vitest';
import { grok } from '.';

const route = (url: string) => grok.isChatRoute(new URL(url));

describe('Grok chat routes', () => {
  it('parses the new-chat page and conversations on grok.com', () => {
    expect(route('https://grok.com/')).toBe(true);
    expect(route('https://grok.com/c/6745a1b2-0000-4000-9000-123456789abc')).toBe(true);
    expect(route('https://grok.com/c/6745a1b2-0000-4000-9000-123456789abc?rid=0f1e2d3c')).toBe(
      true,
    );
  });

  it('ignores the rest of grok.com', () => {
    for (const path of ['/c/', '/imagine', '/project', '/share/abc123', '/sign-in', '/chat/x']) {
      expect(route(`https://grok.com${path}`), path).toBe(false);
    }
  });

  it('parses Grok inside X at /i/grok, with or without a saved conversation', () => {
    expect(route('https://x.com/i/grok')).toBe(true);
    expect(route('https://x.com/i/grok?conversation=1949223611530703142')).toBe(true);
  });

  it('never parses the rest of x.com', () => {
    for (const path of [
      '/',
      '/home',
      '/explore',
      '/notifications',
      '/messages',
      '/i/bookmarks',
      '/i/grok/share/epcaVMC8P95tNVyl2OgZtZ8b4',
      '/i/grokking',
      '/i/grok?conversation=',
      '/elonmusk',
      '/elonmusk/status/1949223611530703142',
      '/search?q=%2Fi%2Fgrok',
      '/compose/post',
    ]) {
      expect(route(`https://x.com${path}`), path).toBe(false);
    }
  });

  it('ignores other hosts, even with a Grok-like path', () => {
    expect(route('https://twitter.com/i/grok')).toBe(false);
    expect(route('https://grok.com.evil.example/')).toBe(false);
    expect(route('https://www.grok.com/')).toBe(false);
    expect(route('https://x.com.evil.example/i/grok')).toBe(false);
  });
});
