//! Translation artifacts: bracketed insertions inside quotes, stray runs in a
//! script other than the page's main one, and template labels leaked from
//! another language's edition of the site.
//!
//! An insertion is a bracketed group inside a quote that adds words to the
//! speaker's: "(support)", "[the government]", "(of a direct conflict)".
//! Ordinary parentheses stay: acronyms "(PLN)", numbers, ages and dates
//! "(52)", "(3/11)", and names capitalised mid-sentence "(Persero)" — though
//! square brackets inside a quote are an editor's words whatever they hold.
//!
//! A stray run is a stretch of letters in a script of another family than
//! the page's main one (Hangul on an English page), unless it glosses the
//! word before it in parentheses or quote marks. Latin runs on pages in
//! other scripts are brand names and acronyms, not strays. A template label
//! ("Baca juga", "Lire aussi", "관련 뉴스", from `data/<lang>/template_labels.txt`)
//! at a sentence's start is an artifact when its language is not the page's.

use crate::lang::LangId;
use crate::text::Lower;
use std::sync::OnceLock;

use crate::lexicon;
use crate::report::{Artifact, ArtifactKind, Quote};
use crate::text::{Case, Doc, Script, TokKind};

/// Languages with template-label lists.
const LABEL_LANGS: &str = "en id fr de es pt it nl ru tr vi ar zh ja ko sv ro pl cs hu fi da no hr uk el";

/// Longest bracketed group (bytes) taken as one insertion: beyond it the
/// brackets are unbalanced or hold a whole aside.
const MAX_INSERTION_BYTES: usize = 200;

/// Finds artifacts; `quotes` are the quotes already found (inner spans).
/// Offsets are bytes into `doc.text`, in text order.
pub fn find(doc: &Doc, quotes: &[Quote]) -> Vec<Artifact> {
    let mut out = Vec::new();
    insertions(doc, quotes, &mut out);
    let labels_at = labels(doc, &mut out);
    stray_runs(doc, &labels_at, &mut out);
    crate::sort::by_key(&mut out, |a| (a.start, a.end));
    out.dedup_by(|a, b| a.start < b.end && b.start < a.end);
    out
}

fn push(doc: &Doc, out: &mut Vec<Artifact>, start: usize, end: usize, kind: ArtifactKind) {
    out.push(Artifact { start, end, text: doc.text[start..end].to_string(), kind });
}

fn insertions(doc: &Doc, quotes: &[Quote], out: &mut Vec<Artifact>) {
    let mut seen_until = 0usize;
    let mut qs: Vec<&Quote> = quotes.iter().collect();
    crate::sort::by_key(&mut qs, |q| (q.start, 0));
    for q in qs {
        // Nested or repeated quotes: each stretch of text is read once.
        let from = q.start.max(seen_until);
        if from >= q.end {
            continue;
        }
        seen_until = q.end;
        let mut i = doc.tok_at(from);
        while i < doc.toks.len() && (doc.tok_end(i) as usize) <= q.end {
            // (Bytes: every token of the quote is tested, few are brackets.)
            let (open, close) = match doc.tok_bytes(i) {
                b"(" => ("(", ")"),
                b"[" => ("[", "]"),
                _ => {
                    i += 1;
                    continue;
                }
            };
            // The matching close inside the quote, within reach.
            let mut j = i + 1;
            let mut depth = 0;
            let mut found = None;
            while j < doc.toks.len() && (doc.tok_end(j) as usize) <= q.end {
                if doc.tok_start(j) as usize - doc.tok_start(i) as usize > MAX_INSERTION_BYTES {
                    break;
                }
                let s = doc.tok_text(j);
                // (`same`: no memcmp call for each one-byte token.)
                if crate::text::same(s, open) {
                    depth += 1;
                } else if crate::text::same(s, close) {
                    if depth == 0 {
                        found = Some(j);
                        break;
                    }
                    depth -= 1;
                }
                j += 1;
            }
            let Some(j) = found else {
                i += 1;
                continue;
            };
            if is_insertion(doc, q, i, j, open == "[") {
                push(doc, out, doc.tok_start(i) as usize, doc.tok_end(j) as usize, ArtifactKind::Insertion);
            }
            i = j + 1;
        }
    }
}

