// Reading code blocks the way sites render them.

/** `language-json` / `lang-json` class on a code element, as most markdown renderers emit. */
export function languageFromClass(code: Element): string | undefined {
  // One read of the attribute: walking classList costs a call into the page per class, and a
  // streaming reply's blocks are read many times.
  return LANGUAGE_CLASS.exec(code.getAttribute('class') ?? '')?.[1];
}

const LANGUAGE_CLASS = /(?:^|\s)(?:language|lang)-(\S+)/;

/**
 * A language a site shows as header text ("JSON" → "json"). `generic` lists labels that name no
 * language (Gemini's "Code snippet" for fences it does not know, `mcp-call` among them).
 */
export function languageFromLabel(
  label: Element | null | undefined,
  generic: readonly string[] = [],
): string | undefined {
  const text = label?.textContent?.trim().toLowerCase();
  if (!text || generic.some((g) => g.toLowerCase() === text)) return undefined;
  return text;
}
