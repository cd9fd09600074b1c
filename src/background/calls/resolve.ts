// Which connected server a call means, by the names the model was given (see shared/mcp/catalog-names).

import { SwitchboardError } from '../../shared/errors';
import { nameCatalog, resolveCall } from '../../shared/mcp/catalog-names';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ServerSession } from '../sessions/session';

export function catalogOf(sessions: readonly ServerSession[]) {
  const connected = sessions.filter((s) => s.status.state === 'connected');
  const names = nameCatalog(
    connected.map((s) => ({ id: s.config.id, name: s.config.name, tools: s.catalog.tools })),
  );
  return { connected, names };
}

/** A server that is not connected, and what would bring it back when the user must act. */
function downName(session: ServerSession): string {
  return session.status.error?.code === 'sign_in_required'
    ? `${session.config.name} (sign in required: use Sign in in the extension’s popup)`
    : session.config.name;
}

export function resolveSession(sessions: readonly ServerSession[], call: ToolCall): ServerSession {
  if (sessions.length === 0) {
    throw new SwitchboardError(
      'server_not_found',
      'No MCP server is enabled. Add one in the extension’s settings.',
    );
  }
  const { connected, names } = catalogOf(sessions);
  const found = resolveCall(names, call);
  if ('serverId' in found) return connected.find((s) => s.config.id === found.serverId)!;
  const list = found.candidates?.length ? ` (${found.candidates.join(', ')})` : '';
  const down = sessions.filter((s) => s.status.state !== 'connected');
  const downNote = down.length ? ` Not connected now: ${down.map(downName).join(', ')}.` : '';
  switch (found.error) {
    case 'ambiguous':
      throw new SwitchboardError(
        'tool_ambiguous',
        `Several servers have a tool named “${call.tool}”; the call must name one of them${list}.`,
      );
    case 'unknown-server':
      throw new SwitchboardError(
        'server_not_found',
        `No connected server is called “${call.server}”${list}.${downNote}`,
      );
    case 'unknown-tool':
      throw new SwitchboardError(
        'tool_not_found',
        `No connected server has a tool named “${call.tool}”${list ? `; did you mean${list}` : ''}.${downNote}`,
      );
  }
}
