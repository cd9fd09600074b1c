// Search over every server's resources, templates and prompts: by name, title, description and
// address, as the user types.
import type { Catalog } from '../../shared/storage/items';

type Entries = Pick<Catalog, 'resources' | 'templates' | 'prompts'>;

export interface Found<S> extends Entries {
  server: S;
}

const terms = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

/** True when the entry's text has every word of the query, in any order, ignoring case. */
function matches(words: readonly string[], ...fields: (string | undefined)[]): boolean {
  const text = fields.join('\n').toLowerCase();
  return words.every((word) => text.includes(word));
}

export const entryCount = (entries: Entries) =>
  entries.resources.length + entries.templates.length + entries.prompts.length;

/**
 * Each server with its entries that match. With no query every server stays, even one with
 * nothing to offer (it says so); with one, only servers with a match do.
 */
export function searchCatalog<S extends { catalog: Entries }>(
  servers: readonly S[],
  query: string,
): Found<S>[] {
  const words = terms(query);
  const found = servers.map((server) => ({
    server,
    resources: server.catalog.resources.filter((r) =>
      matches(words, r.name, r.title, r.description, r.uri),
    ),
    templates: server.catalog.templates.filter((t) =>
      matches(words, t.name, t.description, t.uriTemplate),
    ),
    prompts: server.catalog.prompts.filter((p) => matches(words, p.name, p.title, p.description)),
  }));
  return words.length === 0 ? found : found.filter((f) => entryCount(f) > 0);
}
