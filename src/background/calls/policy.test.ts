import { describe, expect, it } from 'vitest';
import { checkConsent, policyFor } from './policy';

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

describe('checkConsent', () => {
  it('never runs a denied tool, whoever asks', () => {
    expect(() => checkConsent('deny', 'user', 's', 't')).toThrow(
      'denied in your MCP Switchboard settings',
    );
  });

  it('runs ask tools only on the user’s click, allow tools either way', () => {
    expect(() => checkConsent('ask', 'auto', 's', 't')).toThrow('needs your approval');
    expect(() => checkConsent('ask', 'user', 's', 't')).not.toThrow();
    expect(() => checkConsent('allow', 'auto', 's', 't')).not.toThrow();
  });
});
