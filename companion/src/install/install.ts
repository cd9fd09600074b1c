// `install` and `uninstall`: the program and its launcher in a per-user folder, and a host
// manifest for each browser this user has (Linux and macOS: a file in the browser's folder;
// Windows: a file, named by a key under HKCU). No root, nothing outside the user's own folders.
// It runs on the platform it installs for, so files are placed with that platform's `path`.
import {
  chmod,
  copyFile,
  mkdir,
  readdir,
  readFile,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { COMPANION_HOST } from '../../../src/shared/companion/version';
import {
  BROWSER_IDS,
  type BrowserId,
  type BrowserPlace,
  browserPlaces,
  type Env,
  type Platform,
  places,
} from '../config/paths';
import { launcherName, launcherText } from './launcher';
import { chromiumManifest, firefoxManifest, isOurManifest } from './manifests';

export interface Setup {
  platform: Platform;
  env: Env;
  home: string;
  /** `--home`: config and program in this folder. */
  homeOverride?: string;
  /** Runs `reg` with these arguments (Windows only). */
  registry(args: string[]): Promise<void>;
}

export interface InstallOptions extends Setup {
  /** `--manifest-dir`: write the Chromium manifest there only (a test profile's folder). */
  manifestDir?: string;
  /** `--browser`: these, whether or not they seem installed. */
  browsers?: BrowserId[];
  extensionIds: readonly string[];
  firefoxIds: readonly string[];
  /** The Node binary the launcher runs. */
  node: string;
  /** The built companion, copied next to the launcher. */
  bundle: string;
}

export const PROGRAM_FILE = 'companion.mjs';
const hostFile = `${COMPANION_HOST}.json`;
const windowsManifest = (family: BrowserPlace['family']) => `${family}-host.json`;

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** Returns what it wrote, one line each, for the user to read. */
export async function install(options: InstallOptions): Promise<string[]> {
  const { platform } = options;
  const where = places(platform, options.env, options.home, options.homeOverride);
  const program = path.join(where.program, PROGRAM_FILE);
  const launcher = path.join(where.program, launcherName(platform));
  await mkdir(where.program, { recursive: true });
  await copyFile(options.bundle, program);
  await writeFile(launcher, launcherText(platform, options.node, program, where.config), 'utf8');
  await chmod(launcher, 0o755);
  const lines = [`program   ${program}`, `launcher  ${launcher}`];
  if (await exists(where.config)) lines.push(`config    ${where.config} (kept as it was)`);
  else {
    await mkdir(path.dirname(where.config), { recursive: true });
    await writeFile(where.config, `${JSON.stringify({ mcpServers: {} }, null, 2)}\n`, {
      mode: 0o600,
    });
    lines.push(`config    ${where.config} (new, no servers yet)`);
  }
  const manifests = {
    chromium: `${JSON.stringify(chromiumManifest(launcher, options.extensionIds), null, 2)}\n`,
    firefox: `${JSON.stringify(firefoxManifest(launcher, options.firefoxIds), null, 2)}\n`,
  };
  if (options.manifestDir) {
    await writeManifest(path.join(options.manifestDir, hostFile), manifests.chromium);
    return [...lines, `manifest  ${path.join(options.manifestDir, hostFile)}`];
  }
  const targets = await chooseBrowsers(options);
  if (targets.length === 0)
    throw new Error(
      `No browser found for this user (looked for ${BROWSER_IDS.join(', ')}). Start your browser once, or name it: --browser chrome`,
    );
  for (const browser of targets) {
    const text = manifests[browser.family];
    if (browser.manifestDir) {
      const file = path.join(browser.manifestDir, hostFile);
      await writeManifest(file, text);
      lines.push(`${browser.name.padEnd(9)} ${file}`);
    } else if (browser.registryKey) {
      const file = path.join(where.program, windowsManifest(browser.family));
      await writeManifest(file, text);
      await options.registry(['add', browser.registryKey, '/ve', '/t', 'REG_SZ', '/d', file, '/f']);
      lines.push(`${browser.name.padEnd(9)} ${browser.registryKey} → ${file}`);
    }
  }
  return lines;
}

async function writeManifest(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

async function chooseBrowsers(options: InstallOptions): Promise<BrowserPlace[]> {
  const all = browserPlaces(options.platform, options.env, options.home);
  if (options.browsers?.length) return all.filter((b) => options.browsers!.includes(b.id));
  const present = await Promise.all(all.map((b) => exists(b.profile)));
  return all.filter((_, i) => present[i]);
}

/** Removes every manifest and registry key of ours and the program; keeps the config file. */
export async function uninstall(options: Setup & { manifestDir?: string }): Promise<string[]> {
  const { platform } = options;
  const where = places(platform, options.env, options.home, options.homeOverride);
  const lines: string[] = [];
  const dirs = browserPlaces(platform, options.env, options.home).flatMap(
    (b) => b.manifestDir ?? [],
  );
  for (const dir of options.manifestDir ? [options.manifestDir, ...dirs] : dirs) {
    const file = path.join(dir, hostFile);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined || !isOurManifest(text)) continue;
    await rm(file);
    lines.push(`removed   ${file}`);
  }
  if (platform === 'win32') {
    for (const browser of browserPlaces(platform, options.env, options.home)) {
      // A key that is not there makes `reg delete` fail: there was nothing to remove.
      const removed = await options.registry(['delete', browser.registryKey!, '/f']).then(
        () => true,
        () => false,
      );
      if (removed) lines.push(`removed   ${browser.registryKey}`);
    }
  }
  const ours = [
    PROGRAM_FILE,
    launcherName(platform),
    windowsManifest('chromium'),
    windowsManifest('firefox'),
  ];
  for (const name of ours) {
    const file = path.join(where.program, name);
    if (!(await exists(file))) continue;
    await rm(file);
    lines.push(`removed   ${file}`);
  }
  if ((await readdir(where.program).catch(() => ['?'])).length === 0) await rmdir(where.program);
  if (await exists(where.config))
    lines.push(`kept      ${where.config} (your servers; delete it yourself if you want)`);
  return lines;
}
