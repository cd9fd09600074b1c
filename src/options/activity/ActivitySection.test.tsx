// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Activity, CallLogEntry } from '../../shared/messages/views';
import type { ServerFeed } from '../../ui/background';

const ask = vi.hoisted(() => vi.fn());
vi.mock('../../ui/background', () => ({
  ask,
  errorText: (e: unknown) => (e instanceof Error ? e.message : String(e)),
}));
const { ActivitySection } = await import('./ActivitySection');

const root = document.createElement('div');
document.body.append(root);

function call(id: string, overrides: Partial<CallLogEntry> = {}): CallLogEntry {
  return {
    id,
    at: Date.now(),
    server: 'everything',
    tool: 'echo',
    arguments: { message: 'hi' },
    outcome: 'ok',
    durationMs: 12,
    approval: 'user',
    site: 'chatgpt',
    ...overrides,
  };
}

const echo = {
  server: 'everything',
  calls: 2,
  errors: 0,
  successRate: 1,
  p50Ms: 10,
  p95Ms: 14,
};
const busy: Activity = {
  log: [
    call('b', { outcome: 'denied', error: 'You declined this call.', durationMs: 0 }),
    call('a'),
  ],
  metrics: { servers: [echo], tools: [{ ...echo, tool: 'echo' }] },
};
const empty: Activity = { log: [], metrics: { servers: [], tools: [] } };

/** A feed whose activity pushes the test sends. */
function feed() {
  const listeners = new Set<() => void>();
  return {
    feed: {
      onActivity: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    } as unknown as ServerFeed,
    push: () =>
      act(() => {
        for (const listener of listeners) listener();
      }),
  };
}

async function show(f = feed()) {
  await act(async () => render(<ActivitySection feed={f.feed} />, root));
  await act(async () => {});
  return f;
}

const text = (selector: string) => root.querySelector(selector)?.textContent;
const rows = (label: string) => {
  const table = root.querySelector(`table[aria-labelledby="${label}"]`);
  return [...(table?.querySelectorAll('tbody tr:not(.arguments)') ?? [])].map((tr) =>
    [...tr.children].map((cell) => cell.textContent),
  );
};
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

beforeEach(() => ask.mockReset());
afterEach(() => render(null, root));

describe('ActivitySection', () => {
  it('shows the log newest first and the metrics per tool and per server', async () => {
    ask.mockResolvedValue(busy);
    await show();
    expect(text('.activity-summary')).toBe('2 calls: 1 OK, 1 denied.');
    const log = rows('activity-log');
    expect(log.map((cells) => cells.slice(1, 6))).toEqual([
      ['everything', 'echo', 'DeniedYou declined this call.', '0 ms', 'ChatGPT'],
      ['everything', 'echo', 'OK', '12 ms', 'ChatGPT'],
    ]);
    expect(rows('activity-tools')).toEqual([
      ['echo', 'everything', '2', '100%', '10 ms', '14 ms', 'None'],
    ]);
    expect(rows('activity-servers')).toEqual([
      ['everything', '2', '100%', '10 ms', '14 ms', 'None'],
    ]);
    expect(root.querySelector('svg[role="img"] desc')?.textContent).toBe(
      'echo: median 10 ms, 95th percentile 14 ms.',
    );
  });

  it('shows a call’s arguments on request, in a row of their own', async () => {
    ask.mockResolvedValue(busy);
    await show();
    const toggle = root.querySelector<HTMLButtonElement>('table button[aria-controls]')!;
    const panel = root.querySelector(`[id="${toggle.getAttribute('aria-controls')}"]`)!;
    expect(toggle.textContent).toMatch(/^Show arguments of echo at /);
    expect(panel.hasAttribute('hidden')).toBe(true);
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toMatch(/^Hide arguments of echo at /);
    expect(panel.hasAttribute('hidden')).toBe(false);
    expect(JSON.parse(panel.querySelector('pre')?.textContent ?? '')).toEqual({ message: 'hi' });
  });

  it('asks again when the background says calls happened, and keeps only the latest answer', async () => {
    ask.mockResolvedValueOnce(empty);
    const f = await show();
    expect(text('.activity-summary')).toBe('No calls yet.');
    let answerFirst: (a: Activity) => void = () => {};
    ask.mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)));
    ask.mockResolvedValueOnce(busy);
    f.push();
    f.push();
    await act(async () => {});
    expect(text('.activity-summary')).toBe('2 calls: 1 OK, 1 denied.');
    // The first request's answer lands last: it is older, so it changes nothing.
    await act(async () => answerFirst(empty));
    expect(text('.activity-summary')).toBe('2 calls: 1 OK, 1 denied.');
    expect(ask).toHaveBeenCalledTimes(3);
  });

  it('says what will show up when there is nothing yet, and offers nothing to clear', async () => {
    ask.mockResolvedValue(empty);
    await show();
    expect(text('.empty')).toContain('When you run a tool from a chat, the call shows up here');
    expect(root.querySelector('table')).toBeNull();
    expect(button('Clear activity…').disabled).toBe(true);
  });

  it('clears only once the user confirms', async () => {
    ask.mockResolvedValue(busy);
    await show();
    const dialog = root.querySelector('dialog')!;
    await act(async () => button('Clear activity…').click());
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('The call log (2 calls) and the metrics');
    await act(async () => button('Cancel').click());
    expect(dialog.open).toBe(false);
    expect(ask).not.toHaveBeenCalledWith('activity.clear', {});

    await act(async () => button('Clear activity…').click());
    ask.mockResolvedValue(empty);
    await act(async () => button('Clear').click());
    await act(async () => {});
    expect(ask).toHaveBeenCalledWith('activity.clear', {});
    expect(dialog.open).toBe(false);
    expect(text('.activity-summary')).toBe('No calls yet.');
    expect(document.activeElement).toBe(root.querySelector('.activity-summary'));
  });

  it('keeps the dialog open with the reason when clearing fails', async () => {
    ask.mockResolvedValue(busy);
    await show();
    await act(async () => button('Clear activity…').click());
    ask.mockRejectedValueOnce(new Error('The worker is gone.'));
    await act(async () => button('Clear').click());
    await act(async () => {});
    expect(root.querySelector('dialog')?.open).toBe(true);
    expect(root.querySelector('dialog [role="alert"]')?.textContent).toBe(
      'Nothing was cleared: The worker is gone.',
    );
  });

  it('says why the activity could not be loaded', async () => {
    ask.mockRejectedValueOnce(new Error('No answer.'));
    await show();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Could not load the activity: No answer.',
    );
  });
});
