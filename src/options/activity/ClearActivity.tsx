// Clear, behind a confirmation: a modal dialog that starts on Cancel, so Enter or Escape keeps
// everything, and only the explicit Clear empties the call log and the metrics.
import { useRef, useState } from 'preact/hooks';
import { ask, errorText } from '../../ui/background';

export function ClearActivity({
  calls,
  disabled,
  onCleared,
}: {
  /** How many calls the log holds, to say what goes. */
  calls: number;
  disabled: boolean;
  onCleared: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const open = () => {
    setError(undefined);
    dialog.current?.showModal();
  };
  const clear = async () => {
    // A second press while the first is on its way does nothing.
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await ask('activity.clear', {});
      dialog.current?.close();
      onCleared();
    } catch (e) {
      setError(`Nothing was cleared: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={open} disabled={disabled}>
        Clear activity…
      </button>
      <dialog
        ref={dialog}
        class="confirm"
        aria-labelledby="activity-clear-title"
        aria-describedby="activity-clear-text"
      >
        <h3 id="activity-clear-title">Clear all activity?</h3>
        <p id="activity-clear-text">
          {`The call log (${calls} ${calls === 1 ? 'call' : 'calls'}) and the metrics of every server and tool are emptied. This cannot be undone.`}
        </p>
        {error && (
          <p class="form-error" role="alert">
            {error}
          </p>
        )}
        <div class="actions">
          <button type="button" autofocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" class="danger" onClick={() => void clear()} aria-busy={busy}>
            Clear
          </button>
        </div>
      </dialog>
    </>
  );
}
