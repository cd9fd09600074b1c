// @vitest-environment happy-dom
// What the background could not save is shown as it is pushed, and goes once it saved again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorageProblem } from '../shared/messages/views';
import type { ServerFeed } from './background';
import { StorageProblems } from './StorageProblems';

const { ask } = vi.hoisted(() => ({ ask: vi.fn() }));
vi.mock('./background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));

/** A feed whose pushes the test makes. */
function feed() {
  let problems: StorageProblem[] = [];
  const listeners = new Set<(p: StorageProblem[]) => void>();
  const fake = {
    get problems() {
      return problems;
    },
    onProblems: (listener: (p: StorageProblem[]) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as ServerFeed;
  const push = (next: StorageProblem[]) => {
    problems = next;
    for (const listener of listeners) listener(next);
  };
  return { fake, push };
}

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe('StorageProblems', () => {
  it('lists each problem as an alert while it lasts', async () => {
    const { fake, push } = feed();
    await act(() => render(<StorageProblems feed={fake} />, root));
    expect(root.querySelector('[role="alert"]')).toBeNull();
    await act(() =>
      push([{ key: 'sites', message: 'Your site settings could not be saved.', at: 1 }]),
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Your site settings could not be saved.',
    );
    await act(() => push([]));
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });

  it('lets the user forget secrets that can no longer be opened, from the notice', async () => {
    const { fake, push } = feed();
    await act(() => render(<StorageProblems feed={fake} />, root));
    await act(() =>
      push([
        {
          key: 'unreadable-secrets',
          message: 'Your saved header values could not be opened.',
          at: 1,
          action: 'forget-unreadable-secrets',
        },
      ]),
    );
    ask.mockResolvedValue({});
    const button = root.querySelector('button');
    expect(button?.textContent).toBe('Forget the unreadable copy');
    await act(() => button?.click());
    expect(ask).toHaveBeenCalledWith('storage.forgetUnreadable', {});
  });
});
