// Per-site settings (support on or off, auto mode and its round cap, custom instructions) in
// chrome.storage.local; pages change them, tabs read theirs through the status push.
import type { ItemStorage } from '../shared/storage/item-storage';
import { defaultSiteSettings, type SiteSettings, sitesItem } from '../shared/storage/items';

export class SiteSettingsStore {
  constructor(private readonly storage: ItemStorage) {}

  /** From memory once read; a change by any context is read again (ItemStorage). */
  all(): Promise<Record<string, SiteSettings>> {
    return this.storage.get(sitesItem);
  }

  async of(siteId: string): Promise<SiteSettings> {
    return (await this.all())[siteId] ?? defaultSiteSettings();
  }

  /** Changes the settings in `patch`; two quick changes both land. */
  async update(siteId: string, patch: Partial<SiteSettings>): Promise<void> {
    await this.storage.update(sitesItem, (all) => ({
      ...all,
      [siteId]: { ...defaultSiteSettings(), ...all[siteId], ...patch },
    }));
  }
}
