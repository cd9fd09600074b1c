// Forces the extension's service worker to stop, as Chrome does to an idle worker.
import type { BrowserContext } from '@playwright/test';

export async function stopServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}
