// The ONE list of what Lector shows. Everything named per category derives from
// it: the CSS highlight names (`lector-quotes`), the storage.sync keys
// (`show.quotes`), the locale keys (`cat_quotes`, `kind_quotes`), the painted styles.
//
// A classic script that only assigns to globalThis: the background imports it
// as a module, the content script and the playground load it as a plain script.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.categories) return;

  // Okabe–Ito colours (distinguishable with the common colour-vision
  // deficiencies), each with its own line style so colour is never the only
  // signal. `light`/`dark` are the fill alphas for light and dark pages.
  const CATEGORIES = [
    { id: 'quotes', color: '#E69F00', dark: '#F5C04A', line: 'underline', style: 'solid', priority: 1 },
    { id: 'speakers', color: '#0072B2', dark: '#6CB8E6', line: 'underline', style: 'double', priority: 3 },
    { id: 'reported', color: '#009E73', dark: '#4FD1A5', line: 'underline', style: 'dashed', priority: 0 },
    { id: 'sources', color: '#CC79A7', dark: '#E7A9CB', line: 'underline', style: 'dotted', priority: 4 },
    { id: 'hedges', color: '#D55E00', dark: '#FF9A52', line: 'underline', style: 'wavy', priority: 5 },
    { id: 'mt', color: '#56B4E9', dark: '#8FD0F5', line: 'overline', style: 'solid', priority: 2 },
    { id: 'artifacts', color: '#7F7F00', dark: '#F0E442', line: 'overline', style: 'wavy', priority: 6 },
  ].map((c) => ({
    ...c,
    highlight: `lector-${c.id}`,
    storageKey: `show.${c.id}`,
    localeKey: `cat_${c.id}`,
    kindKey: `kind_${c.id}`, // one of them, for the card
  }));

  /** The master switch's storage key. */
  const MASTER_KEY = 'show.all';
  /** Whether the reader keeps the panel folded (UI state, not a category). */
  const PANEL_COLLAPSED_KEY = 'panel.collapsed';

  /** Default settings: everything on. */
  function defaults() {
    const d = { [MASTER_KEY]: true };
    for (const c of CATEGORIES) d[c.storageKey] = true;
    return d;
  }

  /** `#RRGGBB` + alpha → `rgb(r g b / a)`. */
  function rgba(hex, a) {
    const n = parseInt(hex.slice(1), 16);
    return `rgb(${n >> 16} ${(n >> 8) & 255} ${n & 255} / ${a})`;
  }

  /**
   * The ::highlight() rules. On dark pages the fills are lighter and the text
   * is kept as the page has it; in forced-colors mode the system's Mark colours
   * and the line styles carry the meaning.
   *
   * `tags`: the elements the painted text sits in (its parents' tag names), or
   * null for every element. Adding a sheet restyles every element its rules
   * may match: `::highlight(x)` alone is every element, a second of frozen tab
   * on a page with a 20,000-row table; `:is(p, b)::highlight(x)` only the
   * paragraphs and bold runs (issue #6). A name that is not a plain tag name
   * falls back to every element.
   */
  function css(dark, tags = null) {
    const list = tags ? [...tags].sort() : null;
    const scope = list && list.length && list.every((t) => /^[a-z][a-z0-9-]*$/.test(t)) ? `:is(${list.join(', ')})` : '';
    const rules = CATEGORIES.map((c) => {
      const col = dark ? c.dark : c.color;
      return `${scope}::highlight(${c.highlight}) {
  background-color: ${rgba(col, dark ? 0.28 : 0.22)};
  text-decoration: ${c.line} ${c.style} ${col};
  text-decoration-thickness: 2px;
  text-underline-offset: 3px;
}`;
    });
    const forced = CATEGORIES.map(
      // The line sits inside the marked box (offset 1px) so it shows in MarkText.
      (c) => `  ${scope}::highlight(${c.highlight}) { background-color: Mark; color: MarkText; text-decoration: ${c.line} ${c.style} MarkText; text-decoration-thickness: 2px; text-underline-offset: 1px; }`,
    );
    rules.push(`${scope}::highlight(lector-focus) { background-color: ${dark ? 'rgb(255 255 255 / 0.35)' : 'rgb(0 0 0 / 0.18)'}; outline: 2px solid; }`);
    rules.push(`@media (forced-colors: active) {\n${forced.join('\n')}\n  ${scope}::highlight(lector-focus) { background-color: Highlight; color: HighlightText; }\n}`);
    return rules.join('\n');
  }

  L.categories = Object.freeze({ CATEGORIES, MASTER_KEY, PANEL_COLLAPSED_KEY, defaults, css, byId: Object.fromEntries(CATEGORIES.map((c) => [c.id, c])) });
})();
