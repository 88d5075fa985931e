// Installs what the build and the tests need, when it is missing, saying what
// it does. Used by `npm start`, `npm test`, `npm run build` and `.ci/run`:
// CI starts from a clean checkout, so every install step lives here.
//
//   node scripts/setup.mjs [--browsers] [--firefox]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function say(msg) {
  console.log(`[setup] ${msg}`);
}

function run(cmd, args, opts = {}) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
}

function output(cmd, args) {
  try {
    return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

const cargoBin = path.join(process.env.CARGO_HOME || path.join(process.env.HOME || '/root', '.cargo'), 'bin');
if (!process.env.PATH.split(':').includes(cargoBin)) process.env.PATH = `${cargoBin}:${process.env.PATH}`;
// Debian's binaryen (v108) builds broken modules: keep the npm one first on PATH.
process.env.PATH = `${path.join(root, 'node_modules', '.bin')}:${process.env.PATH}`;

/** The exact wasm-bindgen version the crate pins (Cargo.toml `=x.y.z`). */
export function wasmBindgenVersion() {
  const toml = readFileSync(path.join(root, 'crate', 'Cargo.toml'), 'utf8');
  const m = toml.match(/wasm-bindgen\s*=\s*"=([0-9.]+)"/);
  if (!m) throw new Error('crate/Cargo.toml must pin wasm-bindgen with "=x.y.z"');
  return m[1];
}

export function ensureRustTarget() {
  if (!output('rustup', ['target', 'list', '--installed']).includes('wasm32-unknown-unknown')) {
    say('adding the Rust target wasm32-unknown-unknown');
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  }
}

export function ensureWasmBindgen() {
  const want = wasmBindgenVersion();
  const have = output('wasm-bindgen', ['--version']).trim().split(' ')[1];
  if (have === want) return;
  say(`installing wasm-bindgen-cli ${want} (found ${have || 'none'}; about 4 minutes on 2 cores)`);
  // Not --locked: its lockfile pins a webpki-roots release the registry here lacks.
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', want, '--force']);
}

export function ensureNpm() {
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm packages (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

let aptUpdated = false;
function apt(pkgs) {
  if (!isRoot()) throw new Error(`please install ${pkgs.join(' ')} (apt-get install -y ${pkgs.join(' ')}) and run again`);
  if (!aptUpdated) {
    run('apt-get', ['update', '-q']);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-q', ...pkgs], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureChromium() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/bin/chromedriver')) missing.push('chromium-driver');
  // Without CJK fonts, screenshots of pages with Hangul or Han show boxes.
  if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) missing.push('fonts-noto-cjk');
  if (missing.length) {
    say(`installing Debian's ${missing.join(', ')} for the browser tests`);
    apt(missing);
  }
}

export function ensureFirefox() {
  if (!existsSync('/usr/bin/firefox-esr')) {
    say("installing Debian's firefox-esr for the Firefox tests");
    apt(['firefox-esr']);
  }
  if (!output('geckodriver', ['--version'])) {
    say('installing geckodriver from crates.io (about 3 minutes)');
    run('cargo', ['install', 'geckodriver', '--locked']);
  }
}

/** Everything `npm run build` needs. */
export function ensureBuild() {
  ensureRustTarget();
  ensureWasmBindgen();
  ensureNpm();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  ensureBuild();
  if (process.argv.includes('--browsers')) {
    ensureChromium();
    ensureFirefox();
  }
  say('ready');
}
