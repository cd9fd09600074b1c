// Every server's last known catalogue (tools, resources, templates, prompts), loaded again when
// the server feed says one may have changed. The Tools and the Resources sections share it.
import { useEffect, useState } from 'preact/hooks';
import type { ServerCatalog, ServerView } from '../shared/messages/views';
import { ask, errorText } from '../ui/background';

/** Changes when a catalogue may have: a server added, removed, (re)connected or its lists changed. */
const catalogKey = (servers: ServerView[] | undefined) =>
  servers
    ?.map(
      ({ id, name, status: s }) =>
        `${id}:${name}:${s.state}:${s.toolCount}:${s.resourceCount}:${s.promptCount}`,
    )
    .join('|');

export function useCatalog(servers: ServerView[] | undefined) {
  const [catalogs, setCatalogs] = useState<ServerCatalog[]>();
  /** Cleared by the next load that works: the worker may have been restarting. */
  const [error, setError] = useState<string>();
  const key = catalogKey(servers);

  useEffect(() => {
    // The server feed says which servers are up; without it the list could not say so.
    if (key === undefined) return;
    let current = true;
    ask('catalog.get', {})
      .then((answer) => {
        if (!current) return;
        setCatalogs(answer.servers);
        setError(undefined);
      })
      .catch((e) => current && setError(errorText(e)));
    return () => {
      current = false;
    };
  }, [key]);

  return { catalogs, error };
}
