// Where the companion keeps its config and program, where each browser looks for a native-messaging
// host, and where other MCP clients keep their server lists: per OS, for the current user only.
import path from 'node:path';
import { COMPANION_HOST } from '../../../src/shared/companion/version';

export type Platform = 'linux' | 'darwin' | 'win32';
export type Env = Readonly<Record<string, string | undefined>>;

/** Overrides the folder of both the config and the program (tests, portable installs). */
export const HOME_VARIABLE = 'MCP_SWITCHBOARD_COMPANION_HOME';

export interface Places {
  /** The companion's own config file: the only list of commands it runs. */
  config: string;
  /** Where `install` copies the program and its launcher. */
  program: string;
}

const join = (platform: Platform, ...parts: string[]) =>
  (platform === 'win32' ? path.win32 : path.posix).join(...parts);

/** Windows' per-user folders, with the usual defaults when the variables are missing. */
const appData = (env: Env, home: string) =>
  env.APPDATA ?? join('win32', home, 'AppData', 'Roaming');
const localAppData = (env: Env, home: string) =>
  env.LOCALAPPDATA ?? join('win32', home, 'AppData', 'Local');

export function places(platform: Platform, env: Env, home: string, override?: string): Places {
  const own = override ?? env[HOME_VARIABLE];
  if (own) return { config: join(platform, own, 'config.json'), program: own };
  switch (platform) {
    case 'win32':
      return {
        config: join(platform, appData(env, home), 'MCP Switchboard Companion', 'config.json'),
        program: join(platform, localAppData(env, home), 'MCP Switchboard Companion'),
      };
    case 'darwin': {
      const dir = join(
        platform,
        home,
        'Library',
        'Application Support',
        'MCP Switchboard Companion',
      );
      return { config: join(platform, dir, 'config.json'), program: dir };
    }
    default:
      return {
        config: join(
          platform,
          env.XDG_CONFIG_HOME ?? join(platform, home, '.config'),
          'mcp-switchboard-companion',
          'config.json',
        ),
        program: join(
          platform,
          env.XDG_DATA_HOME ?? join(platform, home, '.local', 'share'),
          'mcp-switchboard-companion',
        ),
      };
  }
}

export const BROWSER_IDS = ['chrome', 'chromium', 'edge', 'brave', 'firefox'] as const;
export type BrowserId = (typeof BROWSER_IDS)[number];

export interface BrowserPlace {
  id: BrowserId;
  name: string;
  family: 'chromium' | 'firefox';
  /** Its per-user data folder: present once the browser has run for this user. */
  profile: string;
  /** Linux and macOS: the folder it reads host manifests from. */
  manifestDir?: string;
  /** Windows: the HKCU key whose default value names the host manifest. */
  registryKey?: string;
}

type Spec = [
  BrowserId,
  string,
  linux: string,
  mac: string,
  windowsData: string,
  windowsKey: string,
];

const SPECS: Spec[] = [
  ['chrome', 'Google Chrome', 'google-chrome', 'Google/Chrome', 'Google/Chrome', 'Google\\Chrome'],
  ['chromium', 'Chromium', 'chromium', 'Chromium', 'Chromium', 'Chromium'],
  [
    'edge',
    'Microsoft Edge',
    'microsoft-edge',
    'Microsoft Edge',
    'Microsoft/Edge',
    'Microsoft\\Edge',
  ],
  [
    'brave',
    'Brave',
    'BraveSoftware/Brave-Browser',
    'BraveSoftware/Brave-Browser',
    'BraveSoftware/Brave-Browser',
    'BraveSoftware\\Brave-Browser',
  ],
];

export function browserPlaces(platform: Platform, env: Env, home: string): BrowserPlace[] {
  const j = (...parts: string[]) => join(platform, ...parts);
  const support = j(home, 'Library', 'Application Support');
  const chromium = SPECS.map(([id, name, linux, mac, winData, winKey]): BrowserPlace => {
    if (platform === 'win32')
      return {
        id,
        name,
        family: 'chromium',
        profile: j(localAppData(env, home), ...winData.split('/'), 'User Data'),
        registryKey: `HKCU\\Software\\${winKey}\\NativeMessagingHosts\\${COMPANION_HOST}`,
      };
    const profile =
      platform === 'darwin'
        ? j(support, ...mac.split('/'))
        : j(home, '.config', ...linux.split('/'));
    return {
      id,
      name,
      family: 'chromium',
      profile,
      manifestDir: j(profile, 'NativeMessagingHosts'),
    };
  });
  const firefox: BrowserPlace =
    platform === 'win32'
      ? {
          id: 'firefox',
          name: 'Firefox',
          family: 'firefox',
          profile: j(appData(env, home), 'Mozilla', 'Firefox'),
          registryKey: `HKCU\\Software\\Mozilla\\NativeMessagingHosts\\${COMPANION_HOST}`,
        }
      : platform === 'darwin'
        ? {
            id: 'firefox',
            name: 'Firefox',
            family: 'firefox',
            profile: j(support, 'Firefox'),
            manifestDir: j(support, 'Mozilla', 'NativeMessagingHosts'),
          }
        : {
            id: 'firefox',
            name: 'Firefox',
            family: 'firefox',
            profile: j(home, '.mozilla'),
            manifestDir: j(home, '.mozilla', 'native-messaging-hosts'),
          };
  return [...chromium, firefox];
}

export interface ClientFile {
  app: string;
  file: string;
}

/** The user-wide server lists of Claude Desktop, Cursor, VS Code and Claude Code. */
export function clientFiles(platform: Platform, env: Env, home: string): ClientFile[] {
  const j = (...parts: string[]) => join(platform, ...parts);
  const settings =
    platform === 'win32'
      ? appData(env, home)
      : platform === 'darwin'
        ? j(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? j(home, '.config'));
  return [
    { app: 'Claude Desktop', file: j(settings, 'Claude', 'claude_desktop_config.json') },
    { app: 'Cursor', file: j(home, '.cursor', 'mcp.json') },
    { app: 'VS Code', file: j(settings, 'Code', 'User', 'mcp.json') },
    { app: 'Claude Code', file: j(home, '.claude.json') },
  ];
}
