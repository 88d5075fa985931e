// Click-to-painted timing on the NATO article page in Chromium with the built
// extension: from the background's click handler to the highlights registered
// in the page (inject + collect + one round trip with the wasm core + paint).
// Cold = the first click after the browser starts (wasm compiled then);
// warm = later clicks (clear, then annotate again).
//
//   node tests/e2e/bench.mjs [--cold N] [--warm N]
import { clickAction, launchChromium, painted, serve, until } from './lib.mjs';

const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const COLD = arg('--cold', 5);
const WARM = arg('--warm', 20);
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await serve();
const cold = [];
const warm = [];
const parts = [];
const coldParts = [];
try {
  for (let i = 0; i < COLD; i++) {
    const b = await launchChromium();
    try {
      const page = await b.context.newPage();
      await page.goto(`${server.url}/fixtures/nato-troops.html`);
      const timing = async () => {
        const t = await until(() => b.sw.evaluate(() => globalThis.lastTiming || null), 10_000, 'timing');
        await b.sw.evaluate(() => (globalThis.lastTiming = null));
        return t;
      };
      await clickAction(b, page);
      const tc = await timing();
      Object.assign(tc, await b.sw.evaluate(() => globalThis.coreTiming));
      cold.push(tc.clickToPainted);
      coldParts.push(tc);
      if (i === 0) {
        for (let j = 0; j < WARM; j++) {
          await clickAction(b, page); // clear
          await until(async () => Object.keys(await painted(page)).length === 0, 5_000, 'cleared');
          await clickAction(b, page);
          const t = await timing();
          warm.push(t.clickToPainted);
          parts.push(t);
        }
      }
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}
const mid = (k, from = parts) => median(from.map((p) => p[k])).toFixed(1);
console.log(`click → painted on nato-troops.html (Chromium, headless)`);
console.log(`  cold: median ${median(cold).toFixed(1)} ms over ${cold.length} launches (${cold.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  warm: median ${median(warm).toFixed(1)} ms over ${warm.length} clicks (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)})`);
console.log(`  warm parts (median ms): inject ${mid('inject')}, collect ${mid('collect')}, core ${mid('core')}, round trip ${mid('roundTrip')}, paint+ui ${mid('paint')}`);
console.log(`  cold core load (median ms): fetch ${mid('fetch', coldParts)}, compile+instantiate ${mid('compile', coldParts)}, warm-up call ${mid('warm', coldParts)}`);
console.log(`  cold parts (median ms): inject ${mid('inject', coldParts)}, collect ${mid('collect', coldParts)}, core ${mid('core', coldParts)}, round trip ${mid('roundTrip', coldParts)}, paint+ui ${mid('paint', coldParts)}`);
