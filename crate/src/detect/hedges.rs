//! Hedge cues and their scope.
//!
//! Cues come from `data/<lang>/hedges.txt` ("<family> <words>"), matched token
//! by token (longest first) in the article paragraphs. A cue word is no hedge
//! in a `not` context of the same list (military might, you may, could not),
//! when it is capitalised mid-sentence although the list writes it in lower
//! case (the month May, a name, a word of a title), before or after a number
//! (May 24), or in a headline set in title case. The scope is the clause the
//! cue sits in, bounded by strong punctuation, quote marks and the clause
//! openers of `data/<lang>/clauses.txt`.

use crate::text::Lower;
use std::sync::OnceLock;

use crate::detect::cues::{self, ByWord, Keyed};
use crate::lexicon;
use crate::report::{Hedge, HedgeFamily, Span};
use crate::text::{Case, Doc, TokKind};

/// How far (in tokens) a scope reaches on either side of its cue, at most:
/// bounds the work per cue on pages without punctuation.
const MAX_SCOPE_TOKS: usize = 40;

struct Cue {
    /// Lower-case tokens.
    words: Vec<String>,
    family: HedgeFamily,
    /// The list writes the first word in lower case: a capital mid-sentence
    /// means a name, a month or a title word.
    lower: bool,
}


#[derive(Default)]
struct Table {
    cues: Vec<Cue>,
    /// First word → cue indices, longest first. (Looked up for every token
    /// that passes `first_bits`: natively compared as integers, not hashed
    /// byte by byte and compared with `memcmp`.)
    by_first: ByWord<Vec<usize>>,
    /// Bit [`sketch`]`(w)` is set for every key of `by_first`: most tokens
    /// are ruled out without hashing them.
    first_bits: [u64; 32],
    /// Word → (negative context, position of the word in it).
    negs_by_word: Keyed<Vec<(usize, usize)>>,
    negs: Vec<Vec<String>>,
    comps: Vec<String>,
    openers: Vec<String>,
    /// Vague groups that speak ("analysts") and quantifiers before them ("some").
    groups: Vec<String>,
    quants: Vec<String>,
    /// Byte lengths (bit `n`; bit 63 for 63 and more) and first bytes of
    /// the group and quantifier words: a test that rules most tokens out
    /// before the lists are scanned.
    pat_lens: u64,
    pat_first: [u64; 4],
    /// Bit [`sketch`]`(w)` for every group and quantifier word: the finer
    /// test, for words that pass the two above.
    pat_bits: [u64; 32],
    /// Verbs of belief a vague group may take besides speech verbs.
    group_verbs: Vec<String>,
    /// `first_bits | pat_bits`: natively a word whose bit is clear opens
    /// no cue, outside French, without the tests of each.
    #[cfg(not(target_arch = "wasm32"))]
    any_bits: [u64; 32],
    /// Natively, the keys of `by_first` and the group and quantifier words:
    /// the words outside French a cue or the weasel pattern opens with,
    /// which the lexicon's word table tags [`cues::HEDGE`].
    #[cfg(not(target_arch = "wasm32"))]
    opening: Vec<String>,
}

/// A cue word of the lexicon against a lower-case token: "*kreisen" matches
/// any word that ends so.
fn word_eq(pat: &str, tok: &str) -> bool {
    match pat.strip_prefix('*') {
        Some(end) => tok.len() > end.len() && tok.ends_with(end),
        None => crate::text::same(pat, tok),
    }
}

/// Splits a lexicon entry into lower-case tokens the way `text` tokenizes
/// (commas stand alone).
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split_whitespace() {
        let w = w.lower();
        if let Some(stem) = w.strip_suffix(',') {
            if !stem.is_empty() {
                out.push(stem.to_string());
            }
            out.push(",".to_string());
        } else {
            out.push(w);
        }
    }
    out
}

