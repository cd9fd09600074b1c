// Which open chat tabs have an adapter that cannot find what it needs, and which found all of it,
// as their content scripts report.
export interface BrokenTab {
  tabId: number;
  site: string;
  missing: string[];
}

export class SiteHealth {
  private readonly tabs = new Map<number, BrokenTab>();
  /** A tab in neither list has not reported: no adapter runs there, or it has not checked yet. */
  private readonly healthyTabs = new Set<number>();

  report(tabId: number, site: string, missing: readonly string[]): void {
    if (missing.length === 0) {
      this.tabs.delete(tabId);
      this.healthyTabs.add(tabId);
    } else {
      this.tabs.set(tabId, { tabId, site, missing: [...missing] });
      this.healthyTabs.delete(tabId);
    }
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
    this.healthyTabs.delete(tabId);
  }

  broken(): BrokenTab[] {
    return [...this.tabs.values()];
  }

  healthy(): number[] {
    return [...this.healthyTabs];
  }
}
