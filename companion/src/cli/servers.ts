// `add`, `remove`, `list` and `adopt`: the companion's server list, edited from a terminal only.
import type { ConfigProblem } from '../../../src/shared/companion/protocol';
import { editConfig, entryOf, loadConfig } from '../config/config-file';
import { findServers } from '../config/found';
import type { ClientFile } from '../config/paths';
import type { ServerDefinition } from '../config/read-servers';
import { type Args, single, UsageError } from './args';

export interface ServersContext {
  config: string;
  clientFiles: readonly ClientFile[];
  print(line: string): void;
}

const commandLine = (s: Pick<ServerDefinition, 'command' | 'args'>) =>
  [s.command, ...s.args].map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : JSON.stringify(w))).join(' ');

export async function add(args: Args, ctx: ServersContext): Promise<void> {
  const [name, ...extra] = args.names;
  const [command, ...rest] = args.program;
  if (!name || extra.length > 0 || !command)
    throw new UsageError('Usage: add NAME [--env KEY=VALUE]… [--cwd DIR] -- COMMAND [ARGS…]');
  const env: Record<string, string> = {};
  for (const pair of args.values.env ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--env ${pair}: write it as KEY=VALUE.`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const cwd = single(args, 'cwd');
  const server = { command, args: rest, env, ...(cwd ? { cwd } : {}) };
  const saved = await editConfig(ctx.config, (servers) => {
    if (name in servers && !args.flags.has('force'))
      throw new UsageError(`${name} is already in ${ctx.config}. Add --force to replace it.`);
    servers[name] = entryOf(server);
  });
  ctx.print(`Added ${name}: ${commandLine(server)}`);
  if (saved.note) ctx.print(saved.note);
  ctx.print("In MCP Switchboard's settings, under Local servers, choose Add next to it.");
}

export async function remove(args: Args, ctx: ServersContext): Promise<void> {
  const [name] = args.names;
  if (!name || args.names.length > 1) throw new UsageError('Usage: remove NAME');
  let found = false;
  await editConfig(ctx.config, (servers) => {
    found = name in servers;
    delete servers[name];
  });
  ctx.print(
    found ? `Removed ${name} from ${ctx.config}.` : `${ctx.config} has no server named ${name}.`,
  );
}

export async function list(ctx: ServersContext): Promise<void> {
  const own = await loadConfig(ctx.config);
  ctx.print(`${ctx.config}:`);
  if (own.servers.length === 0) ctx.print('  no servers yet (add one: add NAME -- COMMAND ARGS…)');
  for (const s of own.servers) ctx.print(`  ${s.name}: ${commandLine(s)}`);
  printProblems(
    own.problems.map((message) => ({ file: ctx.config, message })),
    ctx,
  );
  const { found, problems } = await findServers(ctx.clientFiles);
  const names = new Set(own.servers.map((s) => s.name));
  const others = found.filter((f) => !names.has(f.name));
  if (others.length > 0) ctx.print('Found in other apps (adopt NAME to use one):');
  for (const f of others) ctx.print(`  ${f.name} (${f.app}): ${commandLine(f)}`);
  printProblems(problems, ctx);
}

export async function adopt(args: Args, ctx: ServersContext): Promise<void> {
  const { found, problems } = await findServers(ctx.clientFiles);
  const wanted = args.flags.has('all') ? [...new Set(found.map((f) => f.name))] : args.names;
  if (wanted.length === 0) {
    await list(ctx);
    return;
  }
  const picks = wanted.map((name) => {
    const matches = found.filter((f) => f.name === name);
    if (matches.length === 0)
      throw new UsageError(`No app here lists a local server named ${name}.`);
    // Several apps may list one name; the first in the order of clientFiles is taken, and said.
    return matches[0]!;
  });
  const saved = await editConfig(ctx.config, (servers) => {
    for (const pick of picks) {
      if (pick.name in servers && !args.flags.has('force'))
        throw new UsageError(
          `${pick.name} is already in ${ctx.config}. Add --force to replace it.`,
        );
      servers[pick.name] = entryOf({ ...pick, from: pick.file });
    }
  });
  for (const pick of picks)
    ctx.print(`Adopted ${pick.name} from ${pick.app} (${pick.file}): ${commandLine(pick)}`);
  if (saved.note) ctx.print(saved.note);
  printProblems(problems, ctx);
}

function printProblems(problems: readonly ConfigProblem[], ctx: ServersContext): void {
  for (const p of problems) ctx.print(`  ! ${p.file}: ${p.message}`);
}