fn build(lang: &str) -> Table {
    let mut t = Table::default();
    let mut by_first: Keyed<Vec<usize>> = Keyed::default();
    for e in &lexicon::list(lang, lexicon::HEDGES).entries {
        let Some((fam, rest)) = crate::text::split_once_byte(e, b' ') else { continue };
        let ws = words(rest);
        if ws.is_empty() {
            continue;
        }
        let family = match fam {
            "modal" => HedgeFamily::Modal,
            "attribution" => HedgeFamily::Attribution,
            "epistemic" => HedgeFamily::Epistemic,
            "weasel" => HedgeFamily::Weasel,
            "group" => {
                t.groups.push(crate::text::joined(&ws, " "));
                continue;
            }
            "groupverb" => {
                t.group_verbs.push(crate::text::joined(&ws, " "));
                continue;
            }
            "quantifier" => {
                t.quants.push(crate::text::joined(&ws, " "));
                continue;
            }
            "not" => {
                let n = t.negs.len();
                for (k, w) in ws.iter().enumerate() {
                    t.negs_by_word.at(w.clone()).push((n, k));
                }
                t.negs.push(ws);
                continue;
            }
            _ => continue,
        };
        let lower = crate::text::first_char(rest.trim()).is_some_and(|c| !c.is_uppercase());
        by_first.at(ws[0].clone()).push(t.cues.len());
        t.cues.push(Cue { words: ws, family, lower });
    }
    for w in t.groups.iter().chain(&t.quants) {
        t.pat_lens |= 1 << w.len().min(63);
        let b = w.as_bytes().first().copied().unwrap_or(0);
        t.pat_first[usize::from(b >> 6)] |= 1 << (b & 63);
        let k = sketch(w);
        t.pat_bits[k / 64] |= 1 << (k % 64);
    }
    for w in by_first.keys() {
        let k = sketch(w);
        t.first_bits[k / 64] |= 1 << (k % 64);
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        t.opening = by_first.keys().chain(&t.groups).chain(&t.quants).cloned().collect();
    }
    #[cfg(not(target_arch = "wasm32"))]
    for k in 0..t.any_bits.len() {
        t.any_bits[k] = t.first_bits[k] | t.pat_bits[k];
    }
    let cues = &t.cues;
    for v in by_first.values_mut() {
        crate::sort::by_key(v, |&i| (usize::MAX - cues[i].words.len(), 0));
    }
    t.by_first = ByWord::new(by_first);
    for e in &lexicon::list(lang, lexicon::CLAUSES).entries {
        match crate::text::split_once_byte(e, b' ') {
            Some(("comp", w)) => t.comps.push(w.trim().lower()),
            Some(("open", w)) => t.openers.push(w.trim().lower()),
            _ => {}
        }
    }
    t
}

/// An 11-bit digest of a word's length and first two and last bytes. (With
/// the last byte, a third as many tokens of the test files pass the filter
/// without being a cue's first word: en 1,514 -> 470, de 487 -> 137.)
fn sketch(w: &str) -> usize {
    let b = w.as_bytes();
    let (x, y) = (b.first().copied().unwrap_or(0) as usize, b.get(1).copied().unwrap_or(0) as usize);
    let z = b.last().copied().unwrap_or(0) as usize;
    (x * 61 + y * 7 + z * 31 + b.len() * 131) & 2047
}

fn table(lang: &str) -> &'static Table {
    // (In the order of PROFILED, which opens with "en", the fallback: a map
    // of four tables put its own hashbrown code in the wasm. Each is built
    // at its first use: a text needs its language's alone, and building
    // all four, with their lists, cost a run 0.5 M instructions more.)
    use crate::lang::PROFILED;
    static TABLES: [OnceLock<Table>; PROFILED.len()] = [const { OnceLock::new() }; PROFILED.len()];
    let k = PROFILED.iter().position(|&l| l == lang).unwrap_or(0);
    TABLES[k].get_or_init(|| build(PROFILED[k]))
}

// One copy in the wasm, not one per caller: each copy compares ten strings.
#[inline(never)]
fn is_quote_mark(s: &str) -> bool {
    matches!(
        s,
        "\"" | "\u{201C}" | "\u{201D}" | "\u{201E}" | "\u{00AB}" | "\u{00BB}" | "\u{2039}" | "\u{203A}" | "\u{300C}" | "\u{300D}"
    )
}

