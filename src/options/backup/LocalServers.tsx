// Entries that start a local command. When the companion runs and its config has the same command,
// each can run through it (imported as its companion: server); when it does not have it yet, the
// terminal command that puts it there. Without the companion: the bridge command line that would
// expose it over HTTP, with a Copy button.
import { useState } from 'preact/hooks';
import type { BackupServer } from '../../shared/backup/format';
import type { LocalServer } from '../../shared/backup/parse';
import { addCommand, adoptCommand } from '../../shared/companion/command-line';
import type { ListResult } from '../../shared/companion/protocol';
import { companionUrl } from '../../shared/companion/url';
import { CopyCommand } from '../companion/CopyCommand';
import type { CompanionState } from '../companion/use-companion';

const same = (a: { command: string; args: string[] }, b: { command: string; args: string[] }) =>
  a.command === b.command && a.args.join('\0') === b.args.join('\0');

function BridgeItem({ server }: { server: LocalServer }) {
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

interface Choice {
  chosen: readonly BackupServer[];
  busy: boolean;
  onChoose: (server: BackupServer, on: boolean) => void;
}

function CompanionItem({
  server,
  list,
  chosen,
  busy,
  onChoose,
}: Choice & { server: LocalServer; list: ListResult }) {
  const match = list.servers.find((s) => same(s, server));
  const found = list.found.find((f) => f.name === server.name && same(f, server));
  return (
    <li>
      <div class="row">
        <strong>{server.name}</strong>
        <span class="url">{server.path}</span>
      </div>
      {match ? (
        <label class="check">
          <input
            type="checkbox"
            disabled={busy}
            checked={chosen.some((s) => s.name === server.name)}
            onChange={(e) =>
              onChoose(
                { name: server.name, url: companionUrl(match.name) },
                e.currentTarget.checked,
              )
            }
          />
          <span>{`Run it through the companion (its server “${match.name}”)`}</span>
        </label>
      ) : (
        <>
          <p class="hint">
            The companion does not run this command yet. Put it in its config from a terminal, then
            choose Check again:
          </p>
          <CopyCommand
            command={
              found
                ? adoptCommand(found.name)
                : addCommand(server.name, server.command, server.args, server.env)
            }
            label={`Copy the companion command for ${server.name}`}
          />
        </>
      )}
    </li>
  );
}

export function LocalServers({
  servers,
  companion,
  ...choice
}: Choice & { servers: LocalServer[]; companion: CompanionState }) {
  const { status } = companion;
  if (status.state === 'ready')
    return (
      <div class="import-group">
        <h5>{`Local commands (${servers.length})`}</h5>
        <p class="hint">MCP Switchboard’s companion runs local commands its config lists.</p>
        <ul class="local-servers" aria-label="Local commands">
          {servers.map((server) => (
            <CompanionItem key={server.path} server={server} list={status.list} {...choice} />
          ))}
        </ul>
        <div class="actions">
          <button type="button" onClick={() => void companion.check()}>
            Check again
          </button>
        </div>
      </div>
    );
  return (
    <div class="import-group">
      <h5>{`Local commands, not imported (${servers.length})`}</h5>
      <p class="hint">
        A browser cannot start programs. Run a bridge in a terminal for each (here{' '}
        <a href="https://www.npmjs.com/package/mcp-proxy">mcp-proxy</a>, on 127.0.0.1 only; quoted
        for macOS and Linux shells), then add its address. Or let MCP Switchboard’s companion run
        them, with no terminal left open: see <a href="#local">Local servers</a>.
      </p>
      <ul class="local-servers" aria-label="Local commands, not imported">
        {servers.map((server) => (
          <BridgeItem key={server.path} server={server} />
        ))}
      </ul>
    </div>
  );
}
