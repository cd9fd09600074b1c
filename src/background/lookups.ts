// The background's answer to a chat tab's lookup: signatures from the catalogue, no server call.
import { SwitchboardError } from '../shared/errors';
import { answerLookup } from '../shared/mcp/lookup-answer';
import type { CatalogTool } from '../shared/messages/views';
import type { Handlers } from './router';
import type { SiteSettingsStore } from './site-settings';

export function lookupHandler(
  catalogTools: () => Promise<CatalogTool[]>,
  siteSettings: Pick<SiteSettingsStore, 'of'>,
): Handlers['tools.lookup'] {
  return async (query, { siteId }) => {
    // A tab still running from before support was turned off learns nothing more.
    if (siteId && !(await siteSettings.of(siteId)).enabled)
      throw new SwitchboardError('denied', 'MCP Switchboard is turned off for this site.');
    return answerLookup(await catalogTools(), query);
  };
}
