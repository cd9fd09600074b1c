// Local servers through the companion: installed with its own `install` into the test profile,
// running server-everything and server-filesystem from npm over stdio.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, SERVERS, test } from '../fixtures/companion';
import { BackupSection } from '../pages/backup-section';
import { LocalServersSection, processLine, serverView } from '../pages/local-servers';
import type { OptionsPage } from '../pages/options-page';
import { callScript } from '../sites/scripts';
import { alive, descendants, processesWith } from '../support/processes';
import { stopServiceWorker } from '../support/worker';

test('lists the companion’s servers, adds them, and runs their tools from the chat', async ({
  companion,
  openOptions,
  openChat,
}) => {
  companion.run(['add', 'everything'], SERVERS.everything());
  companion.run(['add', 'files'], SERVERS.filesystem(companion.files));
  companion.install();
  const big = `BEGIN${'0123456789'.repeat(300_000)}END`;
  writeFileSync(join(companion.files, 'notes.txt'), big);

  const options = await openOptions();
  const local = new LocalServersSection(options.page);
  await expect(local.state()).toHaveText(
    `Companion 0.1.0 is installed. Its servers are listed in ${companion.config}.`,
  );
  await expect(local.entry('files').locator('code')).toHaveText(
    `${SERVERS.filesystem(companion.files).join(' ')}`,
  );
  await local.add('everything');
  await local.add('files');
  await expect(local.entry('everything')).toContainText('Added as everything');
  for (const name of ['everything', 'files']) {
    await expect(options.servers.state(name)).toHaveText('Connected');
    await expect(processLine(options, name)).toHaveText(/^Running as process \d+ since /);
  }
  await expect(options.servers.item('files').locator('.url')).toHaveText(
    SERVERS.filesystem(companion.files).join(' '),
  );
  await expect(options.servers.item('everything').locator('.meta').first()).toContainText(
    'local, via the companion',
  );

  const chat = await openChat(
    callScript(
      { server: 'everything', tool: 'echo', arguments: { message: 'from a local server' } },
      {
        server: 'files',
        tool: 'read_text_file',
        arguments: { path: join(companion.files, 'notes.txt') },
      },
    ),
  );
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(() => chat.cards.count()).toBe(2);
  await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Waiting for you');
  await chat.cards.click('run', 0);
  await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Done');
  expect((await chat.cards.read(0))?.result).toBe('Echo: from a local server');

  // 3 MB of text: more than a native message from the companion may carry (1 MB), so in parts.
  await chat.cards.click('run', 1);
  await expect
    .poll(async () => (await chat.cards.read(1))?.status, { timeout: 30_000 })
    .toBe('Done');
  expect((await chat.cards.read(1))?.result).toMatch(/^BEGIN0123456789/);
  const view = await serverView(options, 'files');
  expect(view.local).toMatchObject({ name: 'files', env: [], restarts: 0 });
});

/** The companion's servers added to the extension from the Local servers section. */
async function addLocal(options: OptionsPage, ...names: string[]) {
  const local = new LocalServersSection(options.page);
  for (const name of names) {
    await local.add(name);
    await expect(options.servers.state(name)).toHaveText('Connected');
  }
}

test('a crash fails the call it interrupted once, and the server is restarted', async ({
  companion,
  openOptions,
  openChat,
}) => {
  companion.run(['add', 'everything'], SERVERS.everything());
  companion.install();
  const options = await openOptions();
  await addLocal(options, 'everything');
  const first = (await serverView(options, 'everything')).local?.process?.pid;
  expect(first).toEqual(expect.any(Number));

  const chat = await openChat(
    callScript({ tool: 'trigger-long-running-operation', arguments: { duration: 60, steps: 60 } }),
  );
  await chat.page.bringToFront();
  await chat.send('take your time');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');
  // Progress: the server is running the call.
  await expect.poll(async () => (await chat.cards.read())?.message).toMatch(/\d+%/);
  process.kill(first!, 'SIGKILL');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
  expect((await chat.cards.read())?.message).toMatch(
    /^The local server “everything” exited on signal SIGKILL\. .*The request was under way and was not sent again: it may or may not have run\./,
  );

  await expect(options.servers.state('everything')).toHaveText('Connected');
  await expect(processLine(options, 'everything')).toHaveText(
    /^Running as process \d+ since .*\. Restarted 1 time\.$/,
  );
  expect((await serverView(options, 'everything')).local?.process?.pid).not.toBe(first);
  const activity = (await options.send('activity.get', {})) as {
    value: { log: { tool: string; outcome: string }[] };
  };
  expect(activity.value.log).toEqual([
    expect.objectContaining({ tool: 'trigger-long-running-operation', outcome: 'failed' }),
  ]);
});

