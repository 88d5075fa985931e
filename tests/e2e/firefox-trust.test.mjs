// The built extension in Firefox ESR (headless, geckodriver + selenium), on
// the fixture pages served from 127.0.0.1: a toolbar click paints the six
// gold quotes of the NATO article and nothing in the page's furniture, under a
// strict CSP too; a second click leaves the DOM exactly as it was; a page the
// extension may not touch says so; no request leaves for anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, root, serve, squash, until } from './lib.mjs';
import { badgeFF, clickActionFF, launchFirefox, paintedFF, paintedPlacesFF, requestsFF, screenshotFF, serialiseFF, watchRequestsFF } from './ffdriver.mjs';

const gold = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'nato-troops.gold.json'), 'utf8'));
const goldQuotes = gold.quotes.map((q) => squash(q.text));
// The related-news LINKS are furniture; its Korean label is article text the gold marks as a foreign-script artifact.
const FURNITURE = 'header, nav, .ticker, .related li, aside, .comments, footer, .share';

let server;
let ff;

before(async () => {
  server = await serve();
  ff = await launchFirefox();
  await watchRequestsFF(ff);
});

after(async () => {
  await ff?.close();
  await server?.close();
});

/** Loads `url` in the one tab, clicks the action, waits for painted quotes; returns the DOM before. */
async function annotated(url, name) {
  await ff.driver.get(url);
  const before = await serialiseFF(ff.driver);
  await clickActionFF(ff);
  await until(async () => (await paintedFF(ff.driver))?.['lector-quotes']?.length, 15_000, 'painted quotes');
  await screenshotFF(ff.driver, path.join(artifacts, `firefox-${name}.png`));
  return before;
}

async function clearsCleanly(before) {
  await clickActionFF(ff);
  await until(async () => Object.keys((await paintedFF(ff.driver)) || { x: 1 }).length === 0, 15_000, 'highlights cleared');
  // The panel (if any) goes away with the highlights; give the clear a moment to settle.
  await until(async () => (await serialiseFF(ff.driver)) === before, 5_000, 'the DOM to return to its state before annotating').catch(() => {});
  assert.equal(await serialiseFF(ff.driver), before, 'the DOM after clearing differs from the DOM before annotating');
}

test('Firefox has the CSS Custom Highlight API the painter relies on', async () => {
  await ff.driver.get(server.url + '/fixtures/nato-troops.html');
  const api = await ff.driver.executeScript("return [typeof CSS.highlights, typeof Highlight, navigator.userAgent]");
  assert.deepEqual(api.slice(0, 2), ['object', 'function'], api[2]);
});

for (const [name, pathname] of [
  ['nato', '/fixtures/nato-troops.html'],
  ['strict-csp', '/strict/fixtures/nato-troops.html'],
]) {
  test(`${name}: the six gold quotes are painted, nothing in the furniture, cleared without a trace`, async () => {
    const before = await annotated(server.url + pathname, name);
    const quotes = (await paintedFF(ff.driver))['lector-quotes'].map(squash);
    assert.deepEqual(quotes, goldQuotes);
    const places = await paintedPlacesFF(ff.driver, FURNITURE);
    assert.ok(places.length > quotes.length, 'only quotes painted: speakers, hedges or sources are missing');
    // The gold lists the untranslated Korean heading of the related-links box as a
    // machine-translation artifact: the one thing allowed to be painted in furniture.
    const strays = places.filter((p) => (p.furniture || !p.inArticle) && !(p.name === 'lector-artifacts' && gold.artifacts.includes(p.text)));
    assert.deepEqual(strays, [], 'painted outside the article');
    const all = await paintedFF(ff.driver);
    assert.deepEqual(all['lector-hedges'], gold.hedges);
    for (const a of gold.artifacts) assert.ok((all['lector-artifacts'] || []).includes(a), `artifact ${a} not painted`);
    const badge = await badgeFF(ff);
    assert.equal(badge.text, String(goldQuotes.length));
    await clearsCleanly(before);
    assert.equal((await badgeFF(ff)).text, '');
  });
}

test('a page the extension may not touch shows a message and breaks nothing', async () => {
  await ff.driver.get('about:robots');
  await clickActionFF(ff);
  let last;
  const badge = await until(async () => {
    last = await badgeFF(ff);
    // The badge's text and title are two separate calls: wait for both.
    return last.text === '✕' && /can.t read this page/.test(last.title) ? last : null;
  }, 10_000, 'the ✕ badge and its message on a forbidden page').catch((e) => {
    throw new Error(`${e.message}; the badge says ${JSON.stringify(last)}`);
  });
  assert.equal(badge.text, '✕');
  assert.match(badge.title, /can.t read this page/);
  // The page itself still works.
  assert.equal(await ff.driver.executeScript('return document.readyState'), 'complete');
});

test('no request leaves for anywhere but the served pages', async () => {
  const seen = await requestsFF(ff);
  assert.ok(seen.some((r) => r.url.startsWith(server.url + '/fixtures/')), 'the watcher saw no request at all: it is broken');
  // Anything a page or the add-on asked for (not the browser itself) must go to the test server.
  const foreign = seen.filter((r) => !r.system && !r.url.startsWith(server.url + '/'));
  assert.deepEqual(foreign, []);
  const fromAddon = seen.filter((r) => r.addonId || r.origin.startsWith('moz-extension:'));
  assert.deepEqual(fromAddon, [], 'the add-on made a network request');
  const served = server.requests.filter((u) => u !== '/favicon.ico');
  assert.ok(served.every((u) => u.startsWith('/fixtures/') || u.startsWith('/strict/') || u.startsWith('/pages/')), served.join(' '));
  const browserOwn = seen.filter((r) => r.system && !r.url.startsWith(server.url + '/'));
  if (browserOwn.length) console.log('# requests by Firefox itself (not the add-on):', browserOwn.map((r) => r.url).join(' '));
});
