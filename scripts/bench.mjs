// `npm run bench`: one table of figures, medians throughout.
//   - native core throughput on 1×, 10×, 100× the NATO article (MB/s, and
//     whether the cost per byte stays flat: linear)
//   - the same texts through the wasm build in headless Chromium, in the same
//     run, as a ratio to native (goal ≤ 2×)
//   - click-to-painted-highlights, when tests/e2e/bench-click.mjs exists
//   - wasm size, raw and gzipped (goal ≤ 400 KB, ≤ 150 KB gzipped)
// The table is printed and written to tests/artifacts/bench.md.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, ensureBuild, ensureChromium } from './setup.mjs';

const fixture = path.join(root, 'tests', 'fixtures', 'nato-troops.txt');

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return r.stdout;
}

ensureBuild();
ensureChromium();
if (!existsSync(path.join(root, 'build', 'lector_bg.wasm'))) sh('node', ['scripts/build.mjs']);

// ---- native
sh('cargo', ['build', '--release', '-q', '--bin', 'lector-bench']);
const native = JSON.parse(sh(path.join(root, 'target', 'release', 'lector-bench'), [fixture]));

// ---- wasm in headless Chromium
const { chromium } = await import('playwright-core');
const types = { '.md': 'text/plain', '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.txt': 'text/plain' };
const server = createServer((req, res) => {
  const p = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!p.startsWith(root) || !existsSync(p)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(p)] || 'application/octet-stream' }).end(readFileSync(p));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let wasmRows;
try {
  const page = await browser.newPage();
  await page.goto(`${base}/tests/fixtures/README.md`);
  wasmRows = await page.evaluate(async ({ base, sizes }) => {
    const mod = await import(`${base}/build/lector.js`);
    await mod.default({ module_or_path: `${base}/build/lector_bg.wasm` });
    const text = (await (await fetch(`${base}/tests/fixtures/nato-troops.txt`)).text()).trim();
    const out = [];
    for (const s of sizes) {
      const joined = Array(s.times).fill(text).join('\n\n');
      const blocks = joined.split(/\n{2,}/).map((t) => t.trim()).filter(Boolean).map((t) => ({ text: t, tag: 'p' }));
      const input = { blocks, allArticle: true };
      for (let i = 0; i < 3; i++) mod.annotate(input);
      // The browser coarsens performance.now() (to 0.1 ms here): time batches
      // of calls long enough to measure, and report the time per call.
      const batch = Math.max(1, Math.round(40 / s.times));
      const ms = [];
      for (let i = 0; i < s.runs; i++) {
        const t = performance.now();
        for (let k = 0; k < batch; k++) mod.annotate(input);
        ms.push((performance.now() - t) / batch);
      }
      ms.sort((a, b) => a - b);
      out.push({ times: s.times, median_ms: ms[ms.length >> 1] });
    }
    return out;
  }, { base, sizes: native.sizes.map((s) => ({ times: s.times, runs: Math.max(15, Math.min(s.runs, 300)) })) });
} finally {
  await browser.close();
  server.close();
}

// ---- click to paint (provided by the e2e suite)
let clickRows = [];
const clickBench = path.join(root, 'tests', 'e2e', 'bench-click.mjs');
// `npm run bench -- --core` skips the browser clicks (a quick wasm/native check).
if (existsSync(clickBench) && !process.argv.includes('--core')) {
  const out = sh('node', [clickBench]);
  clickRows = JSON.parse(out.trim().split('\n').pop());
}

// ---- size
const wasm = readFileSync(path.join(root, 'build', 'lector_bg.wasm'));
const gz = zlib.gzipSync(wasm, { level: 9 });

// ---- table
const f = (x, d = 2) => (x === undefined ? '–' : x.toFixed(d));
const lines = [];
lines.push(`Lector benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores (${os.cpus()[0].model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium headless. Medians.`);
lines.push('');
lines.push('| measure | input | native | wasm (Chromium) | wasm / native | goal |');
lines.push('|---|---|---|---|---|---|');
for (const s of native.sizes) {
  const w = wasmRows.find((r) => r.times === s.times);
  const ratio = w.median_ms / s.median_ms;
  lines.push(`| annotate | NATO article ×${s.times} (${(s.bytes / 1024).toFixed(0)} KB) | ${f(s.median_ms, 3)} ms = ${f(s.mb_per_s, 1)} MB/s | ${f(w.median_ms, 3)} ms = ${f(s.bytes / w.median_ms / 1e3, 1)} MB/s | ${f(ratio)}× | ${s.times === 1 ? '< 0.2 ms native; ' : ''}≤ 2× |`);
}
lines.push(`| linearity | cost per byte, ×100 over ×1 | ${f(native.cost_per_byte_100x_over_1x)} | | | ≤ 1 (flat or better) |`);
for (const c of clickRows) {
  // Time rows carry median_ms; memory and main-thread rows carry value + unit.
  const figure = c.median_ms !== undefined ? `${f(c.median_ms, 1)} ms` : `${f(c.value, 2)} ${c.unit}`;
  const what = c.median_ms !== undefined ? 'click → painted' : 'extension';
  lines.push(`| ${what} | ${c.page} (${c.mode}) | | ${figure}${c.runs ? ` (n=${c.runs})` : ''} | | ${c.goal || ''} |`);
}
lines.push(`| wasm size | build/lector_bg.wasm after wasm-opt -Oz | | ${(wasm.length / 1024).toFixed(1)} KB raw, ${(gz.length / 1024).toFixed(1)} KB gzip | | ≤ 400 KB, ≤ 150 KB gzip |`);
const table = lines.join('\n');
console.log(table);
mkdirSync(path.join(root, 'tests', 'artifacts'), { recursive: true });
writeFileSync(path.join(root, 'tests', 'artifacts', 'bench.md'), table + '\n');
