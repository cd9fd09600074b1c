// "Test connection" in the options page against real servers on 127.0.0.1: it says what it found
// and what to do, and saves nothing.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { expect, test } from '../fixtures/extension';
import { getFreePort, startMcpServer } from '../fixtures/servers/mcp-servers';
import { type ScriptedServer, startScriptedServer } from '../fixtures/servers/scripted-server';
import { ConnectionTestReport } from '../pages/connection-test';
import type { OptionsPage } from '../pages/options-page';

const started: ScriptedServer[] = [];
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

async function scripted(options: Parameters<typeof startScriptedServer>[0]) {
  const server = await startScriptedServer(options);
  started.push(server);
  return server;
}

/** Types a URL into the add form and presses Test connection. */
async function testUrl(options: OptionsPage, url: string): Promise<ConnectionTestReport> {
  await options.page.getByRole('form', { name: 'Add a server' }).getByLabel('Server URL').fill(url);
  const report = ConnectionTestReport.ofAddForm(options.page);
  await report.run();
  return report;
}

/** The servers the background holds: a test must leave none behind. */
async function savedServers(options: OptionsPage): Promise<unknown[]> {
  const answer = (await options.send('servers.list', {})) as { value: { servers: unknown[] } };
  return answer.value.servers;
}

/** How many tools the server lists to a client declaring what the extension declares. */
async function toolCount(url: string): Promise<number> {
  const client = new Client(
    { name: 'test-connection-spec', version: '0' },
    { capabilities: { elicitation: { form: {} } } },
  );
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  try {
    return (await client.listTools()).tools.length;
  } finally {
    await client.close();
  }
}

test('on server-everything over Streamable HTTP: connected, with the protocol era and the tool count, and nothing saved', async ({
  openOptions,
  everything,
}) => {
  const options = await openOptions();
  const report = await testUrl(options, everything.url);
  await expect(report.title()).toHaveText('Connected');
  const tools = await toolCount(everything.url);
  await expect(report.status).toContainText(
    /answered over Streamable HTTP with the initialize handshake \(protocol 2025-\d\d-\d\d\)/,
  );
  await expect(report.status).toContainText(`offers ${tools} tools`);
  await expect(report.status).toContainText('mcp-servers/everything');
  expect(await savedServers(options)).toEqual([]);
});

test('on the 2026-07-28 server: says it found the new protocol with server/discover', async ({
  openOptions,
}) => {
  const modern = await startMcpServer('everything-modern');
  try {
    const options = await openOptions();
    const report = await testUrl(options, modern.url);
    await expect(report.title()).toHaveText('Connected');
    await expect(report.status).toContainText(
      'over Streamable HTTP with the 2026-07-28 protocol (found with server/discover)',
    );
  } finally {
    await modern.stop();
  }
});

test('on a port with nothing listening: the connection was refused', async ({ openOptions }) => {
  const port = await getFreePort();
  const options = await openOptions();
  const report = await testUrl(options, `http://127.0.0.1:${port}/mcp`);
  await expect(report.title()).toHaveText('Connection refused');
  await expect(report.status).toContainText(`Nothing is listening at 127.0.0.1:${port}`);
  await expect(report.status).toContainText('Start the server, or check the port.');
});

test('on /sse of a Streamable-only server: suggests /mcp, and Use puts it in the form to add', async ({
  openOptions,
  everything,
}) => {
  const options = await openOptions();
  const wrong = everything.url.replace(/\/mcp$/, '/sse');
  const report = await testUrl(options, wrong);
  await expect(report.title()).toHaveText('Wrong path');
  await expect(report.status).toContainText(
    `No MCP endpoint at /sse (HTTP 404), but ${everything.url} answers as MCP over Streamable HTTP.`,
  );
  await report.suggestionButton(everything.url).click();
  const form = options.page.getByRole('form', { name: 'Add a server' });
  await expect(form.getByLabel('Server URL')).toHaveValue(everything.url);
  await expect(report.title()).toHaveCount(0);
  await form.getByLabel('Name (optional)').fill('everything');
  await form.getByRole('button', { name: 'Add server' }).click();
  await expect(options.servers.state('everything')).toHaveText('Connected');
});

