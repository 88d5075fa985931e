// Turns the core's report into marks: {cat, start, end, info} in offsets of
// the analysed text, one list per category. Pure: the content script and the
// playground paint the same marks.
(() => {
  const L = (globalThis.Lector ??= {});
  if (L.marks) return;

  /** Marks per category id, each sorted by start. `info` is what a card shows. */
  function fromReport(report) {
    const out = Object.fromEntries(L.categories.CATEGORIES.map((c) => [c.id, []]));
    const speakers = report.speakers || [];
    const mt = report.machine_translation || null;
    const who = (i) => (i == null ? null : speakers[i] || null);
    (report.quotes || []).forEach((q, i) => {
      if (q.kind !== 'speech') return;
      const s = who(q.speaker);
      out.quotes.push({
        cat: 'quotes', start: q.start, end: q.end, index: i,
        info: { text: q.text, speaker: s && s.name, title: s && s.title, cue: q.cue && q.cue.text, source: q.source, translated: !!(q.translated || mt) },
      });
      if (q.source_span) {
        out.sources.push({ cat: 'sources', start: q.source_span.start, end: q.source_span.end, info: { source: q.source, text: q.source_span.text } });
      }
    });
    speakers.forEach((s, i) => {
      for (const m of s.mentions || []) {
        out.speakers.push({ cat: 'speakers', start: m.start, end: m.end, index: i, info: { speaker: s.name, title: s.title, kind: s.kind, text: m.text } });
      }
    });
    for (const r of report.reported || []) {
      const s = who(r.speaker);
      out.reported.push({ cat: 'reported', start: r.start, end: r.end, info: { text: r.text, speaker: s && s.name, title: s && s.title, cue: r.cue && r.cue.text, translated: !!mt } });
    }
    for (const h of report.hedges || []) {
      out.hedges.push({ cat: 'hedges', start: h.start, end: h.end, info: { text: h.text, family: h.family, scope: h.scope && h.scope.text } });
    }
    if (mt) {
      for (const e of mt.evidence || []) {
        out.mt.push({ cat: 'mt', start: e.start, end: e.end, info: { text: e.text, sourceLanguage: mt.source_language, confidence: mt.confidence } });
      }
    }
    for (const a of report.artifacts || []) {
      out.artifacts.push({ cat: 'artifacts', start: a.start, end: a.end, info: { text: a.text, kind: a.kind } });
    }
    for (const list of Object.values(out)) list.sort((a, b) => a.start - b.start || a.end - b.end);
    return out;
  }

  /** Counts per category id. */
  function counts(marks) {
    return Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, v.length]));
  }

  /**
   * Who said what: speakers with their quotes, in order of first quote, then
   * quotes nobody could be named for.
   */
  function whoSaidWhat(report) {
    const speakers = report.speakers || [];
    const groups = new Map();
    (report.quotes || []).forEach((q, i) => {
      if (q.kind !== 'speech') return;
      const key = q.speaker == null ? -1 : q.speaker;
      if (!groups.has(key)) {
        const s = speakers[key];
        groups.set(key, { speaker: s ? s.name : null, title: s ? s.title : null, quotes: [] });
      }
      groups.get(key).quotes.push({ index: i, text: q.text, source: q.source, cue: q.cue && q.cue.text });
    });
    const list = [...groups.entries()];
    list.sort((a, b) => (a[0] === -1) - (b[0] === -1));
    return list.map(([, g]) => g);
  }

  /** Every quote with its attribution, as Markdown. */
  function markdown(report, opts = {}) {
    const lines = [];
    if (opts.title) lines.push(`## ${opts.title}`, '');
    if (opts.url) lines.push(`<${opts.url}>`, '');
    for (const g of whoSaidWhat(report)) {
      const head = g.speaker ? `**${g.speaker}**${g.title ? ` (${g.title})` : ''}` : `**${opts.unknown || 'Unattributed'}**`;
      for (const q of g.quotes) {
        const via = q.source ? ` — ${opts.via || 'via'} ${q.source}` : '';
        lines.push(`> “${q.text.replace(/\n+/g, ' ')}”`, `> — ${head}${via}`, '');
      }
    }
    const mt = report.machine_translation;
    if (mt) {
      const note = (mt.evidence || []).map((e) => `“${e.text}”`).join(' ');
      lines.push(`_${opts.mtNote || 'Machine-translated page: the quotes are a translation, not the speakers’ exact words.'}${note ? ' ' + note : ''}_`, '');
    }
    return lines.join('\n').trim() + '\n';
  }

  L.marks = Object.freeze({ fromReport, counts, whoSaidWhat, markdown });
})();
