// What a card says when the server its call needs is not connected.

import type { ToolCall } from '../../shared/mcp/tool-call';
import type { TabServer } from '../../shared/messages/contract';

const WORDS: Record<TabServer['state'], string> = {
  connected: 'connected',
  connecting: 'connecting',
  reconnecting: 'reconnecting',
  failed: 'not working (see the extension’s settings)',
  disabled: 'turned off',
};

export function serverNote(
  call: ToolCall,
  servers: readonly TabServer[] | undefined,
): string | undefined {
  if (!servers) return undefined;
  if (call.server !== undefined) {
    const wanted = call.server.toLowerCase();
    const server = servers.find((s) => s.key === wanted || s.name.toLowerCase() === wanted);
    if (!server) return `No enabled server is called “${call.server}”.`;
    if (server.state === 'connected') return undefined;
    return `“${server.name}” is ${WORDS[server.state]}; Run will try to reach it.`;
  }
  if (servers.length === 0) return 'No MCP server is set up: add one in the extension’s settings.';
  if (!servers.some((s) => s.state === 'connected'))
    return 'No server is connected right now; Run will try to reach them.';
  return undefined;
}
