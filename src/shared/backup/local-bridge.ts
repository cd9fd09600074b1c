// A server that runs as a local command (stdio) cannot be started by a browser: say how to put
// it behind a local HTTP bridge, as a command line the user can copy and run.

/** The first bridge's port; each further local server of one file gets the next one. */
export const FIRST_BRIDGE_PORT = 8080;

/** One argument for a POSIX shell (macOS, Linux, WSL): quoted unless plainly safe. */
export function shellQuote(arg: string): string {
  if (/^[\w@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

export interface Bridge {
  /** mcp-proxy serving the command over Streamable HTTP (and SSE) on 127.0.0.1 only. */
  commandLine: string;
  /** The address to add as a server once the bridge runs. */
  url: string;
}

export function bridgeFor(command: string, args: readonly string[], port: number): Bridge {
  const words = ['npx', 'mcp-proxy', '--host', '127.0.0.1', '--port', String(port), '--'];
  return {
    commandLine: [...words, command, ...args].map(shellQuote).join(' '),
    url: `http://127.0.0.1:${port}/mcp`,
  };
}
