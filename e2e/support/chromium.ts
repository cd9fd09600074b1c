// Launches Chromium with the unpacked extension: used by the e2e fixtures and by `npm start`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

/** The built extension; EXTENSION_DIST points elsewhere (parallel work builds into its own folder). */
export const DIST = process.env.EXTENSION_DIST
  ? resolve(process.env.EXTENSION_DIST)
  : resolve(import.meta.dirname, '..', '..', 'dist');

/** Flags for this machine's closed network and headless use (see DESIGN.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** `CHROME_PATH` if set, else the system Chromium; a clear error if there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  headless: boolean;
  dist?: string;
  /** A profile folder prepared beforehand (e.g. with a native host manifest); removed on close. */
  profile?: string;
}): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No built extension in ${dist}. Run npm run build first.`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'mcp-switchboard-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless,
    viewport: { width: 1200, height: 860 },
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
