// The companion's command line: `install`, `uninstall`, `add`, `remove`, `list`, `adopt`, and
// `host`, which is how browsers start it (through the launcher `install` writes).
import { execFile } from 'node:child_process';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FIREFOX_EXTENSION_ID } from '../../src/shared/companion/version';
import packageJson from '../package.json' with { type: 'json' };
import { type Args, parseCommandLine, single, UsageError } from './cli/args';
import { add, adopt, list, remove } from './cli/servers';
import { ConfigError } from './config/config-file';
import { BROWSER_IDS, type BrowserId, clientFiles, type Platform, places } from './config/paths';
import { runHost } from './host/host';
import { isExtensionId, OUR_EXTENSION_ID } from './install/extension-id';
import { install, type Setup, uninstall } from './install/install';

const VERSION = packageJson.version;
const HELP = `MCP Switchboard companion ${VERSION}: runs your local (stdio) MCP servers for the extension.

  install      register it with your browsers (Chrome, Chromium, Edge, Brave, Firefox)
               [--browser NAME]… [--extension-id ID]… [--home DIR]
  uninstall    remove it from your browsers; your config file is kept
  add NAME [--env KEY=VALUE]… [--cwd DIR] [--force] -- COMMAND [ARGS…]
  remove NAME
  list         your servers, and those other apps list
  adopt NAME…  copy servers from Claude Desktop, Cursor, VS Code or Claude Code (--all for all)
`;

const platform = process.platform as Platform;
const print = (line: string): void => void process.stdout.write(`${line}\n`);

function setup(args: Args): Setup {
  return {
    platform,
    env: process.env,
    home: homedir(),
    ...(single(args, 'home') ? { homeOverride: path.resolve(single(args, 'home')!) } : {}),
    registry: async (regArgs) => void (await promisify(execFile)('reg', regArgs)),
  };
}

async function run(args: Args): Promise<void> {
  const base = setup(args);
  const config =
    single(args, 'config') ?? places(platform, base.env, base.home, base.homeOverride).config;
  const servers = { config, clientFiles: clientFiles(platform, base.env, base.home), print };
  switch (args.command) {
    case 'host':
      return host(servers.config, servers.clientFiles);
    case 'install': {
      const extensionIds = [OUR_EXTENSION_ID, ...(args.values['extension-id'] ?? [])];
      const bad = extensionIds.find((id) => !isExtensionId(id));
      if (bad) throw new UsageError(`${bad} is not an extension id (32 letters a to p).`);
      const browsers = args.values.browser ?? [];
      const unknown = browsers.find((b) => !(BROWSER_IDS as readonly string[]).includes(b));
      if (unknown)
        throw new UsageError(`--browser ${unknown}: use one of ${BROWSER_IDS.join(', ')}.`);
      const lines = await install({
        ...base,
        ...(single(args, 'manifest-dir')
          ? { manifestDir: path.resolve(single(args, 'manifest-dir')!) }
          : {}),
        browsers: browsers as BrowserId[],
        extensionIds,
        firefoxIds: [FIREFOX_EXTENSION_ID, ...(args.values['firefox-id'] ?? [])],
        node: process.execPath,
        bundle: fileURLToPath(import.meta.url),
      });
      print(
        `Installed the MCP Switchboard companion ${VERSION} for extension ${extensionIds.join(', ')}:`,
      );
      for (const line of lines) print(`  ${line}`);
      print(
        'Next: add a server (add NAME -- COMMAND ARGS…) or adopt one (adopt), then open Local servers in the extension’s settings.',
      );
      return;
    }
    case 'uninstall': {
      const manifestDir = single(args, 'manifest-dir');
      const lines = await uninstall({
        ...base,
        ...(manifestDir ? { manifestDir: path.resolve(manifestDir) } : {}),
      });
      print(
        lines.length > 0
          ? 'Uninstalled the MCP Switchboard companion:'
          : 'Nothing of the companion was installed.',
      );
      for (const line of lines) print(`  ${line}`);
      return;
    }
    case 'add':
      return add(args, servers);
    case 'remove':
      return remove(args, servers);
    case 'list':
      return list(servers);
    case 'adopt':
      return adopt(args, servers);
    case 'version':
      return print(VERSION);
    case 'help':
      return print(HELP);
    default:
      throw new UsageError(`Unknown command ${args.command}.\n\n${HELP}`);
  }
}

function host(config: string, files: ReturnType<typeof clientFiles>): void {
  const supervisor = runHost({
    configFile: config,
    clientFiles: files,
    version: VERSION,
    input: process.stdin,
    write: (frame) => process.stdout.write(frame),
    done: () => process.exit(0),
  });
  // Writing after the browser closed the port fails with EPIPE; stdin's end stops everything.
  process.stdout.on('error', () => {});
  const quit = () => void supervisor.stopAll().finally(() => process.exit(0));
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, quit);
  process.on('uncaughtException', (error) => {
    process.stderr.write(`mcp-switchboard-companion: ${error.stack ?? error.message}\n`);
    supervisor.killAll();
    process.exit(1);
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    const args = parseCommandLine(argv);
    if (args.flags.has('version')) return print(VERSION);
    if (args.flags.has('help')) return print(HELP);
    await run(args);
  } catch (error) {
    // Usage and config mistakes are the user's to fix: the message, without a stack.
    const known = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(
      `${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
    );
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
