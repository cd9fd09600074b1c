// Shared, deliberately small markdown block tokenizer for the chat-site fixtures. It splits a reply
// (possibly cut off mid-stream) into top-level blocks; each site turns blocks into its own HTML.
// Supported: paragraphs, `>` blockquotes (with lazy continuation lines), fenced code blocks
// (``` or ~~~, with an info string). An unterminated final fence is a code block holding the text
// so far, as chat sites render it while streaming.

export type Block =
  | { type: 'paragraph'; text: string; start: number; end: number }
  | { type: 'blockquote'; text: string; start: number; end: number }
  | {
      type: 'code';
      lang: string;
      code: string;
      /** False while the closing fence has not arrived yet. */
      closed: boolean;
      start: number;
      end: number;
    };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

export function splitBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  // Offsets of each line's start in the source, for data-start / data-end style attributes.
  const offsets: number[] = [];
  let pos = 0;
  for (const line of lines) {
    offsets.push(pos);
    pos += line.length + 1;
  }
  const lineEnd = (i: number) => (offsets[i] ?? 0) + (lines[i] ?? '').length;
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    const start = offsets[i] ?? 0;
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !closing.test(lines[j] ?? '')) body.push(lines[j++] ?? '');
      const closed = j < lines.length;
      const last = closed ? j : lines.length - 1;
      blocks.push({
        type: 'code',
        lang: fence[2] ?? '',
        code: body.join('\n'),
        closed,
        start,
        end: lineEnd(last),
      });
      i = last + 1;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const quoted: string[] = [];
      let j = i;
      while (j < lines.length) {
        const l = lines[j] ?? '';
        if (/^ {0,3}>/.test(l)) quoted.push(l.replace(/^ {0,3}> ?/, ''));
        else if (l.trim() !== '' && !FENCE_OPEN.test(l) && (quoted.at(-1) ?? '').trim() !== '')
          quoted.push(l); // lazy continuation of the quoted paragraph
        else break;
        j++;
      }
      blocks.push({ type: 'blockquote', text: quoted.join('\n'), start, end: lineEnd(j - 1) });
      i = j;
      continue;
    }
    const para: string[] = [];
    let j = i;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      if (l.trim() === '' || FENCE_OPEN.test(l) || /^ {0,3}>/.test(l)) break;
      para.push(l);
      j++;
    }
    blocks.push({ type: 'paragraph', text: para.join('\n'), start, end: lineEnd(j - 1) });
    i = j;
  }
  return blocks;
}

/** Splits blockquote text into its paragraphs (separated by blank lines). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Inline markdown to HTML: `code`, **bold**, *emphasis*; everything else escaped text.
 * Unclosed markers (common mid-stream) stay literal. */
export function renderInline(text: string): string {
  let html = '';
  let rest = text;
  const pattern = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*/;
  for (;;) {
    const m = pattern.exec(rest);
    if (!m) break;
    html += escapeHtml(rest.slice(0, m.index));
    if (m[1] !== undefined) html += `<code>${escapeHtml(m[1])}</code>`;
    else if (m[2] !== undefined) html += `<strong>${escapeHtml(m[2])}</strong>`;
    else html += `<em>${escapeHtml(m[3] ?? '')}</em>`;
    rest = rest.slice(m.index + m[0].length);
  }
  return html + escapeHtml(rest);
}
