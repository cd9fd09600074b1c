import { describe, expect, it } from 'vitest';
import type { CatalogTool } from '../shared/messages/views';
import { defaultSiteSettings } from '../shared/storage/site-defaults';
import { lookupHandler } from './lookups';

const echo: CatalogTool = {
  server: 'everything',
  serverId: 's1',
  needsServer: false,
  name: 'echo',
  description: 'Echoes.',
  inputSchema: { type: 'object', properties: { message: { type: 'string' } } },
};

const settings = (enabled: boolean) => ({
  of: async () => ({ ...defaultSiteSettings(), enabled }),
});

describe('lookupHandler', () => {
  it('answers from the catalogue for a site that is on', async () => {
    const handle = lookupHandler(async () => [echo], settings(true));
    const answer = await handle(
      { tools: ['echo'] },
      { sender: 'content-script', siteId: 'chatgpt' },
    );
    expect(answer.shown).toEqual(['everything/echo']);
    expect(answer.text).toContain('- echo(message?: string) — Echoes.');
  });

  it('refuses a tab of a site that was turned off, without reading the catalogue', async () => {
    let read = false;
    const handle = lookupHandler(async () => {
      read = true;
      return [echo];
    }, settings(false));
    await expect(
      handle({ tools: ['echo'] }, { sender: 'content-script', siteId: 'chatgpt' }),
    ).rejects.toThrow('MCP Switchboard is turned off for this site.');
    expect(read).toBe(false);
  });
});
