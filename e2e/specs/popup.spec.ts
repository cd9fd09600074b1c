// The toolbar popup as a quick glance: servers with their state, tools and speed, an on/off
// switch per server, the current tab's chat site and its settings, tool calls waiting or running
// in chat tabs, and adding a server. Headless Chromium has no toolbar, so the popup is opened as
// a tab of its own and told which tab to describe (`?tab=`); the real action popup's window and
// its closing when focus leaves are not covered here.
import { expect, type Page, type ScriptedServer, test } from '../fixtures/extension';
import type { ChatPage } from '../pages/chat-page';
import { PopupPage } from '../pages/popup-page';
import { callScript } from '../sites/scripts';

/** The ids of the sessions the extension has used with the server so far. */
const sessionsOf = (server: ScriptedServer) => [
  ...new Set(server.requests().flatMap((r) => r.sessionId ?? [])),
];

test('server rows: state, tool count, and the median call time once a call ran', async ({
  scriptedChat,
  openPopup,
}) => {
  const { server, chat } = await scriptedChat(
    { echo: { kind: 'echo' }, add: { kind: 'echo' } },
    callScript({ tool: 'echo', arguments: { message: 'hi' } }),
  );
  const popup = await openPopup();
  await expect(popup.servers.state('scripted')).toHaveText('Connected');
  await expect(popup.servers.toolCount('scripted')).toHaveText('2 tools');
  await expect(popup.serverSwitch('scripted')).toBeChecked();
  await expect(popup.latency('scripted')).toHaveCount(0);

  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'hi' }]);
  // The popup hears of the call while open, and shows what the metrics say.
  await expect(popup.latency('scripted')).toHaveText(/^Median \d+ ms over 1 call$/);
});

test('the switch turns a server off (its calls fail, nothing reaches it) and on (a new session)', async ({
  scriptedChat,
  openPopup,
  serviceWorker,
}) => {
  const { server, chat } = await scriptedChat(
    { echo: { kind: 'echo' } },
    callScript({ tool: 'echo', arguments: { message: 'hi' } }),
  );
  const first = sessionsOf(server);
  expect(first.length).toBeGreaterThan(0);
  const popup = await openPopup();
  await expect(popup.servers.state('scripted')).toHaveText('Connected');

  await popup.serverSwitch('scripted').setChecked(false);
  await expect(popup.servers.state('scripted')).toHaveText('Disabled');
  await expect(popup.serverSwitch('scripted')).not.toBeChecked();
  await expect(popup.servers.toolCount('scripted')).toHaveCount(0);
  const stored = () =>
    serviceWorker.evaluate(async () => {
      const { servers } = await chrome.storage.local.get('servers');
      return (servers as { value: { name: string; enabled: boolean }[] }).value;
    });
  expect((await stored()).map((s) => [s.name, s.enabled])).toEqual([['scripted', false]]);

  await chat.page.bringToFront();
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Failed');
  expect((await chat.cards.read())?.message).toContain('No MCP server is enabled');
  expect(server.calls()).toEqual([]);

  await popup.page.bringToFront();
  await popup.serverSwitch('scripted').setChecked(true);
  await expect(popup.servers.state('scripted')).toHaveText('Connected');
  expect((await stored()).map((s) => [s.name, s.enabled])).toEqual([['scripted', true]]);
  // Turned on again, it lists its tools on a session other than the one turned off.
  const fresh = sessionsOf(server).filter((id) => !first.includes(id));
  expect(fresh.length).toBeGreaterThan(0);
});

/** Opens the popup about the tab showing `chat`. */
async function popupFor(
  page: Page,
  chat: ChatPage,
  extensionId: string,
  worker: Parameters<typeof PopupPage.tabId>[0],
) {
  return PopupPage.open(page, extensionId, await PopupPage.tabId(worker, chat.page));
}

test('this tab on ChatGPT: support on, healthy, auto mode off; the switches change the stored settings', async ({
  openChat,
  context,
  extensionId,
  serviceWorker,
}) => {
  const chat = await openChat();
  const popup = await popupFor(await context.newPage(), chat, extensionId, serviceWorker);
  await expect(popup.tabSummary()).toHaveText('ChatGPT: support on, healthy, auto mode off');
  await expect(popup.thisTab()).toContainText('pauses after 10 rounds without you');
  const stored = () =>
    serviceWorker.evaluate(async () => {
      const { sites } = await chrome.storage.local.get('sites');
      return (sites as { value: Record<string, { enabled: boolean; auto: boolean }> } | undefined)
        ?.value.chatgpt;
    });

  await popup.autoSwitch('ChatGPT').setChecked(true);
  await expect(popup.tabSummary()).toHaveText('ChatGPT: support on, healthy, auto mode on');
  await expect.poll(stored).toMatchObject({ enabled: true, auto: true });

  await popup.siteSwitch('ChatGPT').setChecked(false);
  await expect(popup.tabSummary()).toHaveText('ChatGPT: support off');
  await expect.poll(stored).toMatchObject({ enabled: false, auto: true });
  // Reopened, the popup reads what was stored.
  await popup.page.reload();
  await expect(popup.siteSwitch('ChatGPT')).not.toBeChecked();
  await expect(popup.autoSwitch('ChatGPT')).toBeChecked();

  await popup.siteSwitch('ChatGPT').setChecked(true);
  await expect(popup.tabSummary()).toHaveText('ChatGPT: support on, healthy, auto mode on');
  await expect.poll(stored).toMatchObject({ enabled: true, auto: true });
});

