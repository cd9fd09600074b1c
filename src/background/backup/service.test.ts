import { describe, expect, it } from 'vitest';
import '../../shared/zod-setup';
import { backupSchema } from '../../shared/backup/format';
import { parseImport } from '../../shared/backup/parse';
import { memoryStorage } from '../../shared/storage/item-storage';
import { PolicyStore } from '../calls/policy-store';
import { ServerStore } from '../servers/store';
import { SiteSettingsStore } from '../site-settings';
import { BackupService } from './service';

function profile() {
  const area = memoryStorage();
  const store = new ServerStore(area);
  const policies = new PolicyStore(area);
  const sites = new SiteSettingsStore(area);
  return { area, store, policies, sites, backup: new BackupService(store, policies, sites) };
}

async function filled() {
  const p = profile();
  const server = await p.store.add({
    url: 'http://127.0.0.1:3001/mcp',
    name: 'everything',
    callsPerMinute: 12,
    headers: [{ name: 'Authorization', value: 'Bearer s3cret' }],
  });
  await p.policies.set(server.id, 'echo', 'allow');
  await p.sites.update('chatgpt', { auto: true, instructions: 'Be brief.' });
  return p;
}

describe('BackupService', () => {
  it('exports without header values unless asked, in the documented format', async () => {
    const { backup } = await filled();
    const plain = await backup.export(false);
    expect(backupSchema.parse(plain)).toEqual(plain);
    expect(plain).toMatchObject({
      format: 'mcp-switchboard-settings',
      version: 1,
      secretsIncluded: false,
      servers: [
        {
          name: 'everything',
          url: 'http://127.0.0.1:3001/mcp',
          enabled: true,
          transport: 'auto',
          callTimeoutMs: 60_000,
          callsPerMinute: 12,
          headers: { Authorization: null },
          policies: { tools: { echo: 'allow' } },
        },
      ],
      sites: { chatgpt: { enabled: true, auto: true, maxRounds: 10, instructions: 'Be brief.' } },
    });
    expect(JSON.stringify(plain)).not.toContain('s3cret');
    const full = await backup.export(true);
    expect(full.secretsIncluded).toBe(true);
    expect(full.servers[0]?.headers).toEqual({ Authorization: 'Bearer s3cret' });
  });

  it('restores an export into an empty profile only once the preview is confirmed', async () => {
    const source = await filled();
    const file = JSON.stringify(await source.backup.export(true));
    const parsed = parseImport(file);
    if (!parsed.ok) throw new Error(parsed.error);

    const target = profile();
    const preview = await target.backup.import(parsed.value.plan);
    expect(preview.applied).toBe(false);
    expect(preview.preview.servers.map((s) => [s.name, s.status])).toEqual([['everything', 'new']]);
    expect(await target.store.list()).toEqual([]);

    const done = await target.backup.import(parsed.value.plan, preview.basis);
    expect(done.applied).toBe(true);
    const [server] = await target.store.list();
    expect(server).toMatchObject({
      name: 'everything',
      headerNames: ['Authorization'],
      callsPerMinute: 12,
    });
    expect(await target.store.headers(server!.id)).toEqual({ Authorization: 'Bearer s3cret' });
    expect(await target.policies.get()).toEqual({ [server!.id]: { tools: { echo: 'allow' } } });
    expect((await target.sites.all()).chatgpt).toMatchObject({
      auto: true,
      instructions: 'Be brief.',
    });

    // The same file again changes nothing.
    const again = await target.backup.import(parsed.value.plan);
    expect(again.preview.servers.map((s) => s.status)).toEqual(['unchanged']);
    expect(again.preview.sites).toEqual([]);
  });

  it('applies nothing when the settings changed after the preview, and shows the new one', async () => {
    const { backup, store } = profile();
    const plan = { servers: [{ name: 'docs', url: 'http://h/mcp' }], sites: {} };
    const first = await backup.import(plan);
    await store.add({ url: 'http://elsewhere/mcp', name: 'Docs' });
    const second = await backup.import(plan, first.basis);
    expect(second.applied).toBe(false);
    expect(second.preview.servers[0]).toMatchObject({ name: 'Docs', status: 'changed' });
    expect((await store.list()).map((s) => s.url)).toEqual(['http://elsewhere/mcp']);
  });

  it('tells which existing servers must reconnect for new header values', async () => {
    const { backup, store } = await filled();
    const plan = {
      servers: [
        {
          name: 'everything',
          url: 'http://127.0.0.1:3001/mcp',
          headers: { Authorization: 'Bearer new' },
        },
      ],
      sites: {},
    };
    const { basis } = await backup.import(plan);
    const done = await backup.import(plan, basis);
    const [server] = await store.list();
    expect(done.reconnect.map((s) => s.id)).toEqual([server!.id]);
    expect(await store.headers(server!.id)).toEqual({ Authorization: 'Bearer new' });
  });
});
