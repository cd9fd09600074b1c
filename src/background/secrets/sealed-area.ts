// chrome.storage.local with the secrets sealed (issue #14): the values of the secret items, and
// any copy kept beside them, are encrypted on the way in and opened on the way out, so whatever
// else reads the area (a content script, a compromised renderer, a copy of the profile) finds no
// header value, token or client secret. Plaintext an earlier version left is sealed at start-up.
import type { StorageAreaLike } from '../../shared/storage/item';
import type { KeyStore } from './key-store';
import { isSealed, open, type Sealed, type SealingKey, seal } from './sealing';

/** The area as the browser offers it: every key at once, and removal. */
export interface WholeArea extends StorageAreaLike {
  getAll(): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

/** Where a sealed value that cannot be opened is kept, as it was, for a key that may come back. */
const UNREADABLE = '.undecryptable.';

export class SealedArea implements StorageAreaLike {
  private current: Promise<SealingKey | undefined> | undefined;
  readonly onChanged: StorageAreaLike['onChanged'];

  constructor(
    private readonly inner: WholeArea,
    /** The stored items whose values are secret: each key, and copies named `<key>.…`. */
    private readonly secretKeys: readonly string[],
    private readonly keys: KeyStore,
    /** Told when a sealed value could not be opened and was kept aside under `copy`. */
    private readonly onUnreadable: (copy: string) => void = () => {},
  ) {
    this.onChanged = inner.onChanged;
  }

  async get(key: string): Promise<Record<string, unknown>> {
    const got = await this.inner.get(key);
    const raw = got[key];
    // Plaintext of an earlier version stays readable until sealPlaintext has sealed it.
    if (!this.isSecret(key) || !isSealed(raw)) return got;
    const sealing = await this.loadKey();
    if (sealing?.kid === raw.kid) {
      try {
        return { [key]: await open(raw, key, sealing.key) };
      } catch {
        // Damaged, or moved here from another key: kept aside below like a value of a lost key.
      }
    }
    await this.keepAside(key, raw);
    return {};
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(items)) {
      if (!this.isSecret(key)) {
        out[key] = value;
        continue;
      }
      const sealing = (await this.loadKey()) ?? (await this.createKey());
      // A value sealed under a key that is gone is never overwritten unseen.
      const before = (await this.inner.get(key))[key];
      if (isSealed(before) && before.kid !== sealing.kid) await this.keepAside(key, before);
      out[key] = await seal(value, key, sealing);
    }
    await this.inner.set(out);
  }

  /**
   * Seals every secret value still stored as plaintext, one key at a time: each write replaces its
   * key whole, so a failed one leaves the plaintext as it was, to be sealed at the next start. A
   * sealed value that does not open back to the plaintext is replaced by the plaintext again.
   */
  async sealPlaintext(): Promise<string[]> {
    const sealed: string[] = [];
    for (const [key, raw] of Object.entries(await this.inner.getAll())) {
      if (!this.isSecret(key) || isSealed(raw)) continue;
      await this.set({ [key]: raw });
      const written = (await this.inner.get(key))[key];
      const sealing = await this.loadKey();
      const back =
        isSealed(written) && sealing
          ? await open(written, key, sealing.key).catch(() => undefined)
          : undefined;
      if (JSON.stringify(back) !== JSON.stringify(raw)) {
        await this.inner.set({ [key]: raw });
        throw new Error(`${key} did not read back after sealing; it was left as it was`);
      }
      sealed.push(key);
    }
    return sealed;
  }

  /** The copies of sealed values that could not be opened (their key is gone). */
  async unreadable(): Promise<string[]> {
    return Object.keys(await this.inner.getAll()).filter((key) => key.includes(UNREADABLE));
  }

  /** Forgets those copies, when the user has entered their secrets again. */
  async forgetUnreadable(): Promise<void> {
    const copies = await this.unreadable();
    if (copies.length) await this.inner.remove(copies);
  }

  private isSecret(key: string): boolean {
    // A copy kept aside is stored exactly as it was found, already sealed.
    if (key.includes(UNREADABLE)) return false;
    return this.secretKeys.some((secret) => key === secret || key.startsWith(`${secret}.`));
  }

  private async keepAside(key: string, raw: Sealed): Promise<void> {
    const copy = `${key}${UNREADABLE}${raw.kid}.${raw.iv}`;
    if ((await this.inner.get(copy))[copy] === undefined) await this.inner.set({ [copy]: raw });
    this.onUnreadable(copy);
  }

  private loadKey(): Promise<SealingKey | undefined> {
    this.current ??= this.keys.load().catch((error: unknown) => {
      // Not kept: the next read asks the key store again.
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  private createKey(): Promise<SealingKey> {
    const made = this.keys.create();
    this.current = made.catch((error: unknown) => {
      this.current = undefined;
      throw error;
    });
    return made;
  }
}
