// Reading a settings file's text: VS Code's mcp.json is JSON with comments, and JSON.parse quietly
// keeps only the last of two equal keys, which would drop a server without a word.

export type JsonPath = (string | number)[];

/** Where a string literal starting at `start` ends (one past its closing quote). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** Calls `visit` with the index of each character outside string literals. */
function outsideStrings(text: string, visit: (i: number) => number | undefined): void {
  for (let i = 0; i < text.length; ) {
    if (text[i] === '"') i = stringEnd(text, i);
    else i = visit(i) ?? i + 1;
  }
}

/** The first character at or after `i` that is not whitespace. */
function nextSolid(text: string, i: number): string | undefined {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i];
}

/**
 * JSON with comments and trailing commas as plain JSON of the same length, so that positions in
 * JSON.parse's errors still point into the text the user gave.
 */
export function stripJsonc(text: string): string {
  const chars = text.split('');
  const wipe = (from: number, to: number) => {
    for (let j = from; j < to; j++) if (chars[j] !== '\n') chars[j] = ' ';
  };
  outsideStrings(text, (i) => {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      wipe(i, stop);
      return stop;
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      wipe(i, stop);
      return stop;
    }
    return undefined;
  });
  const uncommented = chars.join('');
  outsideStrings(uncommented, (i) => {
    const next = uncommented[i] === ',' ? nextSolid(uncommented, i + 1) : undefined;
    if (next === '}' || next === ']') chars[i] = ' ';
    return undefined;
  });
  return chars.join('');
}

/** JSON.parse's complaint, said with a line and column where the engine gives a position. */
export function jsonErrorText(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const end = /^Unexpected end of JSON input$/.test(message);
  // Browsers add "(line 4 column 5)"; Node does not, so both are worked out from the position.
  const at = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  const what = end ? 'it ends too early' : message.replace(at?.[0] ?? '', '');
  const said = `${what.charAt(0).toLowerCase()}${what.slice(1)}.`;
  if (!at && !end) return `Not valid JSON: ${said}`;
  const before = text.slice(0, at ? Number(at[1]) : text.length).split('\n');
  return `Not valid JSON at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${said}`;
}

export interface DuplicateKey {
  /** The object holding the key twice. */
  path: JsonPath;
  key: string;
}

/** The keys that appear twice in one object of a valid JSON text. */
export function duplicateKeys(json: string): DuplicateKey[] {
  interface Frame {
    path: JsonPath;
    /** For an object: its keys so far; the last one names the value being read. */
    keys?: string[];
    index: number;
  }
  const stack: Frame[] = [];
  const found: DuplicateKey[] = [];
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    const top = stack.at(-1);
    if (c === '"') {
      const end = stringEnd(json, i);
      // In an object, a string followed by a colon is a key.
      if (top?.keys && nextSolid(json, end) === ':') {
        const key = JSON.parse(json.slice(i, end)) as string;
        if (top.keys.includes(key)) found.push({ path: top.path, key });
        top.keys.push(key);
      }
      i = end - 1;
    } else if (c === '{' || c === '[') {
      const path = top ? [...top.path, top.keys ? top.keys.at(-1)! : top.index] : [];
      stack.push({ path, index: 0, ...(c === '{' ? { keys: [] } : {}) });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top && !top.keys) top.index++;
  }
  return found;
}

/** A path as a reader of the file would write it: `mcpServers["my server"].url`, `servers[2]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(part)))
      text += text ? `.${String(part)}` : String(part);
    else text += `[${JSON.stringify(String(part))}]`;
  }
  return text || 'the top level';
}
