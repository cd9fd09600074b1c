// The local servers other MCP clients list for this user (Claude Desktop, Cursor, VS Code, Claude
// Code), which `adopt` can copy into the companion's config. Only read, never changed.
import { readFile } from 'node:fs/promises';
import type { ConfigProblem } from '../../../src/shared/companion/protocol';
import type { ClientFile } from './paths';
import { readServerList, type ServerDefinition } from './read-servers';

export interface Found extends ServerDefinition {
  app: string;
  file: string;
}

export async function findServers(
  files: readonly ClientFile[],
): Promise<{ found: Found[]; problems: ConfigProblem[] }> {
  const found: Found[] = [];
  const problems: ConfigProblem[] = [];
  for (const { app, file } of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      // Not there: that app is not used here.
      continue;
    }
    const read = readServerList(text);
    found.push(...read.servers.map((server) => ({ ...server, app, file })));
    problems.push(...read.problems.map((message) => ({ file, message: `${app}: ${message}` })));
  }
  return { found, problems };
}
