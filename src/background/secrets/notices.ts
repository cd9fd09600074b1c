// What the user is told when their saved secrets could not be sealed or opened: never a silent
// loss. The servers and every other setting are kept either way; only secret values can be missing.
import type { StorageProblem } from '../../shared/messages/views';
import type { ServerConfig } from '../../shared/storage/items';

type Notice = Omit<StorageProblem, 'key' | 'at'>;

/** Sealed values that no longer open (their key is gone), and the servers that held them. */
export function unreadableNotice(
  copies: readonly string[],
  servers: readonly ServerConfig[],
): Notice | undefined {
  if (copies.length === 0) return undefined;
  const headers = copies.some((copy) => copy.startsWith('secrets.'));
  const names = servers
    .filter((s) => s.headerNames.length > 0 || s.oauth?.clientId)
    .map((s) => s.name);
  const what = [
    headers ? 'header values and client secrets' : undefined,
    copies.some((copy) => copy.startsWith('oauth.')) ? 'sign-ins' : undefined,
  ]
    .filter(Boolean)
    .join(' and ');
  const redo = [
    headers && names.length
      ? `open Edit on ${names.join(', ')} and enter their header values (and client secret) again`
      : undefined,
    'press Sign in where a server asks for it',
  ]
    .filter(Boolean)
    .join(', and ');
  return {
    message: `Your saved ${what} could not be opened: the key that protects them is gone from this browser profile. Your servers and settings are kept. To use them again, ${redo}. The unreadable copy is kept until you forget it here.`,
    action: 'forget-unreadable-secrets',
  };
}

/** Plaintext secrets an earlier version left could not be sealed at start-up. */
export function unsealedNotice(error: unknown): Notice {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    message: `Your saved secrets could not be encrypted yet (${reason.replace(/\.$/, '')}). They are kept as they were and still work; MCP Switchboard tries again when it next starts.`,
  };
}
