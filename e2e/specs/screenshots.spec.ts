// Screenshots of the popup and the settings page in the light and the dark theme, saved with the
// run's artifacts (test-results/screenshots/) to be looked at; the README shows copies of them.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures/extension';
import { PopupPage } from '../pages/popup-page';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test-results/screenshots');

for (const scheme of ['light', 'dark'] as const) {
  test(`the popup and the settings page in the ${scheme} theme`, async ({
    addConnectedServer,
    openChat,
    context,
    extensionId,
    serviceWorker,
    everything,
  }) => {
    mkdirSync(DIR, { recursive: true });
    const options = await addConnectedServer(everything.url, 'everything');
    await options.page.emulateMedia({ colorScheme: scheme });
    await options.page.setViewportSize({ width: 900, height: 1100 });
    await options.page.reload();
    await expect(options.servers.state('everything')).toHaveText('Connected');
    // The page follows the system's theme: its background says which one it shows.
    const background = await options.page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
    expect(background).toBe(scheme === 'dark' ? 'rgb(22, 25, 29)' : 'rgb(255, 255, 255)');
    await options.page.screenshot({ path: resolve(DIR, `options-${scheme}.png`) });

    // The popup as opened on a ChatGPT tab, with a card waiting for Run.
    const chat = await openChat();
    await chat.send('Please echo something');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    const popupPage = await context.newPage();
    await popupPage.emulateMedia({ colorScheme: scheme });
    const popup = await PopupPage.open(
      popupPage,
      extensionId,
      await PopupPage.tabId(serviceWorker, chat.page),
    );
    await expect(popup.tabSummary()).toContainText('ChatGPT');
    await popup.page.setViewportSize({ width: 380, height: 560 });
    await expect(popup.servers.state('everything')).toHaveText('Connected');
    await popup.page.screenshot({ path: resolve(DIR, `popup-${scheme}.png`) });
  });
}
