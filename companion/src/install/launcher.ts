// The small script a host manifest names: browsers start it with no shell and a bare environment,
// so it names the Node that ran `install` and the config file by their full paths.
import type { Platform } from '../config/paths';

const sh = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
/** cmd.exe: double quotes, and % doubled so a path is never read as a variable. */
const cmd = (text: string) => `"${text.replaceAll('%', '%%')}"`;

export function launcherName(platform: Platform): string {
  return platform === 'win32' ? 'mcp-switchboard-companion.cmd' : 'mcp-switchboard-companion.sh';
}

export function launcherText(
  platform: Platform,
  node: string,
  program: string,
  config: string,
): string {
  if (platform === 'win32')
    return `@echo off\r\n${cmd(node)} ${cmd(program)} host --config ${cmd(config)} %*\r\n`;
  return `#!/bin/sh\nexec ${sh(node)} ${sh(program)} host --config ${sh(config)} "$@"\n`;
}