fn is_hard_boundary(s: &str) -> bool {
    matches!(s, ";" | ":" | "\u{2014}" | "\u{2013}" | "(" | ")" | "[" | "]") || is_quote_mark(s)
}

/// The words a hedge cue or the weasel pattern opens with, in the hedge
/// table of lexicon `lang` (see `Table::opening`).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn opening_words(lang: &str) -> impl Iterator<Item = &'static str> {
    table(lang).opening.iter().map(String::as_str)
}

/// Finds hedge cues in the article paragraphs. Offsets are bytes into `doc.text`.
pub fn find(doc: &Doc) -> Vec<Hedge> {
    find_tagged(doc, None)
}

/// [`find`]; natively with the tokens' tags, when given (`cues::Lex::tag`
/// of the document's lexicon), where a token not tagged [`cues::HEDGE`]
/// opens no cue outside French.
pub(crate) fn find_tagged(doc: &Doc, tags: Option<&[cues::Tag]>) -> Vec<Hedge> {
    let _ = tags;
    let lang = doc.lang.code;
    let t = table(lang);
    let speech = lexicon::list(lang, lexicon::SPEECH_VERBS);
    let mut out = Vec::new();
    let first_article = doc.article_paras().next().map(|(i, _)| i);
    // (French has a pattern of its own, the conditional: see `pattern_cue`.)
    let fr = lang == "fr";
    for (pi, p) in doc.article_paras() {
        // Words of a title are no hedged statement: headings, the headline
        // that opens plain text, anything set in title case.
        let heading = p.heading
            || Some(pi) == first_article && doc.paras.len() > 1 && is_headline(doc, p);
        if heading || is_title_case_heading(doc, p.toks.clone()) {
            continue;
        }
        for s in &doc.sents[p.sents.clone()] {
            let base = s.toks.start;
            // Lower-case forms of the sentence's tokens (the document's own: no copy).
            let low = doc.lows(s.toks.clone());
            let n = low.len();
            // (Natively, outside French, the sentence's slice of the tags:
            // a run of tokens not tagged HEDGE, most of them, is stepped
            // over in one loop, where each token was tested and indexed
            // with its bounds check on its own.)
            #[cfg(not(target_arch = "wasm32"))]
            let hedge_tags = tags.filter(|_| !fr).map(|tags| &tags[s.toks.clone()][..n]);
            let mut k = 0;
            while k < n {
                #[cfg(not(target_arch = "wasm32"))]
                if let Some(ht) = hedge_tags {
                    match ht[k..].iter().position(|t| t.has(cues::HEDGE)) {
                        Some(d) => k += d,
                        None => break,
                    }
                }
                let k11 = sketch(low[k]);
                #[cfg(not(target_arch = "wasm32"))]
                if !fr && t.any_bits[k11 / 64] & (1 << (k11 % 64)) == 0 {
                    k += 1;
                    continue;
                }
                let maybe = t.first_bits[k11 / 64] & (1 << (k11 % 64)) != 0;
                // (A candidate's first word is the word it was found by,
                // which `word_eq` matches: the words after it are compared.)
                let hit = maybe.then(|| t.by_first.get(low[k])).flatten().and_then(|cands| {
                    cands.iter().map(|&c| &t.cues[c]).find(|c| {
                        k + c.words.len() <= n && c.words[1..].iter().zip(&low[k + 1..]).all(|(a, b)| word_eq(a, b))
                    })
                });
                // (Outside French only the weasel pattern may open here:
                // most words are tested without the call.)
                if hit.is_none() && !fr && !may_open_pattern(t, low[k], k11) {
                    k += 1;
                    continue;
                }
                let made;
                let cue = match hit {
                    Some(c) => c,
                    None => match pattern_cue(t, lang, speech, &low, k, k11) {
                        Some(c) => {
                            made = c;
                            &made
                        }
                        None => {
                            k += 1;
                            continue;
                        }
                    },
                };
                let len = cue.words.len();
                if keeps(doc, t, &low, base, k, cue, lang) {
                    let (a, b) = (doc.tok_start(base + k) as usize, doc.tok_end(base + k + len - 1) as usize);
                    let (sa, sb) = scope(doc, t, speech, &low, base, k, len, cue.family, lang);
                    out.push(Hedge {
                        start: a,
                        end: b,
                        text: doc.text[a..b].to_string(),
                        family: cue.family,
                        scope: Span::of(doc.text, sa, sb),
                    });
                }
                k += len;
            }
        }
    }
    out
}

