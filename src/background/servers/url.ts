// Checks a server URL typed by the user and explains what is wrong with it.
import { COMPANION_SCHEME, companionServerName } from '../../shared/companion/url';
import { SwitchboardError } from '../../shared/errors';

const SUPPORTED = new Set(['http:', 'https:', 'ws:', 'wss:', COMPANION_SCHEME]);

export function checkServerUrl(input: string): URL {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SwitchboardError(
      'invalid_url',
      `“${text}” is not a URL. Write the full address, for example http://127.0.0.1:3001/mcp.`,
    );
  }
  if (!SUPPORTED.has(url.protocol)) {
    throw new SwitchboardError(
      'invalid_url',
      `${url.protocol}// is not an MCP transport. Use http(s):// or ws(s)://.`,
    );
  }
  if (url.protocol === COMPANION_SCHEME && !companionServerName(url)) {
    throw new SwitchboardError(
      'invalid_url',
      'A companion: URL names a server, as in companion:files.',
    );
  }
  if (url.username || url.password) {
    throw new SwitchboardError('invalid_url', 'Put credentials in a header, not in the URL.');
  }
  return url;
}
