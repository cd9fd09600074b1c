// Runs in the chat page's main world from document start (page.addInitScript): timestamps, on the
// page's own clock, what the bench times there. The card's content is in a closed shadow root;
// its host's `data-phase` attribute is the one thing of it the page can see.

export interface Probe {
  /** performance.now() of every trusted click, in order: on the page, or (told by the bench's
   * recorder in a card's frame, see bridge.ts) on Run in a card's frame. */
  clicks: number[];
  /** Every phase a card host took, with the card's index among the hosts on the page. */
  phases: { card: number; phase: string; at: number; lastWrite: number }[];
  /** When the page's own text last changed (the extension's cards excluded). */
  lastWrite: number;
}

declare global {
  interface Window {
    __bench: Probe;
  }
}

/** Serialised into the page by Playwright: must not use anything from this module's scope. */
export function installProbe(hostAttribute: string): void {
  const probe: Probe = { clicks: [], phases: [], lastWrite: 0 };
  window.__bench = probe;
  addEventListener('click', (e) => e.isTrusted && probe.clicks.push(performance.now()), true);
  // A click in a card's frame happens in another document: the frame's time, on the same clock.
  addEventListener('message', (e) => {
    const at = (e.data as { benchRunAt?: unknown } | null)?.benchRunAt;
    if (typeof at === 'number') probe.clicks.push(at - performance.timeOrigin);
  });
  const ofCard = (node: Node): boolean => {
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest(`[${hostAttribute}]`) != null;
  };
  // Text the site wrote: a text node changed, or nodes carrying text added. Markup the extension
  // adds (card hosts, which show no text from outside) does not count.
  const wroteText = (r: MutationRecord): boolean =>
    r.type === 'characterData'
      ? !ofCard(r.target)
      : [...r.addedNodes].some((n) => !ofCard(n) && (n.textContent ?? '').length > 0);
  // Created before the content script's observers, so it is called first in each checkpoint:
  // `now` is right after the task that wrote, before the extension reacts.
  new MutationObserver((records) => {
    const now = performance.now();
    const seen = (host: HTMLElement) => {
      const card = [...document.querySelectorAll(`[${hostAttribute}]`)].indexOf(host);
      probe.phases.push({
        card,
        phase: host.dataset.phase ?? '',
        at: now,
        lastWrite: probe.lastWrite,
      });
    };
    for (const r of records) {
      if (r.type === 'attributes') {
        if ((r.target as Element).hasAttribute(hostAttribute)) seen(r.target as HTMLElement);
        continue;
      }
      if (wroteText(r)) probe.lastWrite = now;
      // A card can be rendered before it is placed: its first phase shows when it is added.
      for (const n of r.addedNodes)
        if (n instanceof HTMLElement && n.hasAttribute(hostAttribute)) seen(n);
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-phase'],
  });
}

/**
 * tsx (esbuild's keepNames) wraps named functions in `__name(...)` calls, which travel with any
 * function Playwright serialises into a page or worker: define it there first.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';
