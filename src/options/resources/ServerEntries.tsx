// One server's resources, templates and prompts (those that match the search), with its state.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { ServerCatalog, ServerView } from '../../shared/messages/views';
import { StatusBadge } from '../../ui/ServerStatus';
import { availabilityNote } from './availability';
import { PromptItem } from './PromptItem';
import { ResourceItem } from './ResourceItem';
import { entryCount, type Found } from './search';
import { TemplateItem } from './TemplateItem';

function Group({
  title,
  server,
  children,
}: {
  title: string;
  server: string;
  children: ComponentChildren;
}) {
  return (
    <div class="entry-group">
      <h4>{title}</h4>
      <ul class="entries" aria-label={`${title} of ${server}`}>
        {children}
      </ul>
    </div>
  );
}

export function ServerEntries({
  found,
  view,
}: {
  found: Found<ServerCatalog>;
  /** Its live state; undefined until the status feed has arrived. */
  view: ServerView | undefined;
}) {
  const headingId = useId();
  const { server, resources, templates, prompts } = found;
  const note = availabilityNote(view, entryCount(server.catalog) > 0);
  return (
    <li>
      <section class="catalog-server" aria-labelledby={headingId}>
        <div class="row">
          <h3 id={headingId}>{server.name}</h3>
          {view && <StatusBadge server={view} />}
        </div>
        {note && <p class="availability">{note}</p>}
        {resources.length > 0 && (
          <Group title="Resources" server={server.name}>
            {resources.map((resource) => (
              <ResourceItem key={resource.uri} serverId={server.serverId} resource={resource} />
            ))}
          </Group>
        )}
        {templates.length > 0 && (
          <Group title="Resource templates" server={server.name}>
            {templates.map((template) => (
              <TemplateItem
                key={template.uriTemplate}
                serverId={server.serverId}
                template={template}
              />
            ))}
          </Group>
        )}
        {prompts.length > 0 && (
          <Group title="Prompts" server={server.name}>
            {prompts.map((prompt) => (
              <PromptItem key={prompt.name} serverId={server.serverId} prompt={prompt} />
            ))}
          </Group>
        )}
      </section>
    </li>
  );
}