test('this tab elsewhere: a page of a chat site that is no chat, and a site that is not supported', async ({
  openChat,
  openPopup,
  context,
  extensionId,
  serviceWorker,
}) => {
  const chat = await openChat();
  await chat.page.goto('https://chatgpt.com/gpts');
  let popup = await popupFor(await context.newPage(), chat, extensionId, serviceWorker);
  await expect(popup.tabSummary()).toHaveText('ChatGPT: support on, not a chat page');

  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Example</title><p>Hello</p>' }),
  );
  const tabIds = () =>
    serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
  const before = await tabIds();
  const other = await context.newPage();
  await other.goto('https://example.com/');
  const [otherId] = (await tabIds()).filter((id) => !before.includes(id));
  expect(otherId).toBeDefined();
  // Without the `tabs` permission the extension cannot read this tab's URL: it is no chat site.
  expect(
    await serviceWorker.evaluate(async (id) => (await chrome.tabs.get(id)).url, otherId!),
  ).toBeUndefined();
  popup = await PopupPage.open(await context.newPage(), extensionId, otherId);
  await expect(popup.thisTab()).toContainText('Not a supported chat site.');
  await expect(popup.tabSummary()).toHaveCount(0);

  // Without a tab named, the popup describes its window's active tab: here, itself.
  popup = await openPopup();
  await expect(popup.thisTab()).toContainText('Not a supported chat site.');
});

test('a card waiting for Run, then its call running, are listed with their tab, which Show brings to the front', async ({
  scriptedChat,
  openPopup,
  serviceWorker,
}) => {
  const { server, chat } = await scriptedChat(
    { slow: { kind: 'slow', ms: 4_000 } },
    callScript({ tool: 'slow', arguments: { message: 'hi' } }),
  );
  const chatTab = await PopupPage.tabId(serviceWorker, chat.page);
  const popup = await openPopup();
  const entry = popup.pending().getByRole('listitem').filter({ hasText: 'ChatGPT' });
  await expect(entry).toHaveAttribute('data-tab-id', String(chatTab));
  await expect(entry.getByRole('listitem')).toHaveText(['scripted · slow — waiting for Run']);

  const active = () =>
    serviceWorker.evaluate(async (id) => (await chrome.tabs.get(id)).active, chatTab);
  expect(await active()).toBe(false);
  await entry.getByRole('button', { name: 'Show the ChatGPT tab' }).click();
  await expect.poll(active).toBe(true);

  await chat.cards.click('run');
  await expect.poll(() => server.calls().length).toBe(1);
  await expect(entry.getByRole('listitem')).toHaveText(['scripted · slow — running']);
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  await expect(popup.pending()).toHaveCount(0);
});

test('Add server from the popup connects a real server; an empty URL is refused as in the settings', async ({
  openPopup,
  everything,
  serviceWorker,
}) => {
  const popup = await openPopup();
  await expect(popup.page.getByText('No servers yet')).toBeVisible();
  // The popup's short form: no transport, headers or timeout.
  await expect(popup.addForm().getByRole('button', { name: /More options/ })).toHaveCount(0);

  await popup.addServer('   ', 'blank');
  await expect(popup.addForm().getByRole('alert')).toHaveText('Enter the server’s URL.');
  await popup.addServer(everything.url, 'everything');
  await expect(popup.servers.state('everything')).toHaveText('Connected');
  await expect(popup.servers.toolCount('everything')).toHaveText(/^\d+ tools$/);
  const stored = await serviceWorker.evaluate(async () => {
    const { servers } = await chrome.storage.local.get('servers');
    return (servers as { value: { name: string; url: string; transport: string }[] }).value;
  });
  expect(stored).toEqual([
    expect.objectContaining({ name: 'everything', url: everything.url, transport: 'auto' }),
  ]);
});

test('opens with a fixed handful of requests, however many servers there are', async ({
  openOptions,
  everything,
  context,
  extensionId,
}) => {
  const options = await openOptions();
  // Twenty servers at a path that does not exist: they fail and wait, so no push comes later.
  for (let i = 1; i <= 20; i++) {
    const answer = await options.send('servers.add', {
      url: `${everything.url}/missing-${i}`,
      name: `server ${i}`,
    });
    expect(answer.ok).toBe(true);
  }
  await expect(options.servers.all().locator('.state-word')).toHaveText(
    Array.from({ length: 20 }, () => 'Failed'),
  );

  const page = await context.newPage();
  await page.addInitScript(() => {
    const sent: string[] = [];
    Object.assign(window, { __sent: sent });
    const original = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = ((message: { type: string }, ...rest: unknown[]) => {
      sent.push(message.type);
      return (original as (...args: unknown[]) => unknown)(message, ...rest);
    }) as typeof chrome.runtime.sendMessage;
  });
  const popup = await PopupPage.open(page, extensionId);
  await expect(popup.servers.all()).toHaveCount(20);
  // Each says why it failed, and offers to try again.
  await expect(popup.servers.error('server 7')).toContainText('HTTP 404');
  await expect(
    popup.servers.item('server 7').getByRole('button', { name: 'Reconnect' }),
  ).toBeVisible();
  await expect(popup.thisTab()).toContainText('Not a supported chat site.');
  await page.waitForTimeout(500);
  const sent = await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
  // Each once on open, and at most once more after a push (twenty servers failing send some):
  // never once per server.
  const kinds = ['health.get', 'sites.get', 'calls.pending', 'consent.list', 'activity.get'];
  expect(new Set(sent)).toEqual(new Set(kinds));
  for (const kind of kinds) {
    const times = sent.filter((type) => type === kind).length;
    expect(times, kind).toBeGreaterThanOrEqual(1);
    expect(times, kind).toBeLessThanOrEqual(2);
  }
});
