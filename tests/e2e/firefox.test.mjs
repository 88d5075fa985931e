// The built extension in Firefox ESR (selenium-webdriver 4.46 + geckodriver):
// the toolbar action paints the NATO article's gold quotes, also under a
// strict CSP, and a second action leaves the DOM as it was. The action is run
// from the privileged chrome context (geckodriver --allow-system-access), the
// way a click reaches it, which grants activeTab.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { artifacts, root, serve, squash, until } from './lib.mjs';
import { chrome, clickActionFF, launchFirefox } from './ffdriver.mjs';

const missing = !existsSync('/usr/bin/firefox-esr') ? 'firefox-esr is not installed' : null;
const gold = JSON.parse(readFileSync(path.join(root, 'tests', 'fixtures', 'nato-troops.gold.json'), 'utf8'));
const goldQuotes = gold.quotes.map((q) => squash(q.text));

let server;
let ff;
let driver;

before(async () => {
  if (missing) return;
  server = await serve();
  ff = await launchFirefox();
  driver = ff.driver;
});

after(async () => {
  await ff?.close();
  await server?.close();
});

/** Runs the toolbar action on the current tab from the chrome context, as a click does (grants activeTab). */
const clickAction = () => clickActionFF(ff);

const painted = () => driver.executeScript(() => {
  const out = {};
  for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
  return out;
});
const serialise = () => driver.executeScript(() => new XMLSerializer().serializeToString(document));

async function shot(name) {
  writeFileSync(path.join(artifacts, `firefox-${name}.png`), Buffer.from(await driver.takeFullPageScreenshot(), 'base64'));
}

for (const [name, pathname] of [
  ['nato', '/fixtures/nato-troops.html'],
  ['strict-csp', '/strict/fixtures/nato-troops.html'],
]) {
  test(`firefox ${name}: the six gold quotes, cleared without a trace`, { skip: missing || false }, async () => {
    await driver.get(server.url + pathname);
    await until(async () => (await driver.executeScript(() => document.readyState)) === 'complete', 10_000, 'page load');
    const before = await serialise();
    await clickAction();
    await until(async () => (await painted())['lector-quotes']?.length, 10_000, 'painted quotes');
    await shot(name);
    assert.deepEqual((await painted())['lector-quotes'].map(squash), goldQuotes);
    await clickAction();
    await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
    assert.equal(await serialise(), before);
  });
}

async function open(pathname) {
  await driver.get(server.url + pathname);
  await until(async () => (await driver.executeScript(() => document.readyState)) === 'complete', 10_000, 'page load');
  await clickAction();
  await until(async () => (await painted())['lector-quotes']?.length, 10_000, 'painted quotes');
}

const quotesNow = async () => ((await painted())['lector-quotes'] || []).map(squash);

test('firefox dark page: the two quotes', { skip: missing || false }, async () => {
  await open('/pages/dark.html');
  await shot('dark');
  assert.deepEqual(await quotesNow(), ['We got what we came for: safer shifts and a fair raise,', 'Ships will be moving again by Wednesday morning,']);
  await clickAction();
  await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
});

test('firefox: a late paragraph is painted, the first quote is not repainted', { skip: missing || false }, async () => {
  await open('/pages/late.html');
  await driver.executeScript(() => {
    window.__h = CSS.highlights.get('lector-quotes');
    window.__r = [...window.__h][0];
    window.addParagraph();
  });
  await until(async () => (await quotesNow()).length === 2, 5_000, 'the late quote');
  assert.ok(await driver.executeScript(() => CSS.highlights.get('lector-quotes') === window.__h && window.__h.has(window.__r)));
  await shot('late-after');
  await clickAction();
  await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
});

test('firefox: single-page-app navigation repaints the new article', { skip: missing || false }, async () => {
  await open('/pages/spa.html');
  assert.deepEqual(await quotesNow(), ['The offer is good enough to put to our members,']);
  await driver.findElement({ css: '#to-school' }).click();
  const school = ['No child should learn on an empty stomach,', 'We will need new kitchens before we need new menus,'];
  await until(async () => JSON.stringify(await quotesNow()) === JSON.stringify(school), 5_000, 'the new article\'s quotes');
  await shot('spa-after');
  await clickAction();
  await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
});

test('firefox: open shadow roots and same-origin frames are painted and cleared', { skip: missing || false }, async () => {
  await open('/pages/embedded.html');
  assert.deepEqual(await quotesNow(), ['It is the heart of the town and now it beats again,', 'The clock is right twice a day at last,']);
  const frameQuotes = () => driver.executeScript(() => {
    const w = document.querySelector('iframe').contentWindow;
    return [...(w.CSS.highlights.get('lector-quotes') || [])].map((r) => r.toString());
  });
  await until(async () => (await frameQuotes()).length === 1, 5_000, 'the frame\'s quote');
  assert.deepEqual(await frameQuotes(), ['We waited a long time for this day,']);
  assert.equal(await driver.executeScript(() => document.querySelector('story-quote').shadowRoot.adoptedStyleSheets.length), 1);
  await shot('embedded');
  await clickAction();
  await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
  assert.deepEqual(await frameQuotes(), []);
  assert.equal(await driver.executeScript(() => document.querySelector('story-quote').shadowRoot.adoptedStyleSheets.length), 0);
});

function extensionUuid(id) {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  return ExtensionParent.GlobalManager.getExtension(id).uuid;
}

test('firefox: a switch flipped on the options page applies at once in the annotated tab', { skip: missing || false }, async () => {
  await open('/fixtures/nato-troops.html');
  const articleTab = await driver.getWindowHandle();
  const uuid = await chrome(driver, extensionUuid, ff.addonId);
  await driver.switchTo().newWindow('tab');
  const optionsTab = await driver.getWindowHandle();
  try {
    await driver.get(`moz-extension://${uuid}/ui/options.html`);
    const quotesBox = await until(async () => (await driver.findElements({ xpath: "//label[span[@class='name' and text()='Quotes']]/input" }))[0], 5_000, 'the Quotes switch');
    await quotesBox.click();
    await driver.switchTo().window(articleTab);
    await until(async () => !(await painted())['lector-quotes'], 5_000, 'quotes hidden from the options page');
    await driver.switchTo().window(optionsTab);
    await quotesBox.click();
  } finally {
    await driver.switchTo().window(optionsTab);
    await driver.close();
    await driver.switchTo().window(articleTab);
  }
  await until(async () => (await painted())['lector-quotes']?.length === 6, 5_000, 'quotes back');
  await clickAction();
  await until(async () => Object.keys(await painted()).length === 0, 10_000, 'highlights cleared');
});

test('firefox: no request beyond the served pages', { skip: missing || false }, () => {
  const served = server.requests.filter((u) => u !== '/favicon.ico');
  assert.ok(served.every((u) => u.startsWith('/fixtures/') || u.startsWith('/strict/') || u.startsWith('/pages/')), served.join(' '));
});
