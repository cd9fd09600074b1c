import { describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../shared/storage/item-storage';
import type { ServerSession } from '../sessions/session';
import { nameServers, PendingCalls } from './pending';
import { RunningCalls } from './running';

/** Starts a call from a chat tab in the registry; the returned function ends it. */
const run = (running: RunningCalls, tabId: number, site: string, server: string, tool: string) =>
  running.start({
    tab: { id: tabId, site },
    serverId: `id-${server}`,
    server,
    tool,
    started: Date.now(),
    abort: new AbortController(),
  });

const open =
  (...ids: number[]) =>
  async () =>
    new Set(ids);

describe('PendingCalls', () => {
  it('lists what each open tab last reported, then the running calls', async () => {
    const running = new RunningCalls();
    const pending = new PendingCalls(memoryStorage(), running, open(1, 2));
    await pending.report(1, 'chatgpt', [{ server: 'a', tool: 'echo' }, { tool: 'add' }]);
    await pending.report(2, 'claude', [{ tool: 'x' }]);
    await pending.report(1, 'chatgpt', [{ tool: 'add' }]);
    run(running, 2, 'claude', 'b', 'slow');
    expect(await pending.list()).toEqual([
      { tabId: 1, site: 'chatgpt', phase: 'waiting', tool: 'add' },
      { tabId: 2, site: 'claude', phase: 'waiting', tool: 'x' },
      { tabId: 2, site: 'claude', phase: 'running', server: 'b', tool: 'slow' },
    ]);
  });

  it('drops a tab that reports nothing waiting, one that closed, and a call that ended', async () => {
    const running = new RunningCalls();
    const pending = new PendingCalls(memoryStorage(), running, open(1, 2));
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    await pending.report(1, 'chatgpt', []);
    await pending.report(2, 'chatgpt', [{ tool: 'echo' }]);
    await pending.forget(2);
    const done = run(running, 1, 'chatgpt', 'a', 'echo');
    done();
    expect(await pending.list()).toEqual([]);
  });

  it('leaves out tabs no longer open, whose closing a stopped worker never heard of', async () => {
    const running = new RunningCalls();
    const pending = new PendingCalls(memoryStorage(), running, open(2));
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    run(running, 1, 'chatgpt', 'a', 'slow');
    expect(await pending.list()).toEqual([]);
  });

  it('keeps the waiting cards for a restarted worker', async () => {
    const area = memoryStorage();
    await new PendingCalls(area, new RunningCalls(), open(1)).report(1, 'gemini', [
      { tool: 'echo' },
    ]);
    expect(await new PendingCalls(area, new RunningCalls(), open(1)).list()).toEqual([
      { tabId: 1, site: 'gemini', phase: 'waiting', tool: 'echo' },
    ]);
  });

  it('says when the list changed, and only then', async () => {
    const onChange = vi.fn();
    const running = new RunningCalls(onChange);
    const pending = new PendingCalls(memoryStorage(), running, open(1), onChange);
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    await pending.report(1, 'chatgpt', [{ tool: 'echo' }]);
    expect(onChange).toHaveBeenCalledTimes(1);
    const done = run(running, 1, 'chatgpt', 'a', 'echo');
    done();
    done();
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('applies reports that cross each other in the order they came', async () => {
    const pending = new PendingCalls(memoryStorage(), new RunningCalls(), open(1));
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
