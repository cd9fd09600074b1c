// Signing in to an OAuth-protected MCP server (issue 8), in real Chromium: the extension's
// chrome.identity window against a local authorization server, checked on both servers' records,
// in what the settings page shows and in what the extension stores.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, test } from '../fixtures/extension';
import {
  type OAuthServers,
  type OAuthServersOptions,
  startOAuthServers,
} from '../fixtures/servers/oauth-server';
import type { OptionsPage } from '../pages/options-page';
import { callScript } from '../sites/scripts';
import { inContentScript } from '../support/content-world';
import { openedItem, rawLocal } from '../support/sealed-storage';
import { stopServiceWorker } from '../support/worker';

const NAME = 'secure';
const started: OAuthServers[] = [];

test.afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

async function start(options?: OAuthServersOptions): Promise<OAuthServers> {
  const servers = await startOAuthServers(options);
  started.push(servers);
  return servers;
}

/** Adds the protected server in the settings page and waits for it to ask for a sign-in. */
async function addProtected(
  openOptions: () => Promise<OptionsPage>,
  servers: OAuthServers,
): Promise<OptionsPage> {
  const options = await openOptions();
  await options.addServer(servers.mcp.url, NAME);
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');
  return options;
}

const signInButton = (options: OptionsPage) =>
  options.servers.item(NAME).getByRole('button', { name: `Sign in to ${NAME}` });

/** Presses Sign in and returns the authorization server's consent page, in its own window. */
async function openConsent(context: BrowserContext, options: OptionsPage): Promise<Page> {
  const [consent] = await Promise.all([
    context.waitForEvent('page'),
    signInButton(options).click(),
  ]);
  await expect(consent.getByRole('heading', { name: 'Sign in to Test MCP' })).toBeVisible();
  return consent;
}

/** A full sign-in: Sign in, Approve, and the server connected with its account shown. */
async function signIn(context: BrowserContext, options: OptionsPage): Promise<void> {
  const consent = await openConsent(context, options);
  await consent.getByRole('button', { name: 'Approve' }).click();
  await expect(options.servers.state(NAME)).toHaveText('Connected');
  await expect(options.servers.item(NAME).getByText('Signed in')).toBeVisible();
}

/** The Sign in message shown next to the server after a failed attempt. */
const signInError = (options: OptionsPage) => options.servers.item(NAME).locator('.sign-in-error');

/** Calls the server's echo tool as the settings page may; the raw answer. */
const callEcho = (options: OptionsPage, message: string) =>
  options.send('tools.call', {
    call: { call_id: `c-${message}`, tool: 'echo', arguments: { message } },
  });

/** The bearer tokens the MCP server was sent. */
const bearerTokens = (servers: OAuthServers) =>
  servers.mcp
    .requests()
    .map((r) => r.authorization?.match(/^Bearer (.+)$/)?.[1])
    .filter((t): t is string => t !== undefined);

/** The stored OAuth records, opened with the extension's key (they are sealed at rest). */
const storedOAuth = (worker: Worker) => openedItem(worker, 'oauth');

