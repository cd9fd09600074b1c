// The background's chrome.storage.local: closed to content scripts, its secrets sealed under the
// key in IndexedDB, and the user told when a secret could not be sealed or opened (issue #14).
import type { Storage } from 'webextension-polyfill';
import { ItemStorage, type WriteReport } from '../../shared/storage/item-storage';
import { oauthItem, type ServerConfig, secretsItem } from '../../shared/storage/items';
import type { StorageHealth } from '../storage-health';
import { indexedDbKeys, type KeyStore } from './key-store';
import { unreadableNotice, unsealedNotice } from './notices';
import { SealedArea, type WholeArea } from './sealed-area';

/** The stored items whose values are secret: header values, client secrets, OAuth tokens. */
export const SECRET_ITEMS = [secretsItem, oauthItem] as const;

export function wholeArea(area: Storage.StorageArea): WholeArea {
  return {
    get: (key) => area.get(key),
    set: (items) => area.set(items),
    getAll: () => area.get(null),
    remove: (keys) => area.remove(keys),
    onChanged: area.onChanged,
  };
}

export class SecretStorage {
  readonly storage: ItemStorage;
  private readonly sealed: SealedArea;

  constructor(
    area: WholeArea,
    private readonly health: StorageHealth,
    /** The configured servers, to name those whose secrets are gone. */
    private readonly servers: () => Promise<ServerConfig[]>,
    /**
     * Makes the area readable by extension pages and the worker only (Chrome's
     * `storage.local.setAccessLevel`); absent where the browser has no such switch.
     */
    private readonly closeToContentScripts?: () => Promise<void>,
    keys: KeyStore = indexedDbKeys(),
  ) {
    this.sealed = new SealedArea(
      area,
      SECRET_ITEMS.map((item) => item.key),
      keys,
      () => void this.noteUnreadable(),
    );
    this.storage = new ItemStorage(this.sealed, (report: WriteReport) => health.report(report));
  }

  /**
   * At each worker start, before anything reads a secret: seals plaintext an earlier version left
   * (queued with every other write of those items) and says whether any sealed value is lost.
   */
  async start(): Promise<void> {
    // Content scripts need nothing from this area: closed, a compromised chat page can neither
    // read what is sealed here nor write a setting (a policy, auto mode) in the user's place.
    await this.closeToContentScripts?.().catch((error: unknown) =>
      console.error('[MCP Switchboard] closing storage to content scripts failed:', error),
    );
    try {
      await this.storage.queue(SECRET_ITEMS, () => this.sealed.sealPlaintext());
      this.health.note('sealing', undefined);
    } catch (error) {
      console.error('[MCP Switchboard] sealing the saved secrets failed:', error);
      this.health.note('sealing', unsealedNotice(error));
    }
    await this.noteUnreadable();
  }

  async forgetUnreadable(): Promise<void> {
    await this.sealed.forgetUnreadable();
    await this.noteUnreadable();
  }

  private async noteUnreadable(): Promise<void> {
    try {
      const copies = await this.sealed.unreadable();
      this.health.note('unreadable-secrets', unreadableNotice(copies, await this.servers()));
    } catch (error) {
      console.error('[MCP Switchboard] looking for unreadable secrets failed:', error);
    }
  }
}
