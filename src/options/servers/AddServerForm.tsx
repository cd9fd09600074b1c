// Adds a server by URL. The entry is kept even when it cannot connect, so the user can fix it.
import { useState } from 'preact/hooks';
import { ask } from '../../ui/background';
import {
  type ConnectionDraft,
  ConnectionFields,
  headersInput,
  timeoutMs,
} from './ConnectionFields';

const freshDraft = (): ConnectionDraft => ({
  transport: 'auto',
  timeoutSeconds: '60',
  headers: [],
});

export function AddServerForm() {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [draft, setDraft] = useState(freshDraft);
  const [more, setMore] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const timeout = timeoutMs(draft);
      await ask('servers.add', {
        url,
        ...(name.trim() ? { name } : {}),
        transport: draft.transport,
        ...(timeout ? { callTimeoutMs: timeout } : {}),
        headers: headersInput(draft.headers),
      });
      setUrl('');
      setName('');
      setDraft(freshDraft());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="add" onSubmit={submit} aria-label="Add a server">
      <div class="add-main">
        <label>
          Server URL
          <input
            name="url"
            required
            placeholder="http://127.0.0.1:3001/mcp"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          Name (optional)
          <input
            name="name"
            placeholder="everything"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button class="primary" type="submit" disabled={busy}>
          Add server
        </button>
      </div>
      <button type="button" class="link" aria-expanded={more} onClick={() => setMore(!more)}>
        {more ? 'Fewer options' : 'More options: transport, headers, timeout'}
      </button>
      {more && <ConnectionFields url={url} draft={draft} onChange={setDraft} />}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
