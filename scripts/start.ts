// `npm start`: the newcomer's demo. Builds the extension, starts server-everything on 127.0.0.1,
// launches Chromium with the extension and that server configured, and opens a demo chat page
// with a scripted model. With a display you try the tool call by hand; without one (no DISPLAY
// on Linux), or with `--headless`, the demo does it itself, prints each step, saves a screenshot
// and exits. `npm test` runs it that way (`--headless --skip-build`), bounded in time.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMcpServer } from '../e2e/fixtures/servers/mcp-servers';
import { ChatPage } from '../e2e/pages/chat-page';
import { routeChatSite } from '../e2e/sites/build';
import { findChromium, launchWithExtension } from '../e2e/support/chromium';
import { chatgpt } from '../src/content/adapters/chatgpt';

const root = resolve(import.meta.dirname, '..');
const flags = new Set(process.argv.slice(2));
const headless = flags.has('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
/** A headless demo that has not finished by then has failed: it never waits for a person. */
const HEADLESS_LIMIT_MS = 120_000;
const step = (text: string) => console.log(`• ${text}`);

async function main(): Promise<void> {
  const chromium = findChromium();
  step(`Chromium: ${chromium}`);
  if (flags.has('--skip-build')) {
    step('Using the extension already built in dist/');
  } else {
    step('Building the extension…');
    execFileSync(
      process.execPath,
      [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
  }

  const server = await startMcpServer('everything-streamable');
  step(`MCP server (server-everything, Streamable HTTP): ${server.url}`);
  const browser = await launchWithExtension({ headless });
  step(
    `Chromium started ${headless ? 'headless ' : ''}with the extension (id ${browser.extensionId})`,
  );
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.stop();
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const added = await options.evaluate(
      (url) =>
        chrome.runtime.sendMessage({ type: 'servers.add', payload: { url, name: 'everything' } }),
      server.url,
    );
    if (!added?.ok) throw new Error(`Adding the server failed: ${added?.error?.message}`);
    // The server's own entry and its state attribute: words elsewhere on the page can contain
    // "connected" too ("… once it is connected").
    const entry = options
      .getByRole('list', { name: 'Servers' })
      .locator(`[data-server-id="${added.value.server.id}"]`);
    await entry.locator('.status[data-state="connected"]').waitFor({ timeout: 20_000 });
    const tools = await entry.locator('.tool-count').textContent();
    step(`Server "everything" added and connected: ${tools}`);

    await routeChatSite(browser.context, 'chatgpt');
    const chat = await ChatPage.open(
      browser.context.pages()[0] ?? (await browser.context.newPage()),
      chatgpt,
    );
    await chat.page.bringToFront();
    step('Demo chat open at https://chatgpt.com/ (a local page with a scripted model)');

    if (!headless) {
      console.log(
        '\nIn the chat: type any message and press Enter. The reply asks for the echo tool;',
      );
      console.log(
        'press Run on its card, then send the result. Close the browser to end the demo.',
      );
      await new Promise<void>((done) => browser.context.on('close', () => done()));
      step('Browser closed: demo over.');
      return;
    }

    await chat.send('Please echo something for me');
    step('Sent a message; the scripted model streams a reply with a tool call');
    // The card's phase is on its open host; what it shows is read through its closed root.
    const card = chat.page.locator('[data-mcp-switchboard-card]').first();
    await card.and(chat.page.locator('[data-phase="ready"]')).waitFor({ timeout: 20_000 });
    const ready = await chat.cards.read();
    if (!ready) throw new Error('The tool card went away before it could be read');
    step(`Card shows tool "${ready.tool}" with arguments ${ready.args.replace(/\s+/g, ' ')}`);
    await chat.cards.click('run');
    step('Clicked Run');
    const ended = chat.page.locator('[data-phase="done"], [data-phase="failed"]');
    await card.and(ended).waitFor({ timeout: 30_000 });
    const done = await chat.cards.read();
    if (done?.status !== 'Done') throw new Error(`The tool call failed: ${done?.message}`);
    step(`Result: ${done.result}`);
    step(`Composer now holds: ${(await chat.editorText()).split('\n').join(' ⏎ ')}`);
    const dir = resolve(root, 'test-results');
    mkdirSync(dir, { recursive: true });
    const shot = resolve(dir, 'demo-chat.png');
    await chat.page.screenshot({ path: shot, fullPage: true });
    step(`Screenshot saved: ${shot.slice(root.length + 1)}`);
    console.log('\nDemo complete.');
  } finally {
    await stop();
  }
}

const fail = (error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
};
if (headless) {
  setTimeout(
    () => fail(new Error(`the headless demo took longer than ${HEADLESS_LIMIT_MS / 1000} s`)),
    HEADLESS_LIMIT_MS,
  ).unref();
}
main().then(() => process.exit(0), fail);
