// What a read resource and a fetched prompt become for the options page: resource contents with
// small blobs kept as base64, and a prompt's messages as one text to copy or put into a chat.
import type { GetPromptResult, ReadResourceResult } from '@modelcontextprotocol/client';
import { MAX_RESOURCE_BLOB_BYTES, type ResourceContent } from '../../shared/messages/views';
import { base64Bytes } from '../sessions/normalize';

export function resourceContents(result: ReadResourceResult): ResourceContent[] {
  return result.contents.map((item): ResourceContent => {
    const mime = item.mimeType ? { mimeType: item.mimeType } : {};
    if ('text' in item) return { kind: 'text', uri: item.uri, ...mime, text: item.text };
    const bytes = base64Bytes(item.blob);
    // Larger blobs are described, not sent: a page could not show them usefully anyway.
    return {
      kind: 'blob',
      uri: item.uri,
      ...mime,
      bytes,
      ...(bytes <= MAX_RESOURCE_BLOB_BYTES ? { data: item.blob } : {}),
    };
  });
}

type Block = GetPromptResult['messages'][number]['content'];

function blockText(block: Block): string {
  switch (block.type) {
    case 'text':
      return block.text;
    case 'resource': {
      const { resource } = block;
      return 'text' in resource
        ? resource.text
        : `[resource ${resource.uri}${resource.mimeType ? ` (${resource.mimeType})` : ''}]`;
    }
    case 'resource_link':
      return `[resource ${block.uri}]`;
    default:
      return `[${block.type} content]`;
  }
}

/** The prompt's messages in order, blank-line separated; what cannot be text is named instead. */
export function promptText(result: GetPromptResult): string {
  return result.messages.map((message) => blockText(message.content)).join('\n\n');
}
