import { describe, expect, it, vi } from 'vitest';

const { sendMessage } = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage } } }));

import { ask } from './background';

/** The background's answer to every request: this failure. */
function failWith(message: string): void {
  sendMessage.mockImplementation(async () => {
    throw new Error(message);
  });
}

describe('ask', () => {
  it('explains a worker that stopped while holding the request', async () => {
    failWith(
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    );
    await expect(ask('servers.list', {} as never)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('it was not run again'),
    });
  });

  it('passes other failures through unchanged', async () => {
    failWith('something else');
    await expect(ask('servers.list', {} as never)).rejects.toThrow('something else');
  });
});