test('on /mcp of an HTTP+SSE-only server: suggests /sse', async ({ openOptions }) => {
  const sse = await startMcpServer('everything-sse');
  try {
    const options = await openOptions();
    const report = await testUrl(options, sse.url.replace(/\/sse$/, '/mcp'));
    await expect(report.title()).toHaveText('Wrong path');
    await expect(report.status).toContainText(`but ${sse.url} answers as MCP over HTTP+SSE.`);
    await expect(report.suggestionButton(sse.url)).toBeVisible();
  } finally {
    await sse.stop();
  }
});

test('a 401 says sign-in is needed; with the token as a header it connects', async ({
  openOptions,
}) => {
  const server = await scripted({ auth: { token: 'secret-1' }, tools: { echo: { kind: 'echo' } } });
  const options = await openOptions();
  const report = await testUrl(options, server.url);
  await expect(report.title()).toHaveText('Sign-in needed');
  await expect(report.status).toContainText('The server needs you to sign in (HTTP 401).');
  await expect(report.status).toContainText('add an Authorization header');

  const form = options.page.getByRole('form', { name: 'Add a server' });
  await form.getByRole('button', { name: /More options/ }).click();
  await form.getByRole('button', { name: 'Add header' }).click();
  await form.getByLabel('Header 1 name').fill('Authorization');
  await form.getByLabel('Header 1 value').fill('Bearer secret-1');
  await report.run();
  await expect(report.title()).toHaveText('Connected');
  await expect(report.status).toContainText('offers 1 tool.');
  expect(server.requests().map((r) => r.authorization)).toContain('Bearer secret-1');
  expect(await savedServers(options)).toEqual([]);
});

test('a 403 from a server that checks the Origin names the extension’s origin and what to allow', async ({
  openOptions,
  extensionId,
}) => {
  const server = await scripted({ allowedOrigins: ['https://app.example'] });
  const options = await openOptions();
  const report = await testUrl(options, server.url);
  await expect(report.title()).toHaveText('Access refused');
  await expect(report.status).toContainText(`“Origin: chrome-extension://${extensionId}”`);
  await expect(report.status).toContainText(
    `It said: “Invalid Origin header: chrome-extension://${extensionId}”`,
  );
  await expect(report.status).toContainText(
    `Allow the origin chrome-extension://${extensionId} in the server's settings`,
  );
});

test('a web page, and JSON that is not JSON-RPC, are not MCP endpoints', async ({
  openOptions,
}) => {
  const server = await scripted({
    pages: {
      '/app': { contentType: 'text/html; charset=utf-8', body: '<!doctype html><p>Welcome</p>' },
      '/api': { contentType: 'application/json', body: '{"hello":"world"}' },
    },
  });
  const origin = new URL(server.url).origin;
  const options = await openOptions();
  const page = await testUrl(options, `${origin}/app`);
  await expect(page.title()).toHaveText('Not an MCP endpoint');
  await expect(page.status).toContainText(`${origin}/app serves a web page, not an MCP endpoint.`);
  const json = await testUrl(options, `${origin}/api`);
  await expect(json.status).toContainText(
    `${origin}/api answered, but not with JSON-RPC, so it is not MCP.`,
  );
});

test('on a saved server: tests with its saved header values, and can test an edit before saving', async ({
  openOptions,
}) => {
  const server = await scripted({ auth: { token: 'kept' }, tools: { echo: { kind: 'echo' } } });
  const options = await openOptions();
  await options.addServer(server.url, 'guarded', {
    headers: { Authorization: 'Bearer kept' },
  });
  await expect(options.servers.state('guarded')).toHaveText('Connected');
  const item = options.servers.item('guarded');
  const report = ConnectionTestReport.ofServer(item, 'guarded');
  const before = server.requests().filter((r) => r.method === 'initialize').length;
  await report.run();
  await expect(report.title()).toHaveText('Connected');
  const initializes = server.requests().filter((r) => r.method === 'initialize');
  expect(initializes.length).toBe(before + 1);
  expect(initializes.at(-1)?.authorization).toBe('Bearer kept');

  // An edited URL is tested as typed, and not saved until Save.
  const port = await getFreePort();
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByRole('form').getByLabel('Server URL').fill(`http://127.0.0.1:${port}/mcp`);
  await report.run();
  await expect(report.title()).toHaveText('Connection refused');
  const saved = (await savedServers(options)) as { url: string }[];
  expect(saved.map((s) => s.url)).toEqual([server.url]);
});
