// Consent: which tools may run, and how. The page never decides this; the background checks it on
// every call (DESIGN.md: consent lives in the extension).
import { SwitchboardError } from '../../shared/errors';
import type { Policy } from '../../shared/storage/items';

// The rule itself is shared, so the settings page shows exactly what is enforced here.
export { policyFor } from '../../shared/mcp/policy';

export type Approval = 'user' | 'auto';

/** Why the call may not go ahead, or undefined: `deny` never runs; without a click, only `allow`. */
export function consentRefusal(
  policy: Policy,
  approval: Approval,
  server: string,
  tool: string,
): SwitchboardError | undefined {
  if (policy === 'deny')
    return new SwitchboardError(
      'denied',
      `${tool} on ${server} is denied in your MCP Switchboard settings.`,
    );
  if (approval === 'auto' && policy !== 'allow')
    return new SwitchboardError(
      'denied',
      `${tool} on ${server} needs your approval: press Run to allow this call.`,
    );
  return undefined;
}
