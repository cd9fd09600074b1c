import { describe, expect, it, vi } from 'vitest';
import { SwitchboardError } from '../shared/errors';
import { StorageHealth } from './storage-health';

describe('StorageHealth', () => {
  it('says what was not saved and why, until a later write of that item succeeds', () => {
    const onChange = vi.fn();
    const health = new StorageHealth(onChange);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const full = new SwitchboardError(
      'storage_full',
      'The browser’s storage for MCP Switchboard is full, so this change was not saved.',
    );
    health.report({ key: 'policies', error: full });
    health.report({ key: 'activity', error: new Error('IO error') });
    health.report({ key: 'sites' });
    expect(health.problems()).toEqual([
      {
        key: 'policies',
        message:
          'Your tool policies could not be saved: The browser’s storage for MCP Switchboard is full, so this change was not saved. The next change tries again.',
        at: expect.any(Number),
      },
      {
        key: 'activity',
        message:
          'The call log and metrics could not be saved: IO error. The next change tries again.',
        at: expect.any(Number),
      },
    ]);
    expect(error).toHaveBeenCalledTimes(2);
    health.report({ key: 'policies' });
    expect(health.problems().map((p) => p.key)).toEqual(['activity']);
    // Told of each new failure and of each one cleared, not of writes that were fine all along.
    expect(onChange).toHaveBeenCalledTimes(3);
    error.mockRestore();
  });
});
