import { describe, expect, it } from 'vitest';
import { perplexity } from '.';

const route = (url: string) => perplexity.isChatRoute(new URL(url));

describe('Perplexity chat routes', () => {
  it('parses the new-thread page and threads on both origins', () => {
    expect(route('https://www.perplexity.ai/')).toBe(true);
    expect(
      route('https://www.perplexity.ai/search/please-echo-something-jaG0sDLfTZa4r6Cv3wh0Eg'),
    ).toBe(true);
    expect(route('https://perplexity.ai/search/X6t.mmrtS5mIa_8aTf2N0Q/')).toBe(true);
  });

  it('ignores the rest of the site', () => {
    for (const path of [
      '/search',
      '/search/',
      '/library',
      '/discover',
      '/spaces/my-space-abc',
      '/page/some-article-abc',
      '/settings/account',
      '/search/a/b',
    ]) {
      expect(route(`https://www.perplexity.ai${path}`), path).toBe(false);
    }
  });
});
