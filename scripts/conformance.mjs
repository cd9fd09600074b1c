#!/usr/bin/env node
// `npm run conformance`: runs the protocol's own client test suite, @modelcontextprotocol/conformance,
// against our session core (scripts/conformance-client.ts drives ServerSession). The suite needs
// Node ≥ 22, so it runs on a Node 22 binary fetched from the npm registry (`npx -p node-<os>-<arch>@22`),
// while the client under test runs on this Node through tsx. Each protocol revision is judged by
// the package line that targets it: 0.1.x for 2025-11-25, the 0.2.x prereleases for 2026-07-28.
//
//   npm run conformance                    every required scenario, auth included
//   npm run conformance -- tools_call      only scenarios whose name contains an argument
//
// The auth scenarios are all the client `auth/…` scenarios the release lists for the revision
// (extension scenarios such as DPoP or client credentials carry no revision tag, so none run).
//
// CONFORMANCE_NODE=/path/to/node22 skips the Node download. Resolved tool paths are cached in
// node_modules/.cache/mcp-conformance/tools.json (npx's own cache holds the packages).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const cacheDir = join(root, 'node_modules/.cache/mcp-conformance');
const cacheFile = join(cacheDir, 'tools.json');

/** What must pass, per protocol revision, and the conformance release that judges it. */
const REVISIONS = [
  {
    revision: '2025-11-25',
    conformance: '0.1.16',
    scenarios: ['initialize', 'tools_call', 'sse-retry'],
  },
  {
    revision: '2026-07-28',
    conformance: '0.2.0-alpha.12',
    scenarios: [
      'tools_call',
      'request-metadata',
      'http-standard-headers',
      'http-custom-headers',
      'http-invalid-tool-headers',
      'sep-2322-client-request-state',
      'json-schema-ref-no-deref',
    ],
  },
];
const PARALLEL = 2;
const SCENARIO_TIMEOUT_MS = 30_000;

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const started = Date.now();

function fail(message) {
  console.error(`conformance: ${message}`);
  process.exit(2);
}

/** Runs a command; resolves with its exit code and output, never rejects. */
function run(command, commandArgs, options = {}) {
  return new Promise((done) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      shell: process.platform === 'win32',
      ...options,
    });
    let output = '';
    child.stdout?.on('data', (d) => {
      output += d;
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.on('error', (error) => done({ code: -1, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ code: code ?? -1, output }));
  });
}

function readCache() {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    return {};
  }
}

function writeCache(cache) {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cacheFile, `${JSON.stringify(cache, null, 2)}\n`);
}

/** A path from the cache if it still exists, else whatever `find` returns (then cached). */
async function cached(key, find) {
  const cache = readCache();
  if (cache[key] && existsSync(cache[key])) return cache[key];
  const found = await find();
  writeCache({ ...readCache(), [key]: found });
  return found;
}

/** Runs `script` with npx's temporary install of `spec` on the PATH; returns its last output line. */
async function npxProbe(spec, script) {
  const { code, output } = await run('npx', ['-y', '-p', spec, '--', 'node', '-e', script], {
    // An unreachable registry should fail in seconds, not after npm's minute of retries.
    env: {
      npm_config_fetch_retries: '1',
      npm_config_fetch_retry_mintimeout: '1000',
      npm_config_fetch_retry_maxtimeout: '5000',
      ...process.env,
      npm_config_update_notifier: 'false',
    },
  });
  const lines = output.trim().split('\n');
  const last = lines[lines.length - 1]?.trim() ?? '';
  if (code !== 0 || !last.startsWith('=')) {
    const npmErrors = lines.filter((l) => /^npm error (code|errno|network|.*Error|404)/.test(l));
    const detail = (npmErrors.length > 0 ? npmErrors.slice(0, 4) : lines.slice(-10)).join('\n');
    throw new Error(`npx -p ${spec} failed (exit ${code}):\n${detail}`);
  }
  return last.slice(1);
}

