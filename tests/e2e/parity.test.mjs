// The content script's collector and the CLI's HTML reader (crate/src/html.rs)
// must read a page into the same blocks — text, tag and hints — so that
// article selection, tested natively, behaves the same on the live page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEADLESS_FLAGS, root, serve } from './lib.mjs';

const cli = path.join(root, 'target', 'release', 'lector');
let server;
let context;
let dir;

before(async () => {
  if (!existsSync(cli)) {
    const r = spawnSync('cargo', ['build', '--release', '-q', '--bin', 'lector'], { cwd: root, stdio: 'inherit', timeout: 600_000 });
    if (r.status !== 0) throw new Error('cannot build the CLI');
  }
  server = await serve();
  const { chromium } = await import('playwright-core');
  dir = mkdtempSync(path.join(os.tmpdir(), 'lector-parity-'));
  context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: HEADLESS_FLAGS, timeout: 30_000 });
});

after(async () => {
  await context?.close().catch(() => {});
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `lector --blocks FILE`: index, article flag, tag, [hints], text — one block a line. */
function cliBlocks(file) {
  const out = execFileSync(cli, ['--blocks', file], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).map((line) => {
    const [, , tag, hints, ...text] = line.split('\t');
    return { tag, hints: hints.slice(1, -1), text: text.join('\t') };
  });
}

for (const [name, rel] of [
  ['nato-troops', 'fixtures/nato-troops.html'],
  ['dark', 'pages/dark.html'],
  ['late', 'pages/late.html'],
  ['table', 'pages/table.html'],
]) {
  test(`collect.js reads ${name} into the blocks html.rs reads`, async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/${rel}`, { timeout: 15_000 });
      await page.addScriptTag({ path: path.join(root, 'extension', 'content', 'collect.js') });
      const live = await page.evaluate(() => Lector.collect(document.body).input.blocks.map(({ tag, hints, text }) => ({ tag, hints, text })));
      assert.deepEqual(live, cliBlocks(path.join(root, 'tests', rel)));
    } finally {
      await page.close();
    }
  });
}
