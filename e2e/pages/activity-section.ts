// Page object for the options page's Activity section: its summary, tables, chart and Clear.
import { expect, type Locator, type Page } from '@playwright/test';

export interface LogRow {
  server: string;
  tool: string;
  outcome: string;
  /** What the log says went wrong, or that the user declined; empty when nothing. */
  note: string;
  site: string;
}

export class ActivitySection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Activity', exact: true });
  }

  /** The one-line summary of the log ("3 calls: 2 OK, 1 denied."). */
  summary(): Locator {
    return this.region.getByRole('status');
  }

  table(name: 'Call log' | 'Per tool' | 'Per server'): Locator {
    return this.region.getByRole('table', { name, exact: true });
  }

  chart(): Locator {
    return this.region.getByRole('img', { name: 'Latency per tool' });
  }

  /** The call log's rows, newest first. */
  async log(): Promise<LogRow[]> {
    return this.table('Call log')
      .locator('tbody tr:not(.arguments)')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cells = [...row.querySelectorAll('td')].map((c) => c.textContent ?? '');
          return {
            server: cells[1] ?? '',
            tool: cells[2] ?? '',
            outcome: row.querySelector('.outcome')?.textContent ?? '',
            note: row.querySelector('.call-error')?.textContent ?? '',
            site: cells[5] ?? '',
          };
        }),
      );
  }

  /** A metrics table's rows, as the cells read: name(s), calls, success, p50, p95, last error. */
  async metrics(name: 'Per tool' | 'Per server'): Promise<string[][]> {
    return this.table(name)
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
      );
  }

  /** Opens a log row's arguments with its Show button and reads them. */
  async argumentsOf(index: number): Promise<unknown> {
    const row = this.table('Call log').locator('tbody tr:not(.arguments)').nth(index);
    const toggle = row.getByRole('button', { name: /arguments of / });
    await expect(toggle).toHaveAccessibleName(/^Show /);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(toggle).toHaveAccessibleName(/^Hide /);
    const id = await toggle.getAttribute('aria-controls');
    return JSON.parse((await this.page.locator(`[id="${id}"] pre`).textContent()) ?? 'null');
  }

  clearDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Clear all activity?' });
  }

  /** Clears the log and the metrics, confirming in the dialog, and waits until it shows nothing. */
  async clear(): Promise<void> {
    await this.region.getByRole('button', { name: 'Clear activity…' }).click();
    await this.clearDialog().getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(this.clearDialog()).toBeHidden();
    await expect(this.summary()).toHaveText('No calls yet.');
  }
}
