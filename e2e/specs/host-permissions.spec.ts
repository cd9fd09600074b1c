// Host permissions: at install only the chat sites and loopback; any other server's origin is
// optional and asked for when the user adds it. The browser's prompt cannot be answered in headless
// Chromium (the request stays pending), so asking and refusing are unit-tested
// (src/options/servers/*.test.ts*); here, what the built extension declares, and that a loopback
// server is added without any prompt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHAT_SITES } from '../../src/shared/sites';
import { expect, test } from '../fixtures/extension';
import { DIST } from '../support/chromium';

interface Manifest {
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

test('the built manifest asks at install for the chat sites and loopback only; other origins are optional', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
  const chatSites = CHAT_SITES.flatMap((site) => site.origins.map((origin) => `${origin}/*`));
  // WebSockets need none: they are subject to neither host permissions nor CORS.
  const loopback = [
    'http://localhost/*',
    'https://localhost/*',
    'http://127.0.0.1/*',
    'https://127.0.0.1/*',
  ];
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...chatSites, ...loopback].sort());
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
});

test('a loopback server is added and connects with no permission prompt', async ({
  openOptions,
  everything,
}) => {
  const options = await openOptions();
  const pattern = `${new URL(everything.url).origin}/*`;
  const held = () =>
    options.page.evaluate((origin) => chrome.permissions.contains({ origins: [origin] }), pattern);
  expect(await held()).toBe(true);
  // A prompt would leave the request pending here, and the server would never be added.
  await options.addServer(everything.url, 'local');
  await expect(options.servers.state('local')).toHaveText('Connected');
  await expect(options.servers.toolCount('local')).toHaveText(/^\d+ tools$/);
});

test('a server on an origin without the permission waits, says so, and offers to grant it', async ({
  openOptions,
}) => {
  const options = await openOptions();
  // Sent as a message, past the form's prompt (which headless Chromium cannot answer). 127.0.0.2
  // is loopback too, but not among the origins granted at install. Nothing needs to listen there:
  // the background checks the permission before any request.
  const url = 'http://127.0.0.2:9/mcp';
  expect(await options.send('servers.add', { url, name: 'elsewhere' })).toMatchObject({ ok: true });
  await expect(options.servers.state('elsewhere')).toHaveText('Failed');
  await expect(options.servers.error('elsewhere')).toHaveText(
    'Permission to reach http://127.0.0.2:9 was removed — grant it again.',
  );
  await expect(
    options.servers
      .item('elsewhere')
      .getByRole('button', { name: 'Grant access to http://127.0.0.2:9' }),
  ).toBeVisible();
});
