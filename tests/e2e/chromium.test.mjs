// The built extension in Debian's Chromium, on fixture pages served from
// 127.0.0.1: a toolbar click paints the gold quotes of the NATO article and
// nothing in the page's furniture; a second click leaves the DOM as it was;
// no request leaves for anywhere; it works under a strict CSP too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, clickAction, launchChromium, painted, paintedPlaces, root, serialise, serve, squash, unstyledPainted, until } from './lib.mjs';

const gold = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'nato-troops.gold.json'), 'utf8'));
const goldQuotes = gold.quotes.map((q) => squash(q.text));
// The related-news LINKS are furniture; its Korean label is article text the gold marks as a foreign-script artifact.
const FURNITURE = 'header, nav, .ticker, .related li, aside, .comments, footer, .share';

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
      // The ::highlight rules are inserted just after the ranges are registered: every painted text gets them.
      await until(async () => (await unstyledPainted(page)).length === 0, 5_000, 'every painted text styled');
      // The badge counts the quotes; the title says how to clear (a localized message with a substitution).
      const badge = await until(() => browser.sw.evaluate(async () => {
        for (const tab of await chrome.tabs.query({ active: true })) {
          const text = await chrome.action.getBadgeText({ tabId: tab.id });
          if (text && text !== '…') return { text, title: await chrome.action.getTitle({ tabId: tab.id }) };
        }
        return null;
      }), 5_000, 'the badge');
      assert.deepEqual(badge, { text: '6', title: 'Lector: 6 quotes shown — click to clear' });
      await clearsCleanly(page, before);
    } finally {
      await page.close();
    }
  });
}

/** Sends what a keyboard command sends (headless Chromium does not deliver shortcuts to extensions). */
async function command(cmd) {
  await browser.sw.evaluate(async (c) => {
    for (const tab of await chrome.tabs.query({})) {
      if ((await chrome.action.getBadgeText({ tabId: tab.id })) !== '') await chrome.tabs.sendMessage(tab.id, { type: 'background→content:command', command: c }).catch(() => {});
    }
  }, cmd);
}

/** The DOM without Lector's own UI hosts (present while annotated). */
const withoutOwnUI = (page) =>
  page.evaluate(() => {
    const doc = document.cloneNode(true);
    doc.querySelectorAll('lector-ui').forEach((e) => e.remove());
    return new XMLSerializer().serializeToString(doc);
  });

test('the card, keyboard navigation, live switches and forced colours on the NATO page', async () => {
  const { page, before } = await annotated(server.url + '/fixtures/nato-troops.html', 'nato-interactive');
  try {
    // Keyboard: next focuses the first highlight in document order (any category),
    // previous from there wraps to the last.
    const order = await page.evaluate(() => {
      const all = [];
      for (const [name, h] of CSS.highlights) if (name !== 'lector-focus') all.push(...h);
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || b.toString().length - a.toString().length);
      return all.map((r) => r.toString());
    });
    const focused = () => page.evaluate(() => [...(CSS.highlights.get('lector-focus') || [])].map((r) => r.toString()));
    await command('next');
    let f = await until(async () => (await focused()).length && (await focused()), 5_000, 'a focused highlight');
    assert.equal(f[0], order[0]);
    await command('previous');
    await command('previous');
    f = await until(async () => { const v = await focused(); return v.length && v[0] === order[order.length - 2] && v; }, 5_000, 'the previous highlight');
    // Hover: the card opens over a quote (its content lives in a closed shadow root: see the screenshot).
    const box = await page.evaluate(() => { const r = [...CSS.highlights.get('lector-quotes')][1].getClientRects()[0]; return { x: r.left + 20, y: r.top + r.height / 2 }; });
    await page.mouse.move(box.x, box.y);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(artifacts, 'chromium-card.png') });
    // Switches: storage.sync is applied live in the open tab.
    await browser.sw.evaluate(() => chrome.storage.sync.set({ 'show.quotes': false }));
    await until(async () => !(await painted(page))['lector-quotes'], 5_000, 'quotes hidden by the switch');
    await browser.sw.evaluate(() => chrome.storage.sync.set({ 'show.quotes': true }));
    await until(async () => (await painted(page))['lector-quotes']?.length === 6, 5_000, 'quotes shown again');
    await page.emulateMedia({ forcedColors: 'active' });
    await page.screenshot({ path: path.join(artifacts, 'chromium-forced-colors.png') });
    await page.emulateMedia({ forcedColors: 'none' });
    await clearsCleanly(page, before);
  } finally {
    await page.close();
  }
});

