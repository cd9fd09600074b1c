// End-to-end tests: the built extension in Debian's Chromium against real MCP servers on 127.0.0.1.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  globalSetup: './global-setup.ts',
  // Each test launches its own browser profile; two cores run two at a time at most.
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/e2e.json' }],
  ],
  outputDir: '../test-results/e2e',
  use: { trace: 'retain-on-failure' },
});
