// The background's side of host permissions (see shared/host-access for what they change): whether
// a server's origin may be reached, and sessions kept in step when the user grants or removes one,
// for example under "Site access" in chrome://extensions.
import type { Permissions } from 'webextension-polyfill';
import { COMPANION_SCHEME } from '../../shared/companion/url';
import { SwitchboardError } from '../../shared/errors';
import { hostPermissionPattern } from '../../shared/host-access';
import type { ServerStatus } from '../../shared/messages/views';
import type { ServerConfig } from '../../shared/storage/items';
import { COMPANION_PERMISSION, noCompanionPermission } from '../companion/wording';

export type PermissionsLike = Pick<Permissions.Static, 'contains'>;

/**
 * True when the extension holds the permission this URL needs: its origin's, or for a local
 * server the companion's (native messaging); ws(s):// needs none.
 */
export async function canReach(url: URL, permissions: PermissionsLike): Promise<boolean> {
  if (url.protocol === COMPANION_SCHEME)
    return permissions.contains({ permissions: [COMPANION_PERMISSION] });
  const pattern = hostPermissionPattern(url);
  return !pattern || (await permissions.contains({ origins: [pattern] }));
}

/** Why a session waits: the options page offers to grant the permission again. */
export function noPermission(url: URL): SwitchboardError {
  if (url.protocol === COMPANION_SCHEME) return noCompanionPermission();
  return new SwitchboardError(
    'no_permission',
    `Permission to reach ${url.origin} was removed — grant it again.`,
  );
}

interface SessionLike {
  readonly config: Pick<ServerConfig, 'url'>;
  readonly status: Pick<ServerStatus, 'state' | 'error'>;
  reconnectNow(): Promise<void>;
}

/**
 * After a permission change: reconnects the sessions waiting for a permission they now have, and
 * the ones that lost theirs, so they stop at once with the reason instead of failing requests.
 */
export async function recheckAccess(
  sessions: readonly SessionLike[],
  reachable: (url: URL) => Promise<boolean>,
): Promise<void> {
  for (const session of sessions) {
    let url: URL;
    try {
      url = new URL(session.config.url);
    } catch {
      continue;
    }
    const waiting =
      session.status.state === 'failed' && session.status.error?.code === 'no_permission';
    if ((await reachable(url)) === waiting) void session.reconnectNow();
  }
}