/// Whether `w` is one of the words `v` (compared with `text::same`: the
/// clause scans ask it of every word they pass, and `==` called memcmp for
/// each word of the same length).
fn listed(v: &[String], w: &str) -> bool {
    v.iter().any(|x| crate::text::same(x, w))
}

/// Whether the cue matched at sentence token `k` is a hedge here.
fn keeps(doc: &Doc, t: &Table, low: &[&str], base: usize, k: usize, cue: &Cue, lang: &str) -> bool {
    let tok = doc.toks[base + k];
    // A capital the list does not write: a name, the month, a title word.
    if cue.lower && tok.case == Case::Upper && !starts_sentence(doc, low, k) {
        return false;
    }
    // "May" with a capital is the month or a name, except at a sentence's
    // start before a lower-case word ("May contain errors"); the `not`
    // contexts then keep out "May was…", "May the best team win".
    let len = cue.words.len();
    if len == 1 && tok.case == Case::Upper && low[k] == "may" {
        let next_lower = low.get(k + 1).is_some() && doc.case_is(base + k + 1, Case::Lower);
        if !next_lower {
            return false;
        }
    }
    // A month-like use at a sentence start or next to a day number.
    if len == 1 && tok.case == Case::Upper {
        let next_num = low.get(k + 1).is_some() && doc.kind_is(base + k + 1, TokKind::Number);
        let prev_num = k > 0 && doc.kind_is(base + k - 1, TokKind::Number);
        if next_num || prev_num {
            return false;
        }
    }
    // A negative context around any word of the cue.
    for (j, w) in cue.words.iter().enumerate() {
        if let Some(negs) = t.negs_by_word.get(w) {
            for &(ni, pos) in negs {
                let neg = &t.negs[ni];
                let at = k + j;
                if at < pos || at - pos + neg.len() > low.len() {
                    continue;
                }
                if neg.iter().zip(&low[at - pos..]).all(|(a, b)| crate::text::same(a, b)) {
                    return false;
                }
            }
        }
    }
    match (lang, low[k]) {
        // Reportative "soll": "Er soll das Geld genommen haben." — the clause
        // closes on a perfect infinitive; otherwise it is obligation or plan.
        ("de", "soll" | "sollen") => {
            let end = clause_end_tok(doc, low, base, k, true);
            end > k + 1 && one_of!(low[end - 1], "haben" | "sein")
        }
        // Journalistic conditional: not the consequence of a "si" clause,
        // nor the future of a reported clause ("a déclaré que la mesure
        // bénéficierait").
        ("fr", w) if cue.family == HedgeFamily::Attribution && is_fr_conditional(w) => {
            let speech = lexicon::list("fr", lexicon::SPEECH_VERBS);
            let from = k.saturating_sub(MAX_SCOPE_TOKS);
            !low[from..k].iter().any(|&w| one_of!(w, "si" | "s'il" | "s'ils" | "même") || speech.contains_lower(w))
        }
        _ => true,
    }
}

/// French conditionals ("aurait", "envisagerait").
fn is_fr_conditional(w: &str) -> bool {
    w.ends_with("rait") || w.ends_with("raient")
}

