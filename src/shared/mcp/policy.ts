// Which consent policy applies to a tool, and why: the one rule the background enforces on every
// call and the settings page shows (DESIGN.md: consent lives in the extension).
import type { CatalogToolEntry, Policies, Policy } from '../storage/items';

/** Where a tool's policy comes from. */
export type PolicySource =
  /** The user chose it for this tool. */
  | 'tool'
  /** The server's default. */
  | 'server'
  /** The server's default is `allow`, but the tool says it is destructive, so it asks. */
  | 'destructive'
  /** Nothing chosen: `ask`. */
  | 'fallback';

export interface EffectivePolicy {
  policy: Policy;
  source: PolicySource;
}

type ToolHints = Pick<CatalogToolEntry, 'name' | 'annotations'>;

export const isDestructive = (tool: Pick<CatalogToolEntry, 'annotations'>) =>
  tool.annotations?.destructiveHint === true;

/**
 * A tool's policy: the user's choice for it, else the server's default, else `ask`. A server-wide
 * `allow` does not reach tools the server itself calls destructive: those need a choice of their own.
 */
export function explainPolicy(
  policies: Policies,
  serverId: string,
  tool: ToolHints,
): EffectivePolicy {
  const server = policies[serverId];
  const own = server?.tools[tool.name];
  if (own) return { policy: own, source: 'tool' };
  if (server?.default === 'allow' && isDestructive(tool))
    return { policy: 'ask', source: 'destructive' };
  if (server?.default) return { policy: server.default, source: 'server' };
  return { policy: 'ask', source: 'fallback' };
}

export function policyFor(policies: Policies, serverId: string, tool: ToolHints): Policy {
  return explainPolicy(policies, serverId, tool).policy;
}

/** The policies with one tool's policy, or the server's default when `tool` is undefined, set; null clears it. */
export function withPolicy(
  policies: Policies,
  serverId: string,
  tool: string | undefined,
  policy: Policy | null,
): Policies {
  const server = structuredClone(policies[serverId] ?? { tools: {} });
  if (tool === undefined) {
    if (policy) server.default = policy;
    else delete server.default;
  } else if (policy) server.tools[tool] = policy;
  else delete server.tools[tool];
  return { ...policies, [serverId]: server };
}
