// Everything the content script shows and listens to once the page is
// painted: the panel, the hover/focus card, the reader's switches (storage.sync,
// applied live), next/previous navigation with an announcement, and a
// MutationObserver that re-annotates a changing page, repainting only the
// blocks that changed.
(() => {
  const L = globalThis.Lector;
  if (L.ContentUI) return;
  const { CATEGORIES, MASTER_KEY, defaults } = L.categories;
  const M = L.messages;

  class ContentUI {
    constructor(state, api) {
      this.state = state;
      this.api = api;
      this.settings = defaults();
      this.index = -1;
      this.card = new L.Card({ dark: state.dark });
      this.panel = new L.Panel({
        report: state.report,
        dark: state.dark,
        counts: state.painter.counts(),
        onSetting: (key, value) => this.setSetting(key, value),
        onSelectQuote: (i) => this.selectQuote(i),
        onClose: () => this.closePanel(),
        onCollapse: (folded) => this.api.storage.sync.set({ [L.categories.PANEL_COLLAPSED_KEY]: folded }).catch(() => {}),
      });
      // Folded on narrow windows, where it would cover the text, until the reader unfolds it.
      if (innerWidth < 900) this.panel.toggleCollapsed(true);
      this.listen();
      this.loadSettings();
      this.observe();
    }

    hosts() {
      return [this.card.host, this.panel?.host].filter(Boolean);
    }

    // ------------------------------------------------------------ settings
    async loadSettings() {
      try {
        const key = L.categories.PANEL_COLLAPSED_KEY;
        const got = await this.api.storage.sync.get({ ...defaults(), [key]: false });
        if (got[key] && this.panel) this.panel.toggleCollapsed(true);
        delete got[key];
        this.settings = { ...defaults(), ...got };
      } catch {
        // storage refused (private window policies): keep the defaults.
      }
      this.applySettings();
    }

    setSetting(key, value) {
      this.settings[key] = value;
      this.applySettings();
      // Saved for every tab; the others apply it through storage.onChanged.
      this.api.storage.sync.set({ [key]: value }).catch(() => {});
    }

    applySettings() {
      const on = this.settings[MASTER_KEY] !== false;
      this.state.painter.show(on ? CATEGORIES.filter((c) => this.settings[c.storageKey] !== false).map((c) => c.id) : []);
      if (this.panel) this.panel.update(this.settings, this.state.painter.counts());
      if (this.card.entry && !this.state.painter.shown.has(this.card.entry.mark.cat)) this.card.hide();
    }

    // ------------------------------------------------------------ pointer, keys
    listen() {
      let frame = 0;
      let last = null;
      this.onMove = (ev) => {
        last = ev;
        if (frame) return;
        frame = requestAnimationFrame(() => {
          frame = 0;
          const entry = this.state.painter.at(last.clientX, last.clientY);
          if (entry) this.card.show(entry);
          else if (!this.keyboardFocus) this.card.hide();
        });
      };
      this.onScroll = () => {
        if (this.card.entry) this.card.place(this.card.entry.range);
      };
      this.onKey = (ev) => {
        if (ev.key === 'Escape' && this.card.entry) {
          this.card.hide();
          this.state.painter.focus(null);
          this.keyboardFocus = false;
        }
      };
      this.onStorage = (changes, area) => {
        if (area !== 'sync') return;
        let touched = false;
        for (const [k, { newValue }] of Object.entries(changes)) {
          if (k in this.settings) {
            this.settings[k] = newValue !== false;
            touched = true;
          }
        }
        if (touched) this.applySettings();
      };
      document.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
      addEventListener('scroll', this.onScroll, { passive: true, capture: true });
      document.addEventListener('keydown', this.onKey, true);
      this.api.storage.onChanged.addListener(this.onStorage);
    }

    /** Next/previous highlight (keyboard commands): focus it, show its card, say where we are. */
    command(cmd) {
      const all = this.state.painter.ordered();
      if (!all.length) {
        this.announce(L.t('navNothing'));
        return;
      }
      const cur = this.state.painter.focused ? all.indexOf(this.state.painter.focused) : this.index;
      this.index = cmd === 'previous' ? (cur <= 0 ? all.length - 1 : cur - 1) : (cur + 1) % all.length;
      this.goTo(all[this.index], this.index, all.length);
    }

    goTo(entry, i, n, flash = false) {
      const painter = this.state.painter;
      painter.focus(entry);
      this.keyboardFocus = true;
      const node = entry.range.startContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      if (el) el.scrollIntoView({ block: 'center', inline: 'nearest' });
      requestAnimationFrame(() => this.card.show(entry));
      const { cat, info } = entry.mark;
      const who = info.speaker ? ` — ${info.speaker}` : '';
      this.announce(L.t('navAt', L.t(L.categories.byId[cat].kindKey), i + 1, n, `${entry.range.toString().slice(0, 120)}${who}`));
      if (flash) {
        clearTimeout(this.flashTimer);
        this.flashTimer = setTimeout(() => {
          if (painter.focused === entry) painter.focus(null);
        }, 1600);
      }
    }

    /** A click on a quote in the panel: scroll to it and flash it. */
    selectQuote(index) {
      const list = this.state.painter.list('quotes');
      const entry = list.find((e) => e.mark.index === index);
      if (!entry) return;
      const all = this.state.painter.ordered();
      this.goTo(entry, Math.max(0, all.indexOf(entry)), all.length, true);
    }

    announce(text) {
      if (this.panel) this.panel.announce(text);
      else {
        this.live ??= (() => {
          const { host, root } = L.shadowHost('');
          const region = L.h('div', { 'aria-live': 'polite', role: 'status', style: { position: 'fixed', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)' } });
          root.append(region);
          document.documentElement.append(host);
          return { host, region };
        })();
        this.live.region.textContent = text;
      }
    }

    closePanel() {
      this.panel?.destroy();
      this.panel = null;
    }

    // ------------------------------------------------------------ page changes
    observe() {
      // Lector's own hosts (<lector-ui>, appended to <html>) coming and going are no page change.
      const ours = (n) => n.nodeType === 1 && n.localName === 'lector-ui';
      const mine = (r) =>
        ours(r.target) ||
        (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(ours) && r.addedNodes.length + r.removedNodes.length > 0);
      this.observer = new MutationObserver((records) => {
        if (records.every(mine)) return;
        clearTimeout(this.timer);
        // Coalesce bursts (infinite scroll adds many nodes at once), and on a
        // page that never stops changing, spend at most a fifth of the time on it.
        this.timer = setTimeout(() => this.reannotate(), Math.max(150, 5 * (this.lastCost || 0)));
      });
      // The whole document, not just <body>: some apps replace <body> itself.
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    }

    async reannotate() {
      if (this.busy) {
        this.again = true;
        return;
      }
      this.busy = true;
      const t0 = performance.now();
      try {
        const state = this.state;
        // A page that grew past the size limit (endless scrolling) keeps what
        // is painted and stops being followed, rather than stalling on each change.
        if (document.body && document.body.textContent.length > L.content.MAX_CHARS) {
          this.observer?.disconnect();
          this.api.runtime.sendMessage({ type: M.COUNTS, counts: state.painter.counts() }).catch(() => {});
          return;
        }
        const collected = L.collect(document.body, { skip: new Set(this.hosts()) });
        const sameText = JSON.stringify(collected.input.blocks) === JSON.stringify(state.collected.input.blocks);
        if (sameText) {
          // A ticker or an ad changed, not the text: keep everything, unless
          // the page re-rendered the same text into new nodes.
          const stale = [...state.painter.entries.values()].some((m) => [...m.values()].some((e) => !e.range.startContainer.isConnected));
          if (stale) {
            state.collected = collected;
            this.lastRepaint = state.painter.repaint(state.marks, collected.locate, collected.keyOf);
            await L.content.style();
          }
          return;
        }
        const reply = await this.api.runtime.sendMessage({ type: M.ANNOTATE, input: collected.input });
        if (!reply || reply.error || this.destroyed) {
          // The badge showed '…' while the core worked: back to the count.
          if (!this.destroyed) this.api.runtime.sendMessage({ type: M.COUNTS, counts: state.painter.counts() }).catch(() => {});
          return;
        }
        state.collected = collected;
        state.report = reply.report;
        state.marks = L.marks.fromReport(reply.report);
        this.lastRepaint = state.painter.repaint(state.marks, collected.locate, collected.keyOf);
        // New text may sit in elements no inserted rule covers yet.
        await L.content.style();
        if (this.card.entry && !state.painter.list(this.card.entry.mark.cat).includes(this.card.entry)) this.card.hide();
        if (this.panel) {
          this.panel.setReport(reply.report);
          this.panel.update(this.settings, state.painter.counts());
        }
        this.api.runtime.sendMessage({ type: M.COUNTS, counts: state.painter.counts() }).catch(() => {});
      } catch {
        // The extension was reloaded or the page is going away: nothing to do.
      } finally {
        this.lastCost = performance.now() - t0;
        this.busy = false;
        if (this.again && !this.destroyed) {
          this.again = false;
          this.reannotate();
        }
      }
    }

    destroy() {
      this.destroyed = true;
      clearTimeout(this.timer);
      clearTimeout(this.flashTimer);
      this.observer?.disconnect();
      document.removeEventListener('pointermove', this.onMove, { capture: true });
      removeEventListener('scroll', this.onScroll, { capture: true });
      document.removeEventListener('keydown', this.onKey, true);
      this.api.storage.onChanged.removeListener(this.onStorage);
      this.card.destroy();
      this.panel?.destroy();
      this.live?.host.remove();
    }
  }

  L.ContentUI = ContentUI;
})();
