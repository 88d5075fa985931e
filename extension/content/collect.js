// Reads the live page into the core's input: one block per block-level
// element's inline text (a table row's cells make one block), whitespace
// collapsed as rendered, hidden elements
// skipped, open shadow roots followed. Keeps, for every block, a map from its
// text back to the DOM text nodes so the report's offsets become Ranges.
//
// Mirrors crate/src/html.rs (the CLI's reader) rule for rule, so a page gives
// the same blocks — and the same article — in the browser and in the CLI.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.collect) return;

  const BLOCK_TAGS = new Set([
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'blockquote', 'figcaption', 'pre', 'div',
    'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'dl', 'table', 'tr', 'figure',
    'address', 'button', 'form', 'body', 'caption', 'details', 'summary',
  ]);
  const SKIP_TAGS = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea',
    'input',
  ]);
  // A table row is one block, its cells' texts separated by a space: a
  // 20,000-row table is 20,000 blocks, not 120,000 (issue #6).
  const CELL_TAGS = new Set(['td', 'th']);
  const LANDMARK_TAGS = new Set(['article', 'main', 'nav', 'header', 'footer', 'aside', 'form', 'figure', 'button']);
  // Rust's str::trim: every White_Space char, U+00A0 included.
  const TRIM = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
  const WS_RUNS = /[\t\n\v\f\r \u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
  const LOW_SURROGATES = /[\udc00-\udfff]/g;
  const WORD_SPLIT = /[^\p{Alphabetic}\p{N}-]+/u;
  const SEP = '\n\n';

  /** Children as rendered: a shadow root replaces light children; a slot shows what is assigned to it. */
  function renderedChildren(el) {
    if (el.shadowRoot) return el.shadowRoot.childNodes;
    if (el.localName === 'slot' && typeof el.assignedNodes === 'function') {
      const assigned = el.assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
    return el.childNodes;
  }

  /**
   * Collects blocks under `root` (default: document.body).
   * opts.skip: a Set of elements to leave out (Lector's own UI).
   * Returns {input, blocks: [{el, lead, runs}], starts, locate(start, end) → Range|null}.
   * A generator: it pauses every few hundred elements so that collectAsync can
   * hand the page's main thread back (a 20,000-row table takes seconds).
   */
  function* collectSteps(root = document.body, opts = {}) {
    const skip = opts.skip || new Set();
    const blocks = [];
    const maps = [];
    let buf = [];
    let len = 0;
    let runs = [];
    let linkChars = 0;
    let owner = null;

    let last = ''; // the buffer's last char
    function flush() {
      const raw = buf.join('');
      let lead = 0;
      while (lead < raw.length && TRIM.test(raw[lead])) lead++;
      let end = raw.length;
      while (end > lead && TRIM.test(raw[end - 1])) end--;
      if (end > lead) {
        const o = owner || { tag: '', hints: '', articleBody: false, el: null };
        // linkChars 0 and articleBody false are the core's defaults: left out,
        // they would be a third of the message on a big table.
        const b = { text: raw.slice(lead, end), tag: o.tag, hints: o.hints };
        if (linkChars) b.linkChars = Math.min(linkChars, raw.length);
        if (o.articleBody) b.articleBody = true;
        blocks.push(b);
        maps.push({ el: o.el, lead, runs });
      }
      buf = [];
      len = 0;
      runs = [];
      linkChars = 0;
      last = '';
    }

    /** Appends `text`, which sits at `off` in text node `node` (null: no node, a <br>). */
    function append(node, off, text) {
      if (node) {
        const r = runs.length ? runs[runs.length - 1] : null;
        if (r && r.node === node && r.off + r.len === off && r.at + r.len === len) r.len += text.length;
        else runs.push({ at: len, node, off, len: text.length });
      }
      buf.push(text);
      len += text.length;
      last = text[text.length - 1];
    }

    // Whitespace runs collapse to one space, none at a block's start or after
    // a space or a line break: whole words are appended at once.
    function pushText(node, inLink) {
      const s = node.data;
      WS_RUNS.lastIndex = 0;
      let i = 0;
      for (;;) {
        const m = WS_RUNS.exec(s);
        const stop = m ? m.index : s.length;
        if (stop > i) {
          const word = s.slice(i, stop);
          append(node, i, word);
          // Chars as Rust counts them (code points): a low surrogate is no new char.
          if (inLink) linkChars += word.length - (word.match(LOW_SURROGATES)?.length || 0);
        }
        if (!m) break;
        if (len > 0 && last !== ' ' && last !== '\n') {
          append(node, m.index, ' ');
          if (inLink) linkChars++;
        }
        i = m.index + m[0].length;
      }
    }

    let seen = 0;
    function* walk(el, hints, articleBody, inLink, hiddenText) {
      if ((++seen & 127) === 0) yield;
      if (skip.has(el)) return;
      const tag = el.localName;
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
      if (tag === 'iframe') {
        // A same-origin frame's text reads as part of the page (html.rs cannot
        // see frames); a cross-origin one is out of reach and skipped.
        const doc = frameDocument(el);
        if (doc && doc.body) yield* walk(doc.body, hints, articleBody, inLink, hiddenText);
        return;
      }
      if (SKIP_TAGS.has(tag)) return;
      const cs = el.ownerDocument.defaultView.getComputedStyle(el);
      if (cs.display === 'none') return;
      // visibility is inherited and can be switched back on by a descendant.
      hiddenText = cs.visibility !== 'visible';
      const isBlock = BLOCK_TAGS.has(tag);
      articleBody = articleBody || (el.getAttribute('itemprop') || '').split(/\s+/).includes('articleBody');
      let h = hints;
      if (LANDMARK_TAGS.has(tag)) h += ' ' + tag;
      for (const attr of ['role', 'class', 'id']) {
        const v = el.getAttribute(attr);
        if (v) for (const w of v.split(WORD_SPLIT)) if (w) h += ' ' + w.toLowerCase();
      }
      let saved;
      if (isBlock) {
        flush();
        saved = owner;
        owner = { tag, hints: h.trim(), articleBody, el };
      }
      inLink = inLink || tag === 'a';
      if (tag === 'br') append(null, 0, '\n');
      else if (CELL_TAGS.has(tag) && len > 0 && last !== ' ' && last !== '\n') append(null, 0, ' ');
      for (const child of renderedChildren(el)) {
        if (child.nodeType === 3) {
          if (!hiddenText) pushText(child, inLink);
        } else if (child.nodeType === 1) yield* walk(child, h, articleBody, inLink, hiddenText);
      }
      if (isBlock) {
        flush();
        owner = saved;
      }
    }

    if (root) yield* walk(root, '', false, false, false);
    flush();

    markJsonLdBodies(blocks);
    const starts = [];
    let at = 0;
    for (const b of blocks) {
      starts.push(at);
      at += b.text.length + SEP.length;
    }
    const input = { blocks, page: pageSignals(), allArticle: !!opts.allArticle };
    return {
      input,
      blocks: maps,
      starts,
      locate: (start, end) => locate(blocks, maps, starts, start, end),
      keyOf: (mark) => keyOf(blocks, maps, starts, mark),
    };
  }

  /** Collects at once (re-annotation of a changed part, the playground). */
  function collect(root, opts) {
    const steps = collectSteps(root, opts);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * Collects in slices of about `sliceMs`, yielding to the page's event loop in
   * between (its timers, input and rendering go on): the toolbar click on a big page.
   */
  async function collectAsync(root, opts, sliceMs = 10) {
    const steps = collectSteps(root, opts);
    let end = performance.now() + sliceMs;
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (performance.now() > end) {
        // A message, not setTimeout: nested timeouts are clamped to 4 ms.
        await new Promise((resolve) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = resolve;
          ch.port2.postMessage(0);
        });
        end = performance.now() + sliceMs;
      }
    }
  }

  const ids = new WeakMap();
  let nextId = 1;
  /**
   * What identifies a mark across re-collections of a changing page: its
   * category, its block (element and text) and its place in the block. An
   * unchanged paragraph gives the same keys, so its ranges are kept as they are.
   */
  function keyOf(blocks, maps, starts, mark) {
    const bi = blockAt(starts, mark.start);
    const el = maps[bi] && maps[bi].el;
    let id = 0;
    if (el) {
      if (!ids.has(el)) ids.set(el, nextId++);
      id = ids.get(el);
    }
    return `${mark.cat}|${id}|${mark.start - starts[bi]}|${mark.end - starts[bi]}|${blocks[bi] ? blocks[bi].text : ''}`;
  }

  /** The document of a same-origin, rendered iframe, or null. */
  function frameDocument(iframe) {
    try {
      const doc = iframe.contentDocument;
      return doc && doc.readyState !== 'loading' && iframe.getClientRects().length ? doc : null;
    } catch {
      return null;
    }
  }

  /** Index of the last block starting at or before `off`. */
  function blockAt(starts, off) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The DOM point of char `u` of a block's raw text; `after` gives the point just past it. */
  function point(map, u, after) {
    const runs = map.runs;
    if (!runs.length) return null;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid].at <= u) lo = mid;
      else hi = mid - 1;
    }
    let r = runs[lo];
    if (u >= r.at && u < r.at + r.len) return [r.node, r.off + (u - r.at) + (after ? 1 : 0)];
    // A char with no text node behind it (a <br>'s newline): snap outwards.
    if (after) return u < r.at ? null : [r.node, r.off + r.len];
    r = u < r.at ? r : runs[lo + 1];
    return r ? [r.node, r.off] : null;
  }

  /** A Range over [start, end) of the joined text, or null when it maps to nothing. */
  function locate(blocks, maps, starts, start, end) {
    if (!blocks.length || end <= start) return null;
    const bi = blockAt(starts, start);
    const bj = blockAt(starts, end - 1);
    const from = point(maps[bi], Math.min(start - starts[bi], blocks[bi].text.length - 1) + maps[bi].lead, false);
    const to = point(maps[bj], Math.min(end - 1 - starts[bj], blocks[bj].text.length - 1) + maps[bj].lead, true);
    // A span cannot run from one document (a frame) into another.
    if (!from || !to || from[0].ownerDocument !== to[0].ownerDocument) return null;
    const range = from[0].ownerDocument.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    return range;
  }

  /** Machine-translation markers and alternates in the markup, as html.rs reads them. */
  function pageSignals() {
    const root = document.documentElement;
    const page = { lang: root.getAttribute('lang'), mtMarkers: [], alternates: [], url: location.href };
    if (page.lang && page.lang.includes('-x-mtfrom-')) page.mtMarkers.push(`lang="${page.lang}"`);
    for (const w of (root.getAttribute('class') || '').split(/\s+/)) {
      if (w.startsWith('translated-')) page.mtMarkers.push(`class="${w}"`);
    }
    for (const link of document.querySelectorAll('link[rel]')) {
      const rel = (link.getAttribute('rel') || '').toLowerCase();
      if (rel.includes('machine-translated-from')) page.mtMarkers.push(`rel="${rel}"`);
      if (rel.split(/\s+/).includes('alternate') && link.hasAttribute('hreflang')) {
        page.alternates.push({ hreflang: link.getAttribute('hreflang'), href: link.getAttribute('href') || '' });
      }
    }
    return page;
  }

  /** Blocks whose text the page's JSON-LD `articleBody` contains are article text. */
  function markJsonLdBodies(blocks) {
    const bodies = [];
    const visit = (v) => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object') {
        if (typeof v.articleBody === 'string') bodies.push(v.articleBody);
        Object.values(v).forEach(visit);
      }
    };
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        visit(JSON.parse(s.textContent));
      } catch {
        // A broken JSON-LD block is the page's problem, not a reason to stop.
      }
    }
    if (!bodies.length) return;
    const norm = (s) => s.split(/\s+/).filter(Boolean).join(' ');
    const normBodies = bodies.map(norm);
    for (const b of blocks) {
      const t = norm(b.text);
      if (new TextEncoder().encode(t).length >= 20 && normBodies.some((body) => body.includes(t))) b.articleBody = true;
    }
  }

  L.collect = collect;
  L.collectAsync = collectAsync;
})();
