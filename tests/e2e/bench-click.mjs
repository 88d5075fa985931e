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
//   node tests/e2e/bench-click.mjs [--cold N] [--warm N] [--cycles N] [--only WORD]
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
// --only WORD: just the pages whose name contains WORD (and no memory cycles), for quick comparisons.
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a) => console.error('[bench-click]', ...a); // stderr: stdout's last line is the JSON

const PAGES = [
  { page: 'NATO article', path: '/fixtures/nato-troops.html', goals: { cold: '< 100 ms', warm: '< 50 ms' } },
  { page: '200,000-word article', path: '/pages/hostile-200k.html', goals: { cold: '', warm: '' } },
  { page: '20,000-row table', path: '/pages/hostile-table.html', goals: { cold: '', warm: '' }, probe: true },
];

/**
 * A probe in the page's own world, started before a click: the longest task
 * (PerformanceObserver 'longtask', ≥ 50 ms), the longest gap between two
 * animation frames, and when the first frame after the highlights were
 * registered was done (the next frame's callback: the highlighted frame is on
 * screen). The tab freezes a reader feels are these gaps.
 */
const PROBE = () => {
  const p = (window.__lectorProbe = { longTask: 0, rafGap: 0, shownAt: 0, seen: false });
  try {
    p.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) p.longTask = Math.max(p.longTask, e.duration);
    });
    p.observer.observe({ type: 'longtask' });
  } catch {}
  let last = performance.now();
  const frame = () => {
    const now = performance.now();
    p.rafGap = Math.max(p.rafGap, now - last);
    last = now;
    if (p.seen && !p.shownAt) p.shownAt = performance.timeOrigin + now;
    if ([...CSS.highlights.keys()].some((k) => k.startsWith('lector-'))) p.seen = true;
    if (!p.stopped) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};
const PROBE_READ = () => {
  const p = window.__lectorProbe;
  p.stopped = true;
  p.observer?.disconnect();
  return { longTask: p.longTask, rafGap: p.rafGap, shownAt: p.shownAt };
};

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
      if (t !== 'refused') return { ms: t.paintedAt - t0, t0, parts: t };
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
  /** Bytes of the content→background message's input, as JSON (what extension messaging carries). */
  const messageBytes = async () => {
    for (const c of worlds.values()) {
      if (c.auxData?.type !== 'isolated' || !c.name.startsWith('Lector')) continue;
      const r = await cdp.send('Runtime.evaluate', {
        contextId: c.id,
        expression: 'globalThis.Lector?.content?.state?.collected ? new TextEncoder().encode(JSON.stringify(Lector.content.state.collected.input)).length : null',
        returnByValue: true,
      }).catch(() => null);
      if (r?.result?.value != null) return r.result.value;
    }
    return null;
  };
  return { page, cdp, annotate, clear, close, messageBytes };
}

const server = await serve({ generated: generatedRoutes() });
const rows = [];
try {
  for (const p of PAGES.filter((x) => !ONLY || x.page.includes(ONLY))) {
    const url = server.url + p.path;
    // Warm the test server's cache of the generated page outside any timing.
    await fetch(url).then((r) => r.arrayBuffer());

    const cold = [];
    const warm = [];
    const parts = [];
    const stalls = [];
    const coldParts = [];
    const probes = []; // {longTask, rafGap, shown}
    let messageBytes = null;
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
            if (p.probe) await pg.page.evaluate(PROBE);
            const r = await pg.annotate();
            warm.push(r.ms);
            if (p.probe) {
              // Let the highlighted frame reach the screen, and any task it queued run.
              await until(() => pg.page.evaluate(() => window.__lectorProbe.shownAt > 0), 30_000, 'the highlighted frame');
              await new Promise((res) => setTimeout(res, 300));
              const x = await pg.page.evaluate(PROBE_READ);
              probes.push({ longTask: x.longTask, rafGap: x.rafGap, shown: x.shownAt - r.t0 });
              messageBytes ??= await pg.messageBytes();
            }
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
    if (probes.length) {
      const pm = (k) => round(median(probes.map((x) => x[k])));
      log(`${p.page}: warm probes — click → highlighted frame ${probes.map((x) => round(x.shown)).join(', ')} ms; longest task ${probes.map((x) => round(x.longTask)).join(', ')} ms; longest frame gap ${probes.map((x) => round(x.rafGap)).join(', ')} ms; message ${messageBytes} bytes`);
      rows.push({ page: p.page, mode: 'warm: click → highlighted frame on screen', median_ms: pm('shown'), runs: probes.length, goal: '' });
      rows.push({ page: p.page, mode: 'warm: longest task (longtask observer)', value: pm('longTask'), unit: 'ms', runs: probes.length, goal: '< 200 ms' });
      rows.push({ page: p.page, mode: 'warm: longest gap between frames', value: pm('rafGap'), unit: 'ms', runs: probes.length, goal: '< 200 ms' });
      if (messageBytes != null) rows.push({ page: p.page, mode: 'content→background message', value: round(messageBytes / 2 ** 20, 2), unit: 'MB', runs: 1, goal: '' });
    }
  }

  // Memory: CYCLES annotate/clear cycles on the NATO page.
  if (!ONLY) {
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
