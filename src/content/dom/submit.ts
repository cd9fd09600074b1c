// Sends the composer's message the way the site's own button does, and proves it by the new
// user turn that appears.
import type { SiteAdapter } from '../adapters/types';
import { queryAll, queryFirst } from './query';

const SUBMIT_WAIT_MS = 5_000;

export async function submitMessage(adapter: SiteAdapter): Promise<boolean> {
  const { selectors } = adapter;
  const count = () => queryAll(document, selectors.userMessage).length;
  const before = count();
  const button = queryFirst(document, selectors.sendButton);
  if (!(button instanceof HTMLElement)) return false;
  button.click();
  if (count() > before) return true;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (count() <= before) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, SUBMIT_WAIT_MS);
    observer.observe(document.body, { childList: true, subtree: true });
  });
}
