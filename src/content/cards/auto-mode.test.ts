import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSiteSettings } from '../../shared/storage/site-defaults';
import type { SiteAdapter } from '../adapters/types';
import { AutoMode } from './auto-mode';

/** Each send waits here until the test lets it press the button, then until it lets it end. */
const sends: { click: () => void; end: (ok: boolean) => void }[] = [];
vi.mock('../dom/submit', () => ({
  submitMessage: (_: SiteAdapter, clicked?: () => void) =>
    new Promise<boolean>((resolve) => {
      sends.push({ click: () => clicked?.(), end: resolve });
    }),
}));

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AutoMode', () => {
  beforeEach(() => {
    sends.length = 0;
  });

  it('sends only where the user turned it on, and stops at the cap, saying why', async () => {
    const auto = new AutoMode({} as SiteAdapter);
    expect(auto.maySend()).toBe(false);
    expect(auto.paused('Send')).toBeUndefined();
    auto.configure({ ...defaultSiteSettings(), auto: true, maxRounds: 1 });
    expect(auto.maySend()).toBe(true);
    expect(auto.mayRun('ask')).toBe(false);
    const sent = auto.send();
    await settle();
    sends[0]?.click();
    sends[0]?.end(true);
    expect(await sent).toEqual({ sent: true, note: 'Sent automatically (round 1 of 1).' });
    expect(auto.maySend()).toBe(false);
    expect(auto.paused('Send')).toBe(
      'Auto mode paused after 1 rounds without you. Press Send to go on.',
    );
    auto.humanActed();
    expect(auto.maySend()).toBe(true);
  });

  it('takes text that lands before the click along, and sends text that lands after it again', async () => {
    const auto = new AutoMode({} as SiteAdapter);
    auto.configure({ ...defaultSiteSettings(), auto: true });
    const first = auto.send();
    const along = auto.send();
    await settle();
    expect(sends).toHaveLength(1);
    sends[0]?.click();
    const after = auto.send();
    sends[0]?.end(true);
    expect(await first).toEqual(await along);
    await settle();
    // The second send waits for the first to end before it presses anything.
    expect(sends).toHaveLength(2);
    sends[1]?.click();
    sends[1]?.end(true);
    expect(await after).toEqual({ sent: true, note: 'Sent automatically (round 2 of 10).' });
  });
});