/// Whether the bracketed tokens `open+1..close` add words to a quote.
fn is_insertion(doc: &Doc, q: &Quote, open: usize, close: usize, square: bool) -> bool {
    let words: Vec<usize> = (open + 1..close).filter(|&k| doc.kind_is(k, TokKind::Word)).collect();
    // Numbers, ages, dates, amounts without words.
    let Some(&first) = words.first() else { return false };
    // Acronyms and codes: "(PLN)", "(D-Calif.)", "(UN)".
    if words.iter().all(|&k| doc.toks[k].is_all_caps(doc.text) || doc.case_is(k, Case::None)) {
        return false;
    }
    // List markers: "(a)", "(ii)".
    if words.len() == 1 && close == open + 2 {
        let w = doc.tok_text(first);
        if crate::text::char_len(w) == 1 || crate::text::all_chars(w, |c| matches!(c, 'i' | 'v' | 'x')) {
            return false;
        }
    }
    if square {
        return true;
    }
    if words.iter().any(|&k| doc.case_is(k, Case::Lower)) {
        return true;
    }
    // Only capitalised words: a name mid-sentence ("(Persero)", "(Jokowi)"),
    // but a translator's word at the start of the quote or of a sentence,
    // where every word has a capital: "(This) requires…".
    let _ = first;
    (doc.tok_start(open) as usize) <= q.start
        || doc.tok_at(q.start) == open
        || open > 0 && text_one_of!(doc, open - 1, "." | "!" | "?")
}

