// @vitest-environment happy-dom
// A part loaded when first shown: a loading line, then the part; its module loads once per page;
// a failed load is said, and the next showing tries again.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Later, LaterPart } from './later';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

function Greeting({ name }: { name: string }) {
  return <p class="greeting">{`Hello, ${name}`}</p>;
}

/** A load that resolves or rejects when the test says so. */
function deferredLoad() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<typeof Greeting>((resolve, reject) =>
        pending.push({ resolve: () => resolve(Greeting), reject }),
      ),
  );
  return { load, pending };
}

/** Settles `step` and every promise it set off, and the renders they asked for. */
const settle = (step: () => void) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

const show = async (part: LaterPart<{ name: string }>, name: string) => {
  await act(() => render(<Later part={part} props={{ name }} />, root));
};

describe('Later', () => {
  it('shows a loading line, then the part with its props, loading the module once', async () => {
    const { load, pending } = deferredLoad();
    const part = new LaterPart(load, 'greeting');
    await show(part, 'Ada');
    expect(root.textContent).toBe('Loading…');
    await settle(() => pending[0]?.resolve());
    expect(root.querySelector('.greeting')?.textContent).toBe('Hello, Ada');

    await act(() => render(null, root));
    await show(part, 'Grace');
    expect(root.querySelector('.greeting')?.textContent).toBe('Hello, Grace');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says what could not load, and tries again the next time it is shown', async () => {
    const { load, pending } = deferredLoad();
    const part = new LaterPart(load, 'greeting');
    await show(part, 'Ada');
    await settle(() => pending[0]?.reject(new Error('net::ERR_FILE_NOT_FOUND')));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load the greeting: net::ERR_FILE_NOT_FOUND. Close and reopen this window to try again.',
    );

    await act(() => render(null, root));
    await show(part, 'Ada');
    expect(load).toHaveBeenCalledTimes(2);
    await settle(() => pending[1]?.resolve());
    expect(root.querySelector('.greeting')?.textContent).toBe('Hello, Ada');
  });
});
