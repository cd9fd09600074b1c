import { describe, expect, it, vi } from 'vitest';
import { memoryArea } from '../../shared/storage/item';
import { secretsItem } from '../../shared/storage/items';
import { StorageHealth } from '../storage-health';
import { memoryKeys } from './key-store';
import { SecretStorage } from './local-storage';

const plaintext = () => ({
  secrets: { v: 1, value: { s1: { headers: { Authorization: 'Bearer t-1' } } } },
});

describe('SecretStorage.start', () => {
  it('closes the area to content scripts and seals what an earlier version left', async () => {
    const area = memoryArea(plaintext());
    const close = vi.fn(async () => {});
    const health = new StorageHealth();
    const secrets = new SecretStorage(area, health, async () => [], close, memoryKeys());
    await secrets.start();
    expect(close).toHaveBeenCalledOnce();
    expect(JSON.stringify(area.data)).not.toContain('t-1');
    expect((await secrets.storage.get(secretsItem)).s1?.headers).toEqual({
      Authorization: 'Bearer t-1',
    });
    expect(health.problems()).toEqual([]);
  });

  it('says so when sealing failed, and keeps the secrets working', async () => {
    const area = memoryArea(plaintext());
    const refusing = { ...area, set: () => Promise.reject(new Error('IO error')) };
    const health = new StorageHealth();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const secrets = new SecretStorage(refusing, health, async () => [], undefined, memoryKeys());
    await secrets.start();
    expect(health.problems()).toEqual([
      expect.objectContaining({
        key: 'sealing',
        message: expect.stringContaining('could not be encrypted yet (IO error)'),
      }),
    ]);
    expect((await secrets.storage.get(secretsItem)).s1?.headers.Authorization).toBe('Bearer t-1');
    error.mockRestore();
  });

  it('tells of sealed values whose key is gone until the user forgets them', async () => {
    const area = memoryArea(plaintext());
    await new SecretStorage(
      area,
      new StorageHealth(),
      async () => [],
      undefined,
      memoryKeys(),
    ).start();
    const health = new StorageHealth();
    const secrets = new SecretStorage(area, health, async () => [], undefined, memoryKeys());
    await secrets.start();
    expect(await secrets.storage.get(secretsItem)).toEqual({});
    await vi.waitFor(() =>
      expect(health.problems().map((p) => p.key)).toEqual(['unreadable-secrets']),
    );
    await secrets.forgetUnreadable();
    expect(health.problems()).toEqual([]);
  });
});
