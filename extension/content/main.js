// The content script's spine: on the toolbar click, collect the page, ask the
// background once, paint; on the next click, clear. Injected on demand
// (activeTab + scripting), so it never runs on a page the reader did not ask for.
(() => {
  const L = globalThis.Lector;
  if (L.content) return; // already injected in this page: the listener is in place
  const api = globalThis.browser?.runtime ? globalThis.browser : globalThis.chrome;
  const M = L.messages;

  const state = {
    active: false,
    dark: false,
    painter: null,
    collected: null,
    report: null,
    marks: null,
    ui: null, // {panel, card} when shown
    styles: [], // the ::highlight sheets inserted (css strings), removed on clear
    styledTags: new Set(), // the tag names they cover
  };

  /** Is the page dark? The body's (or root's) background luminance decides the palette. */
  function isDark() {
    for (const el of [document.body, document.documentElement]) {
      if (!el) continue;
      const m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (!m) continue;
      const [r, g, b, a = 1] = m.map(Number);
      if (a === 0) continue;
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
    return false; // a transparent page shows the browser's white canvas
  }

  // Text beyond this is refused with a message (issue 6): reading 10 MB stalls the page for
  // most of a second and the core for seconds more; 200,000 words are about 1.2 million chars.
  const MAX_CHARS = 4_000_000;

  async function annotate() {
    const t0 = performance.now();
    const chars = document.body ? document.body.textContent.length : 0;
    if (chars > MAX_CHARS) {
      const [mb, limit] = [(chars / 1e6).toFixed(1), String(MAX_CHARS / 1e6)];
      const msg = L.t('pageTooLarge', mb, limit);
      return { state: 'error', error: msg !== 'pageTooLarge' ? msg : `this page is too long (${mb} MB of text; Lector reads up to ${limit} MB)` };
    }
    const skip = new Set(state.ui ? state.ui.hosts() : []);
    // In slices: a huge page (a 20,000-row table) must not freeze the tab while it is read.
    const collected = await L.collectAsync(document.body, { skip });
    const t1 = performance.now();
    const dark = isDark();
    const reply = await api.runtime.sendMessage({ type: M.ANNOTATE, input: collected.input });
    if (!reply || reply.error) return { state: 'error', error: reply ? reply.error : 'no reply from the background' };
    const t2 = performance.now();
    state.dark = dark;
    state.collected = collected;
    state.report = reply.report;
    state.marks = L.marks.fromReport(reply.report);
    state.painter = new L.Painter(collected.locate, collected.keyOf, { css: L.categories.css(dark) });
    state.painter.paint(state.marks);
    state.active = true;
    try {
      await style();
    } catch (e) {
      clear(); // unstyled highlights are invisible: show nothing rather than half
      throw e;
    }
    const t3 = performance.now();
    // The panel, the card and the observers come a task later: the highlights
    // are what the reader waits for.
    setTimeout(() => {
      if (state.active && !state.ui && L.ContentUI) state.ui = new L.ContentUI(state, api);
    }, 0);
    const timing = { collect: t1 - t0, core: reply.ms, roundTrip: t2 - t1, paint: t3 - t2, total: t3 - t0 };
    timing.paintedAt = performance.timeOrigin + t3; // wall clock, for click-to-paint in tests/e2e/bench-click.mjs
    globalThis.__lectorTiming = timing; // read by the benchmark and e2e tests (isolated world only)
    return { state: 'painted', counts: state.painter.counts(), timing };
  }

  /**
   * Has the background insert the ::highlight rules for the elements painted
   * text sits in and that no inserted rule covers yet: only those elements are
   * restyled (a rule for every element froze a page with a 20,000-row table
   * for a second). Called after every paint and repaint.
   */
  async function style() {
    if (!state.painter) return;
    const tags = [...state.painter.textTags()].filter((t) => !state.styledTags.has(t));
    if (!tags.length) return;
    const css = L.categories.css(state.dark, tags);
    for (const t of tags) state.styledTags.add(t);
    state.styles.push(css);
    const reply = await api.runtime.sendMessage({ type: M.STYLE, css });
    if (!reply || reply.error) throw new Error(reply ? reply.error : 'no reply from the background');
  }

  function clear() {
    if (state.ui) state.ui.destroy();
    if (state.painter) state.painter.clear();
    const css = state.styles;
    Object.assign(state, { active: false, painter: null, collected: null, report: null, marks: null, ui: null, styles: [], styledTags: new Set() });
    api.runtime.sendMessage({ type: M.CLEARED, css }).catch(() => {});
    return { state: 'cleared' };
  }

  async function toggle() {
    if (state.active) return clear();
    try {
      return await annotate();
    } catch (e) {
      return { state: 'error', error: String(e && e.message ? e.message : e) };
    }
  }

  api.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string') return false;
    if (msg.type === M.TOGGLE) {
      toggle().then(sendResponse);
      return true;
    }
    if (msg.type === M.COMMAND) {
      if (state.ui) state.ui.command(msg.command);
      sendResponse({ ok: true });
      return false;
    }
    return false;
  });

  L.content = { state, annotate, clear, toggle, style, isDark, MAX_CHARS };
})();
