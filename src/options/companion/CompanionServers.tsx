// The companion's servers, each with its command line and a button that adds it to MCP
// Switchboard (which stores only its name: the command stays in the companion's config).
import { useState } from 'preact/hooks';
import { commandLine } from '../../shared/companion/command-line';
import type { LocalServer } from '../../shared/companion/protocol';
import { companionServerName, companionUrl } from '../../shared/companion/url';
import type { ServerView } from '../../shared/messages/views';
import { ask, errorText } from '../../ui/background';

function Entry({ server, added }: { server: LocalServer; added: ServerView | undefined }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await ask('servers.add', { url: companionUrl(server.name), name: server.name });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li>
      <div class="row">
        <strong class="name">{server.name}</strong>
        {added ? (
          <span class="status">{`Added as ${added.name}`}</span>
        ) : (
          <button
            type="button"
            class="status-action"
            disabled={busy}
            aria-label={`Add ${server.name} to MCP Switchboard`}
            onClick={() => void add()}
          >
            Add
          </button>
        )}
      </div>
      <code class="command-line">{commandLine(server.command, server.args)}</code>
      <div class="meta">
        {[
          server.cwd && `in ${server.cwd}`,
          server.env.length > 0 && `sets ${server.env.join(', ')}`,
          server.from && `adopted from ${server.from}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

export function CompanionServers({
  servers,
  known,
}: {
  servers: LocalServer[];
  /** The extension's servers, to tell which of these are added already. */
  known: readonly ServerView[];
}) {
  if (servers.length === 0) return <p class="empty">Its config file lists no servers yet.</p>;
  return (
    <ul class="servers local" aria-label="The companion’s servers">
      {servers.map((server) => (
        <Entry
          key={server.name}
          server={server}
          added={known.find((s) => companionServerName(s.url) === server.name)}
        />
      ))}
    </ul>
  );
}
