// The playground: pasted text or a fixture article through the same wasm
// core, the same painter, card and panel as the extension's content script.
import init, { annotate, version } from './pkg/lector.js';

const L = globalThis.Lector;
const $ = (id) => document.getElementById(id);
const status = (s) => ($('status').textContent = s);

L.setMessages(await (await fetch('pkg/_locales/en/messages.json')).json());
await init({ module_or_path: new URL('./pkg/lector_bg.wasm', import.meta.url) });
status(`core ${version()} ready`);

const style = document.createElement('style');
document.head.append(style);
let painter = null;
let panel = null;
let card = null;
let settings = L.categories.defaults();

function dark() {
  return $('dark').checked;
}

function applyTheme() {
  document.documentElement.classList.toggle('dark', dark());
  style.textContent = L.categories.css(dark());
}

function clear() {
  painter?.clear();
  panel?.destroy();
  card?.destroy();
  painter = panel = card = null;
  $('doc').replaceChildren();
}

function shownIds() {
  if (settings[L.categories.MASTER_KEY] === false) return [];
  return L.categories.CATEGORIES.filter((c) => settings[c.storageKey] !== false).map((c) => c.id);
}

function run() {
  clear();
  applyTheme();
  const text = $('text').value;
  // One paragraph per block, as the core's plain-text input splits them.
  const paras = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
  $('doc').replaceChildren(...paras.map((p) => L.h('p', {}, p)));
  const t0 = performance.now();
  const collected = L.collect($('doc'), { allArticle: true });
  let report;
  try {
    report = annotate(collected.input);
  } catch (e) {
    status(`refused: ${e.message}`);
    return;
  }
  const t1 = performance.now();
  painter = new L.Painter(collected.locate, collected.keyOf);
  painter.paint(L.marks.fromReport(report));
  painter.show(shownIds());
  const t2 = performance.now();
  card = new L.Card({ dark: dark(), parent: document.body });
  panel = new L.Panel({
    report,
    dark: dark(),
    inline: true,
    parent: $('side'),
    settings,
    counts: painter.counts(),
    onSetting: (key, value) => {
      settings[key] = value;
      painter.show(shownIds());
      panel.update(settings, painter.counts());
    },
    onSelectQuote: (i) => {
      const entry = painter.list('quotes').find((e) => e.mark.index === i);
      if (!entry) return;
      painter.focus(entry);
      entry.range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      card.show(entry);
      setTimeout(() => painter.focused === entry && painter.focus(null), 1600);
    },
  });
  globalThis.__lectorReport = report; // for tests and the curious (devtools)
  const c = painter.counts();
  status(`${c.quotes} quotes, ${c.speakers} speaker mentions — core ${(t1 - t0).toFixed(1)} ms, paint ${(t2 - t1).toFixed(1)} ms`);
}

document.addEventListener('pointermove', (ev) => {
  if (!painter || !card) return;
  const entry = painter.at(ev.clientX, ev.clientY);
  if (entry) card.show(entry);
  else card.hide();
}, { passive: true });
addEventListener('scroll', () => card?.entry && card.place(card.entry.range), { passive: true, capture: true });

const fixtures = await (await fetch('pkg/fixtures/index.json')).json();
for (const f of fixtures) $('fixture').append(L.h('option', { value: f }, f.replace(/\.txt$/, '')));
$('fixture').addEventListener('change', async () => {
  const f = $('fixture').value;
  if (!f) return;
  $('text').value = await (await fetch(`pkg/fixtures/${f}`)).text();
  run();
});
$('run').addEventListener('click', run);
$('clear').addEventListener('click', clear);
$('dark').addEventListener('change', () => painter && run());
applyTheme();

// ?fixture=NAME opens a fixture at once (links, tests).
const want = new URLSearchParams(location.search).get('fixture');
if (want && fixtures.includes(want)) {
  $('fixture').value = want;
  $('fixture').dispatchEvent(new Event('change'));
}
