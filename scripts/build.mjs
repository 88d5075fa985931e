// Builds everything a person loads or serves:
//   build/          the optimised wasm core and its wasm-bindgen glue
//   dist/chrome/    the unpacked extension for Chrome   (+ dist/lector-chrome.zip)
//   dist/firefox/   the unpacked extension for Firefox  (+ dist/lector-firefox.zip)
//   www/pkg/        the wasm and the shared renderer for the playground
//
//   node scripts/build.mjs
//
// A second build with nothing changed is fast: cargo is incremental, and
// wasm-opt (10–20 s) is skipped when the wasm-bindgen output is byte-identical.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { ensureBuild, root } from './setup.mjs';
import { stubFunctions, zeroDeadData, zeroDeadLocations } from './stub-panics.mjs';

const t0 = Date.now();
const say = (msg) => console.log(`[build] ${msg}`);
const rel = (p) => path.relative(root, p);

function run(cmd, args) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status})`);
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------- the core
ensureBuild();
// With the linker's map of the data, for zeroDeadData. (cargo counts the
// extra argument in the build's fingerprint: a wasm linked without it is
// linked again, so the map is always the wasm's.)
const rawWasm = path.join(root, 'target', 'wasm32-unknown-unknown', 'wasm', 'lector.wasm');
const linkMap = path.join(root, 'target', 'wasm32-unknown-unknown', 'wasm', 'lector.map');
run('cargo', ['rustc', '-p', 'lector', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm', '--', '-C', `link-arg=--Map=${linkMap}`]);

const buildDir = path.join(root, 'build');
const bindgenDir = path.join(buildDir, 'bindgen');
run('wasm-bindgen', [rawWasm, '--target', 'web', '--no-typescript', '--out-dir', bindgenDir]);

// The panic entry points become a bare trap (see stub-panics.mjs).
const { wasm: stubbedWasm, stubbed } = stubFunctions(readFileSync(path.join(bindgenDir, 'lector_bg.wasm')));
say(`panic entry points stubbed: ${stubbed.length}`);
const bgWasm = path.join(bindgenDir, 'lector_bg.stubbed.wasm');
writeFileSync(bgWasm, stubbedWasm);
const optWasm = path.join(buildDir, 'lector_bg.wasm');
const stamp = path.join(buildDir, 'lector_bg.wasm.source-sha256');
// The name section (function names, ~55 KB) only serves debuggers: stripped.
// The module defines its memory (not imported), so it starts zero-filled.
// After a first -Oz, --flatten --rereloop rebuilds every function's control
// flow from its basic blocks and -Oz shrinks the result; twice, then one more
// -Oz: 2.0 KB gzipped less than -Oz --converge (session size8: once 1.6 KB,
// three times less than twice; NATO ×1/×10/×100 through V8 in node at the
// same speed within 1–2 %), in about the same time.
// -ocimfs=20: a function with a single caller is inlined only when it has at
// most 20 instructions (binaryen's default: any size): 2.4 KB gzipped less
// (session size9: 157,719 → 155,325; 50 and 0 within 100 bytes of 20; same
// output on every fixture).
// --low-memory-unused: the first 1 KB of memory holds no data (rustc's
// wasm puts the data above a 1 MB stack that grows down towards 0), so a
// constant added to an address moves into the load's or store's offset:
// 0.4 KB gzipped (session size12; emscripten passes it by default).
// --generate-global-effects (each function's effects known to the passes
// after it: first, and again before the last -Oz), then --gufa-optimizing
// (whole-program inference of the values a location can hold) and one more
// -Oz: 57 bytes gzipped less (session size18: 154,370 → 154,313; the same
// reports on every fixture and regression as before). A third
// --flatten --rereloop after them: 0.4 KB larger. Then --merge-locals (locals
// of the same value merged) and one more -Oz: 22 bytes gzipped less (session
// size20: 151,867 → 151,845; -Oz alone 4; --coalesce-locals-learning,
// --dae-optimizing, --precompute-propagate, --rse, --merge-similar-functions
// or --monomorphize before the -Oz instead: 6 at most; --reorder-functions at
// the end: 1.1 KB larger).
// The target_features section (for tools; browsers ignore it) goes last.
const optArgs = ['--generate-global-effects', '-Oz', '--flatten', '--rereloop', '-Oz', '--flatten', '--rereloop', '-Oz', '--generate-global-effects', '-Oz', '--gufa-optimizing', '-Oz', '--merge-locals', '-Oz', '-ocimfs=20', '--low-memory-unused', '--zero-filled-memory', '--strip-debug', '--strip-producers', '--strip-target-features', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-reference-types', '--enable-multivalue'];
// The stamp covers the input, the options and the post-processing, so changing any re-optimises.
const hash = sha256(Buffer.concat([readFileSync(bgWasm), Buffer.from(optArgs.join(' ')), readFileSync(path.join(root, 'scripts', 'stub-panics.mjs')), readFileSync(linkMap)]));
if (existsSync(optWasm) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  say('wasm unchanged since the last build: wasm-opt skipped');
} else {
  // The npm binaryen (node_modules/.bin first on PATH, see setup.mjs): Debian's
  // older wasm-opt produces modules that fail at run time.
  const optTmp = path.join(bindgenDir, 'lector_bg.opt.wasm');
  run('wasm-opt', [...optArgs, bgWasm, '-o', optTmp]);
  // The panic locations no code refers to any more: zeroed (see stub-panics.mjs).
  say(`$ wasm-dis ${rel(optTmp)}`);
  const wat = execFileSync('wasm-dis', [optTmp], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const { wasm: located, zeroed, names } = zeroDeadLocations(readFileSync(optTmp), wat);
  say(`dead panic locations zeroed: ${zeroed} (and ${names} file names)`);
  // The standard library's data no code refers to any more: zeroed too.
  const dead = zeroDeadData(located, wat, readFileSync(linkMap, 'utf8'));
  say(`dead library data zeroed: ${dead.zeroed} objects, ${dead.bytes} bytes`);
  const wasm = dead.wasm;
  await sameReports(readFileSync(optTmp), wasm);
  writeFileSync(optWasm, wasm);
  writeFileSync(stamp, hash);
}
cpSync(path.join(bindgenDir, 'lector.js'), path.join(buildDir, 'lector.js'));

/**
 * Throws unless the wasm `zeroed` gives the same report as `before` on every
 * fixture and regression text: the data zeroed after wasm-opt was dead.
 */
async function sameReports(before, zeroed) {
  const glue = pathToFileURL(path.join(bindgenDir, 'lector.js')).href;
  const [a, b] = await Promise.all([import(`${glue}?before`), import(`${glue}?zeroed`)]);
  a.initSync({ module: before });
  b.initSync({ module: zeroed });
  const report = (mod, input) => {
    try {
      return JSON.stringify(mod.annotate(input));
    } catch (e) {
      return String(e);
    }
  };
  let n = 0;
  for (const dir of ['fixtures', 'regressions']) {
    const d = path.join(root, 'tests', dir);
    for (const f of readdirSync(d).filter((f) => f.endsWith('.txt'))) {
      const blocks = readFileSync(path.join(d, f), 'utf8').split(/\n{2,}/).map((t) => t.trim()).filter(Boolean).map((text) => ({ text, tag: 'p' }));
      const input = { blocks, allArticle: true };
      if (report(a, input) !== report(b, input)) throw new Error(`the zeroed wasm reports tests/${dir}/${f} differently`);
      n++;
    }
  }
  say(`zeroed wasm: the same reports on ${n} texts`);
}

// ----------------------------------------------------------- the extension
const ext = path.join(root, 'extension');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const source = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8'));

const ICON_SIZES = [16, 32, 48, 128];

/** One manifest source; each browser gets only the keys it understands. */
function manifestFor(browser) {
  const m = structuredClone(source);
  m.version = pkg.version;
  const icons = Object.fromEntries(ICON_SIZES.map((n) => [String(n), `icons/lector-${n}.png`]));
  m.icons = icons;
  m.action = { ...m.action, default_icon: icons };
  const bg = m.background;
  if (browser === 'chrome') {
    m.background = { service_worker: bg.service_worker, type: 'module' };
    delete m.browser_specific_settings;
  } else {
    // Firefox's MV3 has no service worker: a module event page instead.
    m.background = { scripts: [bg.service_worker], type: 'module' };
  }
  return m;
}

/** Files of the extension source to ship (the manifest is written apart). */
function shipped(rel) {
  // content/ ships only as the generated bundle.
  return rel !== 'manifest.json' && !rel.startsWith('content/') && !rel.endsWith('.md') && !rel.endsWith('.test.mjs');
}

function walk(dir, base = dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, base, out);
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

const dist = path.join(root, 'dist');
mkdirSync(dist, { recursive: true });
const sizes = [];
for (const browser of ['chrome', 'firefox']) {
  const out = path.join(dist, browser);
  rmSync(out, { recursive: true, force: true });
  for (const f of walk(ext).filter(shipped)) cpSync(path.join(ext, f), path.join(out, f));
  cpSync(path.join(buildDir, 'lector.js'), path.join(out, 'wasm', 'lector.js'));
  cpSync(optWasm, path.join(out, 'wasm', 'lector_bg.wasm'));
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2) + '\n');
  for (const size of ICON_SIZES) {
    mkdirSync(path.join(out, 'icons'), { recursive: true });
    writeFileSync(path.join(out, 'icons', `lector-${size}.png`), iconPng(size));
  }
  // The content scripts as one file: one read and one evaluation per injection.
  const { files } = JSON.parse(readFileSync(path.join(ext, 'content', 'bundle.json'), 'utf8'));
  mkdirSync(path.join(out, 'content'), { recursive: true });
  writeFileSync(path.join(out, 'content', 'bundle.js'), files.map((f) => `// ---- ${f}\n${readFileSync(path.join(ext, f), 'utf8')}`).join('\n'));
  const zipPath = path.join(dist, `lector-${browser}.zip`);
  writeFileSync(zipPath, zip(out, walk(out)));
  sizes.push([rel(zipPath), statSync(zipPath).size]);
}

