// The options page: add servers, manage the configured ones, and set up each chat site.
import type { ServerFeed } from '../ui/background';
import { useServers } from '../ui/use-servers';
import { AddServerForm } from './servers/AddServerForm';
import { ServerItem } from './servers/ServerItem';
import { SitesSection } from './sites/SitesSection';

export function Options({ feed }: { feed: ServerFeed }) {
  const servers = useServers(feed);
  return (
    <main>
      <h1>MCP Switchboard settings</h1>
      <h2>Add a server</h2>
      <AddServerForm />
      <p class="hint">
        Streamable HTTP endpoints usually end in /mcp. For a server that only runs as a local
        command, expose it through a bridge such as{' '}
        <code>npx mcp-proxy --host 127.0.0.1 --port 8080 -- &lt;command&gt;</code>.
      </p>
      <h2>Servers</h2>
      {servers?.length === 0 && <p class="empty">No servers yet.</p>}
      <ul class="servers" aria-label="Servers">
        {servers?.map((server) => (
          <ServerItem key={server.id} server={server} />
        ))}
      </ul>
      <SitesSection servers={servers} />
    </main>
  );
}
