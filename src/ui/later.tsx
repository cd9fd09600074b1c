// Parts of a page loaded only when first shown, so the page starts with less script to fetch and
// compile. Core preact has no `lazy` (compat's would change how every input of the page reports
// changes), hence this.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** A component in a module of its own; `what` names it in the error shown if it cannot load. */
export class LaterPart<P> {
  loaded: ComponentType<P> | undefined;
  private loading: Promise<ComponentType<P>> | undefined;

  constructor(
    private readonly load: () => Promise<ComponentType<P>>,
    readonly what: string,
  ) {}

  /** Loads the module once per page; after a failure, the next call tries again. */
  start(): Promise<ComponentType<P>> {
    this.loading ??= this.load().then(
      (component) => {
        this.loaded = component;
        return component;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}

/** Renders `part` with `props` once its module has loaded; until then, a loading line. */
export function Later<P extends object>({ part, props }: { part: LaterPart<P>; props: P }) {
  // A count, not the component: useState would call a function given to it.
  const [, loaded] = useState(0);
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (part.loaded) return;
    let live = true;
    part.start().then(
      () => live && loaded((count) => count + 1),
      (error: unknown) => live && setFailed(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [part]);
  if (part.loaded) {
    const Loaded = part.loaded;
    return <Loaded {...props} />;
  }
  if (failed)
    return (
      <p class="form-error" role="alert">
        {`Could not load the ${part.what}: ${failed}. Close and reopen this window to try again.`}
      </p>
    );
  return <p class="empty">Loading…</p>;
}
