// The Tools section of the options page: every server's tools with their parameters, a search,
// and consent policies that the background then enforces.
import { expect, test } from '../fixtures/extension';
import { callScript } from '../sites/scripts';
import { stopServiceWorker } from '../support/worker';

type Envelope<T> = { ok: boolean; value: T };

test('lists a real server’s tools with their parameters, hints and raw schema', async ({
  addConnectedServer,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const catalog = (await options.send('catalog.get', {})) as Envelope<{
    servers: { catalog: { tools: { name: string }[] } }[];
  }>;
  const total = catalog.value.servers[0]?.catalog.tools.length ?? 0;
  expect(total).toBeGreaterThan(5);
  await expect(options.page.getByText(`${total} tools on 1 server.`)).toBeVisible();
  await expect(options.toolServer('everything').getByRole('article')).toHaveCount(total);

  const echo = options.tool('everything', 'echo');
  await expect(echo.getByRole('heading')).toHaveText('echoEcho Tool');
  await expect(echo).toContainText('Echoes back the input string');
  await expect(echo.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveText([
    'Read-only',
    'Idempotent',
  ]);
  await expect(
    echo.getByRole('list', { name: 'Parameters of echo' }).getByRole('listitem'),
  ).toHaveText(['message string requiredMessage to echo']);

  const sum = options.tool('everything', 'get-sum');
  await expect(
    sum.getByRole('list', { name: 'Parameters of get-sum' }).getByRole('listitem'),
  ).toHaveText(['a number requiredFirst number', 'b number requiredSecond number']);
  const raw = sum.locator('pre');
  await expect(raw).toBeHidden();
  await sum.getByText('Raw JSON schema').click();
  expect(JSON.parse((await raw.textContent()) ?? '')).toMatchObject({
    type: 'object',
    properties: { a: { type: 'number' }, b: { type: 'number' } },
    required: ['a', 'b'],
  });

  // Choices and defaults, as the server's schema gives them.
  const annotated = options.tool('everything', 'get-annotated-message');
  await expect(annotated.getByText('One of: "error", "success", "debug"')).toBeVisible();
  await expect(annotated.getByText('Default: false')).toBeVisible();
});

test('the search narrows the list as you type, and says when nothing matches', async ({
  addConnectedServer,
  everything,
}) => {
  const options = await addConnectedServer(everything.url, 'everything');
  const articles = options.toolServer('everything').getByRole('article');
  await expect(articles.first()).toBeVisible();
  const total = await articles.count();

  await options.toolSearch().pressSequentially('sum');
  await expect(articles).toHaveCount(1);
  await expect(options.tool('everything', 'get-sum')).toBeVisible();
  await expect(
    options.page.getByRole('status').getByText(`1 of ${total} tools match.`),
  ).toBeVisible();
  // The keyboard skips the tools the search hides.
  await options.toolSearch().press('Tab');
  await expect(options.serverDefaultPolicy('everything')).toBeFocused();
  await options.page.keyboard.press('Tab');
  await expect(options.toolPolicy('everything', 'get-sum')).toBeFocused();

  // By description too, every word of it.
  await options.toolSearch().fill('echoes input');
  await expect(articles).toHaveCount(1);
  await expect(options.tool('everything', 'echo')).toBeVisible();

  await options.toolSearch().fill('no such tool anywhere');
  await expect(options.page.getByText('No tools match “no such tool anywhere”.')).toBeVisible();
  await expect(options.toolServer('everything')).toHaveCount(0);

  await options.toolSearch().fill('');
  await expect(articles).toHaveCount(total);
});

test('a tool denied in the Tools section is stored, and the background refuses it without calling the server', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  const server = await scripted({ echo: { kind: 'echo' }, other: { kind: 'echo' } });
  const options = await openOptions();
  await options.choosePolicy('scripted', 'echo', 'deny');
  expect(await options.storedPolicies('scripted')).toEqual({ tools: { echo: 'deny' } });
  await expect(options.toolPolicy('scripted', 'echo')).toHaveAccessibleDescription(
    'Deny, set for this tool: it never runs.',
  );

  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'hi' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.click('run');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Denied');
  expect((await chat.cards.read())?.message).toContain(
    'echo on scripted is denied in your MCP Switchboard settings.',
  );
  expect(server.calls()).toEqual([]);

  // Back to the server default: stored as no choice at all.
  await options.page.bringToFront();
  await options.choosePolicy('scripted', 'echo', 'server default');
  expect(await options.storedPolicies('scripted')).toEqual({ tools: {} });
});

test('a server default of Allow applies to the tools without a policy of their own', async ({
  scripted,
  openOptions,
  openChat,
}) => {
  const server = await scripted({ echo: { kind: 'echo' }, wipe: { kind: 'echo' } });
  const options = await openOptions();
  await options.chooseServerDefault('scripted', 'allow');
  await options.choosePolicy('scripted', 'wipe', 'deny');
  expect(await options.storedPolicies('scripted')).toEqual({
    default: 'allow',
    tools: { wipe: 'deny' },
  });
  await expect(options.toolPolicy('scripted', 'echo')).toHaveValue('server-default');
  await expect(options.toolPolicy('scripted', 'echo')).toHaveAccessibleDescription(
    /^Allow, the server’s default:/,
  );

  // What the background decides for each.
  const check = async (tool: string) =>
    (
      (await options.send('tools.check', {
        call: { call_id: 'c', tool, arguments: { message: 'x' } },
      })) as Envelope<{ policy?: string }>
    ).value.policy;
  expect(await check('echo')).toBe('allow');
  expect(await check('wipe')).toBe('deny');

  // In auto mode the allowed tool runs with no click.
  await options.setSite('chatgpt', { auto: true });
  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'auto' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect(server.calls('echo')).toHaveLength(1);
  expect(server.calls('wipe')).toEqual([]);
});

test('keyboard only: Tab to a tool’s policy and change it with the keys', async ({
  scripted,
  openOptions,
}) => {
  await scripted({ echo: { kind: 'echo' } });
  const options = await openOptions();
  const policy = options.toolPolicy('scripted', 'echo');
  await expect(policy).toBeVisible();

  await options.toolSearch().focus();
  await options.page.keyboard.press('Tab');
  await expect(options.serverDefaultPolicy('scripted')).toBeFocused();
  await options.page.keyboard.press('Tab');
  await expect(policy).toBeFocused();
  // The focus ring shows where the keyboard is.
  expect(await policy.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  // Server default → Ask → Allow → Deny.
  for (const _ of [1, 2, 3]) await options.page.keyboard.press('ArrowDown');
  await expect(options.tool('scripted', 'echo').getByRole('status')).toHaveText(
    'Saved: echo is set to Deny.',
  );
  await expect(policy).toBeFocused();
  await expect.poll(() => options.storedPolicies('scripted')).toEqual({ tools: { echo: 'deny' } });

  // The raw schema opens from the keyboard too.
  await options.page.keyboard.press('Tab');
  await options.page.keyboard.press('Enter');
  await expect(options.tool('scripted', 'echo').locator('pre')).toBeVisible();
});

test('a server that went offline keeps its last known tools, marked offline, and takes policies', async ({
  scripted,
  openOptions,
  context,
  extensionId,
}) => {
  const server = await scripted({ echo: { kind: 'echo' } });
  await server.stop();
  // A new worker has only what the last one saved: the server's tools as last listed.
  await stopServiceWorker(context, extensionId);

  const options = await openOptions();
  await expect(options.servers.state('scripted')).toHaveText(/Reconnecting|Failed/);
  await expect(options.toolServer('scripted')).toContainText(
    'Offline: these are its tools from when it was last connected.',
  );
  await expect(options.tool('scripted', 'echo')).toBeVisible();
  await options.choosePolicy('scripted', 'echo', 'deny');
  expect(await options.storedPolicies('scripted')).toEqual({ tools: { echo: 'deny' } });
});
