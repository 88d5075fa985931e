// Click → painted highlights in headless Chromium with the built extension
// (dist/chrome), run by `npm run bench` (scripts/bench.mjs reads the LAST line
// of stdout as a JSON array of rows). Not a test: it asserts nothing.
//
// The clock starts in Node right before Extensions.triggerAction (the click a
// user makes) and stops at the content script's `paintedAt`: the wall-clock
// time (performance.timeOrigin + now) at which the highlights were registered
// in CSS.highlights, read from the content script's isolated world over CDP.
// Both are the same machine's wall clock.
//
//   cold: the first click after the browser starts (service worker just up,
//         content scripts injected, wasm compiled): a new browser per run.
//   warm: clear, then annotate again, on a page already annotated once.
// Pages: the NATO article fixture and a generated 200,000-word article.
// Then 100 annotate/clear cycles on the NATO page: the page's JS heap (after a
// forced GC) and the background's wasm memory, before and after.
//
//   node tests/e2e/bench-click.mjs [--cold N] [--warm N] [--cycles N]
//
// Rows: {page, mode, median_ms, runs, goal} for times; rows that are not times
// (memory, stalls) carry {value, unit} instead of median_ms.
import { performance } from 'node:perf_hooks';
import { launchChromium, painted, serve, until } from './lib.mjs';
import { generatedRoutes } from './hostile-pages.mjs';

const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const COLD = arg('--cold', 5);
const WARM = arg('--warm', 20);
const CYCLES = arg('--cycles', 100);

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a) => console.error('[bench-click]', ...a); // stderr: stdout's last line is the JSON

const PAGES = [
  { page: 'NATO article', path: '/fixtures/nato-troops.html', goals: { cold: '< 100 ms', warm: '< 50 ms' } },
  { page: '200,000-word article', path: '/pages/hostile-200k.html', goals: { cold: '', warm: '' } },
];

