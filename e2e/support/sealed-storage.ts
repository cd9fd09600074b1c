// Reads chrome.storage.local as the extension's background can: raw, or with a sealed secret item
// opened with the key from the extension origin's IndexedDB (src/background/secrets/).
import type { Page, Worker } from '@playwright/test';
import { KEY_DB } from '../../src/background/secrets/key-store';

/** Everything in chrome.storage.local, as stored. */
export function rawLocal(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

/** A secret item's stored value, opened; undefined when the item is not stored. */
export function openedItem(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(
    async ([key, db]) => {
      const sealed = (await chrome.storage.local.get(key))[key] as
        | { kid: string; iv: string; data: string }
        | undefined;
      if (sealed === undefined) return undefined;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(db.name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const record = await new Promise<{ key: CryptoKey; kid: string }>((resolve, reject) => {
        const request = database.transaction(db.store).objectStore(db.store).get(db.id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      database.close();
      const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes(sealed.iv), additionalData: new TextEncoder().encode(key) },
        record.key,
        bytes(sealed.data),
      );
      return JSON.parse(new TextDecoder().decode(plain));
    },
    [key, KEY_DB] as const,
  );
}

/** Deletes the sealing key, as a damaged profile might lose it; an extension page does it. */
export function deleteSealingKey(page: Page): Promise<void> {
  return page.evaluate(async (db) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = database.transaction(db.store, 'readwrite');
      tx.objectStore(db.store).delete(db.id);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    database.close();
  }, KEY_DB);
}
