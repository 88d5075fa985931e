// The playground (www/, served by scripts/serve.mjs) paints the NATO fixture's
// gold quotes with the same renderer as the extension, and asks for nothing
// beyond 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifacts, HEADLESS_FLAGS, painted, root, squash, until } from './lib.mjs';
import { serve } from '../../scripts/serve.mjs';

const gold = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'nato-troops.gold.json'), 'utf8'));

test('playground: the NATO fixture shows the six gold quotes and the panel', async () => {
  const { chromium } = await import('playwright-core');
  const { server, url } = await serve({ port: 0 });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lector-play-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: HEADLESS_FLAGS, viewport: { width: 1400, height: 1000 }, timeout: 30_000 });
  try {
    const requests = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}?fixture=nato-troops.txt`, { timeout: 15_000 });
    await until(async () => (await painted(page))['lector-quotes']?.length, 10_000, 'painted quotes');
    const quotes = (await painted(page))['lector-quotes'].map(squash);
    assert.deepEqual(quotes, gold.quotes.map((q) => squash(q.text)));
    await page.screenshot({ path: path.join(artifacts, 'playground-nato.png'), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(url)), []);
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    server.close();
  }
});
