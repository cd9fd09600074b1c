// @vitest-environment happy-dom
// The settings page's sign-in: Sign in when the server asks for it, the account and Sign out once
// signed in, and the OAuth settings of the editor (only changes sent, a bad metadata URL refused).
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure, serverView } from '../../ui/server-view.fixture';
import { ServerItem } from './ServerItem';

const { ask } = vi.hoisted(() => ({ ask: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { permissions: { request: vi.fn() } } }));
vi.mock('../../ui/background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const oauth = { clientId: 'saved-client' };
const needsSignIn = serverView({
  oauth,
  status: { error: failure('sign_in_required', 'The server needs you to sign in.') },
});
const signedIn = serverView({
  oauth,
  account: { signedIn: true, issuer: 'https://auth.example.com', scope: 'read' },
  status: { state: 'connected', toolCount: 2 },
});

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => {
  ask.mockReset();
});
afterEach(() => render(null, root));

const settle = () => new Promise((r) => setTimeout(r, 0));
const button = (label: string) =>
  [...root.querySelectorAll('button')].find(
    (b) => b.getAttribute('aria-label') === label || b.textContent === label,
  );
const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const type = (name: string, value: string) => {
  input(name).value = value;
  input(name).dispatchEvent(new Event('input', { bubbles: true }));
};

describe('ServerItem sign-in', () => {
  it('offers Sign in to a server that asks for it, and no account line', async () => {
    ask.mockResolvedValue({});
    render(<ServerItem server={needsSignIn} />, root);
    expect(root.querySelector('.state-word')?.textContent).toBe('Sign in required');
    expect(root.textContent).not.toContain('Signed in');
    button('Sign in to remote')!.click();
    await settle();
    expect(ask).toHaveBeenCalledWith('servers.signIn', { id: 's1' });
  });

  it('shows the account of a signed-in server and signs out', async () => {
    ask.mockResolvedValue({});
    render(<ServerItem server={signedIn} />, root);
    expect(root.querySelector('.account')?.textContent).toContain(
      'Signed in at auth.example.com · scopes: read',
    );
    expect(button('Sign in to remote')).toBeUndefined();
    button('Sign out of remote')!.click();
    await settle();
    expect(ask).toHaveBeenCalledWith('servers.signOut', { id: 's1' });
  });

  it('saves only the OAuth settings that changed, a secret only when typed', async () => {
    ask.mockResolvedValue({ server: signedIn });
    render(<ServerItem server={signedIn} />, root);
    button('Edit')!.click();
    await settle();
    expect(root.querySelector('details.oauth summary')?.textContent).toBe('Sign-in (OAuth)');
    expect(input('oauth-client-id').value).toBe('saved-client');
    expect(input('oauth-client-secret').value).toBe('');
    type('oauth-scope', 'read write');
    await settle();
    root.querySelector('form')!.requestSubmit();
    await settle();
    expect(ask).toHaveBeenCalledWith(
      'servers.edit',
      expect.objectContaining({ id: 's1', oauth: { scope: 'read write' } }),
    );
  });

  it('refuses a client metadata URL that is not https, next to the field, and saves nothing', async () => {
    render(<ServerItem server={signedIn} />, root);
    button('Edit')!.click();
    await settle();
    type('oauth-client-metadata-url', 'http://example.com/client.json');
    input('oauth-client-metadata-url').dispatchEvent(new Event('blur'));
    await settle();
    const field = input('oauth-client-metadata-url');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = field.getAttribute('aria-describedby')!.split(' ');
    const error = root.querySelector(`[id="${described[0]}"]`);
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toMatch(/https:\/\/ address with a path/);
    root.querySelector('form')!.requestSubmit();
    await settle();
    expect(ask).not.toHaveBeenCalled();
  });
});
