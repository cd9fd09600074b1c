// The Tools section's data: every server's last known catalogue and the consent policies, kept in
// step with the server feed, and a way to change a policy.
import { useEffect, useState } from 'preact/hooks';
import { withPolicy } from '../../shared/mcp/policy';
import type { ServerCatalog, ServerView } from '../../shared/messages/views';
import type { Policies, Policy } from '../../shared/storage/items';
import { ask, errorText } from '../../ui/background';

/** Sets one tool's policy, or the server's default when `tool` is undefined; null clears it. */
export type SavePolicy = (
  serverId: string,
  tool: string | undefined,
  policy: Policy | null,
) => Promise<void>;

/** Changes when a catalogue may have: a server added, removed, (re)connected or its tools changed. */
const catalogKey = (servers: ServerView[] | undefined) =>
  servers?.map((s) => `${s.id}:${s.name}:${s.status.state}:${s.status.toolCount}`).join('|');

export function useToolCatalog(servers: ServerView[] | undefined) {
  const [catalogs, setCatalogs] = useState<ServerCatalog[]>();
  const [policies, setPolicies] = useState<Policies>();
  const [policiesError, setPoliciesError] = useState<string>();
  /** Cleared by the next load that works: the worker may have been restarting. */
  const [catalogError, setCatalogError] = useState<string>();
  const key = catalogKey(servers);

  useEffect(() => {
    ask('policies.get', {})
      .then((answer) => setPolicies(answer.policies))
      .catch((e) => setPoliciesError(errorText(e)));
  }, []);

  useEffect(() => {
    // The server feed says which servers are up; without it the list could not say so.
    if (key === undefined) return;
    let current = true;
    ask('catalog.get', {})
      .then((answer) => {
        if (!current) return;
        setCatalogs(answer.servers);
        setCatalogError(undefined);
      })
      .catch((e) => current && setCatalogError(errorText(e)));
    return () => {
      current = false;
    };
  }, [key]);

  const save: SavePolicy = async (serverId, tool, policy) => {
    const before = policies?.[serverId];
    const previous = (tool === undefined ? before?.default : before?.tools[tool]) ?? null;
    // Shown at once, so the control does not jump back while the background stores it.
    setPolicies((p) => withPolicy(p ?? {}, serverId, tool, policy));
    try {
      await ask('policies.set', { serverId, ...(tool === undefined ? {} : { tool }), policy });
    } catch (e) {
      setPolicies((p) => withPolicy(p ?? {}, serverId, tool, previous));
      throw e;
    }
  };

  return { catalogs, policies, error: policiesError ?? catalogError, save };
}
