// The background owns the wasm core, the toolbar button, the keyboard commands
// and the injected styles. The wasm is compiled here, not in the page: a
// page's strict CSP (`default-src 'self'`) blocks wasm compiled in a content
// script, while the extension's own CSP allows it ('wasm-unsafe-eval').
//
// Chrome runs this as a module service worker, Firefox as a module event page.
// No top-level await (service workers refuse it): the core loads lazily, on
// the first click.
import '../shared/categories.js';
import '../shared/messages.js';
import '../shared/i18n.js';
import init, { annotate } from '../wasm/lector.js';

const L = globalThis.Lector;
const M = L.messages;
const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;

/** Everything the page needs, joined by the build from content/bundle.json. */
const CONTENT_FILES = ['content/bundle.js'];

let core = null;
/** Compiles the wasm once, on first use. */
function loadCore() {
  core ??= (async () => {
    const t0 = performance.now();
    const bytes = await (await fetch(api.runtime.getURL('wasm/lector_bg.wasm'))).arrayBuffer();
    const t1 = performance.now();
    await init({ module_or_path: bytes });
    const t2 = performance.now();
    // Warm the core on a tiny article while the page is being read: its
    // lexicons and patterns are built on first use, off the click's path.
    annotate({ blocks: [{ text: '“We are ready,” the minister said, reportedly.', tag: 'p' }], allArticle: true });
    globalThis.coreTiming = { fetch: t1 - t0, compile: t2 - t1, warm: performance.now() - t2 };
  })();
  return core;
}

/** The wasm memory's size in bytes once the core is loaded (tests/e2e/bench-click.mjs, 100-cycle memory row). */
globalThis.lectorWasmBytes = async () => (core ? (await core, (await init()).memory.buffer.byteLength) : null);

function setBadge(tabId, text, title, color = '#555') {
  // Title and colour before the text: the text is what a reader (or a test)
  // notices first, and it must not show a new state beside the old title.
  api.action.setTitle({ tabId, title: title || L.t('actionTitle') }).catch(() => {});
  if (text) api.action.setBadgeBackgroundColor({ tabId, color }).catch(() => {});
  api.action.setBadgeText({ tabId, text }).catch(() => {});
}

/**
 * Injects the content scripts; false on pages we may not touch. Every file
 * guards itself (`if (L.x) return`), so injecting again into a page that has
 * them is a no-op and saves asking first (one round trip fewer per click).
 */
async function inject(tabId) {
  const run = () => api.scripting.executeScript({ target: { tabId }, files: CONTENT_FILES });
  try {
    try {
      await run();
    } catch {
      // The activeTab grant can trail the click by a few milliseconds (seen
      // about 1 click in 6 right after a page load): one more try before refusing.
      await new Promise((r) => setTimeout(r, 150));
      await run();
    }
    return true;
  } catch (e) {
    // chrome://, the web stores, the PDF viewer, about: pages: scripting is refused.
    console.debug('Lector cannot read this tab:', e && e.message);
    setBadge(tabId, '✕', L.t('cannotRead'), '#8a1c1c');
    return false;
  }
}

/** The toolbar button and the toggle shortcut: annotate, or clear when annotated. */
async function toggle(tab) {
  if (!tab || tab.id == null) return;
  const t0 = performance.now();
  // Compile the core while the content scripts are injected and collect the page.
  loadCore().catch(() => {});
  if (!(await inject(tab.id))) return;
  const tInjected = performance.now();
  let reply;
  try {
    reply = await api.tabs.sendMessage(tab.id, { type: M.TOGGLE });
  } catch (e) {
    setBadge(tab.id, '✕', L.t('cannotRead'), '#8a1c1c');
    return;
  }
  if (!reply) return;
  if (reply.state === 'painted') {
    // Click → highlights registered in the page, for the benchmark (tests/e2e/bench.mjs).
    globalThis.lastTiming = { clickToPainted: performance.now() - t0, inject: tInjected - t0, ...reply.timing };
    const n = reply.counts.quotes;
    setBadge(tab.id, String(n), L.t('actionTitleActive', n));
  } else if (reply.state === 'cleared') {
    setBadge(tab.id, '', '');
  } else if (reply.state === 'error') {
    setBadge(tab.id, '!', L.t('errorTitle', reply.error), '#8a1c1c');
  }
}

api.action.onClicked.addListener(toggle);

// A new page in the tab drops the old page's highlights: its badge goes too.
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') setBadge(tabId, '', '');
});

api.commands?.onCommand.addListener(async (command, tab) => {
  tab ??= (await api.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab) return;
  if (command === 'toggle') return toggle(tab);
  if (command === 'next' || command === 'previous') {
    // Only where Lector already runs: a shortcut alone should not annotate a page.
    api.tabs.sendMessage(tab.id, { type: M.COMMAND, command }).catch(() => {});
  }
});

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const tabId = sender.tab?.id;
  if (!msg || tabId == null) return false;
  if (msg.type === M.ANNOTATE) {
    // Progress: a big page takes the core a while; the badge says Lector is at work.
    const working = L.t('working');
    setBadge(tabId, '…', working !== 'working' ? working : 'Lector is reading this page…');
    (async () => {
      try {
        await loadCore();
        const t0 = performance.now();
        const report = annotate(msg.input);
        const ms = performance.now() - t0;
        sendResponse({ report, ms });
      } catch (e) {
        sendResponse({ error: String(e && e.message ? e.message : e) });
      }
    })();
    return true;
  }
  if (msg.type === M.STYLE) {
    // The ::highlight rules, built by the content script for the elements its
    // marks sit in (L.categories.css). insertCSS is not subject to the page's
    // CSP and changes nothing in the DOM.
    if (typeof msg.css !== 'string') return false;
    api.scripting
      .insertCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, css: msg.css })
      .then(() => sendResponse({ ok: true }), (e) => sendResponse({ error: String(e && e.message ? e.message : e) }));
    return true;
  }
  if (msg.type === M.CLEARED) {
    // Stateless: the content script names the styles it had inserted.
    for (const css of Array.isArray(msg.css) ? msg.css : []) {
      if (typeof css === 'string') api.scripting.removeCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, css }).catch(() => {});
    }
    setBadge(tabId, '', '');
    return false;
  }
  if (msg.type === M.COUNTS) {
    setBadge(tabId, String(msg.counts.quotes), L.t('actionTitleActive', msg.counts.quotes));
    return false;
  }
  return false;
});
