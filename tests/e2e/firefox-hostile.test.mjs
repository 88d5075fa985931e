// The hostile pages of hostile.test.mjs, in Firefox ESR: 100,000 unbalanced
// quote marks, 10 MB of text (refused with a message), a 200,000-word
// article, right-to-left Arabic, mixed scripts, a contenteditable article, a
// 20,000-row table, a page that re-renders its article every second. The
// page's own timer must keep ticking, refusals must say why, accepted pages
// must show exactly the right quotes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { artifacts, serve, squash, until } from './lib.mjs';
import { ARABIC, KNOWN, MIXED, RERENDER_QUOTES, generatedRoutes } from './hostile-pages.mjs';
import { badgeFF, chrome, clickActionFF, launchFirefox, paintedFF, screenshotFF } from './ffdriver.mjs';

let server;
let ff;

before(async () => {
  server = await serve({ generated: generatedRoutes() });
  ff = await launchFirefox();
  await ff.driver.manage().setTimeouts({ script: 60_000, pageLoad: 90_000 });
});

after(async () => {
  await ff?.close();
  await server?.close();
});

const js = (src, ...args) => ff.driver.executeScript(src, ...args);

async function open(name) {
  await ff.driver.get(`${server.url}/pages/${name}`);
}

/** Clicks the action; waits for a badge other than the '…' of work in progress. */
async function click({ ms = 60_000 } = {}) {
  await clickActionFF(ff);
  const badge = await until(
    async () => {
      const b = await badgeFF(ff);
      return b.text && b.text !== '…' ? b : null;
    },
    ms,
    'a badge after the click',
  );
  const quotes = ((await paintedFF(ff.driver)) || {})['lector-quotes'] || [];
  return { badge, quotes };
}

async function clear() {
  await clickActionFF(ff);
  await until(async () => Object.keys((await paintedFF(ff.driver)) || { x: 1 }).length === 0, 30_000, 'highlights cleared');
}

async function stillRunning() {
  const t0 = await js('return window.__ticks');
  await until(async () => (await js('return window.__ticks')) >= t0 + 5, 15_000, "the page's own timer to tick");
}

const ranges = () =>
  js(`const out = [];
    for (const [name, h] of CSS.highlights) for (const r of h) {
      const el = (n) => (n.nodeType === 1 ? n : n.parentElement);
      const block = (n) => el(n) && el(n).closest('p, td, th, li, h1, h2, h3, blockquote, div');
      out.push({ name, text: r.toString(), connected: r.startContainer.isConnected && r.endContainer.isConnected,
        oneBlock: block(r.startContainer) === block(r.endContainer), inArticle: !!(el(r.commonAncestorContainer) && el(r.commonAncestorContainer).closest('article')) });
    }
    return out;`);

const shot = (name) => screenshotFF(ff.driver, path.join(artifacts, `firefox-${name}.png`));

test('firefox, 100,000 unbalanced quote marks: the real quote first, no pair crosses a block', async () => {
  await open('hostile-quotes.html');
  const { badge, quotes } = await click();
  assert.match(badge.text, /^\d+$/, badge.title);
  assert.equal(squash(quotes[0]), KNOWN.quote);
  assert.deepEqual((await ranges()).filter((r) => !r.oneBlock || !r.inArticle), []);
  await stillRunning();
  await clear();
});

test('firefox, 10 MB of text: refused with a clear message, nothing painted, the page keeps running', async () => {
  await open('hostile-10mb.html');
  const { badge, quotes } = await click();
  assert.equal(badge.text, '!', `expected a refusal, got ${badge.text}: ${badge.title}`);
  assert.match(badge.title, /too (long|large)/i);
  assert.match(badge.title, /\d+(\.\d+)? MB/);
  assert.deepEqual(quotes, []);
  await stillRunning();
});

