// When a run is told about: the request goes out before the tab and the frame hear that the call
// runs, the card hears within a task, and the frame shows "running" only for a call that lasts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentPush } from '../../shared/messages/consent';
import type { ChatToolResult } from '../../shared/messages/views';
import type { Elicitations } from '../calls/elicitations';
import type { CallService } from '../calls/service';
import type { SessionManager } from '../sessions/manager';
import { ConsentService, SHOW_RUNNING_MS } from './service';

const TAB = 7;
const call = { call_id: 'c1', tool: 'echo', arguments: { message: 'hi' } };
const result: ChatToolResult = { isError: false, parts: [] };
const answer = { server: 'bench', result };

function setUp() {
  const heard: string[] = [];
  let finish: () => void = () => {};
  const calls = {
    check: async () => ({ problems: [] }),
    call: vi.fn(async () => {
      heard.push('request sent');
      await new Promise<void>((resolve) => {
        finish = resolve;
      });
      return answer;
    }),
  };
  const consent = new ConsentService({
    calls: calls as unknown as CallService,
    manager: { all: () => [] } as unknown as SessionManager,
    elicitations: {} as Elicitations,
    pushToTab: (tabId, push) => heard.push(`tab ${tabId}: ${push.type}`),
  });
  /** A proposal shown in its frame, with what was heard so far cleared. */
  const shown = async () => {
    const { proposalId } = await consent.propose(TAB, 'chatgpt', call, 'k1');
    const frame = (push: ConsentPush) => heard.push(`frame: ${push.view.state}`);
    consent.attach({ proposalId, post: frame }, TAB);
    heard.length = 0;
    return proposalId;
  };
  return { consent, calls, heard, shown, finish: () => finish() };
}

describe('ConsentService.approve', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the call before the tab and the frame hear that it runs', async () => {
    const { consent, heard, shown, finish } = setUp();
    const proposalId = await shown();

    const approved = consent.approve(proposalId, { tabId: TAB });
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual(['request sent', `tab ${TAB}: call.started`]);

    await vi.advanceTimersByTimeAsync(SHOW_RUNNING_MS);
    expect(heard.at(-1)).toBe('frame: running');

    finish();
    expect((await approved).state).toBe('done');
    expect(heard.slice(-2)).toEqual([`tab ${TAB}: call.outcome`, 'frame: done']);
  });

  it('takes a quick call from waiting straight to its outcome in the frame', async () => {
    const { consent, heard, shown, finish } = setUp();
    const proposalId = await shown();

    const approved = consent.approve(proposalId, { tabId: TAB });
    await vi.advanceTimersByTimeAsync(SHOW_RUNNING_MS - 1);
    finish();
    await approved;
    await vi.advanceTimersByTimeAsync(SHOW_RUNNING_MS);
    expect(heard.filter((h) => h.startsWith('frame'))).toEqual(['frame: done']);
  });

  it('runs a proposal once, however soon Run is pressed again', async () => {
    const { consent, calls, shown, finish } = setUp();
    const proposalId = await shown();
    const first = consent.approve(proposalId, { tabId: TAB });
    await expect(consent.approve(proposalId, { tabId: TAB })).rejects.toThrow(/already run/);
    finish();
    await first;
    expect(calls.call).toHaveBeenCalledTimes(1);
  });
});
