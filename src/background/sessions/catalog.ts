// Fetches a server's tools, resources, resource templates and prompts (all pages) for the catalogue.
import type { Client, Tool } from '@modelcontextprotocol/client';
import type { Catalog, CatalogToolEntry } from '../../shared/storage/items';

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** The characters MCP allows in a tool name (spec 2025-11-25, "Tool names"). */
const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;

/** Why we cannot call a tool, or undefined when we can. */
export function unavailableReason(tool: Tool): string | undefined {
  if (!TOOL_NAME.test(tool.name))
    return 'Its name has characters MCP does not allow in tool names (only letters, digits, "_", "-" and "."), so it could pass for another server\'s tool.';
  const taskSupport = (tool as { execution?: { taskSupport?: string } }).execution?.taskSupport;
  if (taskSupport === 'required')
    return 'It only runs as a background task, which MCP Switchboard does not support yet.';
  return undefined;
}

export function toolEntry(tool: Tool): CatalogToolEntry {
  return {
    name: tool.name,
    ...optional('title', tool.title),
    ...optional('description', tool.description),
    inputSchema: tool.inputSchema as Record<string, unknown>,
    ...optional('outputSchema', tool.outputSchema as Record<string, unknown> | undefined),
    ...optional('annotations', tool.annotations as Record<string, unknown> | undefined),
    ...optional('unavailable', unavailableReason(tool)),
  };
}

/** At most this many pages of the raw tool list are read. */
const MAX_PAGES = 64;

export interface RawToolList {
  tools: Tool[];
  /** How long the server says the list stays fresh (2026-07-28 cacheable results). */
  ttlMs?: number;
}

/** The tool list as the server sent it, before the SDK's own filtering; modern era only. */
export async function rawToolList(
  client: Pick<Client, 'getProtocolEra' | 'request'>,
  timeout: number,
): Promise<RawToolList | undefined> {
  if (client.getProtocolEra() !== 'modern') return undefined;
  const tools: Tool[] = [];
  let ttlMs: number | undefined;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await client.request(
      { method: 'tools/list', params: cursor ? { cursor } : {} },
      { timeout },
    );
    tools.push(...result.tools);
    const ttl = (result as { ttlMs?: unknown }).ttlMs;
    if (typeof ttl === 'number') ttlMs = Math.min(ttlMs ?? ttl, ttl);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return { tools, ...(ttlMs === undefined ? {} : { ttlMs }) };
}

/**
 * On the 2026-07-28 era the SDK leaves out of `listTools()` the tools whose `x-mcp-header`
 * declarations are invalid (it only logs a warning). The raw list shows them, so the user learns
 * why a tool the server offers cannot be used instead of never seeing it.
 */
export function droppedTools(
  raw: RawToolList | undefined,
  kept: readonly Tool[],
): CatalogToolEntry[] {
  const names = new Set(kept.map((t) => t.name));
  return (raw?.tools ?? [])
    .filter((t) => !names.has(t.name))
    .map((t) => ({
      ...toolEntry(t),
      unavailable:
        'Its x-mcp-header declaration is invalid, so it cannot be called safely. Ask the server’s author to fix its input schema.',
    }));
}

/** Re-list no sooner than this, however short the server's TTL, and at least this often. */
const REFRESH_BOUNDS = { min: 5_000, max: 60 * 60_000 };

export interface FetchedCatalog {
  catalog: Catalog;
  /** When to list again: set when the server has no list_changed and gave a TTL. */
  refreshInMs?: number;
}

export async function fetchCatalog(client: Client, timeout: number): Promise<FetchedCatalog> {
  const caps = client.getServerCapabilities() ?? {};
  const options = { timeout, cacheMode: 'refresh' as const };
  const [tools, resources, templates, prompts] = await Promise.all([
    caps.tools ? client.listTools(undefined, options).then((r) => r.tools) : [],
    caps.resources ? client.listResources(undefined, options).then((r) => r.resources) : [],
    caps.resources
      ? client.listResourceTemplates(undefined, options).then((r) => r.resourceTemplates)
      : [],
    caps.prompts ? client.listPrompts(undefined, options).then((r) => r.prompts) : [],
  ]);
  const raw = caps.tools ? await rawToolList(client, timeout) : undefined;
  const refresh =
    raw?.ttlMs !== undefined && !caps.tools?.listChanged
      ? Math.min(REFRESH_BOUNDS.max, Math.max(REFRESH_BOUNDS.min, raw.ttlMs))
      : undefined;
  const catalog: Catalog = {
    tools: [...tools.map(toolEntry), ...droppedTools(raw, tools)],
    resources: resources.map((r) => ({
      uri: r.uri,
      name: r.name,
      ...optional('title', r.title),
      ...optional('description', r.description),
      ...optional('mimeType', r.mimeType),
    })),
    templates: templates.map((t) => ({
      uriTemplate: t.uriTemplate,
      name: t.name,
      ...optional('description', t.description),
      ...optional('mimeType', t.mimeType),
    })),
    prompts: prompts.map((p) => ({
      name: p.name,
      ...optional('title', p.title),
      ...optional('description', p.description),
      ...optional(
        'arguments',
        p.arguments?.map((a) => ({
          name: a.name,
          ...optional('description', a.description),
          ...optional('required', a.required),
        })),
      ),
    })),
  };
  return { catalog, ...(refresh === undefined ? {} : { refreshInMs: refresh }) };
}

/** Handlers for the SDK's list_changed refresh: each fresh list, reduced to catalogue entries. */
export function listChangedHandlers(update: (change: Partial<Catalog>) => void) {
  return {
    tools: {
      onChanged: (error: Error | null, tools: Tool[] | null) => {
        if (!error && tools) update({ tools: tools.map(toolEntry) });
      },
    },
    prompts: {
      onChanged: (error: Error | null, prompts: Catalog['prompts'] | null) => {
        if (!error && prompts) {
          update({
            prompts: prompts.map(({ name, title, description, arguments: a }) => ({
              name,
              title,
              description,
              arguments: a,
            })),
          });
        }
      },
    },
    resources: {
      onChanged: (error: Error | null, resources: Catalog['resources'] | null) => {
        if (!error && resources) {
          update({
            resources: resources.map(({ uri, name, title, description, mimeType }) => ({
              uri,
              name,
              title,
              description,
              mimeType,
            })),
          });
        }
      },
    },
  };
}
