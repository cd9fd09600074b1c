// Reading code blocks the way sites render them.

/** `language-json` / `lang-json` class on a code element, as most markdown renderers emit. */
export function languageFromClass(code: Element): string | undefined {
  for (const name of code.classList) {
    const match = /^(?:language|lang)-(.+)$/.exec(name);
    if (match) return match[1];
  }
  return undefined;
}
