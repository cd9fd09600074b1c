// Builds the extension and the companion once before the e2e run, so every test loads the code
// under test.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '..');
  // EXTENSION_DIST lets parallel runs build into folders of their own.
  const outDir = process.env.EXTENSION_DIST
    ? ['--outDir', resolve(process.env.EXTENSION_DIST)]
    : [];
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', ...outDir],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [resolve(root, 'companion/build.mjs')], { stdio: 'inherit' });
}
