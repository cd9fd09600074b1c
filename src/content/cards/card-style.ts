// The card's styles, scoped by its shadow root; follows the system's light or dark theme.
export const CARD_CSS = `
:host { all: initial; display: block; margin: 8px 0 16px; font: 14px/1.45 system-ui, sans-serif; }
.card { margin: 0; min-width: 0; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0b57d0; --ok: #1a7f37; --bad: #cf222e;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px; padding: 12px 14px; }
/* The page's theme, read from its background when the card is made. */
.card[data-theme="dark"] { --bg: #1d2127; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #7aa8ff; --ok: #3fb950; --bad: #ff7b72; }
details > summary { cursor: pointer; color: var(--muted); font-size: 12px; margin-top: 8px; }
progress { width: 100%; margin-top: 8px; accent-color: var(--accent); }
header { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.title { font-weight: 600; }
.tool { font-family: ui-monospace, monospace; }
.status { margin-left: auto; color: var(--muted); font-size: 12px; }
.status[data-tone="ok"] { color: var(--ok); } .status[data-tone="bad"] { color: var(--bad); }
pre { margin: 8px 0 0; padding: 8px; border-radius: 8px; background: color-mix(in srgb, var(--fg) 6%, transparent);
  font: 12px/1.4 ui-monospace, monospace; white-space: pre-wrap; word-break: break-word; max-height: 240px; overflow: auto; }
.label { margin-top: 8px; color: var(--muted); font-size: 12px; }
.message { margin-top: 8px; }
.message[data-tone="bad"] { color: var(--bad); }
.actions { display: flex; gap: 8px; margin-top: 10px; }
button { font: inherit; border-radius: 8px; padding: 4px 14px; cursor: pointer; border: 1px solid var(--line);
  background: transparent; color: var(--fg); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); font-weight: 600; }
button:disabled { opacity: .55; cursor: default; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
form.question { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--line); display: grid; gap: 8px; }
form.question p { margin: 0; }
.field { display: grid; gap: 2px; border: 0; padding: 0; margin: 0; }
.field legend { padding: 0; }
.check { display: flex; gap: 6px; align-items: baseline; }
.hint { color: var(--muted); font-size: 12px; }
input, select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 3px 6px; }
input:focus-visible, select:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
[hidden] { display: none !important; }
`;
