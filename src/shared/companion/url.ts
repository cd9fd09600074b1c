// A companion server is stored like any other, with a `companion:` URL that names it and nothing
// more: the command line stays in the companion's config file, on the user's machine.

export const COMPANION_SCHEME = 'companion:';

export function companionUrl(name: string): string {
  return `${COMPANION_SCHEME}${encodeURIComponent(name.trim())}`;
}

/** The companion server a URL names, or undefined when it is not a `companion:` URL. */
export function companionServerName(url: string | URL): string | undefined {
  const text = String(url).trim();
  if (!text.toLowerCase().startsWith(COMPANION_SCHEME)) return undefined;
  try {
    const name = decodeURIComponent(text.slice(COMPANION_SCHEME.length));
    return name.trim() ? name : undefined;
  } catch {
    return undefined;
  }
}