// ---------------------------------------------------------- the playground
// The playground loads the very files the content script runs (shared/ and ui/)
// and the same wasm; www/pkg/ is build output (gitignored).
const pkgDir = path.join(root, 'www', 'pkg');
rmSync(pkgDir, { recursive: true, force: true });
for (const dir of ['shared', 'ui', '_locales']) cpSync(path.join(ext, dir), path.join(pkgDir, dir), { recursive: true });
cpSync(path.join(ext, 'content', 'collect.js'), path.join(pkgDir, 'content', 'collect.js'));
cpSync(path.join(buildDir, 'lector.js'), path.join(pkgDir, 'lector.js'));
cpSync(optWasm, path.join(pkgDir, 'lector_bg.wasm'));
// The fixture articles as plain text, and their list for the picker.
const fixtures = readdirSync(path.join(root, 'tests', 'fixtures')).filter((f) => f.endsWith('.txt')).sort();
for (const f of fixtures) cpSync(path.join(root, 'tests', 'fixtures', f), path.join(pkgDir, 'fixtures', f));
writeFileSync(path.join(pkgDir, 'fixtures', 'index.json'), JSON.stringify(fixtures) + '\n');

// ------------------------------------------------------------------ sizes
const wasmSize = statSync(optWasm).size;
say(`wasm ${kb(statSync(bgWasm).size)} after wasm-bindgen → ${kb(wasmSize)} after wasm-opt -Oz (${kb(zlib.gzipSync(readFileSync(optWasm)).length)} gzip)`);
for (const [p, n] of sizes) say(`${p} ${kb(n)}`);
say(`dist/chrome, dist/firefox, www/pkg ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// -------------------------------------------------------------------- zip
// A zip writer in a few lines of node:zlib rather than a dependency or the
// `zip` command (often missing on a fresh Debian): the stores take plain
// deflate, and fixed timestamps make the zips reproducible.
function zip(dir, files) {
  const local = [];
  const central = [];
  let offset = 0;
  const dosTime = 0; // 00:00:00
  const dosDate = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01
  for (const name of files) {
    const data = readFileSync(path.join(dir, name));
    const packed = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(8, 8); // deflate
    head.writeUInt16LE(dosTime, 10);
    head.writeUInt16LE(dosDate, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, nameBuf, packed);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4); // made by
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt16LE(dosTime, 12);
    c.writeUInt16LE(dosDate, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += head.length + nameBuf.length + packed.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBuf, end]);
}

// ------------------------------------------------------------------- icon
// The toolbar icon, drawn here rather than kept as binary files: a blue
// rounded square, two white quotation marks over an orange highlight (the
// quotes category's colour). 4x4 supersampling for smooth edges.
function iconPng(size) {
  const inside = (x, y) => {
    // Rounded square.
    const r = 0.2;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
    // Two closing quotation marks, like two commas: a dot with a tail falling to the left.
    for (const qx of [0.36, 0.64]) {
      const qy = 0.4;
      const rr = 0.11;
      if ((x - qx) ** 2 + (y - qy) ** 2 < rr * rr) return [255, 255, 255];
      const [ax, ay, bx, by, tx, ty] = [qx + rr, qy + 0.01, qx - rr * 0.7, qy + rr * 0.7, qx - 0.07, qy + 0.3];
      const side = (px, py, x1, y1, x2, y2) => (x2 - x1) * (py - y1) - (y2 - y1) * (px - x1);
      const d1 = side(x, y, ax, ay, bx, by);
      const d2 = side(x, y, bx, by, tx, ty);
      const d3 = side(x, y, tx, ty, ax, ay);
      if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) return [255, 255, 255];
    }
    // The highlight behind them.
    if (x > 0.14 && x < 0.86 && y > 0.46 && y < 0.72) return [0xe6, 0x9f, 0x00];
    return [0x00, 0x72, 0xb2];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const S = 4;
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = inside((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
