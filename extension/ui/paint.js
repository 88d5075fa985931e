// Paints marks with the CSS Custom Highlight API: one Highlight per category,
// registered as `lector-<id>`. Highlights change nothing in the DOM, so
// clearing leaves the page exactly as it was. Shared by the content script and
// the playground.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Painter) return;

  const FOCUS = 'lector-focus';

  /**
   * Where the Highlight API is missing: translucent boxes over each range's
   * line boxes, in one layer of Lector's own (a closed shadow root) that is
   * removed whole on clear, so nothing is left behind either.
   */
  class Overlay {
    constructor() {
      const { host, root } = L.shadowHost(':host { all: initial; } .layer { position: absolute; top: 0; left: 0; pointer-events: none; z-index: 2147483645; } .b { position: absolute; box-sizing: border-box; mix-blend-mode: multiply; }');
      host.style.cssText = 'position: absolute; top: 0; left: 0; width: 0; height: 0;';
      this.host = host;
      this.layer = L.h('div', { class: 'layer' });
      root.append(this.layer);
      document.documentElement.append(host);
      this.onResize = () => this.lastDraw && this.draw(...this.lastDraw);
      addEventListener('resize', this.onResize, { passive: true });
    }

    draw(byCat, focused) {
      this.lastDraw = [byCat, focused];
      const boxes = [];
      for (const [cat, entries] of byCat) {
        const c = L.categories.byId[cat];
        const border = c.style === 'wavy' ? 'double' : c.style;
        for (const e of entries) {
          for (const r of e.range.getClientRects()) {
            const b = L.h('div', { class: 'b' });
            Object.assign(b.style, {
              left: `${r.left + scrollX}px`, top: `${r.top + scrollY}px`, width: `${r.width}px`, height: `${r.height}px`,
              background: `${c.color}${e === focused ? '66' : '33'}`,
              [c.line === 'overline' ? 'borderTop' : 'borderBottom']: `${border === 'double' ? 4 : 2}px ${border} ${c.color}`,
            });
            boxes.push(b);
          }
        }
      }
      this.layer.replaceChildren(...boxes);
    }

    destroy() {
      removeEventListener('resize', this.onResize);
      this.host.remove();
    }
  }

  /**
   * The highlight registry and Highlight constructor of a document. A frame's
   * own, reached through its window; in a Firefox content script that window
   * is an Xray whose `CSS` resolves to the content script's own, so the
   * page's objects are taken through `wrappedJSObject`.
   */
  function realm(doc) {
    if (doc === document) return { registry: CSS.highlights, Highlight };
    const win = doc.defaultView;
    const w = (win && win.wrappedJSObject) || win;
    return w && w.CSS && w.CSS.highlights ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
  }

  class Painter {
    /**
     * `locate(start, end)` → Range|null maps the analysed text to the DOM;
     * `keyOf(mark)` names a mark stably across re-collections (see collect.js).
     */
    constructor(locate, keyOf = (m) => `${m.cat}|${m.start}|${m.end}`, { css = null } = {}) {
      this.locate = locate;
      this.keyOf = keyOf;
      this.entries = new Map(); // cat id → Map(key → {range, mark})
      // Each document (the page, a same-origin frame) has its own highlight
      // registry: cat id → Map(document → Highlight), kept and mutated in place.
      this.highlights = new Map();
      this.docs = new Set();
      // The ::highlight() rules reach neither frames nor shadow trees from the
      // page's sheet: such roots adopt a sheet of ours (no DOM change), dropped on clear.
      this.css = css;
      this.scopes = new Map(); // root → CSSStyleSheet
      this.shown = new Set(L.categories.CATEGORIES.map((c) => c.id));
      this.focused = null;
    }

    /** The Highlight of category `cat` in the document that holds `range`. */
    highlightFor(cat, range) {
      if (!Painter.supported()) return null;
      const doc = range.startContainer.ownerDocument;
      let byDoc = this.highlights.get(cat);
      if (!byDoc) this.highlights.set(cat, (byDoc = new Map()));
      let h = byDoc.get(doc);
      if (!h) {
        const r = realm(doc);
        if (!r) return null;
        h = new r.Highlight();
        h.priority = L.categories.byId[cat].priority;
        byDoc.set(doc, h);
        this.docs.add(doc);
      }
      return h;
    }

    /** Gives the root holding `range` (a frame's document, a shadow root) our highlight styles. */
    styleScope(range) {
      if (!this.css) return;
      const root = range.startContainer.getRootNode();
      if (root === document || this.scopes.has(root) || !('adoptedStyleSheets' in root)) return;
      try {
        const win = (root.ownerDocument || root).defaultView;
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(this.css);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        this.scopes.set(root, sheet);
      } catch {
        // A root that refuses adopted sheets keeps its text unstyled, not broken.
      }
    }

    static supported() {
      return !Painter.forceFallback && typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
    }

    /** Paints `marks` (from L.marks.fromReport) over whatever was painted. */
    paint(marks) {
      this.entries.clear();
      this.repaint(marks);
    }

    /**
     * Paints a new set of marks for a changed page, touching only what
     * changed: marks with the same key keep their Range, the others are
     * added or dropped. The Highlight objects stay the same, so nothing
     * flickers and unchanged text is not repainted.
     * Returns {added, removed, kept}.
     */
    repaint(marks, locate = this.locate, keyOf = this.keyOf) {
      this.locate = locate;
      this.keyOf = keyOf;
      const stats = { added: 0, removed: 0, kept: 0 };
      for (const c of L.categories.CATEGORIES) {
        const old = this.entries.get(c.id) || new Map();
        const next = new Map();
        for (const mark of marks[c.id] || []) {
          const key = keyOf(mark);
          if (next.has(key)) continue;
          const prev = old.get(key);
          if (prev) {
            prev.mark = mark;
            next.set(key, prev);
            stats.kept++;
          } else {
            const range = locate(mark.start, mark.end);
            if (range) {
              next.set(key, { range, mark });
              stats.added++;
            }
          }
        }
        for (const [key, e] of old) {
          if (!next.has(key) || next.get(key) !== e) {
            this.highlightFor(c.id, e.range)?.delete(e.range);
            stats.removed++;
          }
        }
        for (const e of next.values()) {
          const h = this.highlightFor(c.id, e.range);
          if (h && !h.has(e.range)) {
            h.add(e.range);
            this.styleScope(e.range);
          }
        }
        this.entries.set(c.id, next);
      }
      if (this.focused && ![...this.entries.values()].some((m) => [...m.values()].includes(this.focused))) this.focus(null);
      this.sync();
      return stats;
    }

    /**
     * Tag names of the elements that hold painted text in this document (not
     * in a frame or a shadow tree, which adopt a sheet of their own): what the
     * ::highlight rules must match (L.categories.css), and no more.
     */
    textTags() {
      const tags = new Set();
      const add = (n) => {
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (el) tags.add(el.localName);
      };
      for (const byKey of this.entries.values()) {
        for (const { range: r } of byKey.values()) {
          if (r.startContainer.getRootNode() !== document) continue;
          add(r.startContainer);
          if (r.endContainer === r.startContainer) continue;
          add(r.endContainer);
          // The text nodes between (a mark over <b>…</b>, a quote over paragraphs).
          const w = document.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
          w.currentNode = r.startContainer;
          while (w.nextNode() && w.currentNode !== r.endContainer) add(w.currentNode);
        }
      }
      return tags;
    }

    /** Which categories show; applied at once. */
    show(ids) {
      this.shown = new Set(ids);
      this.sync();
    }

    /** Registers the Highlight of each shown, non-empty category; unregisters the rest. */
    sync() {
      if (!Painter.supported()) {
        const byCat = L.categories.CATEGORIES.filter((c) => this.shown.has(c.id)).map((c) => [c.id, this.list(c.id)]);
        this.overlay ??= new Overlay();
        this.overlay.draw(byCat, this.focused);
        return;
      }
      for (const c of L.categories.CATEGORIES) {
        for (const doc of this.docs) {
          const registry = realm(doc)?.registry;
          if (!registry) continue;
          const h = this.highlights.get(c.id)?.get(doc);
          if (h && h.size && this.shown.has(c.id)) {
            if (registry.get(c.highlight) !== h) registry.set(c.highlight, h);
          } else registry.delete(c.highlight);
        }
      }
    }

    list(id) {
      return [...(this.entries.get(id) || new Map()).values()];
    }

    counts() {
      return Object.fromEntries(L.categories.CATEGORIES.map((c) => [c.id, (this.entries.get(c.id) || new Map()).size]));
    }

    /** Every shown entry in document order, for next/previous. */
    ordered() {
      const all = [];
      for (const id of this.shown) all.push(...this.list(id));
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || b.range.toString().length - a.range.toString().length);
      return all;
    }

    /** The painted entry under the viewport point (x, y), the innermost when nested. */
    at(x, y) {
      let node;
      let offset;
      if (document.caretPositionFromPoint) {
        const p = document.caretPositionFromPoint(x, y);
        if (!p) return null;
        node = p.offsetNode;
        offset = p.offset;
      } else if (document.caretRangeFromPoint) {
        const r = document.caretRangeFromPoint(x, y);
        if (!r) return null;
        node = r.startContainer;
        offset = r.startOffset;
      } else return null;
      let best = null;
      let bestLen = Infinity;
      for (const id of this.shown) {
        for (const e of this.entries.get(id)?.values() || []) {
          let inside = false;
          try {
            inside = e.range.isPointInRange(node, offset);
          } catch {
            continue;
          }
          if (!inside) continue;
          // The caret snaps to the nearest text: the pointer must be on one of the range's line boxes.
          const hit = [...e.range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
          const len = e.mark.end - e.mark.start;
          if (hit && len < bestLen) {
            best = e;
            bestLen = len;
          }
        }
      }
      return best;
    }

    /** Marks one entry as focused (keyboard navigation, panel clicks); null unmarks. */
    focus(entry) {
      this.focused = entry;
      if (!Painter.supported()) return this.sync();
      for (const doc of this.docs) realm(doc)?.registry.delete(FOCUS);
      const r = entry && realm(entry.range.startContainer.ownerDocument);
      if (r) {
        const h = new r.Highlight(entry.range);
        h.priority = 100;
        r.registry.set(FOCUS, h);
      }
    }

    clear() {
      this.entries.clear();
      this.highlights.clear();
      this.focused = null;
      this.overlay?.destroy();
      this.overlay = null;
      for (const [root, sheet] of this.scopes) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== sheet);
        } catch {
          // The frame is gone: so is the sheet.
        }
      }
      this.scopes.clear();
      if (Painter.supported()) {
        for (const doc of this.docs) {
          const registry = realm(doc)?.registry;
          if (!registry) continue;
          for (const c of L.categories.CATEGORIES) registry.delete(c.highlight);
          registry.delete(FOCUS);
        }
      }
      this.docs.clear();
    }
  }

  L.Painter = Painter;
})();