async function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const fromEnv = process.env.CONFORMANCE_NODE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) fail(`CONFORMANCE_NODE=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  const specs = [...(os ? [`node-${os}-${process.arch}@22`] : []), 'node@22'];
  const probe = `if(+process.versions.node.split('.')[0]<22)process.exit(3);console.log('='+process.execPath)`;
  const errors = [];
  for (const spec of specs) {
    try {
      return await cached(spec, () => npxProbe(spec, probe));
    } catch (error) {
      errors.push(error.message);
    }
  }
  fail(
    `the conformance suite needs Node ≥ 22 (this is ${process.version}) and none could be fetched from the npm registry (tried ${specs.join(', ')}). Is the registry reachable? Or set CONFORMANCE_NODE to a Node 22 binary.\n\n${errors.join('\n\n')}`,
  );
}

/** The CLI entry of one conformance release, installed by npx into its cache. */
async function conformanceEntry(version) {
  const spec = `@modelcontextprotocol/conformance@${version}`;
  // npx puts <install>/node_modules/.bin first on PATH; the package sits next to it.
  const probe = `const p=require('path'),f=require('fs');for(const d of process.env.PATH.split(p.delimiter)){const m=p.join(d,'..','@modelcontextprotocol','conformance');const j=p.join(m,'package.json');if(f.existsSync(j)){const k=JSON.parse(f.readFileSync(j,'utf8'));if(k.version===${JSON.stringify(version)}){console.log('='+p.join(m,typeof k.bin==='string'?k.bin:k.bin.conformance));process.exit(0)}}}process.exit(4)`;
  try {
    return await cached(spec, () => npxProbe(spec, probe));
  } catch (error) {
    fail(`could not fetch ${spec} from the npm registry. Is it reachable?\n\n${error.message}`);
  }
}

/** Client scenarios of a release that apply to a revision, from its `list` command. */
async function listScenarios(node, entry, revision) {
  const { code, output } = await run(node, [entry, 'list']);
  if (code !== 0) fail(`\`conformance list\` failed:\n${output}`);
  const client = output.split(/^Client scenarios.*$/m)[1]?.split(/^\S.*$/m)[0] ?? '';
  return [...client.matchAll(/^\s+- (\S+) \[([^\]]*)\]/gm)]
    .filter(([, , tags]) => tags.split(',').includes(revision))
    .map(([, name]) => name);
}

const strip = (text) => stripVTControlCharacters(text);

/** The lines of a failed run worth showing: failed checks and the client's own complaint. */
function why(output) {
  const lines = strip(output).split('\n');
  const picked = [];
  const failed = lines.findIndex((l) => l.startsWith('Failed Checks'));
  if (failed >= 0)
    picked.push(
      ...lines
        .slice(failed + 1)
        .filter((l) => l.trim().startsWith('- '))
        .slice(0, 8),
    );
  picked.push(
    ...lines.filter((l) =>
      /\[conformance-client\] FAILED|CLIENT TIMED OUT|CLIENT EXITED WITH ERROR|^Error|SKIPPED: scenario/.test(
        l,
      ),
    ),
  );
  return picked.length > 0 ? picked : lines.filter((l) => l.trim()).slice(-10);
}

async function main() {
  const node = await node22();
  const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
  if (!existsSync(tsx)) fail('tsx is not installed; run npm install first.');
  const quote = (path) => `"${path}"`;
  // The suite splits this on spaces and hands it to a shell, so quoted paths survive.
  const command = `${quote(process.execPath)} ${quote(tsx)} scripts/conformance-client.ts`;
  const outDir = mkdtempSync(join(tmpdir(), 'mcp-conformance-'));

  const jobs = [];
  for (const { revision, conformance, scenarios } of REVISIONS) {
    const entry = await conformanceEntry(conformance);
    const auth = (await listScenarios(node, entry, revision)).filter((s) => s.startsWith('auth/'));
    if (auth.length === 0)
      fail(`conformance ${conformance} lists no auth scenarios for ${revision}`);
    const wanted = (name) => filters.length === 0 || filters.some((f) => name.includes(f));
    for (const scenario of [...scenarios, ...auth].filter(wanted))
      jobs.push({ revision, conformance, entry, scenario });
  }
  console.log(
    `MCP conformance, client side: the suite on ${node}, our client on Node ${process.version}`,
  );

  const runJob = async (job) => {
    const t0 = Date.now();
    const dir = join(outDir, job.revision);
    mkdirSync(dir, { recursive: true });
    const { code, output } = await run(node, [
      job.entry,
      'client',
      '--command',
      command,
      '--scenario',
      job.scenario,
      '--spec-version',
      job.revision,
      '--timeout',
      String(SCENARIO_TIMEOUT_MS),
      '-o',
      dir,
    ]);
    const skipped = /SKIPPED: scenario/.test(output);
    return { ...job, passed: code === 0 && !skipped, output, ms: Date.now() - t0 };
  };

  // A small pool; results are printed in list order as they become available.
  const results = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(PARALLEL, jobs.length) }, async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = runJob(jobs[i]);
      await results[i];
    }
  });
  let passed = 0;
  let failed = 0;
  for (let i = 0; i < jobs.length; i++) {
    while (!results[i]) await new Promise((r) => setTimeout(r, 20));
    const r = await results[i];
    const label = `${r.revision}  ${r.scenario}`.padEnd(48);
    const time = `(${(r.ms / 1000).toFixed(1)}s)`;
    if (r.passed) {
      passed++;
      console.log(`PASS   ${label} ${time}`);
    } else {
      failed++;
      console.log(`FAIL   ${label} ${time}`);
      for (const line of why(r.output)) console.log(`         ${line.trim()}`);
    }
  }
  await Promise.all(workers);

  if (failed === 0) rmSync(outDir, { recursive: true, force: true });
  else console.log(`\nChecks, client stdout and stderr of every scenario: ${outDir}`);
  console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(1)}s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => fail(error?.stack ?? String(error)));
