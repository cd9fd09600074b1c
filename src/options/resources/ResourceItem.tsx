// One resource: what it is and where, and a button that reads it and shows its content.
import { useId } from 'preact/hooks';
import type { ResourceContent } from '../../shared/messages/views';
import type { Catalog } from '../../shared/storage/items';
import { ask } from '../../ui/background';
import { ContentView } from './ContentView';
import { Outcome } from './Outcome';
import { useRequest } from './use-request';

export function ResourceItem({
  serverId,
  resource,
}: {
  serverId: string;
  resource: Catalog['resources'][number];
}) {
  const nameId = useId();
  const read = useRequest<ResourceContent[]>();
  const label = resource.title ?? resource.name;
  const { phase } = read.state;
  return (
    <li>
      <article class="entry" aria-labelledby={nameId}>
        <div class="entry-head">
          <h5 id={nameId}>{label}</h5>
          {resource.mimeType && <span class="entry-type">{resource.mimeType}</span>}
        </div>
        <code class="entry-uri">{resource.uri}</code>
        {resource.description && <p class="entry-description">{resource.description}</p>}
        <div class="entry-actions">
          <button
            type="button"
            aria-label={`Read ${label}`}
            disabled={phase === 'running'}
            onClick={() =>
              void read.run(async () => {
                const answer = await ask('resources.read', { serverId, uri: resource.uri });
                return answer.contents;
              })
            }
          >
            Read
          </button>
          {phase === 'done' && (
            <button type="button" aria-label={`Hide ${label}`} onClick={read.reset}>
              Hide
            </button>
          )}
        </div>
        <Outcome state={read.state} running="Reading…" failure="Could not read it">
          {(contents) => <ContentView contents={contents} uri={resource.uri} />}
        </Outcome>
      </article>
    </li>
  );
}
