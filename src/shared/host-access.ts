// Which host permission a server URL needs. At install the extension may reach only the chat
// sites and loopback; any other server's origin is an optional host permission, asked for when the
// user adds the server (see manifest.json).
//
// What the permission changes for the service worker's fetch (checked in Chromium 156):
// - with it, no CORS: no preflight, and the answer is readable whatever the server's CORS headers;
//   the host's cookies go with each request; POSTs still carry `Origin: chrome-extension://<id>`.
// - without it, CORS applies: a preflight (JSON bodies and Mcp-* headers are not "simple"), the
//   answer is readable only with Access-Control-Allow-Origin, no cookies are sent, and a refusal
//   is an opaque "Failed to fetch". So a server without it may work or fail depending on its
//   CORS headers; the background never relies on that and asks for the permission instead.
// WebSockets are subject to neither host permissions nor CORS: ws(s):// needs no permission.

/** The match pattern for the URL's origin (port included), or undefined when none is needed. */
export function hostPermissionPattern(url: string | URL): string | undefined {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return `${parsed.origin}/*`;
}

/** The URL's origin as shown to the user, e.g. `https://mcp.example.com`. */
export function originOf(url: string | URL): string {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  return parsed?.origin ?? String(url);
}

/** Loopback names and addresses: they always resolve, so a failure to connect means refused. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(host)
  );
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text.trim());
  } catch {
    return undefined;
  }
}
