// The chat page's light or dark theme, for what the extension draws in it.

/** The page's own theme, from its background: sites have their own switch, not only the system's. */
export function pageTheme(): 'light' | 'dark' {
  const color = getComputedStyle(document.body).backgroundColor;
  const [r = 255, g = 255, b = 255, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (a === 0) return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
