// @vitest-environment happy-dom
// The browser's permission prompt cannot be answered in headless Chromium, so the form's side of
// it is tested here: `permissions.request` is a fake that allows or refuses.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddServerForm } from './AddServerForm';

const { request, ask } = vi.hoisted(() => ({
  request: vi.fn<(p: { origins?: string[] }) => Promise<boolean>>(),
  ask: vi.fn(),
}));
vi.mock('webextension-polyfill', () => ({ default: { permissions: { request } } }));
vi.mock('../../ui/background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => {
  request.mockReset();
  ask.mockReset();
  render(<AddServerForm />, root);
});
afterEach(() => render(null, root));

const settle = () => new Promise((r) => setTimeout(r, 0));
const urlField = () => root.querySelector<HTMLInputElement>('input[name="url"]')!;
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

async function typeUrl(value: string) {
  urlField().value = value;
  urlField().dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}

describe('AddServerForm and host permissions', () => {
  it('saves nothing when the permission is refused, and says why next to the URL', async () => {
    request.mockResolvedValue(false);
    await typeUrl('https://mcp.example.com/mcp');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://mcp.example.com/*'] });
    expect(ask).not.toHaveBeenCalled();
    const error = document.getElementById(urlField().getAttribute('aria-describedby')!);
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toMatch(
      /^MCP Switchboard needs permission to reach https:\/\/mcp\.example\.com\./,
    );
    expect(urlField().getAttribute('aria-invalid')).toBe('true');
    // The URL stays for another try; typing clears the message.
    expect(urlField().value).toBe('https://mcp.example.com/mcp');
    await typeUrl('https://mcp.example.com/mcp2');
    expect(urlField().hasAttribute('aria-describedby')).toBe(false);
  });

  it('asks first, then adds the server once allowed', async () => {
    request.mockResolvedValue(true);
    ask.mockResolvedValue({});
    await typeUrl('https://mcp.example.com/mcp');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(request.mock.invocationCallOrder[0]).toBeLessThan(ask.mock.invocationCallOrder[0]!);
    expect(ask).toHaveBeenCalledWith(
      'servers.add',
      expect.objectContaining({ url: 'https://mcp.example.com/mcp' }),
    );
  });

  it('clears what it sent once added, but keeps a URL typed while the add was on its way', async () => {
    request.mockResolvedValue(true);
    let added!: (value: unknown) => void;
    ask.mockReturnValue(new Promise((resolve) => (added = resolve)));
    await typeUrl('https://one.example.com/mcp');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(ask).toHaveBeenCalledTimes(1);
    await typeUrl('https://two.example.com/mcp');
    added({});
    await settle();
    expect(urlField().value).toBe('https://two.example.com/mcp');

    // With nothing typed meanwhile, the field is emptied for the next server.
    ask.mockResolvedValue({});
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    expect(ask).toHaveBeenLastCalledWith(
      'servers.add',
      expect.objectContaining({ url: 'https://two.example.com/mcp' }),
    );
    expect(urlField().value).toBe('');
  });

  it('tests nothing when the permission is refused, and shows a report when it runs', async () => {
    request.mockResolvedValueOnce(false);
    await typeUrl('https://mcp.example.com/mcp');
    button('Test connection').click();
    await settle();
    expect(ask).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('needs permission');

    request.mockResolvedValueOnce(true);
    ask.mockResolvedValueOnce({
      report: {
        outcome: 'wrong_path',
        title: 'Wrong path',
        detail: 'No MCP endpoint at /mcp (HTTP 404), but … answers.',
        suggestedUrl: 'https://mcp.example.com/sse',
        tried: [],
      },
    });
    button('Test connection').click();
    await settle();
    expect(ask).toHaveBeenCalledWith('servers.test', {
      url: 'https://mcp.example.com/mcp',
      transport: 'auto',
      headers: [],
    });
    const status = root.querySelector('[role="status"][aria-label="Connection test"]');
    expect(status?.textContent).toContain('Wrong path');
    button('Use https://mcp.example.com/sse').click();
    await settle();
    expect(urlField().value).toBe('https://mcp.example.com/sse');
    expect(status?.textContent).toBe('');
  });
});
