// The browser's prompt cannot be answered in headless Chromium, so asking is tested here with a
// fake `permissions.request`.
import { describe, expect, it, vi } from 'vitest';
import { requestCompanionPermission } from './permission';

describe('requestCompanionPermission', () => {
  it('asks for native messaging and nothing else', async () => {
    const request = vi.fn(async () => true);
    expect(await requestCompanionPermission({ request })).toBeUndefined();
    expect(request).toHaveBeenCalledWith({ permissions: ['nativeMessaging'] });
  });

  it('says what to do when the user refuses', async () => {
    expect(await requestCompanionPermission({ request: async () => false })).toBe(
      'It was not allowed, so MCP Switchboard cannot start the companion. Choose Allow local servers again and allow it when the browser asks.',
    );
  });

  it('says why when the browser would not ask', async () => {
    const request = async () => {
      throw new Error('This function must be called during a user gesture');
    };
    expect(await requestCompanionPermission({ request })).toBe(
      'MCP Switchboard could not ask for it: This function must be called during a user gesture',
    );
  });
});
