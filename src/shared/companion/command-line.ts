// A local server's command line as the settings page and the import preview show it, quoted for a
// POSIX shell; and the terminal commands that put a server into the companion's config.
import { shellQuote } from '../backup/local-bridge';
import { COMPANION_PACKAGE } from './version';

export function commandLine(command: string, args: readonly string[] = []): string {
  return [command, ...args].map(shellQuote).join(' ');
}

/** `npx … add NAME -- command args`, with a `--env NAME=…` to fill in for each variable. */
export function addCommand(
  name: string,
  command: string,
  args: readonly string[],
  env: readonly string[] = [],
): string {
  const vars = env.map((key) => `--env ${shellQuote(`${key}=…`)}`);
  return [
    'npx',
    COMPANION_PACKAGE,
    'add',
    shellQuote(name),
    ...vars,
    '--',
    commandLine(command, args),
  ].join(' ');
}

export function adoptCommand(name: string): string {
  return `npx ${COMPANION_PACKAGE} adopt ${shellQuote(name)}`;
}

export const INSTALL_COMMAND = `npx ${COMPANION_PACKAGE} install`;
