// Search over the tools of every server: by name, title and description, as the user types.
import type { CatalogToolEntry } from '../../shared/storage/items';

type Searchable = Pick<CatalogToolEntry, 'name' | 'title' | 'description' | 'annotations'>;

/** The words of a query, lower-cased; a tool matches when its text has every one of them. */
export const queryTerms = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);

export function toolMatches(tool: Searchable, terms: readonly string[]): boolean {
  const annotated = tool.annotations?.title;
  const text = [
    tool.name,
    tool.title,
    typeof annotated === 'string' ? annotated : '',
    tool.description,
  ]
    .join('\n')
    .toLowerCase();
  return terms.every((term) => text.includes(term));
}

type Tools<S extends { catalog: { tools: Searchable[] } }> = S['catalog']['tools'];

/**
 * Each server with its tools that match the query. With no query every server stays, even one
 * without tools (it says so); with one, only servers with a match do.
 */
export function searchTools<S extends { catalog: { tools: Searchable[] } }>(
  servers: readonly S[],
  query: string,
): { server: S; tools: Tools<S> }[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return servers.map((server) => ({ server, tools: server.catalog.tools }));
  return servers
    .map((server) => ({
      server,
      tools: server.catalog.tools.filter((t) => toolMatches(t, terms)) as Tools<S>,
    }))
    .filter((found) => found.tools.length > 0);
}
