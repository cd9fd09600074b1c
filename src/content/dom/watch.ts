// A scoped MutationObserver. Its records come in one batch per task (a streamed chunk is one
// task), so the callback runs once per batch, with no timer or frame to wait for.

export function watch(
  root: Node,
  onChange: (changes: MutationRecord[]) => void,
  signal: AbortSignal,
  options: MutationObserverInit = { childList: true, subtree: true, characterData: true },
): void {
  const observer = new MutationObserver((changes) => {
    if (!signal.aborted) onChange(changes);
  });
  observer.observe(root, options);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Resolves with the first element matching `find` under `root`, as soon as it appears. */
export function whenPresent(
  root: Node,
  find: () => Element | null,
  signal: AbortSignal,
): Promise<Element> {
  return new Promise((resolve, reject) => {
    const now = find();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const found = find();
      if (found) {
        observer.disconnect();
        resolve(found);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Resolves true as soon as `ready()` holds, checked on every change under `root` (and its
 * attributes, with `attributes`), or false once `ms` have passed without it.
 */
export function until(
  ready: () => boolean,
  ms: number,
  attributes = false,
  root: Node = document.body,
): Promise<boolean> {
  if (ready()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!ready()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, ms);
    observer.observe(root, { childList: true, subtree: true, attributes });
  });
}
