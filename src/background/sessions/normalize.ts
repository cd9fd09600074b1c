// Reduces an MCP tool result to the parts a chat can carry.
import type { CallToolResult } from '@modelcontextprotocol/client';
import type { ChatToolResult, ResultPart } from '../../shared/messages/views';

type Block = CallToolResult['content'][number];

/** Largest image or audio sent on to the chat tab to be attached as a file. */
export const MAX_ATTACHED_MEDIA_BYTES = 5 * 1024 * 1024;

function part(block: Block): ResultPart {
  switch (block.type) {
    case 'text':
      return { type: 'text', text: block.text };
    case 'image':
    case 'audio': {
      const bytes = base64Bytes(block.data);
      return {
        type: 'media',
        kind: block.type,
        mimeType: block.mimeType,
        bytes,
        // Sites that take uploads get the file itself; larger media is only described.
        ...(bytes <= MAX_ATTACHED_MEDIA_BYTES ? { data: block.data } : {}),
      };
    }
    case 'resource_link':
      return { type: 'resource', uri: block.uri };
    case 'resource': {
      const res = block.resource;
      return { type: 'resource', uri: res.uri, ...('text' in res ? { text: res.text } : {}) };
    }
    default:
      return { type: 'text', text: `[unsupported content: ${(block as { type: string }).type}]` };
  }
}

export function normalizeResult(result: CallToolResult): ChatToolResult {
  return {
    isError: result.isError === true,
    parts: (result.content ?? []).map(part),
    ...(result.structuredContent === undefined ? {} : { structured: result.structuredContent }),
  };
}

/** Decoded size of base64 data, without decoding it. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((data.length * 3) / 4) - padding);
}
