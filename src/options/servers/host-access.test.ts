// The browser's permission prompt cannot be clicked in headless Chromium (the request stays
// pending), so the decision to ask, and what a refusal shows, are tested here with a fake
// `permissions.request`; e2e covers loopback, which is granted at install and needs no prompt.
import { describe, expect, it, vi } from 'vitest';
import { requestHostAccess, requestHostsAccess } from './host-access';

const answering = (answer: boolean | Error) =>
  vi.fn(async (_: { origins?: string[] }) => {
    if (answer instanceof Error) throw answer;
    return answer;
  });

describe('requestHostAccess', () => {
  it('asks for exactly the server’s origin, and goes on when the user allows it', async () => {
    const request = answering(true);
    expect(await requestHostAccess(' https://mcp.example.com:8443/mcp ', { request })).toEqual({
      ok: true,
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://mcp.example.com:8443/*'] });
  });

  it('says what is missing when the user refuses, so the form saves nothing', async () => {
    const request = answering(false);
    expect(await requestHostAccess('https://mcp.example.com/mcp', { request })).toEqual({
      ok: false,
      message:
        'MCP Switchboard needs permission to reach https://mcp.example.com. It was not granted, so nothing was saved or sent: try again and choose Allow when the browser asks.',
    });
  });

  it('reports a request the browser refused to make', async () => {
    const request = answering(new Error('This function must be called during a user gesture'));
    expect(await requestHostAccess('http://10.0.0.5:8080/mcp', { request })).toEqual({
      ok: false,
      message:
        'MCP Switchboard could not ask for permission to reach http://10.0.0.5:8080: This function must be called during a user gesture',
    });
  });

  it('asks nothing for a WebSocket, or a URL the background will refuse with its own words', async () => {
    const request = answering(false);
    expect(await requestHostAccess('wss://mcp.example.com/ws', { request })).toEqual({ ok: true });
    expect(await requestHostAccess('mcp.example.com/mcp', { request })).toEqual({ ok: true });
    expect(request).not.toHaveBeenCalled();
  });
});

describe('requestHostsAccess', () => {
  it('asks once for every origin of an import, and names them all when refused', async () => {
    const request = answering(false);
    const urls = [
      'https://a.example.com/mcp',
      'https://a.example.com/other',
      'https://b.example.com/sse',
      'ws://c.example.com/ws',
    ];
    const access = await requestHostsAccess(urls, { request });
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith({
      origins: ['https://a.example.com/*', 'https://b.example.com/*'],
    });
    expect(access).toMatchObject({ ok: false });
    expect(!access.ok && access.message).toContain(
      'needs permission to reach https://a.example.com, https://b.example.com.',
    );
  });

  it('asks nothing when no server needs it', async () => {
    const request = answering(false);
    expect(await requestHostsAccess(['ws://127.0.0.1:9/ws'], { request })).toEqual({ ok: true });
    expect(request).not.toHaveBeenCalled();
  });
});
