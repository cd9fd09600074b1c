import { describe, expect, it, vi } from 'vitest';
import { SwitchboardError } from '../../shared/errors';
import { memoryArea, readItem } from '../../shared/storage/item';
import { ItemStorage } from '../../shared/storage/item-storage';
import { oauthItem, secretsItem, serversItem } from '../../shared/storage/items';
import { type KeyStore, memoryKeys } from './key-store';
import { SealedArea } from './sealed-area';

const SECRET = 'Bearer s3cret-token';
const TOKEN = 'at-123456';
const servers = [{ id: 's1', name: 'docs', url: 'http://h/mcp', enabled: true, addedAt: 1 }];
/** What an earlier version left: every item as plaintext, some of them secret. */
const earlier = () => ({
  servers: {
    v: 2,
    value: servers.map((s) => ({
      ...s,
      transport: 'auto',
      callTimeoutMs: 60_000,
      headerNames: ['Authorization'],
    })),
  },
  secrets: { v: 1, value: { s1: { headers: { Authorization: SECRET }, clientSecret: 'cs-1' } } },
  oauth: { v: 1, value: { s1: { clients: {}, tokens: { iss: { access_token: TOKEN } } } } },
});

function setup(keys: KeyStore = memoryKeys(), initial: Record<string, unknown> = earlier()) {
  const raw = memoryArea(initial);
  const onUnreadable = vi.fn();
  const area = new SealedArea(raw, ['secrets', 'oauth'], keys, onUnreadable);
  return { raw, area, keys, onUnreadable };
}

describe('SealedArea', () => {
  it('seals an earlier version’s secrets in place, losing nothing, and leaves the rest as it was', async () => {
    const { raw, area } = setup();
    const before = earlier();
    expect(await area.sealPlaintext()).toEqual(['secrets', 'oauth']);
    const stored = JSON.stringify(raw.data);
    for (const secret of [SECRET, TOKEN, 'cs-1']) expect(stored).not.toContain(secret);
    expect(raw.data.servers).toEqual(before.servers);
    expect((await readItem(area, secretsItem)).value).toEqual(before.secrets.value);
    expect((await readItem(area, oauthItem)).value).toEqual(before.oauth.value);
    // Once sealed, there is nothing left to do.
    expect(await area.sealPlaintext()).toEqual([]);
  });

  it('keeps the plaintext readable when sealing it fails, and seals it at the next try', async () => {
    const { raw, area } = setup();
    const set = vi.spyOn(raw, 'set').mockRejectedValueOnce(new Error('IO error'));
    await expect(area.sealPlaintext()).rejects.toThrow('IO error');
    expect((await readItem(area, secretsItem)).value.s1?.headers).toEqual({
      Authorization: SECRET,
    });
    set.mockRestore();
    expect(await area.sealPlaintext()).toEqual(['secrets', 'oauth']);
    expect(JSON.stringify(raw.data)).not.toContain(SECRET);
  });

  it('seals every write of a secret item and its copies, and opens them for the background', async () => {
    const { raw, area } = setup(memoryKeys(), {});
    const storage = new ItemStorage(area);
    await storage.write(secretsItem, { s1: { headers: { 'X-Key': 'k-1' } } });
    await area.set({ 'secrets.backup.v1': { headers: 'k-2' }, servers: { v: 2, value: [] } });
    expect(JSON.stringify(raw.data)).not.toMatch(/k-1|k-2/);
    expect(raw.data.servers).toEqual({ v: 2, value: [] });
    expect(await new ItemStorage(area).get(secretsItem)).toEqual({
      s1: { headers: { 'X-Key': 'k-1' } },
    });
  });

  it('does not open a sealed value moved under another key', async () => {
    const { raw, area } = setup(memoryKeys(), {});
    await area.set({ secrets: { v: 1, value: {} }, oauth: { v: 1, value: {} } });
    raw.data.secrets = raw.data.oauth;
    expect(await area.get('secrets')).toEqual({});
  });

  describe('when the key is gone', () => {
    it('keeps the sealed values aside, says so, reads them as absent and saves new ones under a new key', async () => {
      const { raw, area } = setup();
      await area.sealPlaintext();
      const lost = structuredClone(raw.data.secrets);
      // The same profile with its key store emptied.
      const after = new SealedArea(raw, ['secrets', 'oauth'], memoryKeys(), vi.fn());
      const onUnreadable = vi.fn();
      const reader = new SealedArea(raw, ['secrets', 'oauth'], memoryKeys(), onUnreadable);
      expect((await readItem(reader, secretsItem)).value).toEqual({});
      expect(onUnreadable).toHaveBeenCalledWith(expect.stringMatching(/^secrets\.undecryptable\./));
      const copies = await reader.unreadable();
      expect(copies.map((key) => raw.data[key])).toContainEqual(lost);
      // The server list is untouched: only the values that cannot be opened are missing.
      expect((await readItem(reader, serversItem)).value).toHaveLength(1);

      await new ItemStorage(after).write(secretsItem, {
        s1: { headers: { Authorization: 'new' } },
      });
      expect((await readItem(after, secretsItem)).value.s1?.headers.Authorization).toBe('new');
      expect(await after.unreadable()).toEqual(expect.arrayContaining(copies));
      await after.forgetUnreadable();
      expect(await after.unreadable()).toEqual([]);
      expect((await readItem(after, secretsItem)).value.s1?.headers.Authorization).toBe('new');
    });

    it('never writes over a value sealed under another key without keeping it first', async () => {
      const { raw, area } = setup();
      await area.sealPlaintext();
      const lost = structuredClone(raw.data.oauth);
      const blind = new SealedArea(raw, ['secrets', 'oauth'], memoryKeys(), vi.fn());
      await blind.set({ oauth: { v: 1, value: {} } });
      expect(Object.values(raw.data)).toContainEqual(lost);
    });
  });

  it('reads and writes nothing when the key store cannot be opened, and says why', async () => {
    const failing: KeyStore = {
      load: () => Promise.reject(new SwitchboardError('internal', 'could not open its key store')),
      create: () => Promise.reject(new Error('unreachable')),
    };
    const { raw, area } = setup(memoryKeys());
    await area.sealPlaintext();
    const sealed = structuredClone(raw.data);
    const broken = new SealedArea(raw, ['secrets', 'oauth'], failing);
    await expect(broken.get('secrets')).rejects.toThrow('could not open its key store');
    await expect(broken.set({ secrets: { v: 1, value: {} } })).rejects.toThrow('key store');
    expect(raw.data).toEqual(sealed);
  });
});
