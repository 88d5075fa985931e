// The shared UI on a synthetic report that uses every category, speakers,
// a relay source and a machine-translation verdict: what the core's detectors
// will fill in. Checks the Markdown export and the marks, and saves
// screenshots of the highlights, the card and the panel to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { artifacts, HEADLESS_FLAGS, root, serve } from './lib.mjs';

const UI_FILES = ['shared/categories.js', 'shared/messages.js', 'shared/i18n.js', 'ui/dom.js', 'content/collect.js', 'ui/marks.js', 'ui/paint.js', 'ui/switches.js', 'ui/card.js', 'ui/panel.js'];

for (const dark of [false, true]) {
  test(`every category painted, the card and the panel (${dark ? 'dark' : 'light'})`, async () => {
    const { chromium } = await import('playwright-core');
    const server = await serve();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lector-ui-'));
    const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: HEADLESS_FLAGS, viewport: { width: 1100, height: 640 }, timeout: 30_000 });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/pages/ui.html`, { timeout: 15_000 });
      if (dark) await page.addStyleTag({ content: 'body { background: #121417; color: #e8e6e3; }' });
      for (const f of UI_FILES) await page.addScriptTag({ path: path.join(root, 'extension', f) });
      const messages = (await import(path.join(root, 'extension', '_locales', 'en', 'messages.json'), { with: { type: 'json' } })).default;
      const result = await page.evaluate(({ messages, dark }) => {
        const L = Lector;
        L.setMessages(messages);
        const style = document.createElement('style');
        style.textContent = L.categories.css(dark);
        document.head.append(style);
        const c = L.collect(document.body);
        const text = c.input.blocks.map((b) => b.text).join('\n\n');
        const span = (s, from = 0) => {
          const start = text.indexOf(s, from);
          return { start, end: start + s.length, text: s };
        };
        const q = span('We are ready (to act) when needed,');
        const report = {
          language: 'en',
          quotes: [{ ...q, kind: 'speech', speaker: 0, cue: span('said', q.end), source: 'TASS', source_span: span('TASS'), open: q.start - 1, close: q.end, translated: true }],
          speakers: [{ name: 'Ana Ruiz', title: 'Defence Minister', kind: 'person', mentions: [span('Ana Ruiz'), span('Ruiz', q.end)] }],
          reported: [{ ...span('the army would reportedly be ready by June'), speaker: 0, cue: span('said') }],
          hedges: [{ ...span('reportedly'), family: 'attribution', scope: span('the army would reportedly be ready by June') }, { ...span('may'), family: 'modal', scope: span('officials may revise the plan') }],
          artifacts: [{ ...span('(to act)'), kind: 'insertion' }, { ...span('관련 뉴스'), kind: 'foreign_script' }],
          machine_translation: { source_language: 'id', evidence: [span('The English version is automatically translated by machine.')], signals: ['lang="en-x-mtfrom-id"'], confidence: 0.9, original_url: null },
          article: { blocks: [0, 1, 2], method: 'article' },
        };
        const marks = L.marks.fromReport(report);
        const painter = new L.Painter(c.locate, c.keyOf);
        painter.paint(marks);
        const panel = new L.Panel({ report, dark, counts: painter.counts() });
        const card = new L.Card({ dark });
        card.show(painter.list('quotes')[0]);
        const painted = {};
        for (const [name, h] of CSS.highlights) painted[name] = [...h].map((r) => r.toString());
        return { painted, markdown: L.marks.markdown(report, { title: 'T', url: 'http://x/' }), counts: painter.counts() };
      }, { messages, dark });
      assert.deepEqual(result.counts, { quotes: 1, speakers: 2, reported: 1, sources: 1, hedges: 2, mt: 1, artifacts: 2 });
      assert.deepEqual(result.painted['lector-speakers'], ['Ana Ruiz', 'Ruiz']);
      assert.deepEqual(result.painted['lector-sources'], ['TASS']);
      assert.match(result.markdown, /> “We are ready \(to act\) when needed,”\n> — \*\*Ana Ruiz\*\* \(Defence Minister\) — via TASS/);
      assert.match(result.markdown, /Machine-translated page/);
      await page.screenshot({ path: path.join(artifacts, `ui-all-categories-${dark ? 'dark' : 'light'}.png`) });
      // Forced colours: the system's Mark colours and the line styles carry the categories.
      await page.emulateMedia({ forcedColors: 'active' });
      await page.screenshot({ path: path.join(artifacts, `ui-all-categories-${dark ? 'dark' : 'light'}-forced-colors.png`), clip: { x: 0, y: 0, width: 700, height: 200 } });
    } finally {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
      await server.close();
    }
  });
}

test('without the Highlight API: an overlay fallback that leaves nothing behind', async () => {
  const { chromium } = await import('playwright-core');
  const server = await serve();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lector-ui-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: HEADLESS_FLAGS, viewport: { width: 800, height: 400 }, timeout: 30_000 });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/pages/late.html`, { timeout: 15_000 });
    const before = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    for (const f of UI_FILES) await page.addScriptTag({ path: path.join(root, 'extension', f) });
    const drawn = await page.evaluate(() => {
      const L = Lector;
      L.Painter.forceFallback = true;
      const c = L.collect(document.body);
      const text = c.input.blocks.map((b) => b.text).join('\n\n');
      const q = 'This bridge will cut the morning commute in half,';
      const start = text.indexOf(q);
      window.__painter = new L.Painter(c.locate, c.keyOf);
      window.__painter.paint({ quotes: [{ cat: 'quotes', start, end: start + q.length, info: {} }] });
      return { hosts: document.querySelectorAll('lector-ui').length, highlights: CSS.highlights.size };
    });
    assert.deepEqual(drawn, { hosts: 1, highlights: 0 });
    await page.screenshot({ path: path.join(artifacts, 'ui-fallback-overlay.png') });
    await page.evaluate(() => window.__painter.clear());
    // The test's own script tags aside, the DOM is as it was.
    const after = await page.evaluate(() => {
      const doc = document.cloneNode(true);
      doc.querySelectorAll('script[type="text/javascript"]').forEach((s) => s.remove()); // addScriptTag's
      return new XMLSerializer().serializeToString(doc);
    });
    assert.equal(after, before);
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  }
});
