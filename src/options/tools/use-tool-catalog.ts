// The Tools section's data: every server's last known catalogue and the consent policies, kept in
// step with the server feed, and a way to change a policy.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { withPolicy } from '../../shared/mcp/policy';
import type { ServerView } from '../../shared/messages/views';
import type { Policies, Policy } from '../../shared/storage/items';
import { ask, errorText } from '../../ui/background';
import { useCatalog } from '../use-catalog';

/** Sets one tool's policy, or the server's default when `tool` is undefined; null clears it. */
export type SavePolicy = (
  serverId: string,
  tool: string | undefined,
  policy: Policy | null,
) => Promise<void>;

export function useToolCatalog(servers: ServerView[] | undefined) {
  const { catalogs, error: catalogError } = useCatalog(servers);
  const [policies, setPolicies] = useState<Policies>();
  const [policiesError, setPoliciesError] = useState<string>();
  useEffect(() => {
    ask('policies.get', {})
      .then((answer) => setPolicies(answer.policies))
      .catch((e) => setPoliciesError(errorText(e)));
  }, []);

  // One function for the page's life, so a tool whose props did not change is not drawn again.
  const latest = useRef(policies);
  latest.current = policies;
  const save = useCallback<SavePolicy>(async (serverId, tool, policy) => {
    const before = latest.current?.[serverId];
    const previous = (tool === undefined ? before?.default : before?.tools[tool]) ?? null;
    // Shown at once, so the control does not jump back while the background stores it.
    setPolicies((p) => withPolicy(p ?? {}, serverId, tool, policy));
    try {
      await ask('policies.set', { serverId, ...(tool === undefined ? {} : { tool }), policy });
    } catch (e) {
      setPolicies((p) => withPolicy(p ?? {}, serverId, tool, previous));
      throw e;
    }
  }, []);

  return { catalogs, policies, error: policiesError ?? catalogError, save };
}