/// Cues the lexicon describes by pattern rather than by words: a vague group
/// that speaks ("some analysts warned"), and in French the conditional of
/// any first-group verb ("l'exécutif envisagerait"). `sk`: the word's
/// [`sketch`], computed once by the caller.
fn pattern_cue(t: &Table, lang: &str, speech: &lexicon::List, low: &[&str], k: usize, sk: usize) -> Option<Cue> {
    let n = low.len();
    if !may_open_pattern(t, low[k], sk) {
        return fr_conditional_cue(lang, low, k);
    }
    let q = usize::from(listed(&t.quants, low[k]) && k + 1 < n && listed(&t.groups, low[k + 1]) && low[k + 1] != low[k]);
    let speaks = |w: &str| speech.contains_lower(w) || listed(&t.group_verbs, w);
    if k + q + 1 < n && listed(&t.groups, low[k + q]) && speaks(low[k + q + 1]) {
        return Some(Cue { words: low[k..k + q + 2].iter().map(|w| w.to_string()).collect(), family: HedgeFamily::Weasel, lower: true });
    }
    fr_conditional_cue(lang, low, k)
}

/// Whether the weasel pattern may open with `w` (whose [`sketch`] is
/// `sk`): it opens with a quantifier or a group word. (Most words are
/// neither: asked in `find`'s loop before the call to [`pattern_cue`].)
#[inline(always)]
fn may_open_pattern(t: &Table, w: &str, sk: usize) -> bool {
    let b = w.as_bytes().first().copied().unwrap_or(0);
    t.pat_lens & (1 << w.len().min(63)) != 0 && t.pat_first[usize::from(b >> 6)] & (1 << (b & 63)) != 0 && t.pat_bits[sk / 64] & (1 << (sk % 64)) != 0
}

/// The French conditional of a first-group verb ("envisagerait").
fn fr_conditional_cue(lang: &str, low: &[&str], k: usize) -> Option<Cue> {
    let w = low[k];
    if lang == "fr" && (w.ends_with("erait") || w.ends_with("eraient")) && crate::text::char_len(w) > 7 {
        return Some(Cue { words: vec![low[k].to_string()], family: HedgeFamily::Attribution, lower: true });
    }
    None
}

/// Token `k` opens its sentence (possibly after quote marks or brackets).
fn starts_sentence(doc: &Doc, low: &[&str], k: usize) -> bool {
    let _ = doc;
    low[..k].iter().all(|w| !crate::text::any_char(w, char::is_alphanumeric))
}

/// Index (in sentence tokens) one past the last token of the clause that
/// holds token `k`, scanning at most [`MAX_SCOPE_TOKS`].
fn clause_end_tok(doc: &Doc, low: &[&str], base: usize, k: usize, german: bool) -> usize {
    let t = table(doc.lang.code);
    let n = low.len().min(k + MAX_SCOPE_TOKS);
    let mut e = k + 1;
    while e < n {
        let w = low[e];
        if is_hard_boundary(w) || matches!(w, "." | "!" | "?") {
            break;
        }
        if w == "," && (german || low.get(e + 1).is_some_and(|&x| listed(&t.openers, x) || listed(&t.comps, x))) {
            break;
        }
        e += 1;
    }
    let _ = base;
    e
}

/// The byte range of the clause the cue at sentence tokens `k..k+len` qualifies.
#[allow(clippy::too_many_arguments)]
fn scope(doc: &Doc, t: &Table, speech: &lexicon::List, low: &[&str], base: usize, k: usize, len: usize, family: HedgeFamily, lang: &str) -> (usize, usize) {
    let german = lang == "de";
    // Start: back to the clause's first token.
    let lo = k.saturating_sub(MAX_SCOPE_TOKS);
    let mut s = k;
    while s > lo {
        let w = low[s - 1];
        if is_hard_boundary(w) || listed(&t.comps, w) {
            break;
        }
        if w == "," && (german || listed(&t.openers, low[s]) || listed(&t.comps, low[s])) {
            break;
        }
        s -= 1;
    }
    // Skip a clause opener at the start ("although", "which").
    while s < k && (listed(&t.openers, low[s]) || low[s] == ",") {
        s += 1;
    }
    let e = clause_end_tok(doc, low, base, k + len - 1, german);
    let (mut s, mut e) = (s, e);
    let mut quoted_term = false;
    // "the so-called \"peace plan\"": the cue qualifies the quoted term the
    // quote mark cut off.
    if e == k + len && e < low.len() && is_quote_mark(low[e]) {
        if let Some(c) = (e + 1..low.len().min(e + 16)).find(|&i| is_quote_mark(low[i])) {
            e = c + 1;
            quoted_term = true;
        }
    }
    // Weasel cues ("…, sources said." / "according to sources, …") qualify
    // the words around them, not themselves.
    if family == HedgeFamily::Weasel {
        // ("…, sources familiar with the matter said.": the verb after the
        // cue is no clause of its own.)
        let after = (k + len..e).any(|i| !doc.kind_is(base + i, TokKind::Punct) && !(i + 1 == e && speech.contains(low[i])));
        if after {
            s = k + len;
        } else if k > s {
            e = k;
        }
    }
    // Trim punctuation at both ends.
    while s + 1 < e && doc.kind_is(base + s, TokKind::Punct) {
        s += 1;
    }
    while !quoted_term && e > s + 1 && doc.kind_is(base + e - 1, TokKind::Punct) {
        e -= 1;
    }
    if s >= e {
        return (doc.tok_start(base + k) as usize, doc.tok_end(base + k + len - 1) as usize);
    }
    (doc.tok_start(base + s) as usize, doc.tok_end(base + e - 1) as usize)
}

