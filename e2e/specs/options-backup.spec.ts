// Import and export in the options page (issue #5): the downloaded file, imports from other MCP
// clients' files that add servers which really connect, and bad input that changes nothing.
import type { Worker } from '@playwright/test';
import { BACKUP_FORMAT } from '../../src/shared/backup/format';
import { expect, test } from '../fixtures/extension';
import { BackupSection } from '../pages/backup-section';
import type { OptionsPage } from '../pages/options-page';

const SECRET = 'token-that-must-not-leak-4711';

/** Everything the extension keeps in chrome.storage.local, as the background sees it. */
const stored = (worker: Worker) => worker.evaluate(() => chrome.storage.local.get(null));

async function serverConfigs(options: OptionsPage) {
  const answer = (await options.send('servers.list', {})) as {
    value: { servers: { id: string; name: string; url: string; transport: string }[] };
  };
  return answer.value.servers.map(({ id, name, url, transport }) => ({ id, name, url, transport }));
}

test('export downloads every setting as JSON, with header values only when ticked', async ({
  openOptions,
  everything,
}) => {
  const options = await openOptions();
  await options.addServer(everything.url, 'everything', { headers: { 'X-Api-Key': SECRET } });
  await expect(options.servers.state('everything')).toHaveText('Connected');
  await options.setPolicy('everything', 'echo', 'allow');
  await options.setSite('chatgpt', { auto: true, instructions: 'Be brief.' });
  const backup = new BackupSection(options.page);

  const plain = await backup.export(false);
  expect(plain.name).toMatch(/^mcp-switchboard-settings-\d{4}-\d{2}-\d{2}\.json$/);
  expect(plain.text).not.toContain(SECRET);
  expect(plain.json).toMatchObject({
    format: BACKUP_FORMAT,
    version: 1,
    secretsIncluded: false,
    servers: [
      {
        name: 'everything',
        url: everything.url,
        enabled: true,
        transport: 'auto',
        callTimeoutMs: 60_000,
        headers: { 'X-Api-Key': null },
        policies: { tools: { echo: 'allow' } },
      },
    ],
    sites: { chatgpt: { enabled: true, auto: true, maxRounds: 10, instructions: 'Be brief.' } },
  });
  await expect(backup.exportNote()).toHaveText(
    `Exported 1 server to ${plain.name}, without secret header values.`,
  );

  const full = await backup.export(true);
  expect(full.json).toMatchObject({
    secretsIncluded: true,
    servers: [{ name: 'everything', headers: { 'X-Api-Key': SECRET } }],
  });

  // The file reads back as it was written: importing it here changes nothing.
  await backup.paste(full.text);
  await expect(backup.preview()).toContainText('An MCP Switchboard export of');
  await expect(backup.preview()).toContainText(
    'Nothing to change: your settings already match it.',
  );
  await expect(backup.confirmButton()).toHaveCount(0);
});

test('a Claude Desktop file adds its server, which connects; a local command gets its bridge line', async ({
  context,
  openOptions,
  serviceWorker,
  everything,
}) => {
  const options = await openOptions();
  const backup = new BackupSection(options.page);
  const file = JSON.stringify({
    mcpServers: {
      everything: { type: 'http', url: everything.url },
      filesystem: {
        command: 'npx',
        args: ['-y', '@modelcontextprotocol/server-filesystem', '/home/me/My Notes'],
      },
    },
  });
  await backup.importFile('claude_desktop_config.json', file);

  await expect(backup.previewServer('everything')).toContainText('new');
  await expect(backup.previewServer('everything')).toContainText(`URL: ${everything.url}`);
  await expect(backup.previewServer('everything')).toContainText('Transport: Streamable HTTP');
  await expect(backup.localCommands().locator('code')).toHaveText(
    "npx mcp-proxy --host 127.0.0.1 --port 8080 -- npx -y @modelcontextprotocol/server-filesystem '/home/me/My Notes'",
  );
  await expect(backup.localCommands()).toContainText('Then add http://127.0.0.1:8080/mcp');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await backup
    .localCommands()
    .getByRole('button', { name: 'Copy the bridge command for filesystem' })
    .click();
  await expect(backup.localCommands().getByRole('status')).toHaveText('Copied.');
  expect(await options.page.evaluate(() => navigator.clipboard.readText())).toBe(
    await backup.localCommands().locator('code').textContent(),
  );
  // Nothing is applied before the user confirms.
  expect(await serverConfigs(options)).toEqual([]);
  expect((await stored(serviceWorker)).servers).toBeUndefined();

  await backup.confirm('Imported: 1 server added.');
  await expect(options.servers.state('everything')).toHaveText('Connected');
  await expect(options.servers.toolCount('everything')).toHaveText(/^[1-9]\d* tools$/);
  expect(await serverConfigs(options)).toEqual([
    expect.objectContaining({
      name: 'everything',
      url: everything.url,
      transport: 'streamable-http',
    }),
  ]);
});

