// One configured server: its live state, and edit, reconnect and remove.
import { useState } from 'preact/hooks';
import type { ServerView } from '../shared/messages/views';
import { ask } from '../ui/background';
import { ServerSummary } from '../ui/ServerStatus';

export function ServerItem({ server }: { server: ServerView }) {
  const [editing, setEditing] = useState(false);
  const [url, setUrl] = useState(server.url);
  const [name, setName] = useState(server.name);
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
  const save = async (event: Event) => {
    event.preventDefault();
    if (await act(() => ask('servers.edit', { id: server.id, url, name }))) setEditing(false);
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
          <button
            type="button"
            onClick={() => {
              setUrl(server.url);
              setName(server.name);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            onClick={() => void act(() => ask('servers.reconnect', { id: server.id }))}
          >
            Reconnect
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
