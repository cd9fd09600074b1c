import { describe, expect, it } from 'vitest';
import type { ServerView } from '../../shared/messages/views';
import { processText } from './LocalProcess';

type Local = NonNullable<ServerView['local']>;
const local = (process: Local['process'], restarts = 0): Local => ({
  name: 'files',
  restarts,
  ...(process ? { process } : {}),
});

describe('processText', () => {
  it('says whether the process runs, and how often it was restarted', () => {
    expect(processText(local(undefined))).toBe('Not started yet.');
    expect(processText(local({ state: 'running', pid: 42, stderr: [] }, 2))).toBe(
      'Running as process 42. Restarted 2 times.',
    );
    expect(processText(local({ state: 'stopped', stderr: [] }, 1))).toBe(
      'Stopped. Restarted 1 time.',
    );
    expect(processText(local({ state: 'failed', stderr: [] }))).toBe('Could not be started.');
  });

  it('says how it ended: an exit code, or the signal that ended it', () => {
    const at = new Date(2026, 0, 1, 9, 30).getTime();
    const time = new Date(at).toLocaleTimeString();
    expect(
      processText(local({ state: 'exited', exit: { code: 1, signal: null, at }, stderr: [] })),
    ).toBe(`Exited with code 1 at ${time}.`);
    expect(
      processText(
        local({ state: 'exited', exit: { code: null, signal: 'SIGKILL', at }, stderr: [] }),
      ),
    ).toBe(`Exited on signal SIGKILL at ${time}.`);
  });
});
