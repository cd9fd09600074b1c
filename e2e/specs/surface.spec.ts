// The extension's surface (SECURITY.md, issue #6): a strict CSP on its pages and worker, nothing
// a web page can load to fingerprint it, and the per-server switch that sends the extension's
// requests without an Origin — for the extension's own requests only, never a page's.
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { CHAT_SITES, sitePatterns } from '../../src/shared/sites';
import { expect, test } from '../fixtures/extension';
import { type ScriptedServer, startScriptedServer } from '../fixtures/servers/scripted-server';
import { ConnectionTestReport } from '../pages/connection-test';
import type { OptionsPage } from '../pages/options-page';
import { callScript } from '../sites/scripts';
import { DIST } from '../support/chromium';

/** Only the chat sites may frame an extension page, and of those only the consent page is
 * web-accessible (the manifest's web_accessible_resources). */
const CHAT_ORIGINS = CHAT_SITES.flatMap((site) => site.origins);
const CSP = `script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self' ${CHAT_ORIGINS.join(' ')}`;
const SWITCH = 'Send requests without the Origin header';

const started: ScriptedServer[] = [];
test.afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});

/** Every file of the built extension, as a path inside it. */
function builtFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? builtFiles(join(dir, entry.name))
      : [relative(DIST, join(dir, entry.name)).split('\\').join('/')],
  );
}

/** What a page gets for each of these extension URLs: by fetch, and as a script element. */
function probe(page: Page, extensionId: string, paths: string[]) {
  return page.evaluate(
    async ({ extensionId, paths }) => {
      const results: Record<string, string> = {};
      for (const path of paths) {
        const url = `chrome-extension://${extensionId}/${path}`;
        const fetched = await fetch(url).then(
          (r) => `fetched ${r.status}`,
          () => 'refused',
        );
        const loaded = await new Promise<string>((done) => {
          const script = document.createElement('script');
          script.src = url;
          script.onload = () => done('loaded');
          script.onerror = () => done('refused');
          document.head.append(script);
        });
        results[path] = `${fetched}, ${loaded}`;
      }
      return results;
    },
    { extensionId, paths },
  );
}

/**
 * `eval` and `new Function` in a task of their own (code the test's own evaluation runs is exempt
 * from the CSP): what each did, 'ran' or the error's name.
 */
const tryCodeFromStrings = () =>
  new Promise<string[]>((done) =>
    setTimeout(() =>
      done(
        // biome-ignore lint/security/noGlobalEval: the CSP must refuse it
        [() => eval('1'), () => new Function('return 1')()].map((attempt) => {
          try {
            attempt();
            return 'ran';
          } catch (error) {
            return (error as Error).name;
          }
        }),
      ),
    ),
  );

/** An inline script and a `javascript:` link in an extension page: the violation, and whether either ran. */
const tryInline = (page: Page) =>
  page.evaluate(async () => {
    const w = window as { inlineRan?: boolean };
    const violation = new Promise<string>((done) =>
      document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    const link = document.createElement('a');
    link.href = 'javascript:window.inlineRan = true';
    document.body.append(link);
    link.click();
    return { directive: await violation, ran: w.inlineRan === true };
  });

test('the built manifest asks for a strict CSP, and extension pages and the worker cannot run inline or generated code', async ({
  openOptions,
  openPopup,
  serviceWorker,
}) => {
  const options = await openOptions();
  const manifest = await options.page.evaluate(() => chrome.runtime.getManifest());
  const policy = manifest.content_security_policy as { extension_pages?: string };
  expect(policy.extension_pages?.split(' ').sort()).toEqual(CSP.split(' ').sort());
  // The host-access form of declarativeNetRequest: no install warning, unlike the plain one.
  expect(manifest.permissions).toContain('declarativeNetRequestWithHostAccess');
  expect(manifest.permissions).not.toContain('declarativeNetRequest');

  const refused = { directive: 'script-src-elem', ran: false };
  const noCodeFromStrings = ['EvalError', 'EvalError'];
  expect(await tryInline(options.page)).toEqual(refused);
  expect(await options.page.evaluate(tryCodeFromStrings)).toEqual(noCodeFromStrings);
  // The pages still work under it: the settings page shows its form, the popup its heading.
  await expect(options.page.getByRole('form', { name: 'Add a server' })).toBeVisible();
  const popup = await openPopup();
  expect(await tryInline(popup.page)).toEqual(refused);
  expect(await popup.page.evaluate(tryCodeFromStrings)).toEqual(noCodeFromStrings);
  await expect(popup.page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await serviceWorker.evaluate(tryCodeFromStrings)).toEqual(noCodeFromStrings);
});

test('no extension file can be fetched or loaded by a chat page or a plain page at its address, and the content script still runs', async ({
  scripted,
  openChat,
  extensionId,
  context,
}) => {
  const manifest = await (await context.newPage()).goto(
    `chrome-extension://${extensionId}/manifest.json`,
  );
  const built = (await manifest?.json()) as chrome.runtime.ManifestV3;
  // Only the consent page a card frames, only for the chat sites, and only at its dynamic address
  // (a per-session id no page knows): at the extension's own address it is refused like the rest.
  expect(built.web_accessible_resources).toEqual([
    {
      resources: ['src/consent/index.html'],
      matches: CHAT_SITES.flatMap(sitePatterns).sort(),
      use_dynamic_url: true,
    },
  ]);
  // One classic script, no loader importing chunks (which would have to be web-accessible).
  const contentScripts = built.content_scripts?.flatMap((s) => s.js ?? []) ?? [];
  expect(contentScripts).toEqual(['src/content/index.js']);

  const paths = builtFiles();
  expect(paths).toContain('src/content/index.js');
  const refused = Object.fromEntries(paths.map((path) => [path, 'refused, refused']));

  const server = await scripted({ echo: { kind: 'echo' } });
  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'hi' } }));
  await chat.page.bringToFront();
  expect(await probe(chat.page, extensionId, paths)).toEqual(refused);
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.run();
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'hi' }]);

  await context.route('https://example.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Plain</p>' }),
  );
  await chat.page.goto('https://example.com/');
  expect(await probe(chat.page, extensionId, paths)).toEqual(refused);
});

