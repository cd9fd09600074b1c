import { describe, expect, it } from 'vitest';
import type { PendingCall } from '../shared/messages/views';
import { groupByTab, phaseText } from './pending-groups';

const call = (tabId: number, phase: PendingCall['phase'], tool: string, server?: string) => ({
  tabId,
  site: tabId === 1 ? 'chatgpt' : 'claude',
  phase,
  tool,
  ...(server ? { server } : {}),
});

describe('groupByTab', () => {
  it('groups by tab in first-seen order, waiting calls first, alike calls counted', () => {
    const groups = groupByTab([
      call(2, 'running', 'slow', 'scripted'),
      call(1, 'waiting', 'echo', 'everything'),
      call(2, 'waiting', 'echo'),
      call(1, 'waiting', 'echo', 'everything'),
    ]);
    expect(groups).toEqual([
      {
        tabId: 2,
        site: 'Claude',
        lines: [
          { phase: 'waiting', label: 'echo', count: 1 },
          { phase: 'running', label: 'scripted · slow', count: 1 },
        ],
      },
      {
        tabId: 1,
        site: 'ChatGPT',
        lines: [{ phase: 'waiting', label: 'everything · echo', count: 2 }],
      },
    ]);
  });

  it('has no groups when nothing is pending', () => {
    expect(groupByTab([])).toEqual([]);
  });
});

describe('phaseText', () => {
  it('names the phase, with a count only when there are several', () => {
    expect(phaseText({ phase: 'waiting', label: 'echo', count: 1 })).toBe('waiting for Run');
    expect(phaseText({ phase: 'running', label: 'echo', count: 3 })).toBe('running ×3');
  });
});
