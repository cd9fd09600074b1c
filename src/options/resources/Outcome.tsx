// What became of an entry's request: a note while it runs, its error next to the entry, or the
// answer as `children` shows it.
import type { ComponentChildren } from 'preact';
import type { RequestState } from './use-request';

export function Outcome<T>({
  state,
  running,
  failure,
  children,
}: {
  state: RequestState<T>;
  /** Said while the request runs, e.g. "Reading…". */
  running: string;
  /** What could not be done, e.g. "Could not read it". */
  failure: string;
  children: (value: T) => ComponentChildren;
}) {
  return (
    <>
      <p class="entry-status" role="status">
        {state.phase === 'running' ? running : ''}
      </p>
      {state.phase === 'failed' && (
        <p class="form-error" role="alert">
          {`${failure}: ${state.error}`}
        </p>
      )}
      {state.phase === 'done' && children(state.value)}
    </>
  );
}
