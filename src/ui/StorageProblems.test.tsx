// @vitest-environment happy-dom
// What the background could not save is shown as it is pushed, and goes once it saved again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { StorageProblem } from '../shared/messages/views';
import type { ServerFeed } from './background';
import { StorageProblems } from './StorageProblems';

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
});
