// Bundles the companion into one file that runs on plain Node 20: `install` copies that file to a
// per-user folder, so it keeps working whatever happens to this checkout or npx's cache.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/**
 * `protocol` and `version` build a companion that says other numbers than this checkout's: the
 * e2e tests use it to meet a companion of another version.
 */
export async function buildCompanion({
  outfile = here('dist/companion.mjs'),
  protocol,
  version,
} = {}) {
  const other = {
    name: 'other-version',
    setup(b) {
      b.onLoad({ filter: /companion[\\/]version\.ts$/ }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(
          /COMPANION_PROTOCOL = \d+/,
          `COMPANION_PROTOCOL = ${protocol}`,
        ),
        loader: 'ts',
      }));
      b.onLoad({ filter: /companion[\\/]package\.json$/ }, async (args) => ({
        contents: JSON.stringify({ ...JSON.parse(await readFile(args.path, 'utf8')), version }),
        loader: 'json',
      }));
    },
  };
  await build({
    entryPoints: [here('src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // cross-spawn is CommonJS and requires Node's modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: protocol === undefined ? [] : [other],
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCompanion();
