// How the background words what happens to local servers, for their status and their calls.

import type { ProcessInfo } from '../../shared/companion/protocol';
import { SwitchboardError, type WireError } from '../../shared/errors';

/** The permission the companion needs: optional, so users who never run local servers never see it. */
export const COMPANION_PERMISSION = 'nativeMessaging';

export function noCompanionPermission(): SwitchboardError {
  return new SwitchboardError(
    'no_permission',
    'MCP Switchboard may not talk to its companion yet: choose Allow local servers in the settings, under Local servers.',
  );
}

/** The last few lines of stderr, quoted, for an error message; empty when there are none. */
export function stderrTail(info: ProcessInfo | undefined, lines = 3): string {
  const tail = info?.stderr.slice(-lines) ?? [];
  return tail.length > 0 ? ` Its last output: ${tail.map((l) => `“${l}”`).join(' ')}` : '';
}

/** Why a channel's process ended, as its server's status says it. */
export function endedError(name: string, info: ProcessInfo): WireError {
  if (info.state === 'stopped')
    return { code: 'unreachable', message: `The local server “${name}” was stopped.` };
  const how =
    info.exit?.code != null
      ? `with code ${info.exit.code}`
      : info.exit?.signal
        ? `on signal ${info.exit.signal}`
        : 'unexpectedly';
  return {
    code: 'unreachable',
    message: `The local server “${name}” exited ${how}.${stderrTail(info)}`,
  };
}