test('sign in, then a tool call from a chat card reaches the server with a bearer token', async ({
  context,
  extensionId,
  openOptions,
  openChat,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  await expect(options.servers.item(NAME)).toContainText('needs you to sign in');
  await signIn(context, options);
  await expect(options.servers.item(NAME)).toContainText(`at ${new URL(servers.issuer).host}`);
  await expect(options.servers.item(NAME)).toContainText('access token valid until');

  const redirect = `https://${extensionId}.chromiumapp.org/oauth`;
  const [registration] = servers.registrations();
  expect(registration?.request).toMatchObject({
    redirect_uris: [redirect],
    application_type: 'web',
  });
  expect(registration?.clientId).toBeTruthy();
  const approved = servers.authorizeRequests().filter((r) => r.decision === 'approve');
  expect(approved).toHaveLength(1);
  expect(approved[0]).toMatchObject({
    clientId: registration?.clientId,
    redirectUri: redirect,
    responseType: 'code',
    codeChallengeMethod: 'S256',
    resource: servers.mcp.url,
  });
  expect(servers.tokenRequests()).toEqual([
    expect.objectContaining({ grantType: 'authorization_code', resource: servers.mcp.url }),
  ]);

  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'hello' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.run();
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect((await chat.cards.read())?.result).toContain('Echo: hello');
  expect(servers.mcp.calls('echo')).toHaveLength(1);
  const call = servers.mcp.requests().filter((r) => r.method === 'tools/call');
  expect(call).toHaveLength(1);
  expect(call[0]?.authorization).toMatch(/^Bearer .+/);
});

test('the popup offers Sign in and shows the server connected once signed in', async ({
  context,
  openOptions,
  openPopup,
}) => {
  const servers = await start();
  await addProtected(openOptions, servers);
  const popup = await openPopup();
  await expect(popup.servers.state(NAME)).toHaveText('Sign in required');
  const item = popup.servers.item(NAME);
  await expect(item.getByRole('button', { name: 'Reconnect' })).toHaveCount(0);

  const [consent] = await Promise.all([
    context.waitForEvent('page'),
    item.getByRole('button', { name: `Sign in to ${NAME}` }).click(),
  ]);
  await expect(item.getByRole('button', { name: /Signing in/ })).toHaveText('Signing in…');
  await expect(item.getByRole('button', { name: /Signing in/ })).toBeDisabled();
  await consent.getByRole('button', { name: 'Approve' }).click();
  await expect(popup.servers.state(NAME)).toHaveText('Connected');
  await expect(popup.servers.toolCount(NAME)).toHaveText('1 tool');
  await expect(item.getByRole('button', { name: /Sign in/ })).toHaveCount(0);
  expect(servers.tokenRequests().map((r) => r.grantType)).toEqual(['authorization_code']);
});

test('a revoked access token is refreshed and the call still succeeds', async ({
  context,
  openOptions,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  await signIn(context, options);
  servers.revokeAccessTokens();

  const answer = await callEcho(options, 'after-revoke');
  expect(answer).toMatchObject({ ok: true });
  expect(servers.mcp.calls('echo').map((c) => c.arguments)).toEqual([{ message: 'after-revoke' }]);
  expect(servers.tokenRequests().map((r) => r.grantType)).toEqual([
    'authorization_code',
    'refresh_token',
  ]);
  expect(servers.tokenRequests()[1]).toMatchObject({ resource: servers.mcp.url });
});

test('a signed-in server stays signed in when the worker is stopped: the next call needs no new sign-in', async ({
  context,
  extensionId,
  openOptions,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  await signIn(context, options);
  await options.page.close();

  await stopServiceWorker(context, extensionId);
  const again = await openOptions();
  // The restarted worker reconnects with the stored tokens: no window, no new authorization.
  await expect(again.servers.state(NAME)).toHaveText('Connected');
  const answer = await callEcho(again, 'after-restart');
  expect(answer).toMatchObject({ ok: true });
  expect(servers.mcp.calls('echo').map((c) => c.arguments)).toEqual([{ message: 'after-restart' }]);
  expect(servers.authorizeRequests()).toHaveLength(1);
  expect(servers.registrations()).toHaveLength(1);
  expect(context.pages().some((p) => p.url().includes('/authorize'))).toBe(false);
});

test('tokens are refreshed before they expire, without waiting for a 401', async ({
  context,
  openOptions,
}) => {
  const ttlSeconds = 5;
  const servers = await start({ accessTokenTtlSeconds: ttlSeconds });
  const options = await addProtected(openOptions, servers);
  const consent = await openConsent(context, options);
  // The first token is issued after this moment, so it lives until at least `approvedAt + ttl`.
  const approvedAt = Date.now();
  await consent.getByRole('button', { name: 'Approve' }).click();
  await expect(options.servers.state(NAME)).toHaveText('Connected');

  await expect
    .poll(() => servers.tokenRequests().some((r) => r.grantType === 'refresh_token'), {
      timeout: ttlSeconds * 1000,
      intervals: [100],
    })
    .toBe(true);
  // Seen while the first token was still valid: the refresh was not a reaction to a refusal.
  expect(Date.now() - approvedAt).toBeLessThan(ttlSeconds * 1000);
  const firstToken = bearerTokens(servers)[0];

  const answer = await callEcho(options, 'after-refresh');
  expect(answer).toMatchObject({ ok: true });
  expect(servers.mcp.calls('echo')).toHaveLength(1);
  const callToken = servers.mcp
    .requests()
    .find((r) => r.method === 'tools/call')
    ?.authorization?.replace(/^Bearer /, '');
  expect(callToken).toBeTruthy();
  expect(callToken).not.toBe(firstToken);
});

test('sign out forgets the tokens: the server asks for a sign-in again and calls fail', async ({
  context,
  openOptions,
  serviceWorker,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  await signIn(context, options);
  const held = JSON.stringify(await storedOAuth(serviceWorker));
  const [token] = bearerTokens(servers);
  expect(token).toBeTruthy();
  expect(held).toContain(token as string);

  await options.servers
    .item(NAME)
    .getByRole('button', { name: `Sign out of ${NAME}` })
    .click();
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');
  await expect(options.servers.item(NAME).getByText('Signed in')).toHaveCount(0);
  await expect(signInButton(options)).toBeEnabled();

  const answer = await callEcho(options, 'signed-out');
  expect(answer.ok).toBe(false);
  expect(answer.error?.message).toContain(`Not connected now: ${NAME} (sign in required`);
  expect(servers.mcp.calls()).toEqual([]);
  // Signed out, the session waits for the user: it does not register with the server again.
  expect(servers.registrations()).toHaveLength(1);
  const stored = (await storedOAuth(serviceWorker)) as
    | { value: Record<string, { tokens: object }> }
    | undefined;
  for (const record of Object.values(stored?.value ?? {})) expect(record.tokens).toEqual({});
  const left = JSON.stringify(stored ?? {});
  expect(left).not.toContain(token as string);
  expect(left).not.toContain('access_token');
  const firstClient = servers.registrations()[0]?.clientId;
  expect(firstClient).toBeTruthy();
  expect(left).not.toContain(firstClient as string);
});

test('a closed sign-in window and a denied consent are each explained, and nothing changes', async ({
  context,
  openOptions,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);

  const closed = await openConsent(context, options);
  await expect(signInButton(options)).toHaveCount(0);
  await expect(
    options.servers.item(NAME).getByRole('button', { name: /Signing in/ }),
  ).toBeDisabled();
  await closed.close();
  await expect(signInError(options)).toHaveText(/^Sign-in cancelled.*window was closed/);
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');
  await expect(signInButton(options)).toBeEnabled();

  const denied = await openConsent(context, options);
  await denied.getByRole('button', { name: 'Deny' }).click();
  await expect(signInError(options)).toHaveText(/access to .* was denied/);
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');
  expect(servers.authorizeRequests().map((r) => r.decision)).toEqual([undefined, 'deny']);
  expect(servers.tokenRequests()).toEqual([]);
});

test('an authorization server that is not the issuer it claims is refused before any token request', async ({
  context,
  openOptions,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  servers.setIssuerMismatch(true);

  const windows: Page[] = [];
  context.on('page', (page) => windows.push(page));
  await signInButton(options).click();
  await expect(signInError(options)).toHaveText(/issuer mismatch/);
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');
  // Refused at discovery: no sign-in window, no consent asked, no token request.
  expect(windows).toEqual([]);
  expect(servers.authorizeRequests()).toEqual([]);
  expect(servers.tokenRequests()).toEqual([]);
});

test('a refused registration is named; a pre-registered client signs in with its secret', async ({
  context,
  openOptions,
}) => {
  const servers = await start({
    registration: 'refuse',
    preRegistered: { clientId: 'switchboard-test', clientSecret: 'pre-shared-secret' },
  });
  // The connection attempt registers on its own (no window needed) and says why it cannot.
  const options = await openOptions();
  await options.addServer(servers.mcp.url, NAME);
  const item = options.servers.item(NAME);
  await expect(item.getByRole('alert')).toHaveText(
    /authorization server refused to register the extension.*enter its client ID/,
  );
  await expect(signInButton(options)).toHaveCount(0);
  expect(servers.registrations()).toHaveLength(1);
  expect(servers.registrations()[0]?.error).toBeTruthy();
  expect(servers.authorizeRequests()).toEqual([]);

  await item.getByRole('button', { name: 'Edit' }).click();
  const form = item.getByRole('form');
  await form.getByText('Sign-in (OAuth)').first().click();
  await form.getByLabel('Client ID (pre-registered)').fill('switchboard-test');
  await form.getByLabel('Client secret').fill('pre-shared-secret');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(options.servers.state(NAME)).toHaveText('Sign in required');

  await signIn(context, options);
  const approved = servers.authorizeRequests().filter((r) => r.decision === 'approve');
  expect(approved).toMatchObject([{ clientId: 'switchboard-test' }]);
  expect(servers.tokenRequests()).toEqual([
    expect.objectContaining({
      grantType: 'authorization_code',
      clientId: 'switchboard-test',
      clientAuth: expect.stringMatching(/^client_secret_(basic|post)$/),
    }),
  ]);
  expect(servers.registrations()).toHaveLength(1);

  // The secret stays in the background: the settings page never gets it back.
  const list = await options.send('servers.list', {});
  expect(JSON.stringify(list)).not.toContain('pre-shared-secret');
  await item.getByRole('button', { name: 'Edit' }).click();
  await expect(form.getByLabel('Client secret')).toHaveValue('');
});

test('tokens never reach a chat page', async ({
  context,
  openOptions,
  openChat,
  extensionId,
  serviceWorker,
}) => {
  const servers = await start();
  const options = await addProtected(openOptions, servers);
  await signIn(context, options);
  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'hi' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.run();
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');

  const tokens = bearerTokens(servers);
  expect(tokens.length).toBeGreaterThan(0);
  // Everything the page holds, closed shadow roots included (the cards are in one).
  const cdp = await context.newCDPSession(chat.page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const dom = JSON.stringify(root);
  const html = await chat.page.evaluate(() => document.documentElement.outerHTML);
  expect(dom).toContain('Echo: hi');
  for (const token of tokens) {
    expect(dom).not.toContain(token);
    expect(html).not.toContain(token);
  }
  expect(dom).not.toContain('refresh_token');

  // What a content script may ask the background for carries none either.
  const replies = [
    await options.send('tools.catalog', {}),
    await options.send('instructions.get', { siteId: 'chatgpt' }),
  ];
  expect(replies.map((r) => r.ok)).toEqual([true, true]);
  const answers = JSON.stringify(replies);
  expect(answers).toContain('echo');
  for (const token of tokens) expect(answers).not.toContain(token);

  // Nor does storage: closed to the content script's world, and where a browser has no such
  // switch, all it reads holds the tokens sealed, as they are on disk.
  const readAll = `chrome.storage.local.get(null).then((all) => JSON.stringify(all), String)`;
  expect(await inContentScript(chat.page, extensionId, readAll)).toContain('not allowed');
  await serviceWorker.evaluate(() =>
    chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }),
  );
  const stored = await inContentScript<string>(chat.page, extensionId, readAll);
  expect(stored).toContain('"oauth"');
  expect(JSON.stringify(await rawLocal(serviceWorker))).not.toContain('refresh_token');
  for (const token of tokens) expect(stored).not.toContain(token);
  expect(JSON.stringify(await storedOAuth(serviceWorker))).toContain(tokens[0] as string);
});
