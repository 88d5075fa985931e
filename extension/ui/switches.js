// The master switch and one switch per category, each with its colour, its
// line style and (when known) its count. Used by the panel and the options page.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Switches) return;
  const { CATEGORIES, MASTER_KEY } = L.categories;

  class Switches {
    /** onChange(storageKey, boolean) is called when the reader flips a switch. */
    constructor(onChange) {
      const h = L.h;
      this.inputs = new Map();
      this.countEls = new Map();
      const row = (key, label, swatch) => {
        const input = h('input', { type: 'checkbox', onchange: () => onChange(key, input.checked) });
        const count = h('span', { class: 'count' });
        this.inputs.set(key, input);
        this.countEls.set(key, count);
        return h('label', { class: 'switch' }, input, swatch || '', h('span', { class: 'name' }, label), count);
      };
      this.el = h(
        'fieldset',
        { class: 'switches' },
        h('legend', {}, L.t('showLegend')),
        row(MASTER_KEY, L.t('showAll')),
        ...CATEGORIES.map((c) =>
          row(
            c.storageKey,
            L.t(c.localeKey),
            h('span', { class: `swatch swatch-${c.id}`, 'aria-hidden': 'true' }, 'Ab'),
          ),
        ),
      );
    }

    /** settings: {key: bool}; counts: {catId: n} or null. */
    update(settings, counts) {
      for (const [key, input] of this.inputs) input.checked = settings[key] !== false;
      const master = settings[MASTER_KEY] !== false;
      for (const c of CATEGORIES) {
        this.inputs.get(c.storageKey).disabled = !master;
        this.countEls.get(c.storageKey).textContent = counts ? String(counts[c.id] ?? 0) : '';
      }
      if (counts) this.countEls.get(MASTER_KEY).textContent = '';
    }
  }

  /** Styles for the switches inside a shadow root; swatches show each category's look. */
  Switches.css = (dark) =>
    `.switches { border: 0; margin: 0; padding: 0; display: grid; gap: 2px; }
.switches legend { font-weight: 600; padding: 0 0 4px; }
.switch { display: grid; grid-template-columns: auto 2.2em 1fr auto; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.switch:first-of-type { grid-template-columns: auto 1fr auto; font-weight: 600; }
.switch .count { font-variant-numeric: tabular-nums; opacity: .8; }
.swatch { text-align: center; border-radius: 2px; text-decoration-thickness: 2px; text-underline-offset: 2px; }
${CATEGORIES.map((c) => {
  const col = dark ? c.dark : c.color;
  return `.swatch-${c.id} { background: ${col}${dark ? '47' : '38'}; text-decoration: ${c.line} ${c.style} ${col}; }`;
}).join('\n')}
@media (forced-colors: active) { .swatch { background: Mark; color: MarkText; } }`;

  L.Switches = Switches;
})();