test('the options page: a switch flipped there applies at once in an annotated tab', async () => {
  const { page, before } = await annotated(server.url + '/fixtures/nato-troops.html', 'nato-options');
  const options = await browser.context.newPage();
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/ui/options.html`, { timeout: 10_000 });
    const quotes = options.getByLabel('Quotes');
    await quotes.uncheck({ timeout: 5_000 });
    await until(async () => !(await painted(page))['lector-quotes'], 5_000, 'quotes hidden from the options page');
    assert.ok((await painted(page))['lector-speakers']?.length, 'the other categories stay');
    await options.screenshot({ path: path.join(artifacts, 'chromium-options.png') });
    await options.getByLabel('All highlights').uncheck();
    await until(async () => Object.keys(await painted(page)).length === 0, 5_000, 'everything hidden by the master switch');
    await options.getByLabel('All highlights').check();
    await quotes.check();
    await until(async () => (await painted(page))['lector-quotes']?.length === 6, 5_000, 'quotes back');
    await clearsCleanly(page, before);
  } finally {
    await options.close();
    await page.close();
  }
});

/**
 * Clicks a button inside Lector's panel. The panel lives in a closed shadow
 * root, out of reach of selectors, as it is of the page's scripts; the
 * accessibility tree still shows it, as it does to a screen reader.
 */
async function clickPanelButton(page, namePrefix) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const node = nodes.find((n) => n.role?.value === 'button' && String(n.name?.value || '').startsWith(namePrefix));
    if (!node) throw new Error(`no button named ${namePrefix}… in the accessibility tree`);
    // The panel scrolls inside itself: bring the button into view first.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach().catch(() => {});
  }
}

test('the panel: a quote clicked there is scrolled to and flashed; the quotes copy as Markdown', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, before } = await annotated(server.url + '/fixtures/nato-troops.html', 'nato-panel');
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    await clickPanelButton(page, '“In this case');
    const focused = await until(async () => {
      const v = await page.evaluate(() => [...(CSS.highlights.get('lector-focus') || [])].map((r) => r.toString()));
      return v.length && v;
    }, 5_000, 'the flashed quote');
    assert.equal(squash(focused[0]), goldQuotes[5]);
    const visible = await page.evaluate(() => {
      const r = [...CSS.highlights.get('lector-focus')][0].getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(visible, 'the quote was scrolled into view');
    await page.screenshot({ path: path.join(artifacts, 'chromium-panel-flash.png') });
    await until(async () => !(await page.evaluate(() => CSS.highlights.has('lector-focus'))), 5_000, 'the flash to end');
    await clickPanelButton(page, 'Copy quotes as Markdown');
    const md = await until(async () => {
      const t = await page.evaluate(() => navigator.clipboard.readText());
      return t.includes('“') && t;
    }, 5_000, 'the Markdown on the clipboard');
    for (const q of goldQuotes) assert.ok(squash(md).includes(`“${q}”`), `missing from the Markdown: ${q}`);
    assert.match(md, /— \*\*Jens Stoltenberg\*\* \(NATO Secretary General\) — via TASS/);
    await clearsCleanly(page, before);
  } finally {
    await page.close();
  }
});

test('dark page: quotes painted with the dark palette, nothing in the nav or ticker', async () => {
  const { page, before } = await annotated(server.url + '/pages/dark.html', 'dark');
  try {
    const quotes = (await painted(page))['lector-quotes'].map(squash);
    assert.deepEqual(quotes, ['We got what we came for: safer shifts and a fair raise,', 'Ships will be moving again by Wednesday morning,']);
    assert.deepEqual((await paintedPlaces(page, 'nav, .ticker')).filter((p) => p.furniture), []);
    await clearsCleanly(page, before);
  } finally {
    await page.close();
  }
});

test('paragraphs added after load are annotated without repainting the rest', async () => {
  const { page } = await annotated(server.url + '/pages/late.html', 'late-before');
  try {
    assert.equal((await painted(page))['lector-quotes'].length, 1);
    await page.evaluate(() => {
      window.__h = CSS.highlights.get('lector-quotes');
      window.__r = [...window.__h][0];
      window.addParagraph();
    });
    await until(async () => (await painted(page))['lector-quotes']?.length === 2, 5_000, 'the late quote painted');
    const same = await page.evaluate(() => CSS.highlights.get('lector-quotes') === window.__h && window.__h.has(window.__r));
    assert.ok(same, 'the Highlight and the first quote\'s Range were replaced instead of kept');
    assert.equal(squash((await painted(page))['lector-quotes'][1]), "We will take this to the highest court if we have to,");
    await page.screenshot({ path: path.join(artifacts, 'chromium-late-after.png'), fullPage: true });
    const dom = await withoutOwnUI(page);
    await clearsCleanly(page, dom);
  } finally {
    await page.close();
  }
});

test('single-page-app navigation: the new article is annotated, nothing stale stays', async () => {
  const { page } = await annotated(server.url + '/pages/spa.html', 'spa-before');
  try {
    assert.deepEqual((await painted(page))['lector-quotes'].map(squash), ['The offer is good enough to put to our members,']);
    await page.click('#to-school');
    const school = ['No child should learn on an empty stomach,', 'We will need new kitchens before we need new menus,'];
    await until(async () => JSON.stringify((await painted(page))['lector-quotes']?.map(squash)) === JSON.stringify(school), 5_000, 'the new article\'s quotes');
    await page.screenshot({ path: path.join(artifacts, 'chromium-spa-after.png'), fullPage: true });
    const dom = await withoutOwnUI(page);
    await clearsCleanly(page, dom);
  } finally {
    await page.close();
  }
});

test('open shadow roots and same-origin frames are read and painted, and cleared', async () => {
  const page = await browser.context.newPage();
  try {
    await page.goto(server.url + '/pages/embedded.html', { waitUntil: 'load', timeout: 15_000 });
    const frame = page.frames().find((f) => f.url().endsWith('embedded-frame.html'));
    const sheets = () => page.evaluate(() => document.querySelector('story-quote').shadowRoot.adoptedStyleSheets.length);
    const before = { page: await serialise(page), frame: await frame.evaluate(() => new XMLSerializer().serializeToString(document)), sheets: await sheets() };
    await clickAction(browser, page);
    await until(async () => (await painted(page))['lector-quotes']?.length, 10_000, 'painted quotes');
    const top = (await painted(page))['lector-quotes'].map(squash);
    assert.deepEqual(top, ['It is the heart of the town and now it beats again,', 'The clock is right twice a day at last,']);
    const inFrame = await frame.evaluate(() => [...(CSS.highlights.get('lector-quotes') || [])].map((r) => r.toString()));
    assert.deepEqual(inFrame, ['We waited a long time for this day,']);
    assert.equal(await sheets(), before.sheets + 1, 'the shadow root adopted the highlight styles');
    await page.screenshot({ path: path.join(artifacts, 'chromium-embedded.png'), fullPage: true });
    await clickAction(browser, page);
    await until(async () => Object.keys(await painted(page)).length === 0, 10_000, 'highlights cleared');
    assert.equal(await frame.evaluate(() => CSS.highlights.size), 0);
    assert.equal(await sheets(), before.sheets);
    assert.equal(await serialise(page), before.page);
    assert.equal(await frame.evaluate(() => new XMLSerializer().serializeToString(document)), before.frame);
  } finally {
    await page.close();
  }
});

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
