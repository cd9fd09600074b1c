#!/usr/bin/env node
// Runs the built companion (dist/companion.mjs, one self-contained file that `install` copies).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/companion.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'The companion is not built: run `npm ci` in the repository (or `npm run build -w companion`).\n',
  );
  process.exit(1);
}
await import(bundle.href);
