// Firefox ESR with the built extension, for the end-to-end tests: geckodriver
// on a port the system picks (no clash with a parallel run), a fresh profile
// under a temporary root removed on close, every wait bounded, and the
// toolbar click made the way Firefox's own tests make it (from the privileged
// chrome context, which grants activeTab like a real click).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, until } from './lib.mjs';

const GECKODRIVER = [process.env.GECKODRIVER, path.join(os.homedir(), '.cargo', 'bin', 'geckodriver'), '/usr/local/bin/geckodriver', '/usr/bin/geckodriver'].find(
  (p) => p && existsSync(p),
);
const FIREFOX = process.env.FIREFOX_BIN || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p));

/** Preferences that keep a test profile quiet: no updates, telemetry, safe-browsing lists or portal checks. */
const QUIET_PREFS = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topsites': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'captivedetect.canonicalURL': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'media.gmp-manager.url': '',
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
};

/** Starts geckodriver on a free port; resolves once it listens (at most `ms`). */
function startGeckodriver(profileRoot, ms = 15_000) {
  if (!GECKODRIVER) throw new Error('geckodriver not found (cargo install geckodriver --locked, or set GECKODRIVER)');
  const proc = spawn(GECKODRIVER, ['--port', '0', '--allow-system-access', '--profile-root', profileRoot, '--log', 'info'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`geckodriver did not start within ${ms} ms: ${out}`));
    }, ms);
    let listening = false;
    const onData = (d) => {
      if (listening) return; // keep draining the pipe, stop keeping the text
      out += d;
      const m = out.match(/Listening on ([\d.]+:\d+)/);
      if (m) {
        listening = true;
        clearTimeout(timer);
        resolve({ proc, url: `http://${m[1]}` });
      }
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`geckodriver exited (${code}) before listening: ${out}`));
    });
  });
}

/**
 * Headless Firefox ESR with dist/firefox installed as a temporary add-on.
 * Resolves to {driver, addonId, close}. Retries a start that fails once:
 * Firefox's first start in a fresh profile is the flaky part on a loaded machine.
 */
export async function launchFirefox({ width = 1280, height = 900, prefs = {} } = {}) {
  const ext = path.join(root, 'dist', 'firefox');
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error('dist/firefox is missing: run `npm run build` first');
  let lastError;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return await launchOnce(ext, { width, height, prefs });
    } catch (e) {
      lastError = e;
    }
  }
  throw lastError;
}

async function launchOnce(ext, { width, height, prefs }) {
  const { Builder } = await import('selenium-webdriver');
  const firefox = await import('selenium-webdriver/firefox.js');
  const profileRoot = mkdtempSync(path.join(os.tmpdir(), 'lector-ff-'));
  let gd;
  let driver;
  const close = async () => {
    if (driver) await withTimeout(driver.quit(), 15_000, 'driver.quit').catch(() => {});
    if (gd && gd.proc.exitCode === null) {
      gd.proc.kill('SIGTERM');
      await withTimeout(new Promise((r) => gd.proc.once('exit', r)), 5_000, 'geckodriver exit').catch(() => gd.proc.kill('SIGKILL'));
    }
    rmSync(profileRoot, { recursive: true, force: true });
  };
  try {
    gd = await startGeckodriver(profileRoot);
    const options = new firefox.Options();
    if (FIREFOX) options.setBinary(FIREFOX);
    options.addArguments('-headless', `--width=${width}`, `--height=${height}`);
    for (const [k, v] of Object.entries({ ...QUIET_PREFS, ...prefs })) options.setPreference(k, v);
    driver = await withTimeout(new Builder().forBrowser('firefox').setFirefoxOptions(options).usingServer(gd.url).build(), 60_000, 'Firefox start');
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const addonId = await withTimeout(driver.installAddon(ext, true), 20_000, 'installAddon');
    // The add-on's background page must be up (its click listener registered) before a click.
    await until(() => chrome(driver, backgroundReady, addonId), 15_000, 'the background page of the add-on');
    return { driver, addonId, close };
  } catch (e) {
    await close();
    throw e;
  }
}

function withTimeout(p, ms, what) {
  let t;
  return Promise.race([p, new Promise((_, rej) => (t = setTimeout(() => rej(new Error(`${what} took more than ${ms} ms`)), ms)))]).finally(() => clearTimeout(t));
}

