// The settings as a user goes through them, start to end: a URL is tested, the server added, its
// tools appear, a policy is set, and a chat's call meets that policy in the background.
import { expect, test } from '../fixtures/extension';
import { startScriptedServer } from '../fixtures/servers/scripted-server';
import { ConnectionTestReport } from '../pages/connection-test';
import { callScript } from '../sites/scripts';

test('add → test connection → tools appear → set a policy → the policy holds on a call', async ({
  openOptions,
  openChat,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' }, note: { kind: 'echo' } },
  });
  try {
    const options = await openOptions();
    const form = options.page.getByRole('form', { name: 'Add a server' });
    await form.getByLabel('Server URL').fill(server.url);
    const report = ConnectionTestReport.ofAddForm(options.page);
    await report.run();
    await expect(report.title()).toHaveText('Connected');
    await expect(report.status).toContainText('offers 2 tools');

    await options.addServer(server.url, 'notes');
    await expect(options.servers.state('notes')).toHaveText('Connected');
    await expect(options.tool('notes', 'echo')).toBeVisible();
    await expect(options.tool('notes', 'note')).toBeVisible();

    await options.choosePolicy('notes', 'echo', 'deny');
    const chat = await openChat(
      callScript(
        { tool: 'echo', arguments: { message: 'hi' } },
        { tool: 'note', arguments: { message: 'ok' } },
      ),
    );
    await chat.page.bringToFront();
    await chat.send('go');
    await expect.poll(() => chat.cards.count()).toBe(2);
    for (const i of [0, 1]) {
      await expect.poll(async () => (await chat.cards.read(i))?.status).toBe('Waiting for you');
      await chat.cards.click('run', i);
    }
    await expect.poll(async () => (await chat.cards.read(0))?.status).toBe('Denied');
    await expect.poll(async () => (await chat.cards.read(1))?.status).toBe('Done');
    // The denied tool never reached the server; the other one ran once.
    expect(server.calls('echo')).toEqual([]);
    expect(server.calls('note')).toHaveLength(1);
  } finally {
    await server.stop();
  }
});
