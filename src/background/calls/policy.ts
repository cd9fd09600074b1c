// Consent: which tools may run, and how. The page never decides this; the background checks it on
// every call (DESIGN.md: consent lives in the extension).
import { SwitchboardError } from '../../shared/errors';
import type { CatalogToolEntry, Policies, Policy } from '../../shared/storage/items';

export type Approval = 'user' | 'auto';

/**
 * A tool's policy: the user's choice for it, else the server's default, else `ask`. A server-wide
 * `allow` does not reach tools the server itself calls destructive: those need a choice of their own.
 */
export function policyFor(
  policies: Policies,
  serverId: string,
  tool: Pick<CatalogToolEntry, 'name' | 'annotations'>,
): Policy {
  const server = policies[serverId];
  const own = server?.tools[tool.name];
  if (own) return own;
  const destructive = tool.annotations?.destructiveHint === true;
  if (server?.default === 'allow' && destructive) return 'ask';
  return server?.default ?? 'ask';
}

/** Throws unless the call may go ahead: `deny` never runs; without a click, only `allow` runs. */
export function checkConsent(
  policy: Policy,
  approval: Approval,
  server: string,
  tool: string,
): void {
  if (policy === 'deny') {
    throw new SwitchboardError(
      'denied',
      `${tool} on ${server} is denied in your MCP Switchboard settings.`,
    );
  }
  if (approval === 'auto' && policy !== 'allow') {
    throw new SwitchboardError(
      'denied',
      `${tool} on ${server} needs your approval: press Run to allow this call.`,
    );
  }
}
