import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUR_EXTENSION_ID } from './extension-id';
import { type InstallOptions, install, uninstall } from './install';
import { launcherText } from './launcher';

let home: string;
let bundle: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'companion-home-'));
  bundle = path.join(home, 'bundle.mjs');
  await writeFile(bundle, '// the companion');
});
afterEach(() => rm(home, { recursive: true, force: true }));

const options = (more: Partial<InstallOptions> = {}): InstallOptions => ({
  platform: 'linux',
  env: {},
  home,
  registry: async () => {
    throw new Error('no registry on Linux');
  },
  extensionIds: [OUR_EXTENSION_ID],
  firefoxIds: ['addon@example'],
  node: '/opt/node/bin/node',
  bundle,
  ...more,
});
const read = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('install', () => {
  it('registers with the browsers this user has run, for our extension only', async () => {
    await mkdir(path.join(home, '.config', 'google-chrome'), { recursive: true });
    await mkdir(path.join(home, '.mozilla'), { recursive: true });
    const lines = await install(options());
    const program = path.join(home, '.local/share/mcp-switchboard-companion');
    const launcher = path.join(program, 'mcp-switchboard-companion.sh');
    const chrome = path.join(
      home,
      '.config/google-chrome/NativeMessagingHosts/com.mcp_switchboard.companion.json',
    );
    expect(await read(chrome)).toEqual({
      name: 'com.mcp_switchboard.companion',
      description: 'MCP Switchboard companion: runs the MCP servers listed in its config file',
      path: launcher,
      type: 'stdio',
      allowed_origins: [`chrome-extension://${OUR_EXTENSION_ID}/`],
    });
    const firefox = await read(
      path.join(home, '.mozilla/native-messaging-hosts/com.mcp_switchboard.companion.json'),
    );
    expect(firefox).toMatchObject({ path: launcher, allowed_extensions: ['addon@example'] });
    expect(await exists(path.join(home, '.config/chromium/NativeMessagingHosts'))).toBe(false);
    expect((await stat(launcher)).mode & 0o111).not.toBe(0);
    expect(await readFile(path.join(program, 'companion.mjs'), 'utf8')).toBe('// the companion');
    expect(lines.some((l) => l.startsWith('Google Chrome') && l.endsWith(chrome))).toBe(true);
    expect(await read(path.join(home, '.config/mcp-switchboard-companion/config.json'))).toEqual({
      mcpServers: {},
    });
  });

  it('keeps an existing config file as it is', async () => {
    const config = path.join(home, '.config/mcp-switchboard-companion/config.json');
    await mkdir(path.dirname(config), { recursive: true });
    await writeFile(config, '{"mcpServers": {"mine": {"command": "x"}}}');
    await install(options({ browsers: ['chromium'] }));
    expect(await readFile(config, 'utf8')).toBe('{"mcpServers": {"mine": {"command": "x"}}}');
  });

  it('refuses when it finds no browser, and says how to name one', async () => {
    await expect(install(options())).rejects.toThrow(
      'Start your browser once, or name it: --browser chrome',
    );
  });

  it('writes one manifest into the folder it is given (a test profile)', async () => {
    const dir = path.join(home, 'profile', 'NativeMessagingHosts');
    await install(options({ manifestDir: dir, homeOverride: path.join(home, 'own') }));
    expect((await read(path.join(dir, 'com.mcp_switchboard.companion.json'))).path).toBe(
      path.join(home, 'own', 'mcp-switchboard-companion.sh'),
    );
  });
});

describe('uninstall', () => {
  it('removes our manifests and program, and keeps the config and others’ files', async () => {
    await mkdir(path.join(home, '.config', 'chromium'), { recursive: true });
    await install(options());
    const hosts = path.join(home, '.config/chromium/NativeMessagingHosts');
    await writeFile(path.join(hosts, 'other.host.json'), '{"name": "other.host"}');
    const lines = await uninstall(options());
    expect(await exists(path.join(hosts, 'com.mcp_switchboard.companion.json'))).toBe(false);
    expect(await exists(path.join(hosts, 'other.host.json'))).toBe(true);
    expect(await exists(path.join(home, '.local/share/mcp-switchboard-companion'))).toBe(false);
    expect(await exists(path.join(home, '.config/mcp-switchboard-companion/config.json'))).toBe(
      true,
    );
    expect(lines.at(-1)).toMatch(/^kept {6}.*config\.json \(your servers/);
  });

  it('deletes each browser’s key under HKCU on Windows', async () => {
    const calls: string[][] = [];
    await uninstall({
      ...options({ platform: 'win32', homeOverride: path.join(home, 'own') }),
      registry: async (args) => void calls.push(args),
    });
    expect(calls).toContainEqual([
      'delete',
      'HKCU\\Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts\\com.mcp_switchboard.companion',
      '/f',
    ]);
    expect(calls).toHaveLength(5);
  });
});

describe('launcherText', () => {
  it('starts the host with full paths, quoted for sh and for cmd.exe', () => {
    expect(launcherText('linux', "/it's/node", '/p/companion.mjs', '/c/config.json')).toBe(
      `#!/bin/sh\nexec '/it'\\''s/node' '/p/companion.mjs' host --config '/c/config.json' "$@"\n`,
    );
    expect(launcherText('win32', 'C:\\node.exe', 'C:\\100%\\c.mjs', 'C:\\c.json')).toBe(
      '@echo off\r\n"C:\\node.exe" "C:\\100%%\\c.mjs" host --config "C:\\c.json" %*\r\n',
    );
  });
});
