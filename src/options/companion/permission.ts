// Asks the browser for native messaging, which the companion needs. Optional in the manifest so
// that users who never run local servers never see its install warning; Chrome prompts only for a
// call made while handling the user's click, so the button calls this before anything else.
import type { Permissions } from 'webextension-polyfill';

export type PermissionsRequest = Pick<Permissions.Static, 'request'>;

/** Undefined once granted; otherwise why not, to show beside the button. */
export async function requestCompanionPermission(
  permissions: PermissionsRequest,
): Promise<string | undefined> {
  try {
    if (await permissions.request({ permissions: ['nativeMessaging'] })) return undefined;
  } catch (error) {
    return `MCP Switchboard could not ask for it: ${error instanceof Error ? error.message : String(error)}`;
  }
  return 'It was not allowed, so MCP Switchboard cannot start the companion. Choose Allow local servers again and allow it when the browser asks.';
}