/** The server's item in the settings page: opens its editor, flips the switch, saves. */
async function setSwitch(options: OptionsPage, name: string, on: boolean): Promise<void> {
  const item = options.servers.item(name);
  await item.getByRole('button', { name: 'Edit' }).click();
  const toggle = item.getByRole('switch', { name: SWITCH });
  await expect(toggle).toHaveAccessibleDescription(/only the extension’s own requests/);
  await toggle.setChecked(on);
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByRole('form')).toHaveCount(0);
}

/**
 * A server on 127.0.0.1 that records the Origin of each request and refuses every one with 403,
 * readable by any page (CORS), as a server checking Origin would.
 */
async function originRecorder(): Promise<{ url: string; origins: string[]; stop(): void }> {
  const origins: string[] = [];
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-private-network', 'true');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    origins.push(req.headers.origin ?? 'none');
    res.writeHead(403).end(`Invalid Origin header: ${req.headers.origin}`);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/mcp`, origins, stop: () => server.close() };
}

test('a server that refuses the extension’s Origin works once its switch is on, for the extension only, and refuses again when it is off', async ({
  openOptions,
  openChat,
  extensionId,
  context,
}) => {
  const server = await startScriptedServer({
    tools: { echo: { kind: 'echo' } },
    allowedOrigins: ['https://app.example'],
  });
  started.push(server);
  const options = await openOptions();
  await options.addServer(server.url, 'guarded');
  await expect(options.servers.error('guarded')).toContainText('HTTP 403');
  expect(server.requests().filter((r) => r.method === 'initialize')).toEqual([]);

  // The connection test names the switch as a way out.
  const item = options.servers.item('guarded');
  const report = ConnectionTestReport.ofServer(item, 'guarded');
  await report.run();
  await expect(report.status).toContainText(`“Origin: chrome-extension://${extensionId}”`);
  await expect(report.status).toContainText(`turn on “${SWITCH}”`);

  await setSwitch(options, 'guarded', true);
  await expect(options.servers.state('guarded')).toHaveText('Connected');
  const stored = (await options.send('servers.list', {})) as {
    value: { servers: { name: string; omitOrigin?: boolean }[] };
  };
  expect(stored.value.servers.find((s) => s.name === 'guarded')?.omitOrigin).toBe(true);

  const chat = await openChat(callScript({ tool: 'echo', arguments: { message: 'through' } }));
  await chat.page.bringToFront();
  await chat.send('go');
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Waiting for you');
  await chat.cards.run();
  await expect.poll(async () => (await chat.cards.read())?.status).toBe('Done');
  expect(server.calls().map((c) => c.arguments)).toEqual([{ message: 'through' }]);

  // A page's own requests keep its Origin, even to a server whose switch is on (added with the
  // switch on here) and with the user's leave to reach local servers.
  const recorder = await originRecorder();
  try {
    await options.addServer(recorder.url, 'recorder', { omitOrigin: true });
    await expect(options.servers.error('recorder')).toContainText('HTTP 403');
    expect(new Set(recorder.origins)).toEqual(new Set(['none']));
    await context.grantPermissions(['local-network-access'], { origin: 'https://chatgpt.com' });
    const answer = await chat.page.evaluate(async (url) => {
      const response = await fetch(url, { method: 'POST', body: '{}' });
      return `${response.status} ${await response.text()}`;
    }, recorder.url);
    expect(answer).toBe('403 Invalid Origin header: https://chatgpt.com');
    expect(recorder.origins.at(-1)).toBe('https://chatgpt.com');
  } finally {
    recorder.stop();
  }

  await options.page.bringToFront();
  await setSwitch(options, 'guarded', false);
  await expect(options.servers.error('guarded')).toContainText('HTTP 403');
  await report.run();
  await expect(report.title()).toHaveText('Access refused');
  expect(server.calls()).toHaveLength(1);
});
