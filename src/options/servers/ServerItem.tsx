// One configured server: its live state, and edit, reconnect and remove.
import { useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import { ask } from '../../ui/background';
import { ServerSummary } from '../../ui/ServerStatus';
import {
  type ConnectionDraft,
  ConnectionFields,
  headersInput,
  savedHeaderRows,
  timeoutMs,
} from './ConnectionFields';

const draftOf = (server: ServerView): ConnectionDraft => ({
  transport: server.transport,
  timeoutSeconds: String(server.callTimeoutMs / 1000),
  headers: savedHeaderRows(server.headerNames),
});

export function ServerItem({ server }: { server: ServerView }) {
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState(server.url);
  const [name, setName] = useState(server.name);
  const [draft, setDraft] = useState(() => draftOf(server));
  const [error, setError] = useState<string>();

  const act = async (work: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  const startEditing = () => {
    setUrl(server.url);
    setName(server.name);
    setDraft(draftOf(server));
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const timeout = timeoutMs(draft);
    const headers = headersInput(draft.headers);
    const changedHeaders =
      headers.some((h) => h.value !== undefined) ||
      headers.map((h) => h.name).join() !== server.headerNames.join();
    const saved = await act(() =>
      ask('servers.edit', {
        id: server.id,
        url,
        name,
        transport: draft.transport,
        ...(timeout ? { callTimeoutMs: timeout } : {}),
        ...(changedHeaders ? { headers } : {}),
      }),
    );
    if (saved) setEditing(false);
  };

  return (
    <li data-server-id={server.id}>
      <ServerSummary server={server} />
      {editing ? (
        <form class="edit" onSubmit={save} aria-label={`Edit ${server.name}`}>
          <label>
            Server URL
            <input name="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <label>
            Name
            <input
              name="name"
              required
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <ConnectionFields url={url} draft={draft} onChange={setDraft} />
          <div class="actions">
            <button class="primary" type="submit">
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="actions">
          <button type="button" onClick={startEditing}>
            Edit
          </button>
          <button
            type="button"
            onClick={() => void act(() => ask('servers.reconnect', { id: server.id }))}
          >
            Reconnect now
          </button>
          <button
            type="button"
            onClick={() => void act(() => ask('servers.remove', { id: server.id }))}
          >
            Remove
          </button>
        </div>
      )}
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
