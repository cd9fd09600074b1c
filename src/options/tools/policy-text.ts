// What the Tools section says about consent: each choice's word, and why a tool has its policy.
import type { EffectivePolicy } from '../../shared/mcp/policy';
import type { Policy } from '../../shared/storage/items';

export const POLICY_WORDS: Record<Policy, string> = { ask: 'Ask', allow: 'Allow', deny: 'Deny' };

const CONSEQUENCE: Record<Policy, string> = {
  ask: 'it runs only when you press Run on its card.',
  allow: 'it runs when you press Run, and by itself in auto mode.',
  deny: 'it never runs.',
};

/** The policy the background applies to a tool, and where it comes from. */
export function effectiveText({ policy, source }: EffectivePolicy, destructive: boolean): string {
  const word = POLICY_WORDS[policy];
  switch (source) {
    case 'destructive':
      return `${word}: the server marks it destructive, so the server’s default of Allow does not apply to it. Choose Allow here to change that.`;
    case 'tool':
      return `${word}, set for this tool: ${CONSEQUENCE[policy]}`;
    case 'server':
    case 'fallback': {
      const from = source === 'server' ? 'the server’s default' : 'the default';
      const held =
        destructive && policy === 'ask'
          ? ' Marked destructive, it stays at Ask even if the server’s default becomes Allow.'
          : '';
      return `${word}, ${from}: ${CONSEQUENCE[policy]}${held}`;
    }
  }
}
