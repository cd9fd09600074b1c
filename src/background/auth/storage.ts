// One server's OAuth record in chrome.storage.local (the `oauth` item, keyed by server id).
import { readItem, type StorageAreaLike, writeItem } from '../../shared/storage/item';
import { oauthItem } from '../../shared/storage/items';
import { type AuthRecord, type AuthVault, emptyRecord } from './vault';

/** Writes of every server's record go one at a time: they share one stored item. */
let writes: Promise<unknown> = Promise.resolve();

export function storageVault(area: StorageAreaLike, serverId: string): AuthVault {
  return {
    load: async () =>
      ((await readItem(area, oauthItem)).value[serverId] as AuthRecord | undefined) ??
      emptyRecord(),
    save: (record) => update(area, (all) => ({ ...all, [serverId]: record })),
  };
}

/** Sign out everywhere this server's record is kept: a removed server leaves no tokens behind. */
export function forgetServer(area: StorageAreaLike, serverId: string): Promise<void> {
  return update(area, (all) => {
    const { [serverId]: _gone, ...rest } = all;
    return rest;
  });
}

function update(
  area: StorageAreaLike,
  change: (all: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const run = writes.then(async () => {
    const all = (await readItem(area, oauthItem)).value as Record<string, unknown>;
    await writeItem(area, oauthItem, change(all) as never);
  });
  writes = run.catch(() => {});
  return run;
}