/** One opened page with what the timing needs: its tab target, a CDP session, the isolated world's id. */
async function openPage(b, url) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  const worlds = new Map();
  cdp.on('Runtime.executionContextCreated', (e) => worlds.set(e.context.id, e.context));
  cdp.on('Runtime.executionContextDestroyed', (e) => worlds.delete(e.executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  await cdp.send('Runtime.enable');
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await until(() => b.sw.evaluate(() => chrome.action.onClicked.hasListeners()), 10_000, 'the click listener');
  await until(() => b.sw.evaluate(async () => (await chrome.tabs.query({})).every((t) => t.status === 'complete')), 10_000, 'the tab to load');
  const browserSession = await b.context.browser().newBrowserCDPSession();
  const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error(`no tab target for ${url}`);
  /** The content script's timing, or null before the first paint. */
  const timing = async () => {
    for (const c of worlds.values()) {
      if (c.auxData?.type !== 'isolated' || !c.name.startsWith('Lector')) continue;
      const r = await cdp.send('Runtime.evaluate', { contextId: c.id, expression: 'globalThis.__lectorTiming || null', returnByValue: true }).catch(() => null);
      if (r?.result?.value) return r.result.value;
    }
    return null;
  };
  /** Clicks; resolves to Node's wall-clock time (ms, sub-ms precision) just before the click was sent. */
  const click = async () => {
    const t = performance.timeOrigin + performance.now();
    await browserSession.send('Extensions.triggerAction', { id: b.extensionId, targetId: target.targetId });
    return t;
  };
  /** The badge of any tab that shows ✕ (Lector was refused the page). */
  const refused = () => b.sw.evaluate(async () => {
    for (const t of await chrome.tabs.query({})) if ((await chrome.action.getBadgeText({ tabId: t.id })) === '✕') return true;
    return false;
  });
  /**
   * Click to annotate; resolves to ms from the click to the highlights registered, and the parts.
   * Extensions.triggerAction's activeTab grant is lost about one click in 15 (the background then
   * shows ✕ "can't read this page"): such a click is not a measurement; it is made again.
   */
  const annotate = async () => {
    const prev = (await timing())?.paintedAt;
    for (let attempt = 0; attempt < 3; attempt++) {
      const t0 = await click();
      const t = await until(async () => {
        const x = await timing();
        if (x && x.paintedAt !== prev) return x;
        return (await refused()) ? 'refused' : null;
      }, 60_000, 'painted highlights');
      if (t !== 'refused') return { ms: t.paintedAt - t0, parts: t };
      log(`click ${attempt + 1} on ${url} lost its activeTab grant (✕); clicking again`);
      await b.sw.evaluate(async () => {
        for (const t of await chrome.tabs.query({})) await chrome.action.setBadgeText({ tabId: t.id, text: '' });
      });
    }
    throw new Error(`three clicks on ${url} were refused`);
  };
  const clear = async () => {
    await click();
    await until(async () => Object.keys(await painted(page)).length === 0, 30_000, 'highlights cleared');
  };
  const close = async () => {
    await browserSession.detach().catch(() => {});
    await cdp.detach().catch(() => {});
    await page.close().catch(() => {});
  };
  return { page, cdp, annotate, clear, close };
}

const server = await serve({ generated: generatedRoutes() });
const rows = [];
try {
  for (const p of PAGES) {
    const url = server.url + p.path;
    // Warm the test server's cache of the generated page outside any timing.
    await fetch(url).then((r) => r.arrayBuffer());

    const cold = [];
    const warm = [];
    const parts = [];
    const stalls = [];
    const coldParts = [];
    for (let i = 0; i < COLD; i++) {
      const b = await launchChromium();
      let pg;
      try {
        pg = await openPage(b, url);
        const first = await pg.annotate();
        cold.push(first.ms);
        // The background's own view of the click (ext branch): from its click handler to the reply.
        const sw = await b.sw.evaluate(() => globalThis.lastTiming || null).catch(() => null);
        coldParts.push({ ...first.parts, dispatch: sw ? first.ms - sw.clickToPainted : NaN, inject: sw ? sw.inject : NaN });
        if (i === 0) {
          for (let j = 0; j < WARM; j++) {
            await pg.clear();
            await pg.page.evaluate(() => typeof window.__ticks === 'number' && (window.__maxGap = 0)); // the generated pages' own stall meter
            const r = await pg.annotate();
            warm.push(r.ms);
            parts.push(r.parts);
            const gap = await pg.page.evaluate(() => (typeof window.__ticks === 'number' ? window.__maxGap : null));
            if (gap != null) stalls.push(gap);
          }
        }
      } finally {
        await pg?.close();
        await b.close();
      }
    }
    const part = (k, list = parts) => round(median(list.map((x) => x[k])));
    log(`${p.page}: cold ${cold.map((x) => round(x)).join(', ')} ms`);
    log(`${p.page}: cold median parts — collect ${part('collect', coldParts)}, core ${part('core', coldParts)}, round trip ${part('roundTrip', coldParts)}, paint ${part('paint', coldParts)}, content total ${part('total', coldParts)} ms ; before the background's handler ran ${part('dispatch', coldParts)}, injecting ${part('inject', coldParts)} ms`);
    log(`${p.page}: warm median parts — collect ${part('collect')}, core ${part('core')}, round trip ${part('roundTrip')}, paint ${part('paint')}, content total ${part('total')} ms`);
    rows.push({ page: p.page, mode: 'cold', median_ms: round(median(cold)), runs: cold.length, goal: p.goals.cold });
    rows.push({ page: p.page, mode: 'warm', median_ms: round(median(warm)), runs: warm.length, goal: p.goals.warm });
    if (stalls.length) {
      // How long the page's own 50 ms interval was held up during a warm click: the freeze a reader feels.
      rows.push({ page: p.page, mode: 'warm: longest main-thread stall', value: round(median(stalls)), unit: 'ms', runs: stalls.length, goal: '< 50 ms' });
    }
  }

  // Memory: CYCLES annotate/clear cycles on the NATO page.
  {
    const b = await launchChromium();
    let pg;
    try {
      pg = await openPage(b, server.url + PAGES[0].path);
      await pg.cdp.send('HeapProfiler.enable');
      const heap = async () => {
        await pg.cdp.send('HeapProfiler.collectGarbage');
        return (await pg.cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const wasmBytes = () => b.sw.evaluate(async () => (globalThis.lectorWasmBytes ? await globalThis.lectorWasmBytes() : null));
      // One cycle first: the content scripts, the wasm and its first allocations are in place.
      await pg.annotate();
      await pg.clear();
      const heap0 = await heap();
      const wasm0 = await wasmBytes();
      for (let i = 0; i < CYCLES; i++) {
        await pg.annotate();
        await pg.clear();
      }
      const heap1 = await heap();
      const wasm1 = await wasmBytes();
      const MB = 2 ** 20;
      log(`page JS heap ${round(heap0 / MB, 2)} → ${round(heap1 / MB, 2)} MB; wasm memory ${wasm0 == null ? '?' : round(wasm0 / MB, 2)} → ${wasm1 == null ? '?' : round(wasm1 / MB, 2)} MB`);
      rows.push({ page: 'NATO article', mode: `${CYCLES} cycles: page JS heap Δ`, value: round((heap1 - heap0) / MB, 3), unit: 'MB', runs: 1, goal: '≤ 1 MB' });
      if (wasm0 != null) rows.push({ page: 'NATO article', mode: `${CYCLES} cycles: wasm memory Δ`, value: round((wasm1 - wasm0) / MB, 3), unit: 'MB', runs: 1, goal: '≤ 1 MB' });
    } finally {
      await pg?.close();
      await b.close();
    }
  }
} finally {
  await server.close();
}
console.log(JSON.stringify(rows));
