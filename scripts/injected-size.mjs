// The JavaScript the extension injects into a chat page, measured in the built extension: the
// content scripts the manifest lists and every chunk they load, raw and gzip-compressed.
// `node scripts/injected-size.mjs [dist]` prints the figures; `injectedSize` returns them.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Chunks a file imports: static `from "./x.js"` and the loader's `getURL("assets/x.js")`. */
function importsOf(dist, file, code) {
  const found = [];
  for (const [, spec] of code.matchAll(/from\s*["']([^"']+\.js)["']/g))
    found.push(resolve(dirname(file), spec));
  for (const [, spec] of code.matchAll(/import\(["']([^"']+\.js)["']\)/g))
    found.push(resolve(dirname(file), spec));
  for (const [, spec] of code.matchAll(/getURL\(\s*["']([^"']+\.js)["']\s*\)/g))
    found.push(resolve(dist, spec));
  return found;
}

export function injectedSize(dist) {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
  const queue = (manifest.content_scripts ?? [])
    .flatMap((s) => s.js ?? [])
    .map((f) => resolve(dist, f));
  const seen = new Map();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, code);
    queue.push(...importsOf(dist, file, code.toString('utf8')));
  }
  const all = Buffer.concat([...seen.values()]);
  return {
    files: [...seen.keys()].map((f) => f.slice(dist.length + 1)),
    raw: all.length,
    // Each file compressed on its own, as the files are loaded one by one.
    gzip: [...seen.values()].reduce((sum, code) => sum + gzipSync(code, { level: 9 }).length, 0),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const { files, raw, gzip } = injectedSize(dist);
  console.log(
    `injected into chat pages: ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw, ${files.length} files)`,
  );
}
