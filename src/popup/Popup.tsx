// The toolbar popup: every server with its live state and tool count.
import browser from 'webextension-polyfill';
import { ask, type ServerFeed } from '../ui/background';
import { ServerSummary } from '../ui/ServerStatus';
import { useServers } from '../ui/use-servers';
import { SiteHealthList } from './SiteHealthList';

const OPTIONS_URL = browser.runtime.getURL('src/options/index.html');

export function Popup({ feed }: { feed: ServerFeed }) {
  const servers = useServers(feed);
  const openOptions = (event: Event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  };
  return (
    <main>
      <header>
        <h1>MCP Switchboard</h1>
        <a href={OPTIONS_URL} onClick={openOptions}>
          Settings
        </a>
      </header>
      <SiteHealthList servers={servers} />
      {servers === undefined && <p class="empty">Loading…</p>}
      {servers?.length === 0 && (
        <p class="empty">
          No servers yet.{' '}
          <a href={OPTIONS_URL} onClick={openOptions}>
            Add one in Settings
          </a>
          .
        </p>
      )}
      <ul class="servers" aria-label="Servers">
        {servers?.map((server) => (
          <li key={server.id} data-server-id={server.id}>
            <ServerSummary server={server} />
            {(server.status.state === 'failed' || server.status.state === 'reconnecting') && (
              <div class="actions">
                <button
                  type="button"
                  onClick={() => void ask('servers.reconnect', { id: server.id })}
                >
                  Reconnect
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </main>
  );
}
