// `npm test`: typecheck, lint, unit tests, build, e2e — then one line summing every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = resolve(root, 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => resolve(root, 'node_modules', '.bin', name);

function run(title, command, args, env = {}, timeout = undefined) {
  console.log(`\n━━ ${title}: ${[command.split('/').at(-1), ...args].join(' ')}`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    timeout,
    killSignal: 'SIGKILL',
  });
  if (child.error) console.log(`${title}: ${child.error.message}`);
  return child.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Timings some e2e tests record as annotations (`measure:<what>`), for the closing notes. */
function printMeasurements(report) {
  const lines = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const a of t.annotations ?? []) {
          if (a.type.startsWith('measure:'))
            lines.push(`  ${a.type.slice(8)}: ${a.description} (${spec.title})`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  if (lines.length) console.log(['\n━━ measured in the e2e run', ...lines].join('\n'));
}

const suites = [];
/** A step that is one check: it passes or fails as a whole. */
function check(title, command, args, timeout = undefined) {
  const ok = run(title, command, args, {}, timeout);
  suites.push({ title, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
}

check('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
check('lint', bin('biome'), ['check', '.']);

{
  const file = resolve(results, 'unit.json');
  const ok = run('unit', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${file}`,
  ]);
  const report = readJson(file);
  const passed = report?.numPassedTests ?? 0;
  const failed = (report?.numFailedTests ?? 0) + (ok || report?.numFailedTests ? 0 : 1);
  suites.push({
    title: 'unit',
    passed,
    failed,
    skipped: (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0),
  });
}

{
  // The protocol's own client suite against our session core; it prints `N passed, N failed`.
  console.log('\n━━ conformance: node scripts/conformance.mjs');
  const child = spawnSync(process.execPath, [resolve(root, 'scripts/conformance.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  process.stdout.write(child.stdout ?? '');
  process.stderr.write(child.stderr ?? '');
  const counts = /^(\d+) passed, (\d+) failed$/m.exec(child.stdout ?? '');
  const passed = Number(counts?.[1] ?? 0);
  const failed =
    Number(counts?.[2] ?? 0) +
    (child.status === 0 || counts?.[2] !== '0' ? 0 : 1) +
    (counts ? 0 : 1);
  suites.push({ title: 'conformance', passed, failed, skipped: 0 });
}

const built = check('build', 'npm', ['run', 'build', '--silent']);
if (built) run('injected size', process.execPath, [resolve(root, 'scripts/injected-size.mjs')]);

// The README's first command, as a newcomer without a display runs it: same script, the build
// above, and a bound on its time (it has its own, shorter one).
if (built) {
  check(
    'demo',
    bin('tsx'),
    [resolve(root, 'scripts/start.ts'), '--headless', '--skip-build'],
    180_000,
  );
} else {
  console.log('\n━━ demo: not run, the build failed');
  suites.push({ title: 'demo', passed: 0, failed: 1, skipped: 0 });
}

{
  const file = resolve(results, 'e2e.json');
  if (built) {
    const ok = run('e2e', bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'], {
      E2E_SKIP_BUILD: '1',
      PLAYWRIGHT_JSON_OUTPUT_FILE: file,
    });
    const report = existsSync(file) ? readJson(file) : undefined;
    const stats = report?.stats;
    printMeasurements(report);
    const failed =
      (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) + (ok || stats?.unexpected ? 0 : 1);
    suites.push({
      title: 'e2e',
      passed: stats?.expected ?? 0,
      failed,
      skipped: stats?.skipped ?? 0,
    });
  } else {
    console.log('\n━━ e2e: not run, the build failed');
    suites.push({ title: 'e2e', passed: 0, failed: 1, skipped: 0 });
  }
}

// The bench in its quick mode, so it never rots: one check that it ran and measured every
// metric. Its goals are not judged here (a few repetitions on a shared machine prove nothing).
if (built) {
  const file = resolve(results, 'bench.json');
  run('bench (quick)', bin('tsx'), [resolve(root, 'bench/run.ts'), '--quick', '--out', file]);
  const measured = readJson(file);
  const ok =
    Array.isArray(measured) &&
    measured.length > 0 &&
    measured.every((m) => typeof m.value === 'number' && Number.isFinite(m.value));
  suites.push({ title: 'bench', passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
} else {
  console.log('\n━━ bench: not run, the build failed');
  suites.push({ title: 'bench', passed: 0, failed: 1, skipped: 0 });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n━━ summary');
for (const s of suites) {
  console.log(
    `${s.title.padEnd(10)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`,
  );
  total.passed += s.passed;
  total.failed += s.failed;
  total.skipped += s.skipped;
}
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed > 0 ? 1 : 0);
