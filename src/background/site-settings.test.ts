import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../shared/storage/item-storage';
import { SiteSettingsStore } from './site-settings';

describe('SiteSettingsStore', () => {
  it('gives the defaults for a site never set: on, no auto mode, no custom instructions', async () => {
    const store = new SiteSettingsStore(memoryStorage());
    expect(await store.of('chatgpt')).toEqual({
      enabled: true,
      auto: false,
      maxRounds: 10,
      instructions: '',
      catalogThreshold: 1500,
    });
  });

  it('changes only what a patch names, and keeps both of two quick changes', async () => {
    const area = memoryStorage({
      sites: { v: 1, value: { chatgpt: { auto: true, maxRounds: 3 } } },
    });
    const store = new SiteSettingsStore(area);
    await Promise.all([
      store.update('chatgpt', { instructions: 'Be brief.' }),
      store.update('chatgpt', { enabled: false }),
      store.update('claude', { maxRounds: 5 }),
      store.update('claude', { catalogThreshold: 0 }),
    ]);
    expect(await store.all()).toEqual({
      chatgpt: {
        enabled: false,
        auto: true,
        maxRounds: 3,
        instructions: 'Be brief.',
        catalogThreshold: 1500,
      },
      claude: { enabled: true, auto: false, maxRounds: 5, instructions: '', catalogThreshold: 0 },
    });
    expect((area.data.sites as { v: number }).v).toBe(3);
  });

  it('refuses custom instructions over the limit and keeps what was saved', async () => {
    const store = new SiteSettingsStore(memoryStorage());
    await store.update('chatgpt', { instructions: 'Be brief.' });
    await expect(store.update('chatgpt', { instructions: 'x'.repeat(4001) })).rejects.toThrow();
    expect((await store.of('chatgpt')).instructions).toBe('Be brief.');
  });
});
