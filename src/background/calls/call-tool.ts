// Runs one tool call the user approved: finds the server that has the tool and calls it once.
import { SwitchboardError } from '../../shared/errors';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ChatToolResult } from '../../shared/messages/views';
import { diagnose } from '../sessions/diagnose';
import type { SessionManager } from '../sessions/manager';
import type { ServerSession } from '../sessions/session';

export async function resolveTool(manager: SessionManager, call: ToolCall): Promise<ServerSession> {
  const sessions = manager.all();
  if (sessions.length === 0) {
    throw new SwitchboardError(
      'server_not_found',
      'No MCP server is enabled. Add one in the extension’s settings.',
    );
  }
  if (call.server !== undefined) {
    const session = sessions.find(
      (s) => s.config.name.toLowerCase() === call.server?.toLowerCase(),
    );
    if (!session) {
      throw new SwitchboardError(
        'server_not_found',
        `No enabled server is named “${call.server}”.`,
      );
    }
    await session.ensureConnected();
    if (session.status.state !== 'connected') {
      throw new SwitchboardError(
        session.status.error?.code ?? 'unreachable',
        session.status.error?.message ?? `${session.config.name} is not connected.`,
      );
    }
    if (!session.tools.some((t) => t.name === call.tool)) {
      throw new SwitchboardError(
        'tool_not_found',
        `${session.config.name} has no tool named “${call.tool}”.`,
      );
    }
    return session;
  }
  await Promise.all(sessions.map((s) => s.ensureConnected()));
  const owners = sessions.filter(
    (s) => s.status.state === 'connected' && s.tools.some((t) => t.name === call.tool),
  );
  const [owner, ...others] = owners;
  if (!owner) {
    const down = sessions.filter((s) => s.status.state !== 'connected').map((s) => s.config.name);
    const hint = down.length ? ` (not connected: ${down.join(', ')})` : '';
    throw new SwitchboardError(
      'tool_not_found',
      `No connected server has a tool named “${call.tool}”${hint}.`,
    );
  }
  if (others.length) {
    const names = owners.map((s) => s.config.name).join(', ');
    throw new SwitchboardError(
      'tool_ambiguous',
      `Several servers have a tool named “${call.tool}” (${names}); the call must name its server.`,
    );
  }
  return owner;
}

export async function callTool(
  manager: SessionManager,
  call: ToolCall,
): Promise<{ server: string; result: ChatToolResult }> {
  const session = await resolveTool(manager, call);
  try {
    return {
      server: session.config.name,
      result: await session.callTool(call.tool, call.arguments),
    };
  } catch (error) {
    const wire = diagnose(error, session.config.url);
    throw new SwitchboardError(wire.code, wire.message);
  }
}
