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
export function requestHostAccess(
  url: string,
  permissions: PermissionsRequest,
): Promise<HostAccess> {
  return requestHostsAccess([url], permissions);
}

/** The same for several servers at once (an import), in one prompt. */
export async function requestHostsAccess(
  urls: readonly string[],
  permissions: PermissionsRequest,
): Promise<HostAccess> {
  const patterns = [...new Set(urls.map((url) => hostPermissionPattern(url)))].filter(
    (p): p is string => p !== undefined,
  );
  if (patterns.length === 0) return { ok: true };
  const origins = [...new Set(urls.filter((u) => hostPermissionPattern(u)).map(originOf))].join(
    ', ',
  );
  try {
    if (await permissions.request({ origins: patterns })) return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: `MCP Switchboard could not ask for permission to reach ${origins}: ${reason}`,
    };
  }
  return {
    ok: false,
    message: `MCP Switchboard needs permission to reach ${origins}. It was not granted, so nothing was saved or sent: try again and choose Allow when the browser asks.`,
  };
}
