// @vitest-environment happy-dom
// A server whose host permission was removed offers to grant it again. The browser's prompt cannot
// be answered in headless Chromium, so `permissions.request` is a fake here.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerView } from '../../shared/messages/views';
import { failure, serverView } from '../../ui/server-view.fixture';
import { ServerItem } from './ServerItem';

const { request, ask } = vi.hoisted(() => ({
  request: vi.fn<(p: { origins?: string[] }) => Promise<boolean>>(),
  ask: vi.fn(),
}));
vi.mock('webextension-polyfill', () => ({ default: { permissions: { request } } }));
vi.mock('../../ui/background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const server = (state: ServerView['status']['state'], code?: 'no_permission' | 'unreachable') =>
  serverView({ status: { state, ...(code ? { error: failure(code) } : {}) } });

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => {
  request.mockReset();
  ask.mockReset();
});
afterEach(() => render(null, root));

const settle = () => new Promise((r) => setTimeout(r, 0));
const grant = () =>
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Grant access'));

describe('ServerItem without its host permission', () => {
  it('asks for the origin again and reconnects once it is granted', async () => {
    request.mockResolvedValue(true);
    ask.mockResolvedValue({});
    render(<ServerItem server={server('failed', 'no_permission')} />, root);
    expect(grant()?.textContent).toBe('Grant access to https://mcp.example.com');
    grant()!.click();
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://mcp.example.com/*'] });
    expect(ask).toHaveBeenCalledWith('servers.reconnect', { id: 's1' });
  });

  it('says what is missing when refused again, and does not reconnect', async () => {
    request.mockResolvedValue(false);
    render(<ServerItem server={server('failed', 'no_permission')} />, root);
    grant()!.click();
    await settle();
    expect(ask).not.toHaveBeenCalled();
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toContain(
      'MCP Switchboard needs permission to reach https://mcp.example.com. It was not granted, so nothing was saved or sent: try again and choose Allow when the browser asks.',
    );
  });

  it('offers it only to a server waiting for the permission', () => {
    render(<ServerItem server={server('reconnecting', 'unreachable')} />, root);
    expect(grant()).toBeUndefined();
  });
});
