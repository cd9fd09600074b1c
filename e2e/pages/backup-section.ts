// Page object for the options page's Import and export section.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class BackupSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Import and export', exact: true });
  }

  /** Exports with the secrets box set as asked; the downloaded file's name, text and JSON. */
  async export(includeSecrets: boolean): Promise<{ name: string; text: string; json: unknown }> {
    await this.region
      .getByRole('checkbox', { name: 'Include secret header values' })
      .setChecked(includeSecrets);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.region.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    return { name: download.suggestedFilename(), text, json: JSON.parse(text) };
  }

  exportNote(): Locator {
    return this.region.getByRole('status').filter({ hasText: /^Exported/ });
  }

  async importFile(name: string, content: string): Promise<void> {
    await this.region
      .getByLabel('Import from a file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  pasteBox(): Locator {
    return this.region.getByRole('textbox', { name: 'Or paste JSON' });
  }

  async paste(text: string): Promise<void> {
    await this.pasteBox().fill(text);
    await this.region.getByRole('button', { name: 'Preview import' }).click();
  }

  /** What the import says it cannot read, next to its fields. */
  importError(): Locator {
    return this.region.getByRole('alert').filter({ hasText: /^Cannot import/ });
  }

  preview(): Locator {
    return this.region.getByRole('region', { name: 'Preview', exact: true });
  }

  /** A server's entry in the preview, by name. */
  previewServer(name: string): Locator {
    return this.preview()
      .getByRole('list', { name: 'Servers to import' })
      .getByRole('listitem')
      .filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${name}$`) }) });
  }

  skipped(): Locator {
    return this.preview().getByRole('list', { name: 'Entries with problems' });
  }

  localCommands(): Locator {
    return this.preview().getByRole('list', { name: 'Local commands, not imported' });
  }

  confirmButton(): Locator {
    return this.preview().getByRole('button', { name: 'Import', exact: true });
  }

  /** Confirms the preview and waits for the import's summary. */
  async confirm(summary: string): Promise<void> {
    await this.confirmButton().click();
    await expect(this.region.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText(
      summary,
    );
    await expect(this.preview()).toHaveCount(0);
  }
}
