//! The output of the core: what the CLI prints with `--json` and what the
//! wasm binding hands to JavaScript. Field names are the public contract.
//!
//! Inside the core every `start`/`end` is a **byte offset** into the analysed
//! text (`Input::text()`), end exclusive, always on a char boundary. The wasm
//! binding rewrites them to UTF-16 code units with [`Report::map_offsets`].

use serde::Serialize;

/// A range of the analysed text with a copy of what it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Byte offset (UTF-16 code units after the wasm binding) of the first char.
    pub start: usize,
    /// Byte offset one past the last char (exclusive).
    pub end: usize,
    /// Exactly `text[start..end]`.
    pub text: String,
}

impl Span {
    /// A span of `text` from byte `start` to byte `end`.
    // (One copy in the wasm of the slicing checks and the allocation.)
    #[inline(never)]
    pub fn of(text: &str, start: usize, end: usize) -> Span {
        Span { start, end, text: text[start..end].to_string() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words someone said or wrote.
    Speech,
    /// A title, scare quote, nickname or quoted word.
    Term,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// Offset of the first char inside the marks.
    pub start: usize,
    /// Offset one past the last char inside the marks.
    pub end: usize,
    /// Exactly what stands between the marks.
    pub text: String,
    pub kind: QuoteKind,
    /// Index into `Report::speakers`.
    pub speaker: Option<usize>,
    /// The speech verb or construction that attributes the quote.
    pub cue: Option<Span>,
    /// Canonical name of the outlet the quote was relayed through ("TASS").
    pub source: Option<String>,
    /// Where that outlet is named.
    pub source_span: Option<Span>,
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset of the closing mark (its first byte).
    pub close: usize,
    /// The page is machine-translated: this wording is a translation, not
    /// the speaker's exact words.
    pub translated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    Person,
    Organisation,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speaker {
    /// Canonical name: the fullest form in the text, without title.
    pub name: String,
    /// Title or role when the text gives one ("NATO Secretary General").
    pub title: Option<String>,
    pub kind: SpeakerKind,
    /// Every mention: names, surnames, titles, pronouns resolved to this speaker.
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reported {
    /// Offsets of the reported content.
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index into `Report::speakers`.
    pub speaker: Option<usize>,
    pub cue: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeFamily {
    /// may, might, could
    Modal,
    /// reportedly, allegedly, so-called
    Attribution,
    /// is believed to, it is unclear whether, possibly
    Epistemic,
    /// sources said, some say, it is widely thought
    Weasel,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hedge {
    /// Offsets of the cue itself.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub family: HedgeFamily,
    /// The clause the cue qualifies.
    pub scope: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ArtifactKind {
    /// A translator's bracketed insertion inside a quote: "(support)".
    Insertion,
    /// A run in a script other than the page's main one: "관련 뉴스".
    ForeignScript,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Artifact {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: ArtifactKind,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MachineTranslation {
    /// ISO 639-1 code of the original language, when the page names it.
    pub source_language: Option<String>,
    /// The notice sentences (and other text evidence) on the page.
    pub evidence: Vec<Span>,
    /// Markup signals that support the verdict (`lang="en-x-mtfrom-id"`, …).
    pub signals: Vec<String>,
    /// 0.0–1.0.
    pub confidence: f32,
    /// URL of the original-language version, when the page links it.
    pub original_url: Option<String>,
}

/// Which blocks of the input the core took as the article.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ArticleInfo {
    /// Indices into `Input::blocks`, in order.
    pub blocks: Vec<usize>,
    /// How the article was found: "all", "json-ld", "itemprop", "article", "density".
    pub method: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Report {
    /// ISO 639-1 code of the text's language ("en", "fr", "de", "id"…), "und" if unknown.
    pub language: String,
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub reported: Vec<Reported>,
    pub hedges: Vec<Hedge>,
    pub artifacts: Vec<Artifact>,
    pub machine_translation: Option<MachineTranslation>,
    pub article: ArticleInfo,
}

impl Report {
    /// Rewrites every offset in the report with `f` (used by the wasm binding
    /// to turn byte offsets into UTF-16 code units). `f` must be monotonic.
    pub fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        fn span(s: &mut Span, f: &impl Fn(usize) -> usize) {
            s.start = f(s.start);
            s.end = f(s.end);
        }
        for q in &mut self.quotes {
            q.start = f(q.start);
            q.end = f(q.end);
            q.open = f(q.open);
            q.close = f(q.close);
            if let Some(c) = &mut q.cue {
                span(c, &f);
            }
            if let Some(c) = &mut q.source_span {
                span(c, &f);
            }
        }
        for s in &mut self.speakers {
            for m in &mut s.mentions {
                span(m, &f);
            }
        }
        for r in &mut self.reported {
            r.start = f(r.start);
            r.end = f(r.end);
            span(&mut r.cue, &f);
        }
        for h in &mut self.hedges {
            h.start = f(h.start);
            h.end = f(h.end);
            span(&mut h.scope, &f);
        }
        for a in &mut self.artifacts {
            a.start = f(a.start);
            a.end = f(a.end);
        }
        if let Some(mt) = &mut self.machine_translation {
            for e in &mut mt.evidence {
                span(e, &f);
            }
        }
    }
}

impl Report {
    /// Checks the report's invariants against the analysed `text` (byte
    /// offsets): every span inside the text and on char boundaries, every
    /// `text` field equal to the slice it names, lists sorted by start,
    /// speaker indices valid. Used by tests and the fuzzers.
    pub fn check(&self, text: &str) -> Result<(), String> {
        let span_ok = |what: &str, s: usize, e: usize, t: &str| -> Result<(), String> {
            if s > e || e > text.len() {
                return Err(format!("{what}: {s}..{e} outside 0..{}", text.len()));
            }
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                return Err(format!("{what}: {s}..{e} not on char boundaries"));
            }
            if &text[s..e] != t {
                return Err(format!("{what}: text {t:?} != slice {:?}", &text[s..e]));
            }
            Ok(())
        };
        let sorted = |what: &str, v: Vec<usize>| -> Result<(), String> {
            if v.windows(2).all(|w| w[0] <= w[1]) {
                Ok(())
            } else {
                Err(format!("{what} not sorted by start"))
            }
        };
        let n = self.speakers.len();
        for q in &self.quotes {
            span_ok("quote", q.start, q.end, &q.text)?;
            if !(q.open < q.start && q.end <= q.close && q.close < text.len()) {
                return Err(format!("quote marks {}..{} do not enclose {}..{}", q.open, q.close, q.start, q.end));
            }
            if let Some(c) = &q.cue {
                span_ok("quote cue", c.start, c.end, &c.text)?;
            }
            if let Some(c) = &q.source_span {
                span_ok("quote source", c.start, c.end, &c.text)?;
            }
            if q.speaker.is_some_and(|i| i >= n) {
                return Err("quote speaker index out of range".into());
            }
        }
        sorted("quotes", self.quotes.iter().map(|q| q.start).collect())?;
        for s in &self.speakers {
            for m in &s.mentions {
                span_ok("mention", m.start, m.end, &m.text)?;
            }
            sorted("mentions", s.mentions.iter().map(|m| m.start).collect())?;
        }
        for r in &self.reported {
            span_ok("reported", r.start, r.end, &r.text)?;
            span_ok("reported cue", r.cue.start, r.cue.end, &r.cue.text)?;
            if r.speaker.is_some_and(|i| i >= n) {
                return Err("reported speaker index out of range".into());
            }
        }
        sorted("reported", self.reported.iter().map(|r| r.start).collect())?;
        for h in &self.hedges {
            span_ok("hedge", h.start, h.end, &h.text)?;
            span_ok("hedge scope", h.scope.start, h.scope.end, &h.scope.text)?;
        }
        sorted("hedges", self.hedges.iter().map(|h| h.start).collect())?;
        for a in &self.artifacts {
            span_ok("artifact", a.start, a.end, &a.text)?;
        }
        sorted("artifacts", self.artifacts.iter().map(|a| a.start).collect())?;
        if let Some(mt) = &self.machine_translation {
            for e in &mt.evidence {
                span_ok("mt evidence", e.start, e.end, &e.text)?;
            }
            if !(0.0..=1.0).contains(&mt.confidence) {
                return Err("mt confidence outside 0..1".into());
            }
        }
        Ok(())
    }
}

/// For each byte offset of `text` that starts a char (and for `text.len()`),
/// the offset in UTF-16 code units; other entries are unspecified. Built in
/// one pass, for the wasm binding's [`Report::map_offsets`].
pub fn utf16_table(text: &str) -> Vec<u32> {
    let mut units = vec![0u32; text.len() + 1];
    let mut u = 0u32;
    for (b, c) in text.char_indices() {
        units[b] = u;
        u += c.len_utf16() as u32;
    }
    units[text.len()] = u;
    units
}
