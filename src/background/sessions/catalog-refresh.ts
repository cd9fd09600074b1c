// Lists a server's catalogue again when its TTL runs out (2026-era servers without list_changed).
import type { Client } from '@modelcontextprotocol/client';
import type { Catalog } from '../../shared/storage/items';
import { fetchCatalog } from './catalog';

const TIMEOUT_MS = 15_000;

export interface RefreshHandlers {
  /** A fresh catalogue; false when it is no longer wanted (the connection changed). */
  fetched(catalog: Catalog): boolean;
  /** A failed re-list; false to stop trying (the connection is gone). */
  failed(error: unknown): boolean;
}

export class CatalogRefresh {
  private timer: ReturnType<typeof setTimeout> | undefined;

  schedule(client: Client, delay: number | undefined, handlers: RefreshHandlers): void {
    this.stop();
    if (delay === undefined) return;
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      try {
        const { catalog, refreshInMs } = await fetchCatalog(client, TIMEOUT_MS);
        if (handlers.fetched(catalog)) this.schedule(client, refreshInMs, handlers);
      } catch (error) {
        if (handlers.failed(error)) this.schedule(client, delay, handlers);
      }
    }, delay);
  }

  stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
