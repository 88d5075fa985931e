// The card shown on hover or keyboard focus of a highlight: who, with what
// title, by which verb, through which outlet — and, on a machine-translated
// page, that the wording is not the speaker's own.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Card) return;

  const CSS = (dark) => `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; box-sizing: border-box;
  font: 13px/1.4 system-ui, sans-serif; padding: 8px 10px; border-radius: 6px;
  background: ${dark ? '#1f2328' : '#fff'}; color: ${dark ? '#e6edf3' : '#1f2328'};
  border: 1px solid ${dark ? '#57606a' : '#d0d7de'}; box-shadow: 0 4px 14px rgb(0 0 0 / .25); pointer-events: none; }
.card[hidden] { display: none; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; opacity: .75; }
.who { font-weight: 600; }
.title { opacity: .85; }
.row { margin-top: 2px; }
.label { opacity: .7; }
.mt { margin-top: 6px; padding-top: 6px; border-top: 1px solid ${dark ? '#57606a' : '#d0d7de'}; font-style: italic; }
@media (forced-colors: active) { .card { background: Canvas; color: CanvasText; border-color: CanvasText; } }`;

  class Card {
    constructor({ dark = false, parent = document.documentElement } = {}) {
      const { host, root } = L.shadowHost(CSS(dark));
      this.host = host;
      this.box = L.h('div', { class: 'card', role: 'tooltip', hidden: true });
      root.append(this.box);
      parent.append(host);
      this.entry = null;
    }

    /** Shows the card for a painted entry ({range, mark}) next to its first line box. */
    show(entry) {
      if (this.entry === entry && !this.box.hidden) return;
      this.entry = entry;
      const h = L.h;
      const { cat, info } = entry.mark;
      const rows = [h('div', { class: 'kind' }, L.t(L.categories.byId[cat].kindKey))];
      if (info.speaker) {
        rows.push(h('div', { class: 'who' }, info.speaker, info.title ? h('span', { class: 'title' }, ` — ${info.title}`) : ''));
      } else if (cat === 'quotes' || cat === 'reported') {
        rows.push(h('div', { class: 'who' }, L.t('speakerUnknown')));
      }
      if (info.cue) rows.push(h('div', { class: 'row' }, h('span', { class: 'label' }, L.t('cardCue') + ' '), `“${info.cue}”`));
      if (info.source) rows.push(h('div', { class: 'row' }, h('span', { class: 'label' }, L.t('cardSource') + ' '), info.source));
      if (cat === 'hedges' && info.family) rows.push(h('div', { class: 'row' }, L.t(`hedge_${info.family}`)));
      if (cat === 'hedges' && info.scope) rows.push(h('div', { class: 'row' }, h('span', { class: 'label' }, L.t('cardScope') + ' '), info.scope));
      if (cat === 'artifacts' && info.kind) rows.push(h('div', { class: 'row' }, L.t(`artifact_${info.kind}`)));
      if (cat === 'mt') rows.push(h('div', { class: 'row' }, L.t('cardMtNotice')));
      if (info.translated && (cat === 'quotes' || cat === 'reported')) rows.push(h('div', { class: 'mt' }, L.t('cardTranslated')));
      this.box.replaceChildren(...rows);
      this.box.hidden = false;
      this.place(entry.range);
    }

    place(range) {
      const rects = range.getClientRects();
      const r = rects.length ? rects[0] : range.getBoundingClientRect();
      const w = this.box.offsetWidth;
      const hgt = this.box.offsetHeight;
      let top = r.bottom + 6;
      if (top + hgt > innerHeight - 4) top = Math.max(4, r.top - hgt - 6);
      const left = Math.min(Math.max(4, r.left), Math.max(4, innerWidth - w - 4));
      this.box.style.top = `${top}px`;
      this.box.style.left = `${left}px`;
    }

    hide() {
      this.entry = null;
      this.box.hidden = true;
    }

    destroy() {
      this.host.remove();
    }
  }

  L.Card = Card;
})();
