// The command line: `<command> [NAME…] [--option value…] [-- program args…]`.
import { parseArgs } from 'node:util';

export interface Args {
  command: string;
  names: string[];
  /** Every value of each option, in order (`--env A=1 --env B=2`). */
  values: Record<string, string[]>;
  flags: Set<string>;
  /** After `--`: the program and its arguments, taken as they are. */
  program: string[];
}

const VALUE_OPTIONS = [
  'browser',
  'extension-id',
  'firefox-id',
  'home',
  'manifest-dir',
  'env',
  'cwd',
  'config',
];
const FLAGS = ['all', 'force', 'help', 'version'];

export class UsageError extends Error {}

export function parseCommandLine(argv: readonly string[]): Args {
  const split = argv.indexOf('--');
  const own = split === -1 ? [...argv] : argv.slice(0, split);
  const program = split === -1 ? [] : argv.slice(split + 1);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: own,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(VALUE_OPTIONS.map((o) => [o, { type: 'string', multiple: true }])),
        ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'boolean' }])),
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command = 'help', ...names] = parsed.positionals;
  const values: Record<string, string[]> = {};
  const flags = new Set<string>();
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === true) flags.add(key);
    else if (Array.isArray(value)) values[key] = value.map(String);
  }
  return { command, names, values, flags, program };
}

/** The one value of an option given at most once. */
export function single(args: Args, option: string): string | undefined {
  const list = args.values[option] ?? [];
  if (list.length > 1) throw new UsageError(`--${option} can be given once.`);
  return list[0];
}