/// A short first line without a closing period: the headline of plain text.
fn is_headline(doc: &Doc, p: &crate::text::Para) -> bool {
    let text = doc.text[p.range.clone()].trim_end();
    text.len() <= 200 && !crate::text::has_byte(text, b'\n') && !(crate::text::ends_with_byte(text, b".!?\"") || text.ends_with('\u{201D}'))
}

/// A heading set in title case ("NATO May Send Troops"): its capitals say
/// nothing, and its words are a title's, not hedged statements.
fn is_title_case_heading(doc: &Doc, toks: std::ops::Range<usize>) -> bool {
    let (mut long, mut caps) = (0, 0);
    // Only the last token's text tells whether the heading ends a sentence.
    let terminal = !toks.is_empty() && text_one_of!(doc, toks.end - 1, "." | "!" | "?");
    // (Then no count can make it one: most paragraphs, not scanned.)
    if terminal {
        return false;
    }
    #[cfg(not(target_arch = "wasm32"))]
    let end = toks.end;
    for i in toks {
        let t = doc.toks[i];
        // (At least four chars: four bytes that start a char; at once when
        // the first four bytes are ASCII, four chars.)
        if t.kind == TokKind::Word && {
            let b = doc.tok_bytes(i);
            b.len() >= 4 && (b[..4].iter().all(|&c| c < 0x80) || b.iter().filter(|&&c| (c as i8) >= -0x40).nth(3).is_some())
        } {
            long += 1;
            if t.case == Case::Upper {
                caps += 1;
            }
            // (Natively the scan stops once the tokens left, each a long
            // capitalised word at best, cannot bring the share of capitals
            // to four in five: most paragraphs are sentences.)
            #[cfg(not(target_arch = "wasm32"))]
            if caps * 10 + (end - i - 1) * 2 < long * 8 {
                return false;
            }
        }
    }
    long >= 3 && caps * 10 >= long * 8 && !terminal
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    fn hedges(s: &str) -> Vec<(String, HedgeFamily, String)> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        find(&d).into_iter().map(|h| (h.text, h.family, h.scope.text)).collect()
    }

    fn cues(s: &str) -> Vec<String> {
        hedges(s).into_iter().map(|h| h.0).collect()
    }

    /// With the tokens' tags, `find` finds what the test of each token's
    /// sketch finds, on every fixture (in its own language and read with
    /// each lexicon) and on hedges of every language; and each word a cue
    /// or the weasel pattern opens with is tagged.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn tagged_find_is_the_sketch_test_native_only() {
        for lang in crate::lang::PROFILED {
            let lex = cues::lex(lang);
            for w in opening_words(lang) {
                assert!(lex.tag_word(w).has(cues::HEDGE), "{lang} {w}");
            }
        }
        let mut texts = crate::text::fixture_texts();
        texts.push("Some analysts say it may rain. Reportedly, officials could act.\n\nLaut Insidern soll er das Geld genommen haben. Il pourrait partir, selon certains experts.".into());
        let mut found = 0;
        for text in &texts {
            let input = Input::from_text(text);
            let t = input.text();
            let mut doc = Doc::new(&t, &input, &vec![true; input.blocks.len()]);
            let own = doc.lang;
            for lang in [own.code, "en", "fr", "de", "id"] {
                doc.lang.code = lang;
                let tags = cues::lex(lang).tag(&doc);
                let (a, b) = (find_tagged(&doc, Some(&tags)), find_tagged(&doc, None));
                found += a.len();
                assert_eq!(a, b, "{lang}");
            }
            doc.lang = own;
        }
        assert!(found > 100);
    }

    #[test]
    fn english_families_and_scope() {
        let h = hedges("The minister said that the troops might be sent to the front, although he denied it.");
        assert_eq!(h, [("might".into(), HedgeFamily::Modal, "the troops might be sent to the front".into())]);
        let h = hedges("The suspect reportedly fled to Malaysia. It is unclear whether he will return.");
        assert_eq!(h[0].1, HedgeFamily::Attribution);
        assert_eq!(h[1].0, "It is unclear whether");
        assert_eq!(h[1].1, HedgeFamily::Epistemic);
        let h = hedges("The so-called \"peace plan\" includes a ceasefire.");
        assert_eq!(h[0].2, "The so-called \"peace plan\"");
        let h = hedges("The deal is off, sources familiar with the matter said.");
        assert_eq!(h[0].0, "sources familiar with the matter");
        assert_eq!(h[0].2, "The deal is off");
    }

    #[test]
    fn suspicion_forecast_and_potential() {
        assert_eq!(cues("The suspected arsonist was arrested on Friday."), ["suspected"]);
        assert_eq!(cues("Le cyclone devrait s'éloigner dans la journée."), ["devrait"]);
        assert_eq!(cues("Kebijakan itu berpotensi menyinggung warga."), ["berpotensi"]);
    }

    #[test]
    fn month_name_title_permission_ability_are_not_hedges() {
        assert!(cues("The vote was held on May 24 in Jakarta.").is_empty());
        assert!(cues("May 24 was the day the vote was held.").is_empty());
        assert!(cues("Prime Minister Theresa May resigned in May.").is_empty());
        assert!(cues("Visitors may not bring food into the stadium. You may apply online.").is_empty());
        assert!(cues("Police could not confirm the report. She can swim well.").is_empty());
        assert!(cues("Russia displayed its military might in the parade.").is_empty());
        assert!(cues("He starred in the film Things We Might Lose last year.").is_empty());
        assert!(cues("Russia May Send More Troops, Kremlin Hints").is_empty());
        assert_eq!(cues("May the best team win, but it may rain."), ["may"]);
    }

    #[test]
    fn french_german_indonesian() {
        assert_eq!(cues("Le suspect aurait quitté le pays, selon des sources proches du dossier."), ["aurait", "selon des sources proches du dossier"]);
        assert_eq!(cues("S'il avait su, il aurait refusé. La réforme pourrait échouer."), ["pourrait"]);
        assert_eq!(cues("Der Minister soll Geld angenommen haben. Die Regierung könnte bald zurücktreten."), ["soll", "könnte"]);
        assert!(cues("Die Schule soll im Herbst öffnen.").is_empty());
        assert_eq!(cues("Pelaku diduga melarikan diri ke Malaysia dan kemungkinan besar akan tertangkap."), ["diduga", "kemungkinan besar"]);
        assert!(cues("Mereka membahas tentang kemungkinan itu.").is_empty());
    }

    #[test]
    fn headlines_are_titles() {
        assert_eq!(cues("Fed may raise rates again, economists warn\n\nThe Fed may raise rates in June."), ["may"]);
    }

    #[test]
    fn german_scope_stops_at_commas() {
        let h = hedges("Die Regierung erklärte, dass der Minister möglicherweise zurücktritt, und schwieg dann.");
        assert_eq!(h[0].2, "der Minister möglicherweise zurücktritt");
    }
}
