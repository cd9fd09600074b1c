import { describe, expect, it } from 'vitest';
import { effectiveText } from './policy-text';

describe('effectiveText', () => {
  it('says the policy, where it comes from and what it means', () => {
    expect(effectiveText({ policy: 'deny', source: 'tool' }, false)).toBe(
      'Deny, set for this tool: it never runs.',
    );
    expect(effectiveText({ policy: 'allow', source: 'server' }, false)).toBe(
      'Allow, the server’s default: it runs when you press Run, and by itself in auto mode.',
    );
    expect(effectiveText({ policy: 'ask', source: 'fallback' }, false)).toBe(
      'Ask, the default: it runs only when you press Run on its card.',
    );
  });

  it('tells why a destructive tool asks under a server-wide allow, and that it will', () => {
    expect(effectiveText({ policy: 'ask', source: 'destructive' }, true)).toMatch(
      /^Ask: the server marks it destructive, so the server’s default of Allow does not apply/,
    );
    expect(effectiveText({ policy: 'ask', source: 'fallback' }, true)).toContain(
      'it stays at Ask even if the server’s default becomes Allow',
    );
    expect(effectiveText({ policy: 'deny', source: 'server' }, true)).not.toContain('destructive');
  });
});
