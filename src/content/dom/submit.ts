// Sends the composer's message the way the site's own button does, and proves it by the new
// user turn that appears.
import type { SiteAdapter } from '../adapters/types';
import { queryAll } from './query';
import { firstShown, isStreaming } from './visible';
import { until } from './watch';

const SUBMIT_WAIT_MS = 5_000;
/** Longest wait for the reply being written to end before sending. */
const IDLE_WAIT_MS = 120_000;

/** Resolves true once the site shows no stop button: no site takes a message while it writes. */
const whenIdle = (adapter: SiteAdapter) => until(() => !isStreaming(adapter), IDLE_WAIT_MS, true);

/** `clicked` is told the moment the site's button is pressed: text put in later is not sent. */
export async function submitMessage(adapter: SiteAdapter, clicked?: () => void): Promise<boolean> {
  const { selectors } = adapter;
  // A tool can answer before the reply that called it has finished streaming.
  if (!(await whenIdle(adapter))) return false;
  // A new user message proves it: one not in the page before. Not a count, since sites that keep
  // only the turns near the viewport remove an old one as they add the new one.
  const before = new Set(queryAll(document, selectors.userMessage));
  const button = firstShown(document, selectors.sendButton);
  if (!(button instanceof HTMLElement)) return false;
  button.click();
  clicked?.();
  return until(
    () => queryAll(document, selectors.userMessage).some((m) => !before.has(m)),
    SUBMIT_WAIT_MS,
  );
}