/// Template labels of another language at sentence starts; returns their ranges.
fn labels(doc: &Doc, out: &mut Vec<Artifact>) -> Vec<(usize, usize)> {
    // Every label, lower case, with its language, sorted stably by its
    // first byte: a sentence head is tested against the labels that open
    // with its own first byte alone, in the order of the languages and of
    // their lists (a test of all 25 lists per head was 2% of a run).
    static LISTS: OnceLock<Vec<(u8, &'static str, String)>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut all: Vec<(u8, &'static str, String)> = Vec::new();
        for l in crate::text::split_byte(LABEL_LANGS, b' ') {
            for e in &lexicon::list(l, lexicon::TEMPLATE_LABELS).entries {
                let e = e.lower();
                // (Each after the labels of its first byte so far: in order
                // without a sort, whose code cost the wasm some 200 bytes.)
                if let Some(&b) = e.as_bytes().first() {
                    let at = all.partition_point(|x| x.0 <= b);
                    all.insert(at, (b, l, e));
                }
            }
        }
        all
    });
    // Bit `b0 * 256 + b1` is set when a label may start with bytes b0 b1
    // (every b1 for a one-byte label): most sentence heads match no label.
    static FIRST2: OnceLock<Vec<u64>> = OnceLock::new();
    let first2 = FIRST2.get_or_init(|| {
        let mut bits = vec![0u64; 1024];
        for (_, _, l) in lists {
            let b = l.as_bytes();
            let Some(&b0) = b.first() else { continue };
            let seconds = match b.get(1) {
                Some(&b1) => b1 as usize..b1 as usize + 1,
                None => 0..256,
            };
            for b1 in seconds {
                let k = (b0 as usize) << 8 | b1;
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        bits
    });
    let page = page_language(doc);
    let mut found = Vec::new();
    let mut head = String::new();
    for (_, p) in doc.article_paras() {
        for s in &doc.sents[p.sents.clone()] {
            let head_end = floor_char(doc.text, (s.range.start + 64).min(s.range.end));
            #[cfg(not(target_arch = "wasm32"))]
            if !may_open_label(first2, &doc.text.as_bytes()[s.range.start..head_end]) {
                continue;
            }
            head.clear();
            crate::text::push_lower(&doc.text[s.range.start..head_end], &mut head);
            let head = head.as_str();
            // (A sentence is never empty, nor its lower-case head.)
            let Some(&first) = head.as_bytes().first() else { continue };
            if let [b0, b1, ..] = *head.as_bytes() {
                let k = (b0 as usize) << 8 | b1 as usize;
                if first2[k / 64] & (1 << (k % 64)) == 0 {
                    continue;
                }
            }
            let from = lists.partition_point(|x| x.0 < first);
            // The language whose first matching label was passed over (a
            // Latin label on a page of unknown language): its other labels
            // are not looked at.
            let mut passed: Option<&str> = None;
            for (_, lang, l) in lists[from..].iter().take_while(|x| x.0 == first) {
                // (The language codes compared with `text::same`: `==` called
                // memcmp for each label of a sentence's first byte.)
                let is = |code: Option<&str>| code.is_some_and(|c| crate::text::same(c, lang));
                if is(page) || is(passed) || !(head.starts_with(l.as_str()) && crate::text::first_char(&head[l.len()..]).is_none_or(|c| !c.is_alphanumeric())) {
                    continue;
                }
                // A Latin label is foreign only to a page known to be in another language.
                if page.is_none() && crate::text::first_char(l).is_some_and(|c| Script::of(c) == Script::Latin) {
                    passed = Some(lang);
                    continue;
                }
                // Same length in the original: labels are matched on a lower-cased copy.
                let end = s.range.start + l.len();
                if end <= s.range.end && doc.text.is_char_boundary(end) && doc.text[s.range.start..end].lower() == *l {
                    push(doc, out, s.range.start, end, ArtifactKind::ForeignScript);
                    found.push((s.range.start, end));
                }
                break;
            }
        }
    }
    found
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The page's language: from its words, else from its main script.
fn page_language(doc: &Doc) -> Option<&'static str> {
    if doc.lang.id != LangId::Und {
        return Some(doc.lang.code);
    }
    match doc.lang.script {
        Script::Hangul => Some("ko"),
        Script::Kana => Some("ja"),
        Script::Han => Some("zh"),
        Script::Arabic => Some("ar"),
        Script::Cyrillic => Some("ru"),
        _ => None,
    }
}

/// Scripts that mix on one page by custom (Japanese writes Han and Kana,
/// Korean papers write Han abbreviations) count as one family.
fn family(s: Script) -> u8 {
    match s {
        Script::Han | Script::Kana | Script::Hangul => 1,
        Script::Common => 0,
        Script::Latin => 2,
        _ => 3 + s as u8,
    }
}

fn is_foreign(main: Script, s: Script) -> bool {
    if s == Script::Common || s == Script::Latin {
        // Latin on a non-Latin page: brand names, acronyms, not strays.
        return false;
    }
    family(s) != family(main)
}

fn stray_runs(doc: &Doc, labels_at: &[(usize, usize)], out: &mut Vec<Artifact>) {
    let main = doc.lang.script;
    for (_, p) in doc.article_paras() {
        // (An ASCII char is Latin or of every script: a paragraph of ASCII
        // holds no foreign word, which one test of its bytes tells, where
        // the loop tested each token.)
        if crate::text::is_ascii_text(&doc.text[p.range.clone()]) {
            continue;
        }
        let toks = p.toks.clone();
        let mut i = toks.start;
        while i < toks.end {
            let t = doc.toks[i];
            if t.kind != TokKind::Word || !is_foreign(main, t.script) {
                i += 1;
                continue;
            }
            // Extend over foreign words, and over punctuation or numbers
            // between two foreign words.
            let mut last = i;
            let mut j = i + 1;
            while j < toks.end {
                let tj = doc.toks[j];
                if tj.kind == TokKind::Word && is_foreign(main, tj.script) {
                    last = j;
                } else if tj.kind == TokKind::Word && tj.script != Script::Common {
                    break;
                } else if text_one_of!(doc, j, "." | "!" | "?" | "(" | ")" | "\"" | "\u{201C}" | "\u{201D}") {
                    break;
                }
                j += 1;
            }
            let (a, b) = (t.start as usize, doc.tok_end(last) as usize);
            let gloss = i > toks.start
                && text_one_of!(doc, i - 1, "(" | "\"" | "\u{201C}" | "\u{00AB}" | "\u{300C}" | "'" | "\u{2018}");
            let labelled = labels_at.iter().any(|&(s, e)| s < b && a < e);
            if !gloss && !labelled {
                push(doc, out, a, b, ArtifactKind::ForeignScript);
            }
            i = last + 1;
        }
    }
}

/// Whether a sentence whose first 64 bytes (or fewer) are `head` may open
/// with a label by `first2` (see `labels`): natively tested on its first two
/// bytes, when they are ASCII, before the head is copied in lower case.
#[cfg(not(target_arch = "wasm32"))]
fn may_open_label(first2: &[u64], head: &[u8]) -> bool {
    match *head {
        [b0, b1, ..] if b0 < 0x80 && b1 < 0x80 => {
            let k = (b0.to_ascii_lowercase() as usize) << 8 | b1.to_ascii_lowercase() as usize;
            first2[k / 64] & (1 << (k % 64)) != 0
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;
    use crate::report::QuoteKind;

    /// Artifacts of `s`, with every "…" pair taken as a quote.
    fn arts(s: &str) -> Vec<(String, ArtifactKind)> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        let quotes: Vec<Quote> = crate::detect::quotes::find(&d)
            .into_iter()
            .map(|m| Quote {
                start: m.start,
                end: m.end,
                text: t[m.start..m.end].to_string(),
                kind: QuoteKind::Speech,
                speaker: None,
                cue: None,
                source: None,
                source_span: None,
                open: m.open,
                close: m.close,
                translated: false,
            })
            .collect();
        find(&d, &quotes).into_iter().map(|a| (a.text, a.kind)).collect()
    }

    fn texts(s: &str) -> Vec<String> {
        arts(s).into_iter().map(|a| a.0).collect()
    }

    #[test]
    fn insertions_in_quotes_not_acronyms_ages_dates() {
        assert_eq!(
            texts("\"(This) requires a (military) presence, and we increased (support) after 2014,\" he said."),
            ["(This)", "(military)", "(support)"]
        );
        assert_eq!(texts("\"We talk about the inevitability (of a direct conflict).\""), ["(of a direct conflict)"]);
        assert_eq!(texts("\"He told [the government] to wait,\" she said."), ["[the government]"]);
        assert!(texts("\"The state utility (PLN) will raise prices on (3/11), said Budi (52) of PT PLN (Persero).\"").is_empty());
        assert!(texts("\"We demand (a) higher wages and (ii) shorter hours,\" he said.").is_empty());
        // Parentheses outside quotes are the writer's own.
        assert!(texts("The minister (who resigned) said nothing.").is_empty());
    }

    #[test]
    fn foreign_script_runs_and_labels() {
        let a = arts("The article ends here.\n\n관련 뉴스");
        assert_eq!(a, [("관련 뉴스".to_string(), ArtifactKind::ForeignScript)]);
        assert_eq!(texts("The minister left the meeting early. 相关新闻 Floods hit the coast."), ["相关新闻"]);
        // A gloss is no stray.
        assert!(texts("The president met Xi Jinping (习近平) in Beijing on Monday.").is_empty());
        // Latin labels: foreign to an English page, native to an Indonesian one.
        assert_eq!(texts("The minister said the plan would go ahead.\n\nBaca juga: Jokowi meets the minister in the palace."), ["Baca juga"]);
        assert!(texts("Menteri mengatakan bahwa rencana itu akan berjalan.\n\nBaca juga: Jokowi bertemu menteri di istana.").is_empty());
        assert_eq!(texts("The minister said the plan would go ahead.\n\nLire aussi : la réforme des retraites"), ["Lire aussi"]);
        // A source site's update stamp and news desk, left by a translation.
        assert_eq!(texts("Güncelleme: 14.03.2029 | 08:52\n\nHaber Merkezi\n\nThe governor said the flights would stay grounded for safety reasons."), ["Güncelleme:", "Haber Merkezi"]);
        assert_eq!(texts("Bijgewerkt op 19/09/2029\n\nLe directeur a annoncé que l'école passera à la semaine de quatre jours."), ["Bijgewerkt op"]);
        // Swedish, Romanian, Polish labels left by a translation.
        assert_eq!(texts("The court revoked the permit on Tuesday.\n\nLäs också: Reindeer herders win in court"), ["Läs också"]);
        assert_eq!(texts("Les gendarmes ont infligé des amendes aux touristes.\n\nCitește și: Ursul de pe Transfăgărășan"), ["Citește și"]);
        assert_eq!(texts("Die Stadt hat die Linie eingestellt.\n\nCzytaj także: Autobus nie pojedzie"), ["Czytaj także"]);
        // Latin brand names on a Korean page are no strays; Hanja abbreviations neither.
        assert!(texts("삼성전자는 AI 반도체 생산을 늘린다고 밝혔다. 美 정부도 지원한다.").is_empty());
    }
}
