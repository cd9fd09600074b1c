// The Local servers section: whether the companion is allowed and installed (and how to install
// it), its version and config file, its servers, and servers other MCP apps list that it could adopt.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { adoptCommand, INSTALL_COMMAND } from '../../shared/companion/command-line';
import type { ListResult } from '../../shared/companion/protocol';
import { COMPANION_PACKAGE } from '../../shared/companion/version';
import type { ServerView } from '../../shared/messages/views';
import { CompanionServers } from './CompanionServers';
import { CopyCommand } from './CopyCommand';
import { requestCompanionPermission } from './permission';
import type { CompanionState } from './use-companion';
import './companion.css';

function Install() {
  return (
    <div class="install">
      <p>
        To install it, run this in a terminal (it needs Node.js 20 or later). It registers itself
        with your browsers for this extension only, and needs no administrator rights:
      </p>
      <CopyCommand command={INSTALL_COMMAND} label="Copy the install command" />
      <p class="hint">{`npx ${COMPANION_PACKAGE} uninstall removes it again; your list of servers is kept.`}</p>
    </div>
  );
}

function Found({ list }: { list: ListResult }) {
  const open = list.found.filter((f) => !f.adopted);
  if (open.length === 0) return null;
  return (
    <div class="found">
      <h3>In your other MCP apps</h3>
      <p class="hint">The companion runs these only once you adopt them into its config file.</p>
      <ul class="found-list" aria-label="Servers other apps list">
        {open.map((f) => (
          <li key={`${f.file} ${f.name}`}>
            <strong>{f.name}</strong> <span class="meta">{`(${f.app})`}</span>
            <CopyCommand
              command={adoptCommand(f.name)}
              label={`Copy the command that adopts ${f.name}`}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CompanionSection({
  servers,
  companion: { status, check },
}: {
  servers: ServerView[] | undefined;
  companion: CompanionState;
}) {
  const [permissionError, setPermissionError] = useState<string>();
  const allow = async () => {
    setPermissionError(await requestCompanionPermission(browser.permissions));
    await check();
  };
  const again = (
    <button type="button" onClick={() => void check()} disabled={status.state === 'checking'}>
      Check again
    </button>
  );
  return (
    <div class="companion" data-state={status.state}>
      <p class="hint">
        Servers that run as a command on this computer (stdio), like those in Claude Desktop or
        Cursor, run through MCP Switchboard’s companion: a small program that starts only the
        servers listed in its own config file. The extension can start, stop and call them by name;
        it can never change what they run.
      </p>
      {status.state === 'checking' && (
        <p class="hint" role="status">
          Looking for the companion…
        </p>
      )}
      {status.state === 'no-permission' && (
        <>
          <p>The browser has not yet allowed MCP Switchboard to talk to its companion.</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void allow()}>
              Allow local servers
            </button>
          </div>
          {permissionError && (
            <p class="form-error" role="alert">
              {permissionError}
            </p>
          )}
        </>
      )}
      {status.state === 'unavailable' && (
        <>
          <p class="error" role="alert">
            {status.message}
          </p>
          <Install />
          <div class="actions">{again}</div>
        </>
      )}
      {status.state === 'ready' && (
        <>
          <p role="status">
            {`Companion ${status.version} is installed. Its servers are listed in `}
            <code>{status.list.config}</code>.
          </p>
          {status.list.problems.map((p) => (
            <p key={`${p.file} ${p.message}`} class="error" role="alert">
              {p.file === status.list.config ? `Its config file: ${p.message}` : p.message}
            </p>
          ))}
          <CompanionServers servers={status.list.servers} known={servers ?? []} />
          <p class="hint">To add one, run in a terminal:</p>
          <CopyCommand
            command={`npx ${COMPANION_PACKAGE} add NAME -- COMMAND ARGS…`}
            label="Copy the command that adds a server"
          />
          <Found list={status.list} />
          <div class="actions">{again}</div>
        </>
      )}
    </div>
  );
}