test('turning a local server off stops it and what it started; on starts it again', async ({
  companion,
  openOptions,
  openPopup,
}) => {
  companion.run(['add', 'everything'], SERVERS.withStubbornChild(SERVERS.everything()));
  companion.install();
  const options = await openOptions();
  await addLocal(options, 'everything');
  const pid = (await serverView(options, 'everything')).local?.process?.pid;
  const tree = [pid!, ...descendants(pid!)];
  expect(tree.filter(alive)).toHaveLength(2);

  const popup = await openPopup();
  await popup.serverSwitch('everything').setChecked(false);
  await expect(popup.servers.state('everything')).toHaveText('Disabled');
  await expect.poll(() => tree.filter(alive)).toEqual([]);
  await expect(processLine(options, 'everything')).toHaveText(/^Stopped\./);

  await popup.serverSwitch('everything').setChecked(true);
  await expect(popup.servers.state('everything')).toHaveText('Connected');
  const again = (await serverView(options, 'everything')).local?.process?.pid;
  expect(again).not.toBe(pid);
  expect(alive(again!)).toBe(true);
});

test('no process is left once the browser has closed', async ({
  companion,
  openOptions,
  extension,
}) => {
  companion.run(['add', 'everything'], SERVERS.withStubbornChild(SERVERS.everything()));
  companion.run(['add', 'files'], SERVERS.filesystem(companion.files));
  companion.install();
  const options = await openOptions();
  await addLocal(options, 'everything', 'files');
  // The companion is started with its config file's path; the servers descend from it.
  const [host] = processesWith(companion.config);
  expect(host).toEqual(expect.any(Number));
  const tree = [host!, ...descendants(host!)];
  // The companion, two servers, and the process one of them started.
  expect(tree).toHaveLength(4);
  for (const name of ['everything', 'files'])
    expect(tree).toContain((await serverView(options, name)).local?.process?.pid);

  await extension.close();
  await expect.poll(() => tree.filter(alive)).toEqual([]);
});

test('after a worker restart, local servers are started again and answer', async ({
  companion,
  context,
  extensionId,
  openOptions,
  chatWithReadyCard,
}) => {
  companion.run(['add', 'everything'], SERVERS.everything());
  companion.install();
  const options = await openOptions();
  await addLocal(options, 'everything');
  const before = processesWith(companion.config);
  await options.page.close();
  const chat = await chatWithReadyCard('echo please');

  await stopServiceWorker(context, extensionId);
  // The old worker's port closed: its companion and servers went with it.
  await expect.poll(() => before.filter(alive)).toEqual([]);
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect((await chat.cards.read())?.result).toBe('Echo: Hello from the fixture');
});

test('the import preview runs a local command through the companion when its config has it', async ({
  companion,
  openOptions,
}) => {
  companion.run(['add', 'everything'], SERVERS.everything());
  companion.install();
  const options = await openOptions();
  await expect(new LocalServersSection(options.page).state()).toHaveText(/^Companion 0\.1\.0/);
  const backup = new BackupSection(options.page);
  const [command, ...args] = SERVERS.everything();
  await backup.paste(
    JSON.stringify({
      mcpServers: {
        demo: { command, args },
        git: { command: 'uvx', args: ['mcp-server-git'], env: { GIT_TOKEN: 'secret' } },
      },
    }),
  );
  const local = backup.preview().getByRole('list', { name: 'Local commands' });
  // Not in the companion's config: the command that puts it there, with the variable to fill in.
  await expect(local.getByRole('listitem').filter({ hasText: 'git' }).locator('code')).toHaveText(
    "npx mcp-switchboard-companion add git --env 'GIT_TOKEN=…' -- uvx mcp-server-git",
  );
  await expect(backup.previewServer('demo')).toHaveCount(0);
  await local
    .getByRole('checkbox', { name: 'Run it through the companion (its server “everything”)' })
    .check();
  await expect(backup.previewServer('demo')).toContainText('URL: companion:everything');
  await backup.confirm('Imported: 1 server added.');
  await expect(options.servers.state('demo')).toHaveText('Connected');
  await expect(options.servers.item('demo').locator('.url')).toHaveText(
    SERVERS.everything().join(' '),
  );
});