test('entries with problems are listed and skipped only when the user says so', async ({
  openOptions,
  everything,
}) => {
  const options = await openOptions();
  const backup = new BackupSection(options.page);
  // VS Code's mcp.json: "servers", with comments.
  await backup.paste(`{
    // my servers
    "servers": {
      "good": { "type": "http", "url": "${everything.url}" },
      "bad": { "type": "http", "url": "localhost:3000/mcp" }
    }
  }`);
  await expect(backup.skipped()).toContainText(
    'servers.bad.url: “localhost:3000/mcp” is not a full URL',
  );
  await expect(backup.confirmButton()).toBeDisabled();
  await backup
    .preview()
    .getByRole('checkbox', { name: 'Skip the 1 entry with problems and import the rest' })
    .check();
  await backup.confirm('Imported: 1 server added.');
  await expect(options.servers.state('good')).toHaveText('Connected');
  expect((await serverConfigs(options)).map((s) => s.name)).toEqual(['good']);
});

test("an export's site settings apply once confirmed and show in the Sites section at once", async ({
  openOptions,
}) => {
  const options = await openOptions();
  const backup = new BackupSection(options.page);
  await expect(options.autoModeSwitch('Claude')).not.toBeChecked();
  await backup.paste(
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: 1,
      servers: [],
      sites: { claude: { enabled: true, auto: true, maxRounds: 3, instructions: '' } },
    }),
  );
  const claude = backup
    .preview()
    .getByRole('list', { name: 'Site settings to import' })
    .getByRole('listitem')
    .filter({ hasText: 'Claude' });
  await expect(claude.locator('.changes > li')).toHaveText([
    /^Auto mode: off\b.*\bon$/,
    /^Rounds before auto mode pauses: 10\b.*\b3$/,
  ]);

  expect(await options.siteSettings('claude')).toBeUndefined();

  await backup.confirm('Imported: settings of 1 site changed.');
  // A file from before the catalogue threshold leaves it at its default.
  expect(await options.siteSettings('claude')).toEqual({
    enabled: true,
    auto: true,
    maxRounds: 3,
    instructions: '',
    catalogThreshold: 1500,
  });
  await expect(options.autoModeSwitch('Claude')).toBeChecked();
  await expect(options.roundCap('Claude')).toHaveValue('3');
});

test('malformed or newer files say what is wrong and where, and change nothing', async ({
  addConnectedServer,
  serviceWorker,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const backup = new BackupSection(options.page);
  const servers = await serverConfigs(options);
  const storage = await stored(serviceWorker);

  await backup.paste(
    '{\n  "mcpServers": {\n    "everything": { "url": "http://127.0.0.1:1/mcp" }\n    "other": {}\n  }\n}',
  );
  await expect(backup.importError()).toHaveText(
    "Cannot import the pasted text. Not valid JSON at line 4, column 5: expected ',' or '}' after property value. Nothing was changed.",
  );
  await expect(backup.pasteBox()).toHaveAttribute('aria-invalid', 'true');
  await expect(backup.preview()).toHaveCount(0);

  await backup.importFile('settings.json', JSON.stringify({ format: BACKUP_FORMAT, version: 99 }));
  await expect(backup.importError()).toHaveText(
    'Cannot import settings.json. This file was exported by a newer MCP Switchboard (settings version 99); this one reads version 1. Update the extension, then import the file again. Nothing was changed.',
  );

  await backup.paste(JSON.stringify({ name: 'not a config' }));
  await expect(backup.importError()).toContainText('neither an MCP Switchboard export nor');

  expect(await serverConfigs(options)).toEqual(servers);
  expect(await stored(serviceWorker)).toEqual(storage);
  await expect(options.servers.state('everything')).toHaveText('Connected');
});