test('firefox, a 200,000-word article: annotated, the quote painted, the page keeps running', async () => {
  await open('hostile-200k.html');
  const { badge, quotes } = await click();
  assert.match(badge.text, /^\d+$/, badge.title);
  assert.deepEqual(quotes.map(squash), [KNOWN.quote]);
  await stillRunning();
  await clear();
});

test('firefox, right-to-left Arabic: the quotes painted exactly', async () => {
  await open('hostile-arabic.html');
  const { quotes } = await click();
  for (const q of ARABIC.quotes) assert.ok(quotes.includes(q), `missing ${q} in ${JSON.stringify(quotes)}`);
  await shot('hostile-arabic');
  await clear();
});

test('firefox, mixed scripts, emoji, astral letters, combining marks: every quote exact', async () => {
  await open('hostile-mixed.html');
  const { quotes } = await click();
  const expected = [KNOWN.quote, ...MIXED.quotes];
  assert.deepEqual(quotes.filter((q) => !expected.includes(q)), [], 'a painted quote is not one of the quotations: offsets drift');
  assert.deepEqual(quotes, expected);
  await shot('hostile-mixed');
  await clear();
});

test('firefox, contenteditable: still editable while annotated, the typing survives the clear', async () => {
  await open('hostile-editable.html');
  const { quotes } = await click();
  assert.deepEqual(quotes.map(squash), [KNOWN.quote, 'Editing must keep working while Lector is on,']);
  await js(`const p = document.getElementById('caret-here'); const r = document.createRange();
    r.selectNodeContents(p); r.collapse(false); const s = getSelection(); s.removeAllRanges(); s.addRange(r);
    document.getElementById('editor').focus();`);
  await ff.driver.actions().sendKeys(' typed while annotated').perform();
  await until(async () => (await js("return document.getElementById('caret-here').textContent")).includes('typed while annotated'), 5_000, 'the typed text');
  const live = (await ranges()).filter((r) => r.name === 'lector-quotes');
  assert.ok(live.length >= 2 && live.every((r) => r.connected), JSON.stringify(live));
  await shot('hostile-editable');
  await clear();
  await ff.driver.actions().sendKeys('!').perform();
  assert.match(await js("return document.getElementById('caret-here').textContent"), /Type here: typed while annotated!/);
});

test('firefox, a 20,000-row table: the prose quotes painted, the page keeps running', async () => {
  await open('hostile-table.html');
  const { badge, quotes } = await click({ ms: 120_000 });
  assert.match(badge.text, /^\d+$/, badge.title);
  assert.equal(squash(quotes[0]), KNOWN.quote);
  assert.ok(quotes.map(squash).includes('The table is public and complete,'));
  await stillRunning();
  await clear();
});

test('firefox, a page that re-renders its article every second: renders go on, the painted quotes are live and right', async () => {
  await open('hostile-rerender.html');
  const { quotes } = await click();
  assert.deepEqual(quotes.map(squash), RERENDER_QUOTES);
  const r0 = await js('return window.__renders');
  await until(async () => (await js('return window.__renders')) >= r0 + 2, 10_000, "the page's own re-renders");
  await until(
    async () => {
      const live = (await ranges()).filter((r) => r.name === 'lector-quotes' && r.connected);
      return JSON.stringify(live.map((r) => squash(r.text))) === JSON.stringify(RERENDER_QUOTES);
    },
    10_000,
    'the quotes painted on the re-rendered article',
  );
  await shot('hostile-rerender');
  await clear();
  assert.equal(await js("return document.querySelectorAll('#live p').length"), 2, 'the page lost its article');
});

test('firefox, after all that, the add-on still annotates the NATO article', async () => {
  await ff.driver.get(`${server.url}/fixtures/nato-troops.html`);
  const { quotes } = await click();
  assert.equal(quotes.length, 6);
  // And the add-on's background is still the one that started (no crash and restart).
  assert.ok(await chrome(ff.driver, (id) => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    return !!ExtensionParent.GlobalManager.getExtension(id);
  }, ff.addonId));
});
