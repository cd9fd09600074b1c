// Export and import of the settings (issue #5): reads everything they cover, and applies an
// import only when the user confirmed a preview that still holds.
import type { Backup, ImportPlan, ImportPreview } from '../../shared/backup/format';
import type { ServerConfig } from '../../shared/storage/items';
import type { PolicyStore } from '../calls/policy-store';
import type { ServerStore } from '../servers/store';
import type { SiteSettingsStore } from '../site-settings';
import { buildBackup, type SettingsSnapshot } from './export';
import { planImport } from './plan-import';

export interface ImportOutcome {
  preview: ImportPreview;
  /** Names the state the preview was made from; confirming with it applies that preview. */
  basis: string;
  applied: boolean;
  /** Servers whose sessions must reconnect to use new header values. */
  reconnect: ServerConfig[];
}

export class BackupService {
  constructor(
    private readonly store: ServerStore,
    private readonly policies: PolicyStore,
    private readonly sites: SiteSettingsStore,
  ) {}

  async export(includeSecrets: boolean): Promise<Backup> {
    return buildBackup(await this.snapshot(), includeSecrets, new Date());
  }

  /**
   * Previews the plan; with `confirm` (the basis of that preview) also applies it, unless the
   * settings changed since, so the user never gets what they were not shown.
   */
  async import(plan: ImportPlan, confirm?: string): Promise<ImportOutcome> {
    const writes = planImport(await this.snapshot(), plan);
    const basis = JSON.stringify(writes.preview);
    if (confirm !== basis) return { preview: writes.preview, basis, applied: false, reconnect: [] };
    await this.store.upsert(writes.servers);
    const all = await this.store.list();
    const byName = (name: string) => all.find((s) => s.name.toLowerCase() === name.toLowerCase());
    for (const { server, changes } of writes.policies) {
      const id = byName(server)?.id;
      if (!id) continue;
      if (changes.default) await this.policies.set(id, undefined, changes.default);
      for (const [tool, policy] of Object.entries(changes.tools))
        await this.policies.set(id, tool, policy);
    }
    for (const [siteId, patch] of Object.entries(writes.sites))
      await this.sites.update(siteId, patch);
    const reconnect = all.filter((s) => writes.reconnect.includes(s.name));
    return { preview: writes.preview, basis, applied: true, reconnect };
  }

  private async snapshot(): Promise<SettingsSnapshot> {
    const servers = await this.store.list();
    const secrets = Object.fromEntries(
      await Promise.all(servers.map(async (s) => [s.id, await this.store.headers(s.id)] as const)),
    );
    return {
      servers,
      secrets,
      policies: await this.policies.get(),
      sites: await this.sites.all(),
    };
  }
}
