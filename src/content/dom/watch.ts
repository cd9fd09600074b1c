// A scoped MutationObserver, and what paces its records. The records come in one batch per task,
// and a streamed chunk is one task: hundreds of them for a long reply.

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

/**
 * Hands page changes on at once when none went on in the last `ms`; otherwise gathers them and
 * hands them on together once `ms` have passed since. A change after a quiet spell (a message
 * sent, a block swapped) is read at once, and a stream's chunks a few times a second, not each:
 * reading every chunk cost the page a tenth more script time than the site's own.
 */
export class Paced {
  /** Batches as the observer gave them, while they wait. */
  private gathered: MutationRecord[][] | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly ms: number,
    private readonly handle: (changes: MutationRecord[]) => void,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.drop(), { once: true });
  }

  add(changes: MutationRecord[]): void {
    if (this.signal.aborted) return;
    if (this.gathered) {
      this.gathered.push(changes);
      return;
    }
    const wait = this.last + this.ms - performance.now();
    if (wait <= 0) {
      this.pass(changes);
      return;
    }
    this.gathered = [changes];
    this.timer = setTimeout(() => {
      const changes = this.gathered?.flat() ?? [];
      this.drop();
      this.pass(changes);
    }, wait);
  }

  /** Forgets what was gathered: the caller reads the page whole, which covers it. */
  drop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.gathered = undefined;
  }

  private pass(changes: MutationRecord[]): void {
    this.last = performance.now();
    this.handle(changes);
  }
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
