import { describe, expect, it, vi } from 'vitest';
import type { ServerStatus } from '../../shared/messages/views';
import { canReach, noPermission, recheckAccess } from './host-access';

describe('canReach', () => {
  it('asks for the origin’s pattern, and needs nothing for a WebSocket', async () => {
    const contains = vi.fn(async ({ origins }: { origins?: string[] }) =>
      Boolean(origins?.includes('http://127.0.0.1:3001/*')),
    );
    expect(await canReach(new URL('http://127.0.0.1:3001/mcp'), { contains })).toBe(true);
    expect(await canReach(new URL('https://mcp.example.com/mcp'), { contains })).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ origins: ['https://mcp.example.com/*'] });
    expect(await canReach(new URL('wss://mcp.example.com/ws'), { contains })).toBe(true);
    expect(contains).toHaveBeenCalledTimes(2);
  });
});

describe('noPermission', () => {
  it('names the origin and what to do', () => {
    expect(noPermission(new URL('https://mcp.example.com:8443/mcp'))).toMatchObject({
      code: 'no_permission',
      message: 'Permission to reach https://mcp.example.com:8443 was removed — grant it again.',
    });
  });
});

describe('recheckAccess', () => {
  const session = (url: string, status: Pick<ServerStatus, 'state' | 'error'>) => ({
    config: { url },
    status,
    reconnectNow: vi.fn(async () => {}),
  });
  const waiting = {
    state: 'failed' as const,
    error: { code: 'no_permission' as const, message: 'removed', at: 0 },
  };

  it('reconnects sessions that lost their permission, and those that got it back', async () => {
    const lost = session('https://a.example/mcp', { state: 'connected' });
    const regained = session('https://b.example/mcp', waiting);
    const stillWaiting = session('https://c.example/mcp', waiting);
    const fine = session('https://b.example/other', { state: 'connected' });
    const failedOtherwise = session('https://c.example/x', {
      state: 'failed',
      error: { code: 'unauthorized', message: '401', at: 0 },
    });
    const broken = session('not a url', { state: 'failed' });
    const allowed = new Set(['https://b.example']);
    await recheckAccess(
      [lost, regained, stillWaiting, fine, failedOtherwise, broken],
      async (url) => allowed.has(url.origin),
    );
    expect(lost.reconnectNow).toHaveBeenCalledOnce();
    expect(regained.reconnectNow).toHaveBeenCalledOnce();
    expect(stillWaiting.reconnectNow).not.toHaveBeenCalled();
    expect(fine.reconnectNow).not.toHaveBeenCalled();
    // Failed for another reason and still not allowed: it fails for the permission when retried.
    expect(failedOtherwise.reconnectNow).toHaveBeenCalledOnce();
    expect(broken.reconnectNow).not.toHaveBeenCalled();
  });
});
