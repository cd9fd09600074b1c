// One server's OAuth record in chrome.storage.local (the `oauth` item, keyed by server id).
import type { ItemStorage } from '../../shared/storage/item-storage';
import { oauthItem } from '../../shared/storage/items';
import { type AuthRecord, type AuthVault, emptyRecord } from './vault';

export function storageVault(storage: ItemStorage, serverId: string): AuthVault {
  return {
    // A copy: the provider edits its record in place, and the stored one is shared (ItemStorage).
    load: async () =>
      structuredClone((await storage.get(oauthItem))[serverId] as AuthRecord | undefined) ??
      emptyRecord(),
    save: async (record) => {
      await storage.update(oauthItem, (all) => ({ ...all, [serverId]: structuredClone(record) }));
    },
  };
}

/** Sign out everywhere this server's record is kept: a removed server leaves no tokens behind. */
export async function forgetServer(storage: ItemStorage, serverId: string): Promise<void> {
  await storage.update(oauthItem, (all) => {
    if (!(serverId in all)) return all;
    const { [serverId]: _gone, ...rest } = all;
    return rest;
  });
}
