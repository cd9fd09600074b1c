// Scripts for the fixture model that tests share: a reply calling one tool with given arguments.
import type { ScriptRule } from './scripted-model';

export interface ScriptedCall {
  tool: string;
  server?: string;
  arguments?: Record<string, unknown>;
  callId?: string;
}

/** First message → a reply with these calls (one block each); a message with results → a summary. */
export function callScript(...calls: ScriptedCall[]): ScriptRule[] {
  const blocks = calls.map((c, i) => {
    const body = {
      call_id: c.callId ?? `c${i + 1}`,
      ...(c.server ? { server: c.server } : {}),
      tool: c.tool,
      arguments: c.arguments ?? {},
    };
    return ['```mcp-call', JSON.stringify(body), '```'].join('\n');
  });
  return [
    { when: 'nonce="', reply: 'The tool answered:\n\n> {{result}}' },
    {
      when: '*',
      reply: ['Let me use a tool.', '', ...blocks, '', 'Waiting for the result.'].join('\n'),
    },
  ];
}
