// The built extension in Debian's Chromium, on fixture pages served from
// 127.0.0.1: a toolbar click paints the gold quotes of the NATO article and
// nothing in the page's furniture; a second click leaves the DOM as it was;
// no request leaves for anywhere; it works under a strict CSP too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, clickAction, launchChromium, painted, paintedPlaces, root, serialise, serve, squash, until } from './lib.mjs';

const gold = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'nato-troops.gold.json'), 'utf8'));
const goldQuotes = gold.quotes.map((q) => squash(q.text));
const FURNITURE = 'header, nav, .ticker, .related, aside, .comments, footer, .share';

let server;
let browser;
const requests = [];

before(async () => {
  server = await serve();
  browser = await launchChromium();
  browser.context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads `url`, clicks the action, waits for painted quotes; returns the page and the DOM before. */
async function annotated(url, name) {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  const before = await serialise(page);
  await clickAction(browser, page);
  await until(async () => (await painted(page))['lector-quotes']?.length, 10_000, 'painted quotes');
  await page.screenshot({ path: path.join(artifacts, `chromium-${name}.png`), fullPage: true });
  return { page, before };
}

async function clearsCleanly(page, before) {
  await clickAction(browser, page);
  await until(async () => Object.keys(await painted(page)).length === 0, 10_000, 'highlights cleared');
  assert.equal(await serialise(page), before, 'the DOM after clearing differs from the DOM before annotating');
}

for (const [name, pathname] of [
  ['nato', '/fixtures/nato-troops.html'],
  ['strict-csp', '/strict/fixtures/nato-troops.html'],
]) {
  test(`${name}: the six gold quotes are painted, nothing in the furniture, cleared without a trace`, async () => {
    const { page, before } = await annotated(server.url + pathname, name);
    try {
      const quotes = (await painted(page))['lector-quotes'].map(squash);
      assert.deepEqual(quotes, goldQuotes);
      const places = await paintedPlaces(page, FURNITURE);
      const strays = places.filter((p) => p.furniture || !p.inArticle);
      assert.deepEqual(strays, [], 'painted outside the article');
      await clearsCleanly(page, before);
    } finally {
      await page.close();
    }
  });
}

test('a page the extension may not touch shows a message and breaks nothing', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto('chrome://version', { timeout: 15_000 });
    await clickAction(browser, page);
    const tabTitle = await until(
      () => browser.sw.evaluate(async () => {
        for (const tab of await chrome.tabs.query({})) {
          const text = await chrome.action.getBadgeText({ tabId: tab.id });
          if (text) return { text, title: await chrome.action.getTitle({ tabId: tab.id }) };
        }
        return null;
      }),
      10_000,
      'the badge on a forbidden page',
    );
    assert.equal(tabTitle.text, '✕');
    assert.match(tabTitle.title, /can.t read this page/);
  } finally {
    await page.close();
  }
});

test('no request leaves for anywhere but the served pages', () => {
  const foreign = requests.filter((u) => !u.startsWith(server.url + '/') && !u.startsWith('chrome://') && !u.startsWith('chrome-extension://'));
  assert.deepEqual(foreign, []);
  const served = server.requests.filter((u) => u !== '/favicon.ico');
  assert.ok(served.every((u) => u.startsWith('/fixtures/') || u.startsWith('/strict/') || u.startsWith('/pages/')), served.join(' '));
});
