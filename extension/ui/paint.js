// Paints marks with the CSS Custom Highlight API: one Highlight per category,
// registered as `lector-<id>`. Highlights change nothing in the DOM, so
// clearing leaves the page exactly as it was. Shared by the content script and
// the playground.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Painter) return;

  const FOCUS = 'lector-focus';

  class Painter {
    /**
     * `locate(start, end)` → Range|null maps the analysed text to the DOM;
     * `keyOf(mark)` names a mark stably across re-collections (see collect.js).
     */
    constructor(locate, keyOf = (m) => `${m.cat}|${m.start}|${m.end}`) {
      this.locate = locate;
      this.keyOf = keyOf;
      this.entries = new Map(); // cat id → Map(key → {range, mark})
      this.highlights = new Map(); // cat id → Highlight (kept, mutated in place)
      this.shown = new Set(L.categories.CATEGORIES.map((c) => c.id));
      this.focused = null;
    }

    static supported() {
      return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
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
        let h = this.highlights.get(c.id);
        if (!h && Painter.supported()) {
          h = new Highlight();
          h.priority = c.priority;
          this.highlights.set(c.id, h);
        }
        for (const [key, e] of old) {
          if (!next.has(key) || next.get(key) !== e) {
            if (h) h.delete(e.range);
            stats.removed++;
          }
        }
        if (h) for (const e of next.values()) if (!h.has(e.range)) h.add(e.range);
        this.entries.set(c.id, next);
      }
      if (this.focused && ![...this.entries.values()].some((m) => [...m.values()].includes(this.focused))) this.focus(null);
      this.sync();
      return stats;
    }

    /** Which categories show; applied at once. */
    show(ids) {
      this.shown = new Set(ids);
      this.sync();
    }

    /** Registers the Highlight of each shown, non-empty category; unregisters the rest. */
    sync() {
      if (!Painter.supported()) return;
      for (const c of L.categories.CATEGORIES) {
        const h = this.highlights.get(c.id);
        if (h && h.size && this.shown.has(c.id)) {
          if (CSS.highlights.get(c.highlight) !== h) CSS.highlights.set(c.highlight, h);
        } else CSS.highlights.delete(c.highlight);
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
      if (!Painter.supported()) return;
      if (entry) {
        const h = new Highlight(entry.range);
        h.priority = 100;
        CSS.highlights.set(FOCUS, h);
      } else CSS.highlights.delete(FOCUS);
    }

    clear() {
      this.entries.clear();
      this.highlights.clear();
      this.focused = null;
      if (!Painter.supported()) return;
      for (const c of L.categories.CATEGORIES) CSS.highlights.delete(c.highlight);
      CSS.highlights.delete(FOCUS);
    }
  }

  L.Painter = Painter;
})();
