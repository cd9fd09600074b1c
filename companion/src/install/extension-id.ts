// The extension's id, computed from the `key` in its manifest as Chrome does: the first 32 hex
// digits of the key's SHA-256, written with the letters a–p.
import { createHash } from 'node:crypto';
import manifest from '../../../manifest.json' with { type: 'json' };

export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex');
  return [...hex.slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}

/** The id of the extension built from this repository: its manifest's key fixes it. */
export const OUR_EXTENSION_ID = extensionIdFromKey(manifest.key);

export const isExtensionId = (id: string) => /^[a-p]{32}$/.test(id);
