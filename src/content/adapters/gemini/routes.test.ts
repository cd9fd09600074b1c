import { describe, expect, it } from 'vitest';
import { gemini } from '.';

const route = (path: string) => gemini.isChatRoute(new URL(`https://gemini.google.com${path}`));

describe('Gemini chat routes', () => {
  it('parses new chats, conversations and Gem chats, for any signed-in account', () => {
    for (const path of [
      '/app',
      '/app/',
      '/app/87534003f06210bd',
      '/u/1/app',
      '/u/1/app/87534003f06210bd',
      '/gem/coding-partner',
      '/gem/4221cfdd4fe7/cfe2d141fe0adecb',
      '/gem/1RrpDHQocP7E7C7Bpsc7yhDT-AkuKNuT_',
      '/u/2/gem/4221cfdd4fe7/cfe2d141fe0adecb',
    ]) {
      expect(route(path), path).toBe(true);
    }
  });

  it('ignores the rest of the site', () => {
    for (const path of [
      '/',
      '/gems/view',
      '/gem/',
      '/search',
      '/share/6745a1b2',
      '/mystuff',
      '/settings',
      '/app/abc/extra',
      '/u/x/app',
    ]) {
      expect(route(path), path).toBe(false);
    }
  });
});
