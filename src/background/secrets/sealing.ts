// Seals a stored value with AES-GCM under the extension's own key (key-store.ts), so what sits in
// chrome.storage.local is ciphertext to anything that reads it without that key. The storage key
// is the additional data: a sealed value moved under another key does not open.

/** A sealing key and the id it is known by in what it sealed. */
export interface SealingKey {
  key: CryptoKey;
  /** Random, stored with the key: a value sealed under another key is told apart without trying. */
  kid: string;
}

/** A sealed value as stored: the value's JSON, encrypted. */
export interface Sealed {
  sealed: 1;
  kid: string;
  /** 12 random bytes, base64. */
  iv: string;
  /** Ciphertext and tag, base64. */
  data: string;
}

export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Sealed>;
  return (
    v.sealed === 1 &&
    typeof v.kid === 'string' &&
    typeof v.iv === 'string' &&
    typeof v.data === 'string'
  );
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function seal(value: unknown, storageKey: string, { key, kid }: SealingKey) {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(storageKey) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return {
    sealed: 1,
    kid,
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  } satisfies Sealed;
}

/** The value sealed; throws when the key or the storage key is not the one it was sealed with. */
export async function open(sealed: Sealed, storageKey: string, key: CryptoKey): Promise<unknown> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: encoder.encode(storageKey) },
    key,
    fromBase64(sealed.data),
  );
  return JSON.parse(decoder.decode(plain));
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  // In slices: spreading a large array into fromCharCode overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
