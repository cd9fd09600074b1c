// Page object for "Test connection" in the options page: in the add form, or on a listed server.
import type { Locator, Page } from '@playwright/test';

export class ConnectionTestReport {
  /** The report's status region: its heading, what was found and what to do. */
  readonly status: Locator;

  constructor(
    private readonly scope: Locator,
    name: string,
  ) {
    this.status = scope.getByRole('status', { name, exact: true });
  }

  /** The report for the add form. */
  static ofAddForm(page: Page): ConnectionTestReport {
    return new ConnectionTestReport(
      page.getByRole('form', { name: 'Add a server' }),
      'Connection test',
    );
  }

  /** The report for a listed server. */
  static ofServer(item: Locator, serverName: string): ConnectionTestReport {
    return new ConnectionTestReport(item, `Connection test for ${serverName}`);
  }

  title(): Locator {
    return this.status.locator('.test-title');
  }

  /** Presses this scope's Test connection button; the report replaces any earlier one. */
  async run(): Promise<void> {
    await this.scope.getByRole('button', { name: 'Test connection' }).click();
  }

  /** The button that puts a suggested URL into the form. */
  suggestionButton(url: string): Locator {
    return this.scope.getByRole('button', { name: `Use ${url}`, exact: true });
  }
}
