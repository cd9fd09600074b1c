// The extension as built, before the user turns local servers on: native messaging is optional
// (no install warning), and the companion's installer allows exactly this extension's id.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '../fixtures/extension';
import { LocalServersSection } from '../pages/local-servers';
import { DIST } from '../support/chromium';

test('native messaging is asked for only when the user turns local servers on', async ({
  openOptions,
}) => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  expect(manifest.permissions).not.toContain('nativeMessaging');
  expect(manifest.optional_permissions).toEqual(['nativeMessaging']);

  const options = await openOptions();
  const local = new LocalServersSection(options.page);
  await expect(local.region.getByRole('button', { name: 'Allow local servers' })).toBeVisible();
  expect(
    await options.send('servers.add', { url: 'companion:files', name: 'files' }),
  ).toMatchObject({ ok: true });
  await expect(options.servers.error('files')).toHaveText(
    'MCP Switchboard may not talk to its companion yet: choose Allow local servers in the settings, under Local servers.',
  );
  await expect(
    options.servers.item('files').getByRole('button', { name: 'Allow local servers' }),
  ).toBeVisible();
});

test('install writes a host manifest that lets only this extension start the companion', async ({
  extensionId,
}) => {
  const home = mkdtempSync(join(tmpdir(), 'mcp-switchboard-install-'));
  try {
    const cli = resolve(import.meta.dirname, '../../companion/bin/mcp-switchboard-companion.mjs');
    const said = execFileSync(
      process.execPath,
      [cli, 'install', '--home', home, '--manifest-dir', join(home, 'hosts')],
      { encoding: 'utf8' },
    );
    expect(said).toContain(`for extension ${extensionId}`);
    const host = JSON.parse(
      readFileSync(join(home, 'hosts', 'com.mcp_switchboard.companion.json'), 'utf8'),
    ) as { allowed_origins: string[]; path: string; type: string };
    // The id Chromium gave the loaded build: the installer derives the same from the manifest key.
    expect(host.allowed_origins).toEqual([`chrome-extension://${extensionId}/`]);
    expect(host).toMatchObject({ type: 'stdio', path: join(home, 'mcp-switchboard-companion.sh') });
    expect(readFileSync(host.path, 'utf8')).toContain(
      `host --config '${join(home, 'config.json')}'`,
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
