// Why a server's entries may not be what it offers now, or why it shows none.
import type { ServerView } from '../../shared/messages/views';

export function availabilityNote(view: ServerView | undefined, known: boolean): string | undefined {
  const last = 'these are from when it was last connected';
  switch (view?.status.state) {
    case undefined:
      return undefined;
    case 'connected':
      return known ? undefined : 'This server offers no resources, templates or prompts.';
    case 'connecting':
      return known
        ? `Connecting: ${last}.`
        : 'Connecting: what it offers appears here once it is connected.';
    case 'reconnecting':
    case 'failed':
      return known
        ? `Offline: ${last}. They can be read once it is back.`
        : 'Offline: what it offers appears here once it is connected.';
    case 'disabled':
      return known
        ? `Turned off under Servers: ${last}. Turn it on to read them.`
        : 'Turned off under Servers: what it offers appears here once it is on and connected.';
  }
}
