// `npm test`: every test, in order of cost, with one summary line at the end.
//   1. native core tests (cargo test: unit, snapshots, regressions)
//   2. the same core tests in headless Chromium through wasm-bindgen-test,
//      compared name by name with the native run
//   3. the extension build, then `web-ext lint` on the Firefox build
//   4. browser end-to-end tests (node --test tests/e2e/)
// Set LECTOR_SKIP_E2E=1 to stop after step 3 (quick local loop).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { root, ensureBuild, ensureChromium, ensureFirefox } from './setup.mjs';

const results = []; // {name, passed, failed, ok}

function step(name, cmd, args, { env = {}, parse } = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  process.stdout.write(r.stdout || '');
  process.stderr.write(r.stderr || '');
  const out = (r.stdout || '') + (r.stderr || '');
  const counts = parse ? parse(out) : { passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 };
  const ok = r.status === 0 && counts.failed === 0;
  results.push({ name, ...counts, ok, secs: ((Date.now() - t0) / 1000).toFixed(0) });
  return { ok, out };
}

/** Sums cargo's `test result:` lines. */
function cargoCounts(out) {
  let passed = 0, failed = 0;
  for (const m of out.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
    passed += +m[1];
    failed += +m[2];
  }
  return { passed, failed };
}

/** Names of passing tests in cargo output. */
function passedNames(out) {
  return new Set([...out.matchAll(/^test (\S+) \.\.\. ok$/gm)].map((m) => m[1]));
}

try {
  ensureBuild();
  if (!process.env.LECTOR_SKIP_E2E) {
    ensureChromium();
    ensureFirefox();
  }
} catch (e) {
  console.error(`setup failed: ${e.message}`);
  console.log('\nsummary: 0 passed, 1 failed');
  process.exit(1);
}

const native = step('native core tests', 'cargo', ['test', '--release', '--workspace', '--all-targets'], { parse: cargoCounts });

const wasm = step('core tests in Chromium (wasm)', 'cargo', ['test', '-p', 'lector', '--lib', '--target', 'wasm32-unknown-unknown'], {
  env: { CHROMEDRIVER: '/usr/bin/chromedriver' },
  parse: cargoCounts,
});
{
  // The same tests must pass in both: every native lib test not marked
  // native-only (the HTML reader, file access) must have passed in wasm.
  const nat = [...passedNames(native.out)].filter((n) => !n.startsWith('html::') && !n.includes('native_only'));
  const inWasm = passedNames(wasm.out);
  const missing = nat.filter((n) => n.includes('::tests::') && !inWasm.has(n));
  console.log(`\n=== native vs wasm: ${inWasm.size} passed in wasm; ${missing.length} native unit tests missing there`);
  for (const n of missing) console.log(`  missing in wasm: ${n}`);
  results.push({ name: 'native and wasm agree', passed: missing.length ? 0 : 1, failed: missing.length ? 1 : 0, ok: !missing.length, secs: '0' });
}

const build = step('build (wasm + extensions)', 'node', ['scripts/build.mjs']);
if (build.ok && existsSync(path.join(root, 'dist', 'firefox'))) {
  step('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'json'], {
    parse: (out) => {
      const m = out.match(/\{[\s\S]*\}\s*$/);
      let errors = 1;
      try {
        const j = JSON.parse(m[0]);
        errors = j.count !== undefined ? j.errors.length : j.summary.errors;
        for (const e of j.errors) console.log(`  lint error: ${e.code} ${e.message} (${e.file})`);
        console.log(`  web-ext lint: ${j.summary.errors} errors, ${j.summary.warnings} warnings`);
      } catch {
        console.log('  could not read web-ext lint output');
      }
      return { passed: errors ? 0 : 1, failed: errors ? 1 : 0 };
    },
  });
}

const e2eDir = path.join(root, 'tests', 'e2e');
if (!process.env.LECTOR_SKIP_E2E && build.ok && existsSync(e2eDir) && readdirSync(e2eDir).some((f) => f.endsWith('.test.mjs'))) {
  step('end-to-end tests in real browsers', 'node', ['--test', '--test-concurrency=1', '--test-reporter=spec', 'tests/e2e/'], {
    parse: (out) => {
      const p = out.match(/^ℹ pass (\d+)$/m);
      const f = out.match(/^ℹ fail (\d+)$/m);
      return { passed: p ? +p[1] : 0, failed: f ? +f[1] : 1 };
    },
  });
}

console.log('\n=== summary');
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name.padEnd(34)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  (${r.secs} s)`);
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0);
console.log(`\nsummary: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
