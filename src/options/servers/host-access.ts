// Asks the browser for the host permission a server URL needs, before anything is saved or sent.
// Chrome shows its prompt only for a call made while handling the user's click, and only from an
// extension page, so the forms call this first, before any message to the background.
import type { Permissions } from 'webextension-polyfill';
import { hostPermissionPattern, originOf } from '../../shared/host-access';

export type PermissionsRequest = Pick<Permissions.Static, 'request'>;

export type HostAccess = { ok: true } | { ok: false; message: string };

/**
 * Resolves ok when the permission is held (Chrome answers at once, without a prompt, for loopback
 * and for origins already granted) or not needed (WebSocket, or a URL the background will refuse
 * with its own message); otherwise why not, to show next to the URL field.
 */
export async function requestHostAccess(
  url: string,
  permissions: PermissionsRequest,
): Promise<HostAccess> {
  const pattern = hostPermissionPattern(url);
  if (!pattern) return { ok: true };
  const origin = originOf(url);
  try {
    if (await permissions.request({ origins: [pattern] })) return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `MCP Switchboard could not ask for permission to reach ${origin}: ${reason}`,
    };
  }
  return {
    ok: false,
    message: `MCP Switchboard needs permission to reach ${origin}. It was not granted, so nothing was saved or sent: try again and choose Allow when the browser asks.`,
  };
}
