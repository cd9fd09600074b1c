// Per-site settings (support on or off, auto mode and its round cap, custom instructions) in
// chrome.storage.local; pages change them, tabs read theirs through the status push.
import { readItem, type StorageAreaLike, writeItem } from '../shared/storage/item';
import { defaultSiteSettings, type SiteSettings, sitesItem } from '../shared/storage/items';

export class SiteSettingsStore {
  private writes: Promise<unknown> = Promise.resolve();

  constructor(private readonly area: StorageAreaLike) {}

  async all(): Promise<Record<string, SiteSettings>> {
    return (await readItem(this.area, sitesItem)).value;
  }

  async of(siteId: string): Promise<SiteSettings> {
    return (await this.all())[siteId] ?? defaultSiteSettings();
  }

  /** Changes the settings in `patch`. Writes queue up, so two quick changes both land. */
  update(siteId: string, patch: Partial<SiteSettings>): Promise<void> {
    const run = this.writes.then(async () => {
      const all = await this.all();
      const settings = { ...defaultSiteSettings(), ...all[siteId], ...patch };
      await writeItem(this.area, sitesItem, { ...all, [siteId]: settings });
    });
    this.writes = run.catch(() => {});
    return run;
  }
}
