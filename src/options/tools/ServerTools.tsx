// One server's tools, with its default policy and a note when they are only its last known tools.
import { useId } from 'preact/hooks';
import type { ServerCatalog, ServerView } from '../../shared/messages/views';
import { POLICIES, type Policies, type Policy } from '../../shared/storage/items';
import { StatusBadge } from '../../ui/ServerStatus';
import { PolicyField } from './PolicyField';
import { POLICY_WORDS } from './policy-text';
import { ToolItem } from './ToolItem';
import type { SavePolicy } from './use-tool-catalog';

/** Why the tools shown may not be the server's tools now, or why there are none. */
export function availabilityNote(view: ServerView | undefined, known: boolean): string | undefined {
  const last = 'these are its tools from when it was last connected';
  switch (view?.status.state) {
    case undefined:
      return undefined;
    case 'connected':
      return known ? undefined : 'This server offers no tools.';
    case 'connecting':
      return known
        ? `Connecting: ${last}.`
        : 'Connecting: its tools appear here once it is connected.';
    case 'reconnecting':
    case 'failed':
      return known
        ? `Offline: ${last}. They cannot run until it is back; policies you set here apply then.`
        : 'Offline: its tools appear here once it is connected.';
    case 'disabled':
      return known
        ? `Turned off under Servers: ${last}.`
        : 'Turned off under Servers: its tools appear here once it is on and connected.';
  }
}

export function ServerTools({
  server,
  view,
  shown,
  policies,
  save,
}: {
  server: ServerCatalog;
  /** Its live state; undefined until the status feed has arrived. */
  view: ServerView | undefined;
  /** The names of the tools the search matches; undefined: no search, all are shown. */
  shown: Set<string> | undefined;
  policies: Policies;
  save: SavePolicy;
}) {
  const headingId = useId();
  const tools = server.catalog.tools;
  const note = availabilityNote(view, server.catalog.tools.length > 0);
  const chosen = policies[server.serverId]?.default ?? 'ask';
  // A server with no match is hidden whole; its tools keep their state, so a word that matches
  // nothing changes twenty list items, not a thousand.
  const hides = (name: string) => shown !== undefined && shown.size > 0 && !shown.has(name);
  return (
    <li hidden={shown?.size === 0} aria-hidden={shown?.size === 0 || undefined}>
      <section class="tool-server" aria-labelledby={headingId} data-server-id={server.serverId}>
        <div class="row">
          <h3 id={headingId}>{server.name}</h3>
          {view && <StatusBadge server={view} />}
        </div>
        {note && <p class="availability">{note}</p>}
        {server.catalog.tools.length > 0 && (
          <PolicyField
            label="Default policy"
            target={`for ${server.name}`}
            value={chosen}
            options={POLICIES.map((p) => ({ value: p, text: POLICY_WORDS[p] }))}
            about="For this server’s tools set to “Server default”. Under Allow, tools the server marks destructive still ask."
            onSave={(value) => save(server.serverId, undefined, value as Policy)}
            savedText={(value) =>
              `Saved: the default for ${server.name} is ${POLICY_WORDS[value as Policy]}.`
            }
          />
        )}
        {tools.length > 0 && (
          <ul class="tools" aria-label={`Tools of ${server.name}`}>
            {tools.map((tool) => (
              <ToolItem
                key={tool.name}
                serverId={server.serverId}
                tool={tool}
                policies={policies}
                save={save}
                hidden={hides(tool.name)}
              />
            ))}
          </ul>
        )}
      </section>
    </li>
  );
}
