import { describe, expect, it } from 'vitest';
import { browserPlaces, clientFiles, places } from './paths';

describe('places', () => {
  it('follows each platform’s per-user folders', () => {
    expect(places('linux', {}, '/home/u')).toEqual({
      config: '/home/u/.config/mcp-switchboard-companion/config.json',
      program: '/home/u/.local/share/mcp-switchboard-companion',
    });
    expect(places('linux', { XDG_CONFIG_HOME: '/c', XDG_DATA_HOME: '/d' }, '/home/u')).toEqual({
      config: '/c/mcp-switchboard-companion/config.json',
      program: '/d/mcp-switchboard-companion',
    });
    expect(places('darwin', {}, '/Users/u').config).toBe(
      '/Users/u/Library/Application Support/MCP Switchboard Companion/config.json',
    );
    expect(
      places('win32', { APPDATA: 'C:\\U\\Roaming', LOCALAPPDATA: 'C:\\U\\Local' }, 'C:\\U'),
    ).toEqual({
      config: 'C:\\U\\Roaming\\MCP Switchboard Companion\\config.json',
      program: 'C:\\U\\Local\\MCP Switchboard Companion',
    });
  });

  it('puts both in one folder when told to', () => {
    expect(places('linux', { MCP_SWITCHBOARD_COMPANION_HOME: '/t' }, '/home/u')).toEqual({
      config: '/t/config.json',
      program: '/t',
    });
    expect(places('linux', {}, '/home/u', '/o').program).toBe('/o');
  });
});

describe('browserPlaces', () => {
  it('names each browser’s host manifest folder on Linux and macOS', () => {
    const linux = Object.fromEntries(
      browserPlaces('linux', {}, '/h').map((b) => [b.id, b.manifestDir]),
    );
    expect(linux).toEqual({
      chrome: '/h/.config/google-chrome/NativeMessagingHosts',
      chromium: '/h/.config/chromium/NativeMessagingHosts',
      edge: '/h/.config/microsoft-edge/NativeMessagingHosts',
      brave: '/h/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts',
      firefox: '/h/.mozilla/native-messaging-hosts',
    });
    const mac = browserPlaces('darwin', {}, '/U').find((b) => b.id === 'edge');
    expect(mac?.manifestDir).toBe(
      '/U/Library/Application Support/Microsoft Edge/NativeMessagingHosts',
    );
  });

  it('names a key under HKCU for each browser on Windows', () => {
    const keys = browserPlaces('win32', {}, 'C:\\U').map((b) => b.registryKey);
    expect(keys).toEqual([
      'HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\com.mcp_switchboard.companion',
      'HKCU\\Software\\Chromium\\NativeMessagingHosts\\com.mcp_switchboard.companion',
      'HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\com.mcp_switchboard.companion',
      'HKCU\\Software\\BraveSoftware\\Brave-Browser\\NativeMessagingHosts\\com.mcp_switchboard.companion',
      'HKCU\\Software\\Mozilla\\NativeMessagingHosts\\com.mcp_switchboard.companion',
    ]);
  });
});

it('knows where Claude Desktop, Cursor, VS Code and Claude Code keep their servers', () => {
  expect(clientFiles('darwin', {}, '/U').map((f) => f.file)).toEqual([
    '/U/Library/Application Support/Claude/claude_desktop_config.json',
    '/U/.cursor/mcp.json',
    '/U/Library/Application Support/Code/User/mcp.json',
    '/U/.claude.json',
  ]);
});
