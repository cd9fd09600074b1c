// Per-site settings (auto mode and its round cap) in chrome.storage.local; pages change them,
// tabs read their own through the status push.
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

  set(siteId: string, settings: SiteSettings): Promise<void> {
    const run = this.writes.then(async () => {
      await writeItem(this.area, sitesItem, { ...(await this.all()), [siteId]: settings });
    });
    this.writes = run.catch(() => {});
    return run;
  }
}
