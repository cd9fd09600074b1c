// The companion when things are wrong: not installed, of another version, asked to run what its
// config does not list, or given a bad config, a missing command or a server that prints garbage.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCompanion } from '../../companion/build.mjs';
import { expect, SERVERS, test } from '../fixtures/companion';
import { LocalServersSection, processLine } from '../pages/local-servers';

const NOT_INSTALLED =
  'The companion is not installed. To run local servers, run npx mcp-switchboard-companion install in a terminal, then choose Check again.';

test('not installed: the section says how to install it, and a local server waits for it', async ({
  companion,
  openOptions,
}) => {
  const options = await openOptions();
  const local = new LocalServersSection(options.page);
  await expect(local.region.getByRole('alert')).toHaveText(NOT_INSTALLED);
  await expect(local.region.locator('.command code')).toHaveText(
    'npx mcp-switchboard-companion install',
  );
  expect(
    await options.send('servers.add', { url: 'companion:everything', name: 'everything' }),
  ).toMatchObject({ ok: true });
  await expect(options.servers.state('everything')).toHaveText('Failed');
  await expect(options.servers.error('everything')).toHaveText(NOT_INSTALLED);

  companion.run(['add', 'everything'], SERVERS.everything());
  companion.install();
  await local.checkAgain().click();
  await expect(local.state()).toHaveText(/^Companion 0\.1\.0 is installed\./);
  // Checking again also tells the waiting server: it connects without a Reconnect.
  await expect(options.servers.state('everything')).toHaveText('Connected');
});

test('a companion of another version is named, with what to update', async ({
  companion,
  openOptions,
}) => {
  const dir = join(companion.home, 'builds');
  companion.install(
    await buildCompanion({ outfile: join(dir, 'newer.mjs'), protocol: 2, version: '9.0.0' }),
  );
  const options = await openOptions();
  const local = new LocalServersSection(options.page);
  await expect(local.region.getByRole('alert')).toHaveText(
    'The companion (version 9.0.0) is newer than this extension and speaks another protocol (2, this extension 1). Update the extension, or install the companion that matches it.',
  );
  expect(
    await options.send('servers.add', { url: 'companion:everything', name: 'everything' }),
  ).toMatchObject({ ok: true });
  await expect(options.servers.error('everything')).toHaveText(
    /^The companion \(version 9\.0\.0\)/,
  );

  companion.install(
    await buildCompanion({ outfile: join(dir, 'older.mjs'), protocol: 0, version: '0.0.1' }),
  );
  await local.checkAgain().click();
  await expect(local.region.getByRole('alert')).toHaveText(
    'The companion (version 0.0.1) is older than this extension and speaks another protocol (0, this extension 1). Run npx mcp-switchboard-companion install again to update it.',
  );
});

test('the browser cannot have the companion run anything its config does not list', async ({
  companion,
  openOptions,
}) => {
  companion.run(['add', 'everything'], SERVERS.everything());
  companion.install();
  const options = await openOptions();
  const marker = join(companion.home, 'ran');
  // Only a name goes to the companion, and it is looked up in the config file.
  const url = `companion:${encodeURIComponent(`touch ${marker}`)}`;
  expect(await options.send('servers.add', { url, name: 'sneaky' })).toMatchObject({ ok: true });
  await expect(options.servers.error('sneaky')).toHaveText(
    `The companion has no server named “touch ${marker}” in ${companion.config}. Add it from a terminal: npx mcp-switchboard-companion add "touch ${marker}" -- <command> <args…>`,
  );

  // Straight to the companion from an extension page: a start that carries a command is refused.
  const reply = await options.page.evaluate(async (path) => {
    const port = chrome.runtime.connectNative('com.mcp_switchboard.companion');
    const answer = (id: number) =>
      new Promise((resolve) =>
        port.onMessage.addListener((m: { id?: number }) => m.id === id && resolve(m)),
      );
    const hello = answer(1);
    port.postMessage({ type: 'hello', id: 1, protocol: 1, extension: 'test' });
    await hello;
    const started = answer(2);
    port.postMessage({
      type: 'start',
      id: 2,
      server: 'everything',
      channel: 'c1',
      command: '/usr/bin/touch',
      args: [path],
    });
    const result = await started;
    port.disconnect();
    return result;
  }, marker);
  expect(reply).toEqual({
    type: 'reply',
    id: 2,
    error: { code: 'bad_request', message: 'Refused: Unrecognized keys: "command", "args"' },
  });
  expect(existsSync(marker)).toBe(false);
});

test('a bad config entry, a missing command and garbage on stdout are each explained; the rest works', async ({
  companion,
  openOptions,
}) => {
  const chatty = [
    process.execPath,
    '-e',
    'console.log("Server starting..."); setInterval(() => {}, 1000)',
  ];
  companion.install();
  writeFileSync(
    companion.config,
    JSON.stringify({
      mcpServers: {
        everything: { command: SERVERS.everything()[0], args: SERVERS.everything().slice(1) },
        ghost: { command: 'no-such-mcp-server-4d1f' },
        chatty: { command: chatty[0], args: chatty.slice(1) },
        broken: { args: ['--no-command'] },
      },
    }),
  );
  const options = await openOptions();
  const local = new LocalServersSection(options.page);
  await expect(local.region.getByRole('alert')).toHaveText(
    'Its config file: mcpServers.broken.command: is missing',
  );
  for (const name of ['everything', 'ghost', 'chatty']) await local.add(name);
  await expect(options.servers.state('everything')).toHaveText('Connected');
  await expect(options.servers.error('ghost')).toHaveText(
    `Could not start “ghost”: the command no-such-mcp-server-4d1f was not found. Check “ghost” in ${companion.config}.`,
  );
  await expect(options.servers.error('chatty')).toHaveText(
    '“chatty” started but did not answer the MCP handshake within 15 s, so it was stopped. Its last output: “[stdout, not JSON-RPC] Server starting...”',
    { timeout: 30_000 },
  );
  await expect(processLine(options, 'chatty')).toHaveText('Stopped.');
  await expect(options.servers.item('chatty').locator('.problem')).toHaveText(
    'It wrote lines to stdout that are not JSON-RPC (shown with the stderr lines).',
  );
  await expect(options.servers.state('everything')).toHaveText('Connected');

  // A config file broken while a server runs: the running one goes on, and nothing rewrites it.
  const broken = '{ "mcpServers": { "everything": ';
  writeFileSync(companion.config, broken);
  await local.checkAgain().click();
  await expect(local.region.getByRole('alert').first()).toHaveText(
    /^Its config file: Not valid JSON at line 1, column \d+: /,
  );
  expect(() => companion.run(['add', 'more'], ['true'])).toThrow(/cannot be read/);
  expect(readFileSync(companion.config, 'utf8')).toBe(broken);
  await expect(options.servers.state('everything')).toHaveText('Connected');
});
