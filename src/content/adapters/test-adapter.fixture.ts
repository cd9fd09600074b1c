// A made-up site's adapter for unit tests of content-script modules: plain selectors (`main`,
// `.reply`, `.mine`, `pre > code`, a textarea, send and stop buttons), any of them replaced.
import type { SiteAdapter, SiteSelectors } from './types';

export function testAdapter(
  selectors: Partial<SiteSelectors> = {},
  rest: Partial<Omit<SiteAdapter, 'selectors'>> = {},
): SiteAdapter {
  return {
    site: { id: 't', name: 'Test', origins: [], startUrl: '' },
    selectors: {
      thread: ['main'],
      assistantMessage: ['.reply'],
      userMessage: ['.mine'],
      codeBlock: ['pre'],
      code: ['code'],
      composer: ['textarea'],
      sendButton: ['button.send'],
      stopButton: ['button.stop'],
      ...selectors,
    },
    editor: 'textarea',
    isChatRoute: () => true,
    codeLanguage: (_block: Element, code: Element) => /language-(\S+)/.exec(code.className)?.[1],
    ...rest,
  } as unknown as SiteAdapter;
}
