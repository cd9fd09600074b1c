// @vitest-environment happy-dom
// A server waiting for a sign-in offers Sign in (not Reconnect), shows it under way, and keeps
// the reason next to the row when it fails.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { failure, serverView } from '../ui/server-view.fixture';
import { ServerRow } from './ServerRow';

const { ask } = vi.hoisted(() => ({ ask: vi.fn() }));
vi.mock('../ui/background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

const server = (code: 'sign_in_required' | 'unreachable') =>
  serverView({ status: { error: failure(code) } });

const root = document.createElement('div');
document.body.append(root);
beforeEach(() => {
  ask.mockReset();
});
afterEach(() => render(null, root));

const settle = () => new Promise((r) => setTimeout(r, 0));
const buttons = () => [...root.querySelectorAll('button')];
const signInButton = () => buttons().find((b) => b.textContent?.startsWith('Sign'));

describe('ServerRow of a server that needs a sign-in', () => {
  it('says so and offers Sign in instead of Reconnect', () => {
    render(<ServerRow server={server('sign_in_required')} />, root);
    expect(root.querySelector('.state-word')?.textContent).toBe('Sign in required');
    expect(signInButton()?.getAttribute('aria-label')).toBe('Sign in to remote');
    expect(buttons().some((b) => b.textContent === 'Reconnect')).toBe(false);
  });

  it('is disabled while signing in, then shows why it failed, ready to try again', async () => {
    let refuse: (e: Error) => void = () => {};
    ask.mockImplementation(
      () =>
        new Promise((_, reject) => {
          refuse = reject;
        }),
    );
    render(<ServerRow server={server('sign_in_required')} />, root);
    signInButton()!.click();
    await settle();
    expect(ask).toHaveBeenCalledWith('servers.signIn', { id: 's1' });
    expect(signInButton()?.textContent).toBe('Signing in…');
    expect(signInButton()?.disabled).toBe(true);

    refuse(new Error('Sign-in cancelled: the sign-in window was closed.'));
    await settle();
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toContain('Sign-in cancelled: the sign-in window was closed.');
    expect(signInButton()?.textContent).toBe('Sign in');
    expect(signInButton()?.disabled).toBe(false);
  });

  it('keeps Reconnect for other failures', () => {
    render(<ServerRow server={server('unreachable')} />, root);
    expect(root.querySelector('.state-word')?.textContent).toBe('Failed');
    expect(signInButton()).toBeUndefined();
    expect(buttons().some((b) => b.textContent === 'Reconnect')).toBe(true);
  });
});
