import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../shared/storage/item-storage';
import type { ServerSession } from '../sessions/session';
import { nameServers, PendingCalls } from './pending';

const open =
  (...ids: number[]) =>
  async () =>
    new Set(ids);

describe('PendingCalls', () => {
  it('lists what each open tab last reported, then the running calls', async () => {
    const pending = new PendingCalls(memoryStorage(), open(1, 2));
    await pending.report(1, 'chatgpt', [{ server: 'a', tool: 'echo' }, { tool: 'add' }]);
    await pending.report(2, 'claude', [{ tool: 'x' }]);
    await pending.report(1, 'chatgpt', [{ tool: 'add' }]);
    pending.started(2, 'claude', { server: 'b', tool: 'slow' });
    expect(await pending.list()).toEqual([
      { tabId: 1, site: 'chatgpt', phase: 'waiting', tool: 'add' },
      { tabId: 2, site: 'claude', phase: 'waiting', tool: 'x' },
      { tabId: 2, site: 'claude', phase: 'running', server: 'b', tool: 'slow' },
    ]);
  });

  it('drops a tab that reports nothing waiting, one that closed, and a call that ended', async () => {
    const pending = new PendingCalls(memoryStorage(), open(1, 2));
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    await pending.report(1, 'chatgpt', []);
    await pending.report(2, 'chatgpt', [{ tool: 'echo' }]);
    await pending.forget(2);
    const done = pending.started(1, 'chatgpt', { tool: 'echo' });
    done();
    expect(await pending.list()).toEqual([]);
  });

  it('leaves out tabs no longer open, whose closing a stopped worker never heard of', async () => {
    const pending = new PendingCalls(memoryStorage(), open(2));
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    pending.started(1, 'chatgpt', { tool: 'slow' });
    expect(await pending.list()).toEqual([]);
  });

  it('keeps the waiting cards for a restarted worker', async () => {
    const area = memoryStorage();
    await new PendingCalls(area, open(1)).report(1, 'gemini', [{ tool: 'echo' }]);
    expect(await new PendingCalls(area, open(1)).list()).toEqual([
      { tabId: 1, site: 'gemini', phase: 'waiting', tool: 'echo' },
    ]);
  });

  it('says when the list changed, and only then', async () => {
    const onChange = vi.fn();
    const pending = new PendingCalls(memoryStorage(), open(1), onChange);
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    expect(onChange).toHaveBeenCalledTimes(1);
    const done = pending.started(1, 'chatgpt', { tool: 'echo' });
    done();
    done();
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('applies reports that cross each other in the order they came', async () => {
    const pending = new PendingCalls(memoryStorage(), open(1));
    await Promise.all([
      pending.report(1, 'chatgpt', [{ tool: 'a' }]),
      pending.report(1, 'chatgpt', [{ tool: 'b' }]),
    ]);
    expect((await pending.list()).map((c) => c.tool)).toEqual(['b']);
  });
});

describe('nameServers', () => {
  const session = (id: string, name: string, tools: string[], state = 'connected') =>
    ({
      config: { id, name },
      status: { state },
      catalog: { tools: tools.map((tool) => ({ name: tool })) },
    }) as unknown as ServerSession;
  const sessions = [session('1', 'My Files', ['read']), session('2', 'Notes', ['echo'], 'failed')];
  const waiting = { tabId: 1, site: 'chatgpt', phase: 'waiting' as const };

  it('names the server a call reaches as the user set it, by its key or by its tool', () => {
    expect(
      nameServers(
        [
          { ...waiting, server: 'my-files', tool: 'read' },
          { ...waiting, tool: 'read' },
        ],
        sessions,
      ).map((c) => c.server),
    ).toEqual(['My Files', 'My Files']);
  });

  it('keeps what the call wrote when no connected server takes it', () => {
    expect(
      nameServers(
        [
          { ...waiting, server: 'notes', tool: 'echo' },
          { ...waiting, tool: 'echo' },
        ],
        sessions,
      ),
    ).toEqual([
      { ...waiting, server: 'notes', tool: 'echo' },
      { ...waiting, tool: 'echo' },
    ]);
  });
});
