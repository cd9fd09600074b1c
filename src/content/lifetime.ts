// A content script's lifetime as an AbortSignal: it ends on navigation away and bfcache entry,
// starts again when the page is restored, and ends for good when the extension is updated.

export function runWhileAlive(start: (signal: AbortSignal) => void): void {
  let controller: AbortController | undefined;
  const begin = () => {
    controller?.abort();
    controller = new AbortController();
    start(controller.signal);
  };
  window.addEventListener('pagehide', () => controller?.abort());
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && extensionAlive()) begin();
  });
  begin();
}

/** False once the extension was reloaded or updated under this (now orphaned) script. */
export function extensionAlive(): boolean {
  return typeof chrome !== 'undefined' && chrome.runtime?.id !== undefined;
}
