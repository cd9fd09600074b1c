import { describe, expect, it } from 'vitest';
import { classifySender } from './senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('classifySender', () => {
  it('recognises our own extension pages', () => {
    expect(
      classifySender({ id: ID, url: `chrome-extension://${ID}/src/popup/index.html` }, ID),
    ).toBe('extension-page');
    const asTab = {
      id: ID,
      url: `chrome-extension://${ID}/src/options/index.html`,
      tab: { id: 4 },
      frameId: 0,
    };
    expect(classifySender(asTab, ID)).toBe('extension-page');
  });

  it('recognises our content script in the top frame of a supported chat site', () => {
    const sender = {
      id: ID,
      url: 'https://chatgpt.com/c/1',
      origin: 'https://chatgpt.com',
      tab: { id: 3 },
      frameId: 0,
    };
    expect(classifySender(sender, ID)).toBe('content-script');
  });

  it('refuses other extensions, other sites, subframes and mismatched origins', () => {
    const base = {
      url: 'https://chatgpt.com/',
      origin: 'https://chatgpt.com',
      tab: { id: 3 },
      frameId: 0,
    };
    expect(classifySender({ ...base, id: 'another-extension' }, ID)).toBeUndefined();
    expect(
      classifySender(
        { ...base, id: ID, url: 'https://example.com/', origin: 'https://example.com' },
        ID,
      ),
    ).toBeUndefined();
    expect(classifySender({ ...base, id: ID, frameId: 2 }, ID)).toBeUndefined();
    expect(classifySender({ ...base, id: ID, origin: 'https://evil.example' }, ID)).toBeUndefined();
    expect(
      classifySender({ id: ID, url: `chrome-extension://${'x'.repeat(32)}/page.html` }, ID),
    ).toBeUndefined();
    expect(classifySender({ id: ID }, ID)).toBeUndefined();
  });
});
