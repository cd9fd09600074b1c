// Export: every setting as a JSON file; secret header values only when the user ticks the box.
import { useState } from 'preact/hooks';
import { ask, errorText } from '../../ui/background';
import { downloadJson, exportFileName } from './download';
import { count } from './preview-text';

export function ExportPanel() {
  const [secrets, setSecrets] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string>();
  const [error, setError] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setNote(undefined);
    setError(undefined);
    try {
      const { backup } = await ask('settings.export', { includeSecrets: secrets });
      const name = exportFileName(new Date());
      downloadJson(name, backup);
      setNote(
        `Exported ${count(backup.servers.length, 'server')} to ${name}, ${secrets ? 'with' : 'without'} secret header values.`,
      );
    } catch (e) {
      setError(`Could not export: ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="backup-export" aria-labelledby="backup-export-title" onSubmit={submit}>
      <h3 id="backup-export-title">Export</h3>
      <p class="hint">
        Servers with their connection settings, tool policies and site settings, as one JSON file
        you can import here or in another browser.
      </p>
      <label class="check">
        <input
          type="checkbox"
          checked={secrets}
          aria-describedby="backup-secrets-risk"
          onChange={(e) => setSecrets(e.currentTarget.checked)}
        />
        <span>Include secret header values</span>
      </label>
      <p id="backup-secrets-risk" class={secrets ? 'warning' : 'hint'}>
        Header values such as <code>Authorization: Bearer …</code> let anyone who has the file use
        your servers as you. Left out, each header is listed by name only and you enter its value
        again after importing. Include them only in a file you keep private.
      </p>
      <div class="actions">
        <button class="primary" type="submit" disabled={busy}>
          Export settings
        </button>
      </div>
      <p class="saved" role="status">
        {note}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
