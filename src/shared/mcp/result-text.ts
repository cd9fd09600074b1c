// Turns a tool result into the text put back into the chat for the model to read.
import type { ChatToolResult, ResultPart } from '../messages/views';
import type { ToolCall } from './tool-call';

export const RESULT_TAG = 'mcp-result';

function partText(part: ResultPart): string {
  switch (part.type) {
    case 'text':
      return part.text;
    case 'media':
      return `[${part.kind} (${part.mimeType}) returned by the tool; not shown in the chat]`;
    case 'resource':
      return part.text === undefined
        ? `[resource ${part.uri}]`
        : `[resource ${part.uri}]\n${part.text}`;
  }
}

/** The result body alone, as the card shows it. */
export function resultBody(result: ChatToolResult): string {
  const texts = result.parts.map(partText);
  if (texts.length === 0 && result.structured !== undefined) {
    texts.push(JSON.stringify(result.structured, null, 2));
  }
  return texts.join('\n\n').trim() || '(the tool returned no content)';
}

const attr = (value: string) => value.replace(/["<>&\n]/g, ' ');

/** The message put into the composer: the result wrapped in a tag naming the call it answers. */
export function formatToolResult(call: ToolCall, server: string, result: ChatToolResult): string {
  const status = result.isError ? 'error' : 'ok';
  const open = `<${RESULT_TAG} call_id="${attr(call.call_id)}" server="${attr(server)}" tool="${attr(call.tool)}" status="${status}">`;
  return `${open}\n${resultBody(result)}\n</${RESULT_TAG}>`;
}
