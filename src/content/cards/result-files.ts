// Which parts of a result go to the chat as files, where the site takes them: images and audio,
// and the whole text when it is longer than the site's limit.
import { DEFAULT_RESULT_LIMIT, resultBody } from '../../shared/mcp/result-text';
import type { ToolCall } from '../../shared/mcp/tool-call';
import type { ChatToolResult } from '../../shared/messages/views';
import type { SiteAdapter } from '../adapters/types';
import { fileFromBase64, takesType } from '../dom/attach';

export interface ResultFilePlan {
  files: File[];
  /** Part index → file name, for the media parts among `files`. */
  attached: Map<number, string>;
  /** The file holding the whole text, when it is among `files`. */
  fullFile: string | undefined;
  limit: number;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
};

/** A name the model can refer to: the call id, the part's place, an extension for its type. */
function fileName(call: ToolCall, index: number, mimeType: string): string {
  const extension = EXTENSIONS[mimeType.toLowerCase()] ?? (mimeType.split('/')[1] || 'bin');
  return `${call.call_id}-${index + 1}.${extension.replace(/[^a-z0-9]/gi, '')}`;
}

export function planResultFiles(
  adapter: Pick<SiteAdapter, 'uploads' | 'resultLimit'>,
  call: ToolCall,
  result: ChatToolResult,
): ResultFilePlan {
  const { uploads, resultLimit: limit = DEFAULT_RESULT_LIMIT } = adapter;
  const files: File[] = [];
  const attached = new Map<number, string>();
  result.parts.forEach((part, i) => {
    if (part.type !== 'media' || !part.data || !takesType(uploads, part.mimeType)) return;
    const name = fileName(call, i, part.mimeType);
    files.push(fileFromBase64(name, part.mimeType, part.data));
    attached.set(i, name);
  });
  const body = resultBody(result, attached);
  let fullFile: string | undefined;
  if (body.length > limit && takesType(uploads, 'text/plain')) {
    fullFile = `${call.call_id}-result.txt`;
    files.push(new File([body], fullFile, { type: 'text/plain' }));
  }
  return { files, attached, fullFile, limit };
}
