import { describe, expect, it } from 'vitest';
import { consentRefusal, policyFor } from './policy';

const tool = (name: string, destructive?: boolean) => ({
  name,
  ...(destructive === undefined ? {} : { annotations: { destructiveHint: destructive } }),
});

describe('policyFor', () => {
  it('asks by default', () => {
    expect(policyFor({}, 's', tool('t'))).toBe('ask');
  });

  it('prefers the tool’s own choice, then the server default', () => {
    const policies = { s: { default: 'allow' as const, tools: { t: 'deny' as const } } };
    expect(policyFor(policies, 's', tool('t'))).toBe('deny');
    expect(policyFor(policies, 's', tool('other'))).toBe('allow');
  });

  it('keeps destructive tools at ask under a server-wide allow, unless chosen one by one', () => {
    expect(policyFor({ s: { default: 'allow', tools: {} } }, 's', tool('rm', true))).toBe('ask');
    expect(
      policyFor({ s: { default: 'allow', tools: { rm: 'allow' } } }, 's', tool('rm', true)),
    ).toBe('allow');
    expect(policyFor({ s: { default: 'deny', tools: {} } }, 's', tool('rm', true))).toBe('deny');
  });
});

describe('consentRefusal', () => {
  it('never runs a denied tool, whoever asks', () => {
    expect(consentRefusal('deny', 'user', 's', 't')?.message).toContain(
      'denied in your MCP Switchboard settings',
    );
  });

  it('runs ask tools only on the user’s click, allow tools either way', () => {
    expect(consentRefusal('ask', 'auto', 's', 't')?.message).toContain('needs your approval');
    expect(consentRefusal('ask', 'user', 's', 't')).toBeUndefined();
    expect(consentRefusal('allow', 'auto', 's', 't')).toBeUndefined();
  });
});
