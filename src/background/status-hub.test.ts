import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { StatusHub, tabView } from './status-hub';

/** A port that records what it was sent. */
function port() {
  const sent: unknown[] = [];
  const fake = {
    postMessage: (message: unknown) => sent.push(message),
    onDisconnect: { addListener: () => {} },
  } as unknown as Runtime.Port;
  return { fake, sent };
}

describe('tabView', () => {
  it('gives tabs each site’s switches but not its custom instructions', () => {
    const push = tabView([], {
      chatgpt: {
        enabled: false,
        auto: true,
        maxRounds: 4,
        instructions: 'Private notes.',
        catalogThreshold: 900,
      },
    });
    expect(push).toEqual({
      type: 'tab-status',
      servers: [],
      sites: { chatgpt: { enabled: false, auto: true, maxRounds: 4, catalogThreshold: 900 } },
    });
  });
});

describe('StatusHub.activityChanged', () => {
  it('tells extension pages, once for a burst of calls, and never chat tabs', async () => {
    vi.useFakeTimers();
    try {
      const hub = new StatusHub(async () => []);
      const page = port();
      const tab = port();
      hub.attach(page.fake, 'extension-page');
      hub.attach(tab.fake, 'content-script');
      await vi.runAllTimersAsync();
      page.sent.length = 0;
      tab.sent.length = 0;
      hub.activityChanged();
      hub.activityChanged();
      await vi.runAllTimersAsync();
      expect(page.sent).toEqual([{ type: 'activity' }]);
      expect(tab.sent).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('StatusHub problems', () => {
  it('sends what could not be saved to extension pages, never to chat tabs', async () => {
    const problem = { key: 'sites', message: 'Your site settings could not be saved.', at: 1 };
    const hub = new StatusHub(
      async () => [],
      async () => ({}),
      () => [problem],
    );
    const page = port();
    const tab = port();
    hub.attach(page.fake, 'extension-page');
    hub.attach(tab.fake, 'content-script');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.sent).toEqual([{ type: 'servers', servers: [], problems: [problem] }]);
    expect(JSON.stringify(tab.sent)).not.toContain('could not be saved');
  });
});