/** Runs `fn(...args)` in the browser's privileged chrome context, then switches back to content. */
export async function chrome(driver, fn, ...args) {
  await driver.setContext('chrome');
  try {
    return await driver.executeScript(`return (${fn})(...arguments)`, ...args);
  } finally {
    await driver.setContext('content');
  }
}

/* Functions run in the chrome context (serialised: no closures). */

function backgroundReady(id) {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const ext = ExtensionParent.GlobalManager.getExtension(id);
  return !!(ext && ext.backgroundState === 'running') || !!(ext && ext.backgroundContext);
}

function triggerInChrome(id) {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const ext = ExtensionParent.GlobalManager.getExtension(id);
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const action = ExtensionParent.apiManager.global.browserActionFor(ext);
  action.triggerAction(win);
  return true;
}

function badgeInChrome(id) {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const ext = ExtensionParent.GlobalManager.getExtension(id);
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  const action = ExtensionParent.apiManager.global.browserActionFor(ext);
  const tab = win.gBrowser.selectedTab;
  // ext-browserAction's API object holds the ToolbarAction of ExtensionActions.sys.mjs.
  const a = action.action;
  return { text: a.getProperty(tab, 'badgeText') || '', title: a.getProperty(tab, 'title') || '' };
}

/** Clicks the toolbar button of the add-on for the selected tab, once the page has loaded. */
export async function clickActionFF(ff) {
  await until(async () => (await ff.driver.executeScript('return document.readyState')) === 'complete', 15_000, 'the page to load');
  await chrome(ff.driver, triggerInChrome, ff.addonId);
}

/** The badge text and title of the action on the selected tab. */
export function badgeFF(ff) {
  return chrome(ff.driver, badgeInChrome, ff.addonId);
}

/** Text of every range in each highlight, read from the page's registry (content context). */
export function paintedFF(driver) {
  return driver.executeScript(`
    const out = {};
    if (typeof CSS === 'undefined' || !CSS.highlights) return null;
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;`);
}

/** For each painted range: its text, whether it is in <article>, and the furniture ancestor if any. */
export function paintedPlacesFF(driver, furniture) {
  return driver.executeScript(
    `const sel = arguments[0]; const out = [];
    for (const [name, h] of CSS.highlights) for (const r of h) {
      const n = r.commonAncestorContainer;
      const el = n.nodeType === 1 ? n : n.parentElement;
      const bad = el.closest(sel);
      out.push({ name, text: r.toString(), inArticle: !!el.closest('article'), furniture: bad ? bad.tagName.toLowerCase() + (bad.className ? '.' + bad.className : '') : null });
    }
    return out;`,
    furniture,
  );
}

export const serialiseFF = (driver) => driver.executeScript('return new XMLSerializer().serializeToString(document)');

/** Saves a PNG of the whole page (geckodriver's full-page screenshot). */
export async function screenshotFF(driver, file) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, Buffer.from(await driver.takeFullPageScreenshot(), 'base64'));
}

function watchInChrome() {
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  if (win.__lectorNet) return true;
  const seen = [];
  const observer = {
    observe(subject) {
      try {
        const ch = subject.QueryInterface(Ci.nsIHttpChannel);
        const p = ch.loadInfo && ch.loadInfo.triggeringPrincipal;
        seen.push({ url: ch.URI.spec, system: !!(p && p.isSystemPrincipal), origin: p && !p.isSystemPrincipal ? String(p.origin || '') : '', addonId: (p && p.addonId) || '' });
      } catch (e) {
        seen.push({ url: String(subject), error: String(e) });
      }
    },
  };
  Services.obs.addObserver(observer, 'http-on-modify-request');
  win.__lectorNet = { seen, observer };
  return true;
}

function requestsInChrome() {
  const win = Services.wm.getMostRecentWindow('navigator:browser');
  return win.__lectorNet ? win.__lectorNet.seen.slice() : null;
}

/**
 * Records every HTTP(S) channel the browser opens from now on (an observer of
 * http-on-modify-request in the parent process), with the principal that
 * triggered it. watchRequestsFF(ff) starts; requestsFF(ff) reads the list.
 */
export const watchRequestsFF = (ff) => chrome(ff.driver, watchInChrome);
export const requestsFF = (ff) => chrome(ff.driver, requestsInChrome);
