import { describe, expect, it } from 'vitest';
import type { Policies } from '../storage/items';
import { explainPolicy, withPolicy } from './policy';

const tool = (name: string, destructive?: boolean) => ({
  name,
  ...(destructive === undefined ? {} : { annotations: { destructiveHint: destructive } }),
});

describe('explainPolicy', () => {
  it('says where each policy comes from', () => {
    const policies: Policies = { s: { default: 'allow', tools: { t: 'deny' } } };
    expect(explainPolicy({}, 's', tool('t'))).toEqual({ policy: 'ask', source: 'fallback' });
    expect(explainPolicy(policies, 's', tool('t'))).toEqual({ policy: 'deny', source: 'tool' });
    expect(explainPolicy(policies, 's', tool('u'))).toEqual({ policy: 'allow', source: 'server' });
    expect(explainPolicy(policies, 'other', tool('t'))).toEqual({
      policy: 'ask',
      source: 'fallback',
    });
  });

  it('holds a destructive tool at ask under a server-wide allow, but not under deny', () => {
    expect(explainPolicy({ s: { default: 'allow', tools: {} } }, 's', tool('rm', true))).toEqual({
      policy: 'ask',
      source: 'destructive',
    });
    expect(explainPolicy({ s: { default: 'deny', tools: {} } }, 's', tool('rm', true))).toEqual({
      policy: 'deny',
      source: 'server',
    });
    // A hint of false, or none, is not destructive.
    expect(explainPolicy({ s: { default: 'allow', tools: {} } }, 's', tool('rm', false))).toEqual({
      policy: 'allow',
      source: 'server',
    });
  });
});

describe('withPolicy', () => {
  it('sets and clears a tool’s policy and the server default, leaving the input alone', () => {
    const start: Policies = { s: { tools: { a: 'deny' } } };
    const set = withPolicy(withPolicy(start, 's', 'b', 'allow'), 's', undefined, 'deny');
    expect(set).toEqual({ s: { default: 'deny', tools: { a: 'deny', b: 'allow' } } });
    expect(start).toEqual({ s: { tools: { a: 'deny' } } });
    const cleared = withPolicy(withPolicy(set, 's', 'a', null), 's', undefined, null);
    expect(cleared).toEqual({ s: { tools: { b: 'allow' } } });
  });

  it('starts a server it has not seen', () => {
    expect(withPolicy({}, 'new', 'x', 'ask')).toEqual({ new: { tools: { x: 'ask' } } });
  });
});
