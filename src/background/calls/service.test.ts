import { SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import { describe, expect, it, vi } from 'vitest';
import type { ToolCall } from '../../shared/mcp/tool-call';
import { memoryArea, writeItem } from '../../shared/storage/item';
import { ItemStorage } from '../../shared/storage/item-storage';
import { policiesItem, type ServerConfig } from '../../shared/storage/items';
import type { ServerSession } from '../sessions/session';
import { RunningCalls } from './running';
import { CallService } from './service';

type CallTool = (name: string, args: unknown, options: { signal?: AbortSignal }) => unknown;

/** One connected server, "files", with `read(path)` and `wipe()`; `callTool` plays the server. */
function setup(callTool: CallTool = async () => ({ content: [{ type: 'text', text: 'done' }] })) {
  const session = {
    config: { id: 's1', name: 'files', url: 'http://127.0.0.1:1/mcp', callTimeoutMs: 60_000 },
    status: { state: 'connected' },
    catalog: {
      tools: [
        {
          name: 'read',
          inputSchema: {
            type: 'object',
            properties: { path: { type: 'string' } },
            required: ['path'],
          },
        },
        { name: 'wipe', inputSchema: { type: 'object' } },
      ],
      resources: [],
      prompts: [],
    },
    ensureConnected: async () => {},
    callTool: vi.fn(callTool),
  };
  const area = memoryArea();
  const storage = new ItemStorage(area);
  /** The stored configs: a cap set here applies without a new session. */
  const servers: ServerConfig[] = [];
  const onActivity = vi.fn();
  const running = new RunningCalls();
  const service = new CallService({
    sessions: () => [session as unknown as ServerSession],
    policies: () => storage.get(policiesItem),
    servers: async () => servers,
    storage,
    running,
    onActivity,
  });
  return { service, session, area, onActivity, running, servers };
}

const read = (path: unknown = '/a'): ToolCall => ({
  call_id: 'c1',
  tool: 'read',
  arguments: { path, token: 'secret' },
});
const fromChatGpt = { approval: 'user' as const, siteId: 'chatgpt' };

describe('CallService activity', () => {
  it('logs a call with its site and redacted arguments, and counts it for its server and tool', async () => {
    const { service, onActivity } = setup();
    await service.call(read(), fromChatGpt);
    const { log, metrics } = await service.activity();
    expect(log).toEqual([
      expect.objectContaining({
        server: 'files',
        tool: 'read',
        outcome: 'ok',
        site: 'chatgpt',
        approval: 'user',
        arguments: { path: '/a', token: '[redacted]' },
      }),
    ]);
    expect(metrics.tools).toEqual([
      expect.objectContaining({ server: 'files', tool: 'read', calls: 1, successRate: 1 }),
    ]);
    expect(metrics.servers).toEqual([expect.objectContaining({ server: 'files', calls: 1 })]);
    expect(onActivity).toHaveBeenCalled();
  });

  it('keeps a tool error as an outcome, never its text', async () => {
    const { service } = setup(async () => ({
      isError: true,
      content: [{ type: 'text', text: 'private file contents' }],
    }));
    await service.call(read(), fromChatGpt);
    const { log, metrics } = await service.activity();
    expect(log[0]?.outcome).toBe('tool-error');
    expect(JSON.stringify(await service.activity())).not.toContain('private file contents');
    expect(metrics.tools[0]).toMatchObject({ errors: 1, successRate: 0 });
    expect(metrics.tools[0]?.lastError?.message).toBe('The tool answered with an error.');
  });

  it('logs a call the settings deny as denied, and one that does not fit as failed, without counting either', async () => {
    const { service, session, area } = setup();
    await writeItem(area, policiesItem, { s1: { tools: { wipe: 'deny' } } });
    await expect(
      service.call({ call_id: 'c1', tool: 'wipe', arguments: {} }, fromChatGpt),
    ).rejects.toMatchObject({ code: 'denied' });
    await expect(service.call(read(42), fromChatGpt)).rejects.toMatchObject({
      code: 'bad_request',
    });
    expect(session.callTool).not.toHaveBeenCalled();
    const { log, metrics } = await service.activity();
    expect(log.map((e) => [e.tool, e.outcome])).toEqual([
      ['read', 'failed'],
      ['wipe', 'denied'],
    ]);
    expect(log[1]?.error).toBe('wipe on files is denied in your MCP Switchboard settings.');
    expect(metrics).toEqual({ servers: [], tools: [] });
  });

  it('tells a timeout and a cancellation from other failures', async () => {
    // `/slow` runs until cancelled; anything else times out.
    const { service } = setup(async (_name, args, { signal }) => {
      if ((args as { path: string }).path !== '/slow')
        throw new SdkError(SdkErrorCode.RequestTimeout, 'Request timed out');
      await new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    });
    await expect(service.call(read(), fromChatGpt)).rejects.toMatchObject({ code: 'timeout' });
    const slow = service.call(read('/slow'), { ...fromChatGpt, callKey: 'k1' });
    await vi.waitFor(() => expect(service.cancel(undefined, 'k1')).toBe(true));
    await expect(slow).rejects.toMatchObject({ code: 'cancelled' });
    const { log, metrics } = await service.activity();
    expect(log.map((e) => e.outcome)).toEqual(['cancelled', 'timeout']);
    expect(log[0]?.error).toBe('You cancelled the call.');
    expect(metrics.tools[0]).toMatchObject({ calls: 2, errors: 2 });
  });

  it('logs a call the user declined on its card, under the server it names', async () => {
    const { service, session, onActivity } = setup();
    await service.declined(read(), 'claude');
    await service.declined({ call_id: 'c2', tool: 'no-such-tool', arguments: {} }, 'claude');
    expect(session.callTool).not.toHaveBeenCalled();
    const { log, metrics } = await service.activity();
    expect(log).toEqual([
      expect.objectContaining({
        server: 'files',
        tool: 'read',
        outcome: 'denied',
        error: 'You declined this call.',
        site: 'claude',
      }),
    ]);
    expect(metrics.tools).toEqual([]);
    expect(onActivity).toHaveBeenCalledTimes(1);
  });

  it('decides each call from policies kept in memory, and sees a change to them at once', async () => {
    const { service, area, session } = setup();
    const reads = vi.spyOn(area, 'get');
    for (let i = 0; i < 3; i++) await service.call(read(), fromChatGpt);
    expect(reads.mock.calls.filter(([key]) => key === 'policies')).toHaveLength(1);
    // Written by another worker, or the settings page: the next call is decided by it.
    await writeItem(area, policiesItem, { s1: { tools: { read: 'deny' } } });
    await expect(service.call(read(), fromChatGpt)).rejects.toMatchObject({ code: 'denied' });
    expect(await service.check(read())).toEqual({ problems: [], policy: 'deny' });
    expect(session.callTool).toHaveBeenCalledTimes(3);
  });

  it('refuses a call over the server’s cap whoever approved it, logs it as denied, and never sends it', async () => {
    const { service, session, servers } = setup();
    servers.push({ ...(session.config as unknown as ServerConfig), callsPerMinute: 2 });
    await service.call(read(), fromChatGpt);
    await service.call(read(), { approval: 'user' });
    const over = service.call(read(), fromChatGpt);
    await expect(over).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringContaining('files takes at most 2 tool calls a minute'),
    });
    expect(session.callTool).toHaveBeenCalledTimes(2);
    const { log, metrics } = await service.activity();
    expect(log[0]).toMatchObject({
      outcome: 'denied',
      error: expect.stringContaining('Try again in'),
    });
    expect(metrics.tools[0]).toMatchObject({ calls: 2 });
  });

  it('clears the log and the metrics, and says so', async () => {
    const { service, onActivity } = setup();
    await service.call(read(), fromChatGpt);
    onActivity.mockClear();
    await service.clear();
    expect(await service.activity()).toEqual({ log: [], metrics: { servers: [], tools: [] } });
    expect(onActivity).toHaveBeenCalledTimes(1);
  });
});
