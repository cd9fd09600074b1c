// Small stdio programs for the host's unit tests, written to a temp folder: an echo server that
// answers each JSON-RPC request with its params (or `size` characters), and ones that misbehave.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ECHO = `
let buffer = '';
console.error('echo server ready');
process.stdin.on('data', (chunk) => {
  buffer += chunk;
  for (let i = buffer.indexOf('\\n'); i !== -1; i = buffer.indexOf('\\n')) {
    const message = JSON.parse(buffer.slice(0, i));
    buffer = buffer.slice(i + 1);
    if (message.method === 'exit') process.exit(message.params.code);
    const result = message.params?.size ? { text: 'z'.repeat(message.params.size) } : { echo: message.params };
    process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }) + '\\n');
  }
});
`;

const GARBAGE = `
process.stdout.write('Server starting, hello!\\n');
process.stdout.write('{"not": "json-rpc"}\\n');
setInterval(() => {}, 1000);
`;

/** Starts a grandchild in its own group and says its pid, then waits. */
const PARENT = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.error('grandchild ' + child.pid);
setInterval(() => {}, 1000);
`;

export async function writeTestServers(): Promise<Record<'echo' | 'garbage' | 'parent', string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'companion-servers-'));
  const files = { echo: ECHO, garbage: GARBAGE, parent: PARENT };
  const written: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    written[name] = path.join(dir, `${name}.cjs`);
    await writeFile(written[name], text);
  }
  return written as Record<'echo' | 'garbage' | 'parent', string>;
}

/** Whether a process runs (a zombie waiting to be reaped does not count). Linux only. */
export async function alive(pid: number): Promise<boolean> {
  const { readFile } = await import('node:fs/promises');
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && !/^\d+ \(.*\) Z /.test(stat);
}
