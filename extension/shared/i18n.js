// Locale strings: the extension's _locales through i18n.getMessage; the
// playground (no extension APIs) hands in a messages.json table instead.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.t) return;
  const api = globalThis.browser?.i18n ? globalThis.browser : globalThis.chrome;
  let table = null;
  /** Uses a parsed messages.json (the playground). */
  L.setMessages = (json) => {
    table = json;
  };
  /** The language the UI speaks (for Intl names of languages). */
  L.uiLanguage = () => {
    if (table) return 'en';
    try {
      return api.i18n.getUILanguage() || 'en';
    } catch {
      return 'en';
    }
  };
  /** A language's name in the UI's language: 'id' → 'Indonesian' / 'Indonesia' / 'indonésien'. */
  L.languageName = (code) => {
    try {
      return new Intl.DisplayNames([L.uiLanguage()], { type: 'language' }).of(code) || code;
    } catch {
      return code;
    }
  };
  /** The string for `key`, with $1…$9 replaced by `subs`. */
  L.t = (key, ...subs) => {
    let s = '';
    if (table) {
      s = table[key]?.message || '';
      // messages.json placeholders: $NAME$ → $1 … as declared.
      const ph = table[key]?.placeholders || {};
      for (const [name, p] of Object.entries(ph)) s = s.split(`$${name.toUpperCase()}$`).join(p.content);
      subs.forEach((v, i) => (s = s.split(`$${i + 1}`).join(String(v))));
    } else if (api?.i18n?.getMessage) {
      s = api.i18n.getMessage(key, subs.map(String));
    }
    return s || key;
  };
})();
