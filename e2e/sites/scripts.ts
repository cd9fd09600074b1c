// Scripts for the fixture model that tests share: a reply calling one tool with given arguments,
// and a model that looks a tool up in the catalogue before it calls it.
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

/** A lookup block as the model writes it (shared/mcp/lookup.ts). */
export function lookupBlock(
  lookup: { tools?: readonly string[]; search?: string },
  id = 'l1',
): string {
  return ['```mcp-lookup', JSON.stringify({ lookup_id: id, ...lookup }), '```'].join('\n');
}

/**
 * First message → a lookup; a message holding `signature` (the lookup's answer gave the tool's
 * parameters) → the call; a successful result → a summary. The model calls only once it has read
 * the signature: without the answer it asks again.
 */
export function lookupThenCallScript(
  lookup: { tools?: readonly string[]; search?: string },
  signature: string,
  call: ScriptedCall,
): ScriptRule[] {
  const [, calling] = callScript(call);
  return [
    { when: 'status="ok"', reply: 'The tool answered:\n\n> {{result}}' },
    { when: signature, reply: calling!.reply },
    {
      when: '*',
      reply: ['Let me look that tool up first.', '', lookupBlock(lookup), ''].join('\n'),
    },
  ];
}
