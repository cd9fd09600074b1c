// How one content item of a read resource is shown: text, pretty JSON, an image or audio from a
// data: URL (extension pages' default CSP restricts scripts, not images or media), or, for other
// binary content, its type and size.
import { MAX_RESOURCE_BLOB_BYTES, type ResourceContent } from '../../shared/messages/views';

export type Shown =
  | { as: 'text' | 'json'; text: string }
  | { as: 'image' | 'audio'; src: string; what: string }
  | { as: 'binary'; what: string };

const isJson = (mime: string) => /^application\/json$|\+json$/.test(mime);
const isTextual = (mime: string) =>
  mime.startsWith('text/') ||
  isJson(mime) ||
  /^application\/(.+\+)?(xml|javascript|yaml)$/.test(mime);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${kb.toFixed(1)} KB` : `${(kb / 1024).toFixed(1)} MB`;
}

function textOf(text: string, mime: string): Shown {
  if (!isJson(mime)) return { as: 'text', text };
  try {
    return { as: 'json', text: JSON.stringify(JSON.parse(text), null, 2) };
  } catch {
    return { as: 'text', text };
  }
}

/** UTF-8 text of base64 data, or undefined when it is not valid UTF-8. */
function decodeText(data: string): string | undefined {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function shownAs(content: ResourceContent): Shown {
  const mime = (content.mimeType ?? '').toLowerCase();
  if (content.kind === 'text') return textOf(content.text, mime);
  const what = `${content.mimeType ?? 'binary data of no stated type'}, ${formatBytes(content.bytes)}`;
  if (content.data === undefined)
    return {
      as: 'binary',
      what: `${what}: too large to show here (over ${formatBytes(MAX_RESOURCE_BLOB_BYTES)})`,
    };
  // A well-formed type only: it goes into the data: URL as it is.
  const media = /^(image|audio)\/[\w.+-]+$/.exec(mime)?.[1] as 'image' | 'audio' | undefined;
  if (media) return { as: media, src: `data:${mime};base64,${content.data}`, what };
  const text = isTextual(mime) ? decodeText(content.data) : undefined;
  return text === undefined ? { as: 'binary', what } : textOf(text, mime);
}
