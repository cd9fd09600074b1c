// The Tools section: every server's tools, searchable, each with its parameters, the server's
// hints and its consent policy.
import './tools.css';
import { useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import { ServerTools } from './ServerTools';
import { searchTools } from './search';
import { useToolCatalog } from './use-tool-catalog';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ToolsSection({ servers }: { servers: ServerView[] | undefined }) {
  const { catalogs, policies, error, save } = useToolCatalog(servers);
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const found = catalogs ? searchTools(catalogs, query) : [];
  const total = catalogs?.reduce((n, c) => n + c.catalog.tools.length, 0) ?? 0;
  const shown = found.reduce((n, f) => n + f.tools.length, 0);
  // What the search matches is hidden, not taken out: see ToolItem.
  const matching = searching
    ? new Map(found.map((f) => [f.server.serverId, new Set(f.tools.map((t) => t.name))]))
    : undefined;

  return (
    <>
      <p class="hint">
        What each server offers and what may run. <strong>Ask</strong>: a call runs when you press
        Run on its card. <strong>Allow</strong>: it also runs by itself in auto mode.{' '}
        <strong>Deny</strong>: it never runs. Hints such as “Read-only” come from the server and are
        not checked.
      </p>
      {error && (
        <p class="form-error" role="alert">
          {`Could not load the tools: ${error}`}
        </p>
      )}
      {(!catalogs || !policies) && !error && <p class="empty">Loading…</p>}
      {catalogs?.length === 0 && (
        <p class="empty">
          No servers yet. <a href="#servers">Add one</a> and its tools appear here.
        </p>
      )}
      {catalogs && policies && catalogs.length > 0 && (
        <>
          <search class="tool-search">
            <label>
              Search tools
              <input
                type="search"
                value={query}
                placeholder="Name, title or description"
                aria-describedby="tool-search-count"
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </label>
            <p id="tool-search-count" class="count" role="status">
              {searching
                ? `${shown} of ${plural(total, 'tool')} match.`
                : `${plural(total, 'tool')} on ${plural(catalogs.length, 'server')}.`}
            </p>
          </search>
          {searching && shown === 0 && <p class="empty">{`No tools match “${query.trim()}”.`}</p>}
          <ul class="tool-servers" aria-label="Tools by server">
            {catalogs.map((server) => (
              <ServerTools
                key={server.serverId}
                server={server}
                view={servers?.find((s) => s.id === server.serverId)}
                shown={matching?.get(server.serverId) ?? (searching ? new Set() : undefined)}
                policies={policies}
                save={save}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
