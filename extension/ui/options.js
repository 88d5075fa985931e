// The options page: the same switches as the panel, saved in storage.sync
// (open tabs apply them at once through storage.onChanged).
(() => {
  const L = globalThis.Lector;
  const api = globalThis.browser?.storage ? globalThis.browser : globalThis.chrome;
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const style = document.createElement('style');
  style.textContent = L.Switches.css(dark);
  document.head.append(style);
  document.title = L.t('optionsTitle');
  let settings = L.categories.defaults();
  const switches = new L.Switches((key, value) => {
    settings[key] = value;
    switches.update(settings, null);
    api.storage.sync.set({ [key]: value });
  });
  document.getElementById('root').append(
    L.h('h1', {}, L.t('optionsTitle')),
    L.h('p', {}, L.t('optionsIntro')),
    switches.el,
    L.h('p', { style: { marginTop: '12px' } }, L.t('optionsKeys')),
  );
  api.storage.sync.get(settings).then((s) => {
    settings = { ...settings, ...s };
    switches.update(settings, null);
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    for (const [k, { newValue }] of Object.entries(changes)) settings[k] = newValue !== false;
    switches.update(settings, null);
  });
})();
