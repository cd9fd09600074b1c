// Entries that start a local command: not imported, each with the exact bridge command line
// that would expose it over HTTP, and a Copy button.
import { useState } from 'preact/hooks';
import type { LocalServer } from '../../shared/backup/parse';

function LocalServerItem({ server }: { server: LocalServer }) {
  const [copied, setCopied] = useState<string>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(server.bridge.commandLine);
      setCopied('Copied.');
    } catch {
      setCopied('Could not copy: select the command and copy it yourself.');
    }
  };
  return (
    <li>
      <div class="row">
        <strong>{server.name}</strong>
        <span class="url">{server.path}</span>
      </div>
      <div class="command">
        <code>{server.bridge.commandLine}</code>
        <button
          type="button"
          aria-label={`Copy the bridge command for ${server.name}`}
          onClick={() => void copy()}
        >
          Copy
        </button>
      </div>
      <p class="hint">
        {`Then add ${server.bridge.url} as a server.`}
        {server.env.length > 0 &&
          ` The file also sets ${server.env.join(', ')} for it: set ${server.env.length === 1 ? 'it' : 'them'} in that terminal first.`}
      </p>
      <p class="hint" role="status">
        {copied}
      </p>
    </li>
  );
}

export function LocalServers({ servers }: { servers: LocalServer[] }) {
  return (
    <div class="import-group">
      <h5>{`Local commands, not imported (${servers.length})`}</h5>
      <p class="hint">
        A browser cannot start programs. Run a bridge in a terminal for each (here{' '}
        <a href="https://www.npmjs.com/package/mcp-proxy">mcp-proxy</a>, on 127.0.0.1 only; quoted
        for macOS and Linux shells), then add its address.
      </p>
      <ul class="local-servers" aria-label="Local commands, not imported">
        {servers.map((server) => (
          <LocalServerItem key={server.path} server={server} />
        ))}
      </ul>
    </div>
  );
}
