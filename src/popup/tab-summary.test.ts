import { describe, expect, it } from 'vitest';
import { defaultSiteSettings } from '../shared/storage/site-defaults';
import { healthOf, tabSite, tabSummary } from './tab-summary';

const on = defaultSiteSettings();
const chatgpt = tabSite('https://chatgpt.com/c/abc')!;

describe('tabSite', () => {
  it('knows the chat site and whether the page is one of its chats', () => {
    expect(chatgpt.site.name).toBe('ChatGPT');
    expect(chatgpt.chatRoute).toBe(true);
    expect(tabSite('https://chatgpt.com/gpts')?.chatRoute).toBe(false);
    expect(tabSite('https://x.com/home')?.site.name).toBe('Grok');
  });

  it('has no site for other pages, or for a tab whose URL it may not read', () => {
    expect(tabSite('https://example.com/')).toBeUndefined();
    expect(tabSite('chrome://newtab/')).toBeUndefined();
    expect(tabSite(undefined)).toBeUndefined();
  });
});

describe('healthOf', () => {
  const answer = { broken: [{ tabId: 2, site: 'Claude', missing: ['composer'] }], healthy: [1] };

  it('tells healthy, broken and not yet reported tabs apart', () => {
    expect(healthOf(1, answer)).toEqual({ state: 'healthy' });
    expect(healthOf(2, answer)).toEqual({ state: 'broken', missing: ['composer'] });
    expect(healthOf(3, answer)).toEqual({ state: 'unchecked' });
  });
});

describe('tabSummary', () => {
  it('says support, health and auto mode in one line', () => {
    expect(tabSummary(chatgpt, on, { state: 'healthy' })).toBe(
      'ChatGPT: support on, healthy, auto mode off',
    );
    expect(
      tabSummary(
        chatgpt,
        { ...on, auto: true },
        { state: 'broken', missing: ['composer', 'send button'] },
      ),
    ).toBe('ChatGPT: support on, broken (composer, send button not found), auto mode on');
    expect(tabSummary(chatgpt, on, { state: 'unchecked' })).toBe(
      'ChatGPT: support on, not checked yet, auto mode off',
    );
  });

  it('says only that support is off when it is, and when the page is no chat', () => {
    expect(tabSummary(chatgpt, { ...on, enabled: false }, { state: 'healthy' })).toBe(
      'ChatGPT: support off',
    );
    expect(tabSummary(tabSite('https://chatgpt.com/gpts')!, on, { state: 'unchecked' })).toBe(
      'ChatGPT: support on, not a chat page',
    );
  });
});
