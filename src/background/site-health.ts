// Which open chat tabs have an adapter that cannot find what it needs, as their content scripts report.
export interface BrokenTab {
  tabId: number;
  site: string;
  missing: string[];
}

export class SiteHealth {
  private readonly tabs = new Map<number, BrokenTab>();

  report(tabId: number, site: string, missing: readonly string[]): void {
    if (missing.length === 0) this.tabs.delete(tabId);
    else this.tabs.set(tabId, { tabId, site, missing: [...missing] });
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  broken(): BrokenTab[] {
    return [...this.tabs.values()];
  }
}
