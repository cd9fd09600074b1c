// Chat sites that run a second app on one of their origins: the same adapter, another DOM, so
// another fixture. Grok's x.com origin serves Grok inside X, not grok.com's app.

export interface OtherApp {
  /** The site's id in src/shared/sites.ts. */
  site: string;
  /** The origin this app is served from; the site's other origins serve its main app. */
  origin: string;
  /** The fixture folder under e2e/sites/. */
  fixture: string;
  /** Names the app in test titles. */
  label: string;
  /** Where a new chat starts in this app. */
  startUrl: string;
}

export const OTHER_APPS: readonly OtherApp[] = [
  {
    site: 'grok',
    origin: 'https://x.com',
    fixture: 'grok-x',
    label: 'Grok in X',
    startUrl: 'https://x.com/i/grok',
  },
];
