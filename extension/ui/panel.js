// The who-said-what panel, in a closed shadow root so the page's styles and
// scripts cannot reach it: switches with counts, the machine-translation
// verdict quoting the site's own notice, each speaker with their quotes (a
// click scrolls to the quote and flashes it), and a copy-as-Markdown button.
// The playground mounts the same panel inline.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.Panel) return;

  const CSS = (dark, inline) => `
:host { all: initial; }
.panel { ${inline ? 'position: relative;' : 'position: fixed; top: 12px; right: 12px; z-index: 2147483646; max-height: calc(100vh - 24px); box-shadow: 0 6px 24px rgb(0 0 0 / .3);'}
  width: 330px; box-sizing: border-box; overflow: auto; font: 14px/1.45 system-ui, sans-serif;
  background: ${dark ? '#161b22' : '#ffffff'}; color: ${dark ? '#e6edf3' : '#1f2328'};
  border: 1px solid ${dark ? '#30363d' : '#d0d7de'}; border-radius: 8px; padding: 0 12px 12px; }
header { position: sticky; top: 0; display: flex; align-items: center; gap: 6px; padding: 10px 0 8px;
  background: inherit; border-bottom: 1px solid ${dark ? '#30363d' : '#d0d7de'}; margin-bottom: 8px; }
header h1 { font-size: 15px; margin: 0; flex: 1; }
button { font: inherit; color: inherit; background: ${dark ? '#21262d' : '#f6f8fa'}; border: 1px solid ${dark ? '#30363d' : '#d0d7de'};
  border-radius: 6px; padding: 3px 8px; cursor: pointer; }
button:focus-visible { outline: 2px solid ${dark ? '#6cb8e6' : '#0072b2'}; outline-offset: 1px; }
.icon { width: 28px; padding: 3px 0; }
.collapsed > :not(header) { display: none; }
.collapsed header { border-bottom: 0; margin: 0; }
h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; margin: 14px 0 6px; opacity: .8; }
.mt { margin-top: 10px; padding: 8px; border-radius: 6px; background: ${dark ? '#0d2b3e' : '#eaf5fc'}; border-left: 4px solid ${dark ? '#8fd0f5' : '#56b4e9'}; }
.mt blockquote { margin: 6px 0 0; font-style: italic; }
.speaker { margin: 8px 0 2px; font-weight: 600; display: flex; gap: 6px; align-items: baseline; }
.speaker .title { font-weight: 400; opacity: .8; flex: 1; }
.speaker .n { font-variant-numeric: tabular-nums; font-size: 12px; padding: 0 6px; border-radius: 9px; background: ${dark ? '#30363d' : '#eaeef2'}; }
ul { list-style: none; margin: 0; padding: 0; }
li button { display: block; width: 100%; text-align: left; margin: 3px 0; background: transparent; border-color: transparent; border-left: 3px solid ${dark ? '#f5c04a' : '#e69f00'}; border-radius: 0; }
li button:hover { background: ${dark ? '#21262d' : '#f6f8fa'}; }
.via { font-size: 12px; opacity: .75; }
.empty { opacity: .8; font-style: italic; }
.actions { margin-top: 12px; display: flex; gap: 8px; align-items: center; }
.status { font-size: 12px; opacity: .8; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { .panel, header { background: Canvas; color: CanvasText; border-color: CanvasText; } button { border-color: ButtonText; } }
${L.Switches.css(dark)}`;

  class Panel {
    /**
     * opts: {report, settings, counts, dark, inline, parent,
     *        onSetting(key, value), onSelectQuote(index), onClose()}
     */
    constructor(opts) {
      this.opts = opts;
      const { host, root } = L.shadowHost(CSS(!!opts.dark, !!opts.inline));
      this.host = host;
      this.root = root;
      const h = L.h;
      this.switches = new L.Switches((key, value) => opts.onSetting && opts.onSetting(key, value));
      this.live = h('div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
      this.status = h('span', { class: 'status', 'aria-live': 'polite' });
      const collapse = h('button', { class: 'icon', type: 'button', title: L.t('panelCollapse'), 'aria-label': L.t('panelCollapse'), 'aria-expanded': 'true', onclick: () => this.toggleCollapsed() }, '–');
      this.collapseButton = collapse;
      const buttons = [collapse];
      if (opts.onClose) buttons.push(h('button', { class: 'icon', type: 'button', title: L.t('panelClose'), 'aria-label': L.t('panelClose'), onclick: () => opts.onClose() }, '×'));
      this.box = h(
        'section',
        { class: 'panel', role: 'complementary', 'aria-label': L.t('panelTitle') },
        h('header', {}, h('h1', {}, L.t('panelTitle')), ...buttons),
        this.switches.el,
        (this.mtEl = h('div', {}, this.mtSection(opts.report))),
        h('h2', {}, L.t('whoSaidWhat')),
        (this.speakersEl = h('div', {}, this.speakersSection(opts.report))),
        h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => this.copy() }, L.t('copyMarkdown')), this.status),
        this.live,
      );
      root.append(this.box);
      this.update(opts.settings || L.categories.defaults(), opts.counts || null);
      (opts.parent || document.documentElement).append(host);
    }

    mtSection(report) {
      const mt = report && report.machine_translation;
      if (!mt) return '';
      const h = L.h;
      const lang = mt.source_language ? L.languageName(mt.source_language) : null;
      return h(
        'div',
        { class: 'mt', role: 'note' },
        h('strong', {}, lang ? L.t('mtVerdictFrom', lang) : L.t('mtVerdict')),
        ' ',
        L.t('mtExplain'),
        ...(mt.evidence || []).map((e) => h('blockquote', {}, `“${e.text}”`)),
        (mt.signals || []).length ? h('div', { class: 'via' }, L.t('mtSignals'), ' ', mt.signals.join(', ')) : '',
        mt.original_url ? h('div', { class: 'via' }, L.t('mtOriginal'), ' ', h('a', { href: mt.original_url, target: '_blank', rel: 'noopener noreferrer' }, mt.original_url)) : '',
      );
    }

    speakersSection(report) {
      const h = L.h;
      const groups = L.marks.whoSaidWhat(report || {});
      if (!groups.length) return h('p', { class: 'empty' }, L.t('noQuotes'));
      return h(
        'div',
        { class: 'speakers' },
        ...groups.map((g) =>
          h(
            'div',
            { class: 'group' },
            h('div', { class: 'speaker' }, g.speaker || L.t('speakerUnknown'), h('span', { class: 'title' }, g.title || ''), h('span', { class: 'n', title: L.t('quoteCount', g.quotes.length) }, String(g.quotes.length))),
            h(
              'ul',
              {},
              ...g.quotes.map((q) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    { type: 'button', onclick: () => this.opts.onSelectQuote && this.opts.onSelectQuote(q.index) },
                    `“${q.text.length > 160 ? q.text.slice(0, 157) + '…' : q.text}”`,
                    q.source ? h('div', { class: 'via' }, L.t('viaSource', q.source)) : '',
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    }

    /** A new report for the same page (it changed): the lists follow. */
    setReport(report) {
      this.opts.report = report;
      this.mtEl.replaceChildren(this.mtSection(report));
      this.speakersEl.replaceChildren(this.speakersSection(report));
    }

    /** Folds the panel to its title bar (or unfolds it); tells opts.onCollapse. */
    toggleCollapsed(force) {
      const c = this.box.classList.toggle('collapsed', force);
      this.collapseButton.setAttribute('aria-expanded', String(!c));
      this.collapseButton.textContent = c ? '+' : '–';
      if (force === undefined && this.opts.onCollapse) this.opts.onCollapse(c);
    }

    update(settings, counts) {
      this.switches.update(settings, counts);
    }

    /** Screen readers hear this (polite live region). */
    announce(text) {
      this.live.textContent = '';
      // A fresh text node in a later task makes repeated messages be read again.
      setTimeout(() => (this.live.textContent = text), 30);
    }

    async copy() {
      const md = L.marks.markdown(this.opts.report || {}, {
        title: document.title,
        url: this.opts.inline ? null : location.href,
        unknown: L.t('speakerUnknown'),
        via: L.t('via'),
        mtNote: L.t('mtMarkdownNote'),
      });
      this.lastMarkdown = md;
      try {
        await navigator.clipboard.writeText(md);
        this.status.textContent = L.t('copied');
      } catch {
        this.status.textContent = L.t('copyFailed');
      }
    }

    destroy() {
      this.host.remove();
    }
  }

  L.Panel = Panel;
})();
