// Paints marks with the CSS Custom Highlight API: one Highlight per category,
// registered as `lector-<id>`. Highlights change nothing in the DOM, so
// clearing leaves the page exactly as it was. Shared by the content script and
// the playground.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Painter) return;

  const FOCUS = 'lector-focus';

  class Painter {
    /** `locate(start, end)` → Range|null maps the analysed text to the DOM. */
    constructor(locate) {
      this.locate = locate;
      this.ranges = new Map(); // cat id → [{range, mark}]
      this.shown = new Set(L.categories.CATEGORIES.map((c) => c.id));
      this.focused = null;
    }

    static supported() {
      return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
    }

    /** Replaces everything painted with `marks` (from L.marks.fromReport). */
    paint(marks) {
      this.ranges.clear();
      for (const c of L.categories.CATEGORIES) {
        const list = [];
        for (const mark of marks[c.id] || []) {
          const range = this.locate(mark.start, mark.end);
          if (range) list.push({ range, mark });
        }
        this.ranges.set(c.id, list);
      }
      this.sync();
    }

    /** Adds marks painted elsewhere (a re-annotated block), keeping the rest. */
    replaceWhere(keep, marks) {
      for (const c of L.categories.CATEGORIES) {
        const list = (this.ranges.get(c.id) || []).filter((e) => keep(e.range));
        for (const mark of marks[c.id] || []) {
          const range = this.locate(mark.start, mark.end);
          if (range) list.push({ range, mark });
        }
        list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
        this.ranges.set(c.id, list);
      }
      this.sync();
    }

    /** Which categories show; applied at once. */
    show(ids) {
      this.shown = new Set(ids);
      this.sync();
    }

    /** Registers one Highlight per shown category and removes the others. */
    sync() {
      if (!Painter.supported()) return;
      for (const c of L.categories.CATEGORIES) {
        const list = this.ranges.get(c.id) || [];
        if (this.shown.has(c.id) && list.length) {
          const h = new Highlight(...list.map((e) => e.range));
          h.priority = c.priority;
          CSS.highlights.set(c.highlight, h);
        } else {
          CSS.highlights.delete(c.highlight);
        }
      }
    }

    counts() {
      return Object.fromEntries(L.categories.CATEGORIES.map((c) => [c.id, (this.ranges.get(c.id) || []).length]));
    }

    /** Every shown range in document order, for next/previous. */
    ordered() {
      const all = [];
      for (const id of this.shown) for (const e of this.ranges.get(id) || []) all.push(e);
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) || (a.mark.cat === 'quotes' ? -1 : 1));
      return all;
    }

    /** The painted entry under the viewport point (x, y), if any. */
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
      // The innermost (shortest) range wins: a source name inside a quote.
      let best = null;
      for (const id of this.shown) {
        for (const e of this.ranges.get(id) || []) {
          let inside = false;
          try {
            inside = e.range.isPointInRange(node, offset);
          } catch {
            continue;
          }
          if (!inside) continue;
          // The caret snaps to the nearest text: make sure the pointer is on a line box.
          const hit = [...e.range.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
          if (hit && (!best || e.range.toString().length < best.range.toString().length)) best = e;
        }
      }
      return best;
    }

    /** Marks one range as focused (keyboard navigation, panel clicks). */
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
      this.ranges.clear();
      this.focused = null;
      if (!Painter.supported()) return;
      for (const c of L.categories.CATEGORIES) CSS.highlights.delete(c.highlight);
      CSS.highlights.delete(FOCUS);
    }
  }

  L.Painter = Painter;
})();
