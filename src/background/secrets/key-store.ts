// Where the sealing key lives: the extension origin's IndexedDB, as a non-extractable CryptoKey.
// Content scripts run in the page's origin and cannot open this database; nothing, not even the
// background, can read the key's bytes out of it (issue #14).
import { SwitchboardError } from '../../shared/errors';
import type { SealingKey } from './sealing';

export interface KeyStore {
  /** The key, or undefined when none was ever made (or it is gone). Throws when it cannot look. */
  load(): Promise<SealingKey | undefined>;
  /** Makes the key and keeps it; when another caller made one first, that one. */
  create(): Promise<SealingKey>;
}

/** The database, its object store and the key's id in it. */
export const KEY_DB = { name: 'mcp-switchboard-keys', store: 'keys', id: 'storage' } as const;
const { name: DB_NAME, store: STORE, id: ID } = KEY_DB;

export const newSealingKey = async (): Promise<SealingKey> => ({
  key: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]),
  kid: [...crypto.getRandomValues(new Uint8Array(8))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join(''),
});

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const cannotOpen = (error: unknown) =>
  new SwitchboardError(
    'internal',
    `MCP Switchboard could not open its key store (${error instanceof Error ? error.message : String(error)}), so saved header values and sign-ins cannot be read or saved now. Nothing was changed; restart the browser to try again.`,
  );

export function indexedDbKeys(factory: IDBFactory = indexedDB): KeyStore {
  let db: Promise<IDBDatabase> | undefined;
  const openDb = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    }).catch((error: unknown) => {
      db = undefined;
      throw cannotOpen(error);
    });
    return db;
  };
  const load = async () => {
    const store = (await openDb()).transaction(STORE).objectStore(STORE);
    return (await done(store.get(ID))) as SealingKey | undefined;
  };
  return {
    load,
    async create() {
      const made = await newSealingKey();
      const tx = (await openDb()).transaction(STORE, 'readwrite');
      tx.objectStore(STORE).add(made, ID);
      // Committed before anything is sealed with it; `add` refuses to replace a key made meanwhile.
      const committed = await new Promise<boolean>((resolve, reject) => {
        tx.oncomplete = () => resolve(true);
        tx.onabort = () =>
          tx.error?.name === 'ConstraintError' ? resolve(false) : reject(tx.error);
      });
      const kept = await load();
      if (!kept) throw cannotOpen(new Error(committed ? 'the new key was not kept' : 'no key'));
      return kept;
    },
  };
}

/** A key store in memory, for unit tests. */
export function memoryKeys(initial?: SealingKey): KeyStore & { key: SealingKey | undefined } {
  const keys = {
    key: initial,
    load: async () => keys.key,
    create: async () => {
      keys.key ??= await newSealingKey();
      return keys.key;
    },
  };
  return keys;
}
