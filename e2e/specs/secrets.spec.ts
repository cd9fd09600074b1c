// Secrets out of content scripts' reach (issue #14): header values and client secrets are sealed
// in chrome.storage.local under a key in the extension origin's IndexedDB, which a content script
// cannot open; the area itself is closed to content scripts; plaintext an earlier version left is
// sealed at the next start; and a lost key is said, never silently dropped.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { callScript } from '../sites/scripts';
import { inContentScript } from '../support/content-world';
import { deleteSealingKey, openedItem, rawLocal } from '../support/sealed-storage';
import { stopServiceWorker } from '../support/worker';

const TOKEN = 'tok-5f1c9e2a7b';
const CLIENT_SECRET = 'cs-8d3e0a61';

/** Reads all of chrome.storage.local from the content script's world, as a compromised page could. */
const readAllFromContentScript = (page: Parameters<typeof inContentScript>[0], id: string) =>
  inContentScript<{ ok: boolean; text: string }>(
    page,
    id,
    `chrome.storage.local.get(null).then(
      (all) => ({ ok: true, text: JSON.stringify(all) }),
      (error) => ({ ok: false, text: String(error) }),
    )`,
  );

test('a content script finds no secret in storage.local: the area is closed to it, and sealed anyway', async ({
  openOptions,
  openChat,
  extensionId,
  serviceWorker,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' } },
    auth: { token: TOKEN },
  });
  try {
    const options = await openOptions();
    await options.addServer(server.url, 'private', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    await expect(options.servers.state('private')).toHaveText('Connected');
    const { value } = (await options.send('servers.list', {})) as {
      value: { servers: { id: string }[] };
    };
    const id = value.servers[0]?.id as string;
    expect(
      await options.send('servers.edit', { id, oauth: { clientSecret: CLIENT_SECRET } }),
    ).toMatchObject({ ok: true });

    const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'hi' } }));
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
    await chat.cards.run();
    await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
    expect(server.requests().some((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    // The content script's world is refused the area altogether.
    const closed = await readAllFromContentScript(chat.page, extensionId);
    expect(closed.ok).toBe(false);
    expect(closed.text).not.toContain(TOKEN);

    // Where a browser has no such switch (or a renderer gets past it): everything it reads is
    // there, the server list included, and no secret is among it.
    await serviceWorker.evaluate(() =>
      chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }),
    );
    const open = await readAllFromContentScript(chat.page, extensionId);
    expect(open.ok).toBe(true);
    expect(open.text).toContain(server.url);
    expect(open.text).toContain('"secrets"');
    for (const secret of [TOKEN, CLIENT_SECRET]) expect(open.text).not.toContain(secret);
    // The same from the worker's side: on disk, the secrets are ciphertext.
    expect(JSON.stringify(await rawLocal(serviceWorker))).not.toContain(TOKEN);
    expect(await openedItem(serviceWorker, 'secrets')).toEqual({
      v: 1,
      value: {
        [id]: { headers: { Authorization: `Bearer ${TOKEN}` }, clientSecret: CLIENT_SECRET },
      },
    });

    // Export with secrets still carries the value, for the user who asks for it.
    const exported = await options.send('settings.export', { includeSecrets: true });
    expect(JSON.stringify(exported)).toContain(`Bearer ${TOKEN}`);
  } finally {
    await server.stop();
  }
});

test('plaintext secrets left by an earlier version are sealed at the next start and keep working', async ({
  openOptions,
  context,
  extensionId,
  serviceWorker,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' } },
    auth: { token: TOKEN },
  });
  try {
    const options = await openOptions();
    await options.addServer(server.url, 'private', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    await expect(options.servers.state('private')).toHaveText('Connected');
    // The item as the version before sealing kept it.
    const id = await serviceWorker.evaluate(async (token) => {
      const { servers } = await chrome.storage.local.get('servers');
      const id = (servers as { value: { id: string }[] }).value[0]?.id as string;
      await chrome.storage.local.set({
        secrets: { v: 1, value: { [id]: { headers: { Authorization: `Bearer ${token}` } } } },
      });
      return id;
    }, TOKEN);
    expect(JSON.stringify(await rawLocal(serviceWorker))).toContain(TOKEN);

    await stopServiceWorker(context, extensionId);
    const answer = await options.send('tools.call', {
      call: { call_id: 'c1', tool: 'echo', arguments: { message: 'after' } },
    });
    expect(answer).toMatchObject({ ok: true });
    expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'after' }]);
    const worker = context.serviceWorkers()[0] ?? serviceWorker;
    expect(JSON.stringify(await rawLocal(worker))).not.toContain(TOKEN);
    expect(await openedItem(worker, 'secrets')).toEqual({
      v: 1,
      value: { [id]: { headers: { Authorization: `Bearer ${TOKEN}` } } },
    });
  } finally {
    await server.stop();
  }
});

test('a lost key is said, names the servers to fix, keeps their settings, and the user can go on', async ({
  openOptions,
  context,
  extensionId,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' } },
    auth: { token: TOKEN },
  });
  try {
    const options = await openOptions();
    await options.addServer(server.url, 'private', {
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    await expect(options.servers.state('private')).toHaveText('Connected');

    await deleteSealingKey(options.page);
    await stopServiceWorker(context, extensionId);
    const notice = options.page.getByRole('listitem').filter({ hasText: 'could not be opened' });
    await expect(notice).toContainText(
      'Your saved header values and client secrets could not be opened: the key that protects them is gone',
    );
    await expect(notice).toContainText('open Edit on private');
    // The server is kept, with its header's name; only the value is missing, so it is refused.
    await expect(options.servers.state('private')).toHaveText('Failed');
    const item = options.servers.item('private');
    await item.getByRole('button', { name: 'Edit' }).click();
    await expect(item.getByText('•••••• saved (hidden)')).toBeVisible();

    // The user enters the value again: the server connects, sealed under a new key.
    await item.getByRole('button', { name: 'Replace' }).click();
    await item.getByLabel('Header 1 value').fill(`Bearer ${TOKEN}`);
    await item.getByRole('button', { name: 'Save' }).click();
    await expect(options.servers.state('private')).toHaveText('Connected');
    await notice.getByRole('button', { name: 'Forget the unreadable copy' }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
