// Screenshots of the popup and the settings page in the light and the dark theme, saved with the
// run's artifacts (test-results/screenshots/) to be looked at; the README shows copies of them.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures/extension';
import { startOAuthServers } from '../fixtures/servers/oauth-server';
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

// Sign-in states: one server waiting for a sign-in, one signed in with its editor's OAuth group open.
for (const scheme of ['light', 'dark'] as const) {
  test(`the sign-in states in the ${scheme} theme`, async ({ context, openOptions, openPopup }) => {
    mkdirSync(DIR, { recursive: true });
    const waiting = await startOAuthServers();
    const signedIn = await startOAuthServers();
    try {
      const options = await openOptions();
      await options.page.emulateMedia({ colorScheme: scheme });
      await options.page.setViewportSize({ width: 900, height: 1300 });
      await options.addServer(waiting.mcp.url, 'hosted');
      await options.addServer(signedIn.mcp.url, 'signed-in');
      await expect(options.servers.state('signed-in')).toHaveText('Sign in required');
      const item = options.servers.item('signed-in');
      const [consent] = await Promise.all([
        context.waitForEvent('page'),
        item.getByRole('button', { name: 'Sign in to signed-in' }).click(),
      ]);
      await consent.getByRole('button', { name: 'Approve' }).click();
      await expect(options.servers.state('signed-in')).toHaveText('Connected');
      await expect(options.servers.state('hosted')).toHaveText('Sign in required');
      await item.getByRole('button', { name: 'Edit' }).click();
      await item.getByText('Sign-in (OAuth)').first().click();
      await expect(item.getByLabel('Client ID (pre-registered)')).toBeVisible();
      await options.page.screenshot({ path: resolve(DIR, `options-sign-in-${scheme}.png`) });

      const popup = await openPopup();
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.setViewportSize({ width: 380, height: 560 });
      await expect(popup.servers.state('hosted')).toHaveText('Sign in required');
      await popup.page.screenshot({ path: resolve(DIR, `popup-sign-in-${scheme}.png`) });
    } finally {
      await Promise.all([waiting.stop(), signedIn.stop()]);
    }
  });
}
