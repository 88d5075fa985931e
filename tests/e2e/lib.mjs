// Helpers for the browser end-to-end tests: a static server on 127.0.0.1 that
// records every request, Chromium with the built extension, and the way a
// user's toolbar click reaches the extension.
import http from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(root, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };
export const STRICT_CSP = "default-src 'self'";

/**
 * Serves tests/fixtures/ at /fixtures/ and tests/pages/ at /pages/; any path
 * under /strict/ is the same file with `Content-Security-Policy: default-src 'self'`.
 * `generated` maps a path (e.g. '/pages/hostile-10mb.html') to a function
 * returning the HTML, for big pages built by the tests rather than committed.
 * Resolves to {url, requests, close}.
 */
export function serve({ generated = {} } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {};
    if (p.startsWith('/strict/')) {
      headers['Content-Security-Policy'] = STRICT_CSP;
      p = p.slice('/strict'.length);
    }
    if (generated[p]) {
      headers['Content-Type'] = TYPES['.html'];
      headers['Cache-Control'] = 'no-store';
      res.writeHead(200, headers).end(generated[p]());
      return;
    }
    const m = p.match(/^\/(fixtures|pages)\/([\w.-]+)$/);
    const file = m && path.join(root, 'tests', m[1], m[2]);
    if (!file || !existsSync(file)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    headers['Content-Type'] = TYPES[path.extname(file)] || 'application/octet-stream';
    headers['Cache-Control'] = 'no-store';
    res.writeHead(200, headers).end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({ url, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export const HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/** Chromium (Debian's) with dist/chrome loaded; resolves to {context, sw, extensionId, close}. */
export async function launchChromium({ colorScheme } = {}) {
  const { chromium } = await import('playwright-core');
  const ext = path.join(root, 'dist', 'chrome');
  if (!existsSync(path.join(ext, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'lector-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...HEADLESS_FLAGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    viewport: { width: 1280, height: 900 },
    colorScheme,
    timeout: 30_000,
  });
  const close = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const extensionId = new URL(sw.url()).host;
    return { context, sw, extensionId, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Polls `fn` until it returns a truthy value, at most `ms`. */
export async function until(fn, ms = 10_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks the toolbar button the way a user does: the DevTools method
 * Extensions.triggerAction on the browser session, with the tab's target id,
 * grants activeTab (calling the listener from the worker would not).
 * Waits first for the worker's click listener and the tab's load, which
 * otherwise race the click about 1 run in 15.
 */
export async function clickAction(ctx, page) {
  const { context, sw, extensionId } = ctx;
  // A click acts on the window's active tab, as a user's does.
  await page.bringToFront();
  await until(() => sw.evaluate(() => chrome.action.onClicked.hasListeners()), 10_000, 'the click listener');
  const url = page.url();
  // Without the "tabs" permission the worker cannot see tab URLs: wait for every tab.
  await until(
    () => sw.evaluate(async () => (await chrome.tabs.query({})).every((t) => t.status === 'complete')),
    10_000,
    'the tab to finish loading',
  );
  const browserSession = await context.browser().newBrowserCDPSession();
  try {
    // The action belongs to the tab target (which holds the page), listed only on request.
    const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const target = targetInfos.find((t) => t.type === 'tab' && t.url === url);
    if (!target) throw new Error(`no page target for ${url}`);
    await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  } finally {
    await browserSession.detach().catch(() => {});
  }
}

/** Text of every range in each lector-* highlight, read from the page's registry. */
export function painted(page) {
  return page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/**
 * Painted ranges whose text the ::highlight rules do not reach (no background
 * on the text's parent): the rules are built for the painted elements only.
 */
export function unstyledPainted(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      if (name === 'lector-focus') continue;
      for (const r of h) {
        for (const n of [r.startContainer, r.endContainer]) {
          const el = n.nodeType === 1 ? n : n.parentElement;
          if (el.getRootNode() !== document) continue; // frames and shadow trees adopt a sheet of their own
          const bg = getComputedStyle(el, `::highlight(${name})`).backgroundColor;
          if (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent') out.push(`${name}: ${r.toString()} (in <${el.localName}>)`);
        }
      }
    }
    return out;
  });
}

/** For each painted range: its text and the closest landmark/furniture ancestor it sits in. */
export function paintedPlaces(page, furniture) {
  return page.evaluate((sel) => {
    const out = [];
    for (const [name, h] of CSS.highlights) {
      for (const r of h) {
        const el = r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement;
        const bad = el.closest(sel);
        out.push({ name, text: r.toString(), inArticle: !!el.closest('article'), furniture: bad ? bad.tagName.toLowerCase() + (bad.className ? '.' + bad.className : '') : null });
      }
    }
    return out;
  }, furniture);
}

export const serialise = (page) => page.evaluate(() => new XMLSerializer().serializeToString(document));
export const squash = (s) => s.replace(/\s+/g, ' ').trim();
