// The host manifests browsers read: which program to start for our host name, and which
// extensions may start it (Chromium's `allowed_origins`, Firefox's `allowed_extensions`).
import { COMPANION_HOST } from '../../../src/shared/companion/version';

const DESCRIPTION = 'MCP Switchboard companion: runs the MCP servers listed in its config file';

export function chromiumManifest(launcher: string, extensionIds: readonly string[]) {
  return {
    name: COMPANION_HOST,
    description: DESCRIPTION,
    path: launcher,
    type: 'stdio',
    allowed_origins: extensionIds.map((id) => `chrome-extension://${id}/`),
  };
}

export function firefoxManifest(launcher: string, addonIds: readonly string[]) {
  return {
    name: COMPANION_HOST,
    description: DESCRIPTION,
    path: launcher,
    type: 'stdio',
    allowed_extensions: [...addonIds],
  };
}

/** Whether a manifest file there is one of ours, so uninstall removes nothing else. */
export function isOurManifest(text: string): boolean {
  try {
    return (JSON.parse(text) as { name?: unknown }).name === COMPANION_HOST;
  } catch {
    return false;
  }
}
