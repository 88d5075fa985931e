// Tiny DOM builder for Lector's own UI. Text always goes in as text nodes:
// page text never reaches innerHTML.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.h) return;
  /** h('div', {class: 'x', onclick: fn}, 'text', child…) */
  L.h = (tag, attrs = {}, ...children) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'style' && typeof v === 'object') Object.assign(el.style, v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  };
  /** A host element with a shadow root of Lector's own (closed: the page cannot reach in). */
  L.shadowHost = (css, mode = 'closed') => {
    const host = document.createElement('lector-ui');
    const root = host.attachShadow({ mode });
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
    return { host, root };
  };
})();
