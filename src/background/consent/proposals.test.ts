// Proposals hold a call exactly as it was first shown; a changed call replaces a waiting one.
import { describe, expect, it } from 'vitest';
import { Proposals } from './proposals';

const call = { call_id: 'c1', tool: 'delete', arguments: { path: 'a.txt' } };

describe('Proposals', () => {
  it('gives the same proposal for the same call, however its keys are ordered', () => {
    const proposals = new Proposals();
    const first = proposals.propose(1, 'chatgpt', 'k', call).proposal;
    const again = proposals.propose(1, 'chatgpt', 'k', {
      arguments: { path: 'a.txt' },
      tool: 'delete',
      call_id: 'c1',
    }).proposal;
    expect(again).toBe(first);
  });

  it('replaces a waiting proposal when the block changed, keeping the old call as it was', () => {
    const proposals = new Proposals();
    const first = proposals.propose(1, 'chatgpt', 'k', call).proposal;
    const changed = { ...call, arguments: { path: '/' } };
    const { proposal, replaced } = proposals.propose(1, 'chatgpt', 'k', changed);
    expect(replaced).toBe(first);
    expect(first.state).toBe('replaced');
    expect(first.call.arguments).toEqual({ path: 'a.txt' });
    expect(proposal.call.arguments).toEqual({ path: '/' });
    expect(proposal.id).not.toBe(first.id);
  });

  it('keeps its own copy: changing the object it was given changes nothing', () => {
    const proposals = new Proposals();
    const given = structuredClone(call);
    const { proposal } = proposals.propose(1, undefined, 'k', given);
    given.arguments.path = '/etc/passwd';
    expect(proposal.call.arguments.path).toBe('a.txt');
  });

  it('tells tabs apart, and forgets a closed tab', () => {
    const proposals = new Proposals();
    const one = proposals.propose(1, undefined, 'k', call).proposal;
    const two = proposals.propose(2, undefined, 'k', call).proposal;
    expect(one.id).not.toBe(two.id);
    proposals.forgetTab(1);
    expect(proposals.get(one.id)).toBeUndefined();
    expect(proposals.byCallKey(2, 'k')).toBe(two);
  });
});
