// The Resources and prompts section: every server's resources, resource templates and prompts,
// searchable; resources are read here, prompts filled in, then copied or put into a chat.
import './resources.css';
import { useState } from 'preact/hooks';
import type { ServerView } from '../../shared/messages/views';
import type { Catalog } from '../../shared/storage/items';
import { useCatalog } from '../use-catalog';
import { ServerEntries } from './ServerEntries';
import { entryCount, searchCatalog } from './search';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ResourcesSection({ servers }: { servers: ServerView[] | undefined }) {
  const { catalogs, error } = useCatalog(servers);
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const found = catalogs ? searchCatalog(catalogs, query) : [];
  const sum = (of: (c: Catalog) => unknown[]) =>
    catalogs?.reduce((n, c) => n + of(c.catalog).length, 0) ?? 0;
  const total = catalogs?.reduce((n, c) => n + entryCount(c.catalog), 0) ?? 0;
  const shown = found.reduce((n, f) => n + entryCount(f), 0);

  return (
    <>
      <p class="hint">
        Read what your servers offer and fill in their prompts. <strong>Send to chat</strong> puts a
        prompt’s text into the message box of the chat tab you used last, and never sends it.
      </p>
      {error && (
        <p class="form-error" role="alert">
          {`Could not load the resources and prompts: ${error}`}
        </p>
      )}
      {!catalogs && !error && <p class="empty">Loading…</p>}
      {catalogs?.length === 0 && (
        <p class="empty">
          No servers yet. <a href="#servers">Add one</a> and its resources and prompts appear here.
        </p>
      )}
      {catalogs && catalogs.length > 0 && (
        <>
          <search class="catalog-search">
            <label>
              Search resources and prompts
              <input
                type="search"
                value={query}
                placeholder="Name, title, description or address"
                aria-describedby="catalog-search-count"
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
            </label>
            <p id="catalog-search-count" class="count" role="status">
              {searching
                ? `${shown} of ${total} match.`
                : `${plural(
                    sum((c) => c.resources),
                    'resource',
                  )}, ${plural(
                    sum((c) => c.templates),
                    'template',
                  )} and ${plural(
                    sum((c) => c.prompts),
                    'prompt',
                  )} on ${plural(catalogs.length, 'server')}.`}
            </p>
          </search>
          {searching && shown === 0 && <p class="empty">{`Nothing matches “${query.trim()}”.`}</p>}
          <ul class="catalog-servers" aria-label="Resources and prompts by server">
            {found.map((f) => (
              <ServerEntries
                key={f.server.serverId}
                found={f}
                view={servers?.find((s) => s.id === f.server.serverId)}
              />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
