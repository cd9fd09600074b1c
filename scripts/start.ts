// `npm start`: the newcomer's demo. Builds the extension, starts server-everything on 127.0.0.1,
// launches Chromium with the extension and that server configured, and opens a demo chat page
// with a scripted model. With a display you try the tool call by hand; without one (no DISPLAY
// on Linux) the demo does it itself, prints each step, saves a screenshot and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMcpServer } from '../e2e/fixtures/servers/mcp-servers';
import { ChatPage } from '../e2e/pages/chat-page';
import { routeChatSite } from '../e2e/sites/build';
import { findChromium, launchWithExtension } from '../e2e/support/chromium';
import { chatgpt } from '../src/content/adapters/chatgpt';

const root = resolve(import.meta.dirname, '..');
const headless = process.platform === 'linux' && !process.env.DISPLAY;
const step = (text: string) => console.log(`• ${text}`);

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function main(): Promise<void> {
  const chromium = findChromium();
  step(`Chromium: ${chromium}`);
  step('Building the extension…');
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );

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
    await options.evaluate(
      (url) =>
        chrome.runtime.sendMessage({ type: 'servers.add', payload: { url, name: 'everything' } }),
      server.url,
    );
    await options.getByText('Connected').waitFor({ timeout: 20_000 });
    const tools = await options.locator('.tool-count').first().textContent();
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
      return;
    }

    await chat.send('Please echo something for me');
    step('Sent a message; the scripted model streams a reply with a tool call');
    const ready = await until('the tool card', async () => {
      const card = await chat.cards.read();
      return card?.status === 'Waiting for you' ? card : undefined;
    });
    step(`Card shows tool "${ready.tool}" with arguments ${ready.args.replace(/\s+/g, ' ')}`);
    await chat.cards.click('run');
    step('Clicked Run');
    const done = await until('the result', async () => {
      const card = await chat.cards.read();
      return card?.status === 'Done' || card?.status === 'Failed' ? card : undefined;
    });
    if (done.status !== 'Done') throw new Error(`The tool call failed: ${done.message}`);
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

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
