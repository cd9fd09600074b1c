// The options page: every part of the configuration, one section each, reachable from the nav.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ServerFeed } from '../ui/background';
import { StorageProblems } from '../ui/StorageProblems';
import { useServers } from '../ui/use-servers';
import { ActivitySection } from './activity/ActivitySection';
import { BackupSection } from './backup/BackupSection';
import { CompanionSection } from './companion/CompanionSection';
import { useCompanion } from './companion/use-companion';
import { ResourcesSection } from './resources/ResourcesSection';
import { AddServerForm } from './servers/AddServerForm';
import { ServerItem } from './servers/ServerItem';
import { SitesSection } from './sites/SitesSection';
import { ToolsSection } from './tools/ToolsSection';

/** The page's sections, in order: their anchors and titles, for the nav. */
const SECTIONS = [
  { id: 'servers', title: 'Servers' },
  { id: 'local', title: 'Local servers' },
  { id: 'tools', title: 'Tools' },
  { id: 'resources', title: 'Resources and prompts' },
  { id: 'sites', title: 'Sites' },
  { id: 'activity', title: 'Activity' },
  { id: 'backup', title: 'Import and export' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

/** One section of the page, labelled by its heading. */
export function Section({ id, children }: { id: SectionId; children: ComponentChildren }) {
  const title = SECTIONS.find((s) => s.id === id)?.title;
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function Options({ feed }: { feed: ServerFeed }) {
  const servers = useServers(feed);
  const companion = useCompanion();
  /** Bumped by an import, so sections that load their settings once load them again. */
  const [imports, setImports] = useState(0);
  return (
    <main>
      <h1>MCP Switchboard settings</h1>
      <StorageProblems feed={feed} />
      <nav aria-label="Sections">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="servers">
        <h3>Add a server</h3>
        <AddServerForm />
        <p class="hint">
          Streamable HTTP endpoints usually end in /mcp. A server that only runs as a local command
          runs through the companion: see <a href="#local">Local servers</a>.
        </p>
        <h3>Your servers</h3>
        {servers?.length === 0 && <p class="empty">No servers yet.</p>}
        <ul class="servers" aria-label="Servers">
          {servers?.map((server) => (
            <ServerItem key={server.id} server={server} />
          ))}
        </ul>
      </Section>
      <Section id="local">
        <CompanionSection servers={servers} companion={companion} />
      </Section>
      <Section id="tools">
        <ToolsSection key={imports} servers={servers} />
      </Section>
      <Section id="resources">
        <ResourcesSection servers={servers} />
      </Section>
      <Section id="sites">
        <SitesSection key={imports} servers={servers} />
      </Section>
      <Section id="activity">
        <ActivitySection feed={feed} />
      </Section>
      <Section id="backup">
        <BackupSection companion={companion} onImported={() => setImports((n) => n + 1)} />
      </Section>
    </main>
  );
}
