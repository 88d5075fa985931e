//! Mentions of people and organisations: names with the titles before them
//! ("German Defense Minister Boris Pistorius", "Kremlin spokesman Dmitry
//! Peskov", "Mr Smith"), organisations ("the White House", "North Atlantic
//! Treaty Organization (NATO)"), role mentions of an organisation ("a State
//! Department spokesperson", "a spokesperson for Harbor Mining"), title
//! references ("the chancellor", "der Minister"), organisation references
//! ("the ministry") and pronouns (including French "dit-il" and Indonesian
//! "ujarnya").
//!
//! One pass over each sentence's tokens; mentions inside quotes are skipped
//! (names a speaker utters are not speakers).

use crate::lang::LangId;
use crate::text::Lower;
use std::borrow::Cow;
use std::ops::Range;

use crate::detect::cues::{self, Class, Lex, Tag};
use crate::report::SpeakerKind;
use crate::lexicon;
use crate::text::{Case, Doc, TokKind};

/// Indonesian compass and place words that follow a place name ("Jawa Timur", "Jakarta Raya").
fn id_place_suffix(w: &str) -> bool {
    one_of!(w, "timur" | "barat" | "utara" | "selatan" | "tengah" | "raya" | "jaya" | "tenggara" | "daya" | "laut")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name (person, organisation or unknown), maybe with a title.
    Name,
    /// A pronoun; `possessive` tells "his" from "he".
    Pronoun,
    /// A title alone: "the chancellor", "der Minister".
    TitleRef,
    /// A common noun for an organisation: "the ministry".
    OrgRef,
}

/// `ments[k]`: in the wasm one call at each of ~130 sites in `resolve`
/// (each inlined its bounds check and address arithmetic); natively inlined.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn ment<'m, 'a>(ments: &'m [Mention<'a>], k: usize) -> &'m Mention<'a> {
    &ments[k]
}

/// A mention's strings borrow the document's text (and its lower-case
/// forms): a name is nearly always the text as written, and a String per
/// name, title and head word was a third of the pipeline's allocations.
#[derive(Debug, Clone)]
pub struct Mention<'a> {
    /// Token range of the whole mention (title, honorific and name).
    pub toks: Range<usize>,
    /// Byte range of the whole mention (see [`Mention::span`]). (u32: a
    /// Mention of at most 128 bytes is moved with inline vector stores,
    /// a larger one by a memmove call, 2% of the time.)
    pub bytes: Range<u32>,
    pub kind: MentionKind,
    /// The name as written, without title, honorific or possessive ending
    /// (owned only when words were left out or spaces differ).
    pub name: Cow<'a, str>,
    /// The title or role before the name, as written.
    pub title: Option<Cow<'a, str>>,
    /// Lower-case head words of the title (for "the chancellor").
    pub heads: Heads<'a>,
    pub entity: SpeakerKind,
    /// Gender or class the mention tells.
    pub class: Class,
    /// "Macron's", "his": not a subject.
    pub possessive: bool,
    /// An acronym in brackets right after the name ("(NATO)"), or a
    /// nickname inside it (Tomas "Steel" Varga).
    pub alias: Option<&'a str>,
    /// The gender of the person an organisation speaks through here ("a
    /// spokeswoman for the council": F), for a later "she added".
    pub voice: Class,
    /// The mention is the first of its sentence.
    pub sentence_initial: bool,
    /// A lone capitalised word opening a sentence: maybe no name at all.
    pub weak: bool,
    /// Index of the sentence.
    pub sent: usize,
}

/// A mention's head words ([`Mention::heads`]), read as a slice: natively
/// one (most titles) held without an allocation, where a Vec of each was
/// most of the allocations of the mentions. (As large as a Vec: the
/// Mention is moved with inline stores.) In the wasm a Vec, whose code is
/// there already.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone)]
pub enum Heads<'a> {
    /// None, or two or more.
    Many(Vec<&'a str>),
    One(&'a str),
}

#[cfg(target_arch = "wasm32")]
pub type Heads<'a> = Vec<&'a str>;

/// The heads of one word.
#[inline]
fn one_head(h: &str) -> Heads<'_> {
    #[cfg(not(target_arch = "wasm32"))]
    return Heads::One(h);
    #[cfg(target_arch = "wasm32")]
    return vec![h];
}

#[cfg(not(target_arch = "wasm32"))]
impl Default for Heads<'_> {
    fn default() -> Self {
        Heads::Many(Vec::new())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> Heads<'a> {
    /// Appends a head word, as `Vec::push`.
    pub fn push(&mut self, h: &'a str) {
        match self {
            Heads::Many(v) if !v.is_empty() => v.push(h),
            Heads::Many(_) => *self = Heads::One(h),
            Heads::One(a) => *self = Heads::Many(vec![*a, h]),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a> std::ops::Deref for Heads<'a> {
    type Target = [&'a str];
    fn deref(&self) -> &[&'a str] {
        match self {
            Heads::Many(v) => v,
            Heads::One(h) => std::slice::from_ref(h),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<'a, 'h> IntoIterator for &'h Heads<'a> {
    type Item = &'h &'a str;
    type IntoIter = std::slice::Iter<'h, &'a str>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

// (Asked several times for most tokens: natively the answers are read
// from the document, worked out once per token by `cap_words`.)
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
fn is_cap_word(doc: &Doc, i: usize) -> bool {
    doc.cap_word(i)
}

/// [`is_cap_word`] of every token of `doc` (natively, where it is read
/// from the table this makes).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn cap_words(doc: &Doc) -> Vec<bool> {
    let en = doc.lang.id == LangId::En;
    let b = doc.text.as_bytes();
    // A capital opens the word: all but English "I".
    let mut cap: Vec<bool> = doc.toks.iter().map(|t| t.kind == TokKind::Word && t.case == Case::Upper && !(en && t.end - t.start == 1 && b[t.start as usize] == b'I')).collect();
    // An elision before a capital holds an apostrophe after its first char,
    // which makes the word one of the joined ones.
    for &i in doc.joined() {
        let i = i as usize;
        let t = &doc.toks[i];
        if t.kind == TokKind::Word && t.case != Case::Upper {
            cap[i] = cap_word_of(doc, i);
        }
    }
    debug_assert!((0..doc.toks.len()).all(|i| cap[i] == cap_word_of(doc, i)));
    cap
}

#[cfg(target_arch = "wasm32")]
fn is_cap_word(doc: &Doc, i: usize) -> bool {
    cap_word_of(doc, i)
}

/// Whether token `i` is a capitalised word (or an elided article before
/// one): a name's word.
#[cfg_attr(target_arch = "wasm32", inline(always))]
fn cap_word_of(doc: &Doc, i: usize) -> bool {
    let t = &doc.toks[i];
    if t.kind != TokKind::Word {
        return false;
    }
    if t.case == Case::Upper {
        // English "I" is no name ("If I get a boundary wrong").
        return !(t.end - t.start == 1 && doc.text.as_bytes()[t.start as usize] == b'I' && doc.lang.id == LangId::En);
    }
    // French elision before a name: "l'Intérieur", "d'Artagnan". (Its
    // length and second byte read without slicing the token.)
    let (s, e) = (t.start as usize, t.end as usize);
    if e - s < 3 || !matches!(doc.text.as_bytes()[s + 1], b'\'' | 0xE2) {
        return false;
    }
    let w = doc.tok_text(i);
    let rest = cues::strip_elided(w);
    rest.len() < w.len() && crate::text::starts_upper(rest)
}

/// The length in bytes of a French elided article before a capital ("l'ARS",
/// "L’Agence": 2, 4), or 0.
pub(crate) fn article_len(w: &str) -> usize {
    let rest = w.strip_prefix('l').or_else(|| w.strip_prefix('L')).and_then(crate::text::strip_apostrophe);
    match rest {
        Some(r) if crate::text::starts_upper(r) => w.len() - r.len(),
        _ => 0,
    }
}

/// Whether `w` is a given name of either list (`data/common/*_names.txt`).
pub fn is_given_name(w: &str) -> bool {
    // (Natively one table of both lists' words: most words asked are in
    // neither, and were looked up in each.)
    #[cfg(not(target_arch = "wasm32"))]
    let given = |x: &str| given_names().contains(x);
    #[cfg(target_arch = "wasm32")]
    let given = |x: &str| {
        let [male, female, _] = *name_lists();
        male.contains(x) || female.contains(x)
    };
    // ("Jan-Hinrich", "Marie-Louise": a hyphenated given name by its first
    // part. The hyphen looked for only then, and as a byte: `split_once`
    // searched for it in every word asked, with a call to `memchr`.)
    given(w) || w.bytes().position(|b| b == b'-').is_some_and(|k| k >= 2 && given(&w[..k]))
}

/// [`is_given_name`] of token `i`: one call in the wasm, where each site
/// loaded the token's text back from memory to pass it on.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn given_name_at(doc: &Doc, i: usize) -> bool {
    is_given_name(doc.tok_text(i))
}

/// The male and female given names in one list (natively, for [`is_given_name`]).
#[cfg(not(target_arch = "wasm32"))]
fn given_names() -> &'static lexicon::List {
    static LIST: std::sync::OnceLock<lexicon::List> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let [male, female, _] = *name_lists();
        lexicon::union(male, female)
    })
}

/// The male and female given names and the place words: asked for several
/// times per name, the lists are looked up once.
fn name_lists() -> &'static [&'static lexicon::List; 3] {
    static LISTS: std::sync::OnceLock<[&lexicon::List; 3]> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| [lexicon::list("common", lexicon::MALE_NAMES), lexicon::list("common", lexicon::FEMALE_NAMES), lexicon::list("common", lexicon::PLACE_WORDS)])
}

/// Opening quote marks a nickname may stand in.
fn is_open_mark(s: &str) -> bool {
    matches!(s, "\"" | "\u{201C}" | "'" | "\u{2018}" | "\u{201E}" | "\u{AB}" | "\u{BB}")
}

/// Strips a possessive ending: "Putin's" → ("Putin", true).
fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(r) = w.strip_suffix(suf) {
            if !r.is_empty() {
                return (r, true);
            }
        }
    }
    (w, false)
}

/// Whether the initials of the words in `r` spell `acr` in order, the first
/// word's first ("Agence régionale de santé" → ARS; "l'économie" counts
/// from its "é"). `strict`: every capitalised word gives its letter
/// ("Kyodo, Kedutaan Besar Republik Indonesia" does not spell KBRI).
fn spells(doc: &Doc, r: Range<usize>, acr: &str, strict: bool) -> bool {
    let fold = |c: char| match c {
        'é' | 'è' | 'ê' | 'É' | 'È' => 'e',
        'à' | 'â' | 'À' => 'a',
        'ü' | 'Ü' => 'u',
        'ö' | 'Ö' => 'o',
        'ä' | 'Ä' => 'a',
        c => c.to_ascii_lowercase(),
    };
    let mut letters = acr.chars().map(fold).peekable();
    for (n, j) in r.enumerate() {
        let w = cues::strip_elided(doc.tok_text(j));
        let Some(c) = crate::text::first_char(w).map(fold) else { continue };
        if letters.peek() == Some(&c) {
            letters.next();
        } else if n == 0 || strict && doc.case_is(j, Case::Upper) {
            return false;
        }
    }
    letters.peek().is_none()
}

/// An all-caps acronym of 2–8 letters ("NATO", "TASS").
/// True for a figure that is neither a day of the month nor a year: a word
/// after it is a unit or a currency.
fn after_figure(t: &str) -> bool {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') || !t.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    if t.bytes().any(|b| !b.is_ascii_digit()) {
        return true;
    }
    let v: u32 = t.parse().unwrap_or(0);
    v >= 32 && !(t.len() == 4 && (1800..2100).contains(&v))
}

/// Whether an English complement of place in lower case opens at token `i`
/// and a verb of saying follows within it, before `end`: "(Neighbors) near
/// the field where the chase ended said".
fn place_then_verb(doc: &Doc, tags: &[Tag], in_quote: &[bool], i: usize, end: usize) -> bool {
    doc.lang.id == LangId::En
        && i < end
        && one_of!(doc.low(i), "near" | "in" | "at" | "from" | "on" | "across" | "outside" | "around" | "along")
        // (Not a name there: "Analysts at Banco Meridional said" is the bank.)
        && i + 1 < end
        && doc.case_is(i + 1, Case::Lower)
        && (i + 1..(i + 12).min(end)).take_while(|&j| doc.kind_is(j, TokKind::Word) && !in_quote[j]).any(|j| plural_say(doc, tags, j))
}

/// Whether token `j` is a verb of saying in lower case a plural subject
/// may take: "say", "said", "warn"; not "says".
fn plural_say(doc: &Doc, tags: &[Tag], j: usize) -> bool {
    doc.kind_is(j, TokKind::Word) && doc.case_is(j, Case::Lower) && tags[j].has(cues::SPEECH) && !doc.low(j).ends_with("says")
}

/// A French word with an elided "de": "d'Avranches", "d’Ambreuil".
fn elided_de(w: &str) -> bool {
    w.starts_with("d'") || w.starts_with("d\u{2019}")
}

/// Whether `low` (a word in lower case) ends as a French demonym does:
/// "sambrevillois", "hannutoise", "drômois", "lyonnaise", "parisien".
pub(crate) fn french_demonym(low: &str) -> bool {
    ends_with_any!(low, "ois" | "oise" | "ais" | "aise" | "ien" | "ienne" | "ain" | "aine")
}

pub fn is_acronym(w: &str) -> bool {
    let caps = |c: char| c.is_uppercase() || c.is_ascii_digit();
    // (Natively the test of the chars first: most words fail at their
    // second, and the count of chars ran over every word. In the wasm
    // that order cost 33 bytes.)
    if cfg!(not(target_arch = "wasm32")) {
        return w.chars().all(caps) && (2..=8).contains(&crate::text::char_len(w)) && w.chars().any(|c| c.is_alphabetic());
    }
    let n = crate::text::char_len(w);
    (2..=8).contains(&n) && crate::text::all_chars(w, |c| c.is_uppercase() || c.is_ascii_digit()) && crate::text::any_char(w, char::is_alphabetic)
}

impl<'a> Mention<'a> {
    /// A mention over tokens `toks` with its name and head words, nothing
    /// else known yet (no title, alias or possessive).
    fn plain(doc: &Doc, toks: Range<usize>, kind: MentionKind, name: Cow<'a, str>, heads: Heads<'a>, entity: SpeakerKind, class: Class) -> Mention<'a> {
        Mention {
            bytes: doc.tok_start(toks.start)..doc.tok_end(toks.end - 1),
            toks,
            kind,
            name,
            title: None,
            heads,
            entity,
            class,
            possessive: false,
            alias: None,
            voice: Class::None,
            sentence_initial: false,
            weak: false,
            sent: 0,
        }
    }

    /// `out.push(Mention { possessive, ..Mention::plain(…) })`: in the wasm
    /// one out-of-line copy of the making and move of a Mention, which each
    /// of the scan's pushes inlined (about 150 bytes a site).
    #[allow(clippy::too_many_arguments)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn push_plain(out: &mut Vec<Mention<'a>>, doc: &Doc, toks: Range<usize>, kind: MentionKind, name: Cow<'a, str>, heads: Heads<'a>, entity: SpeakerKind, class: Class, possessive: bool) {
        out.push(Mention { possessive, ..Mention::plain(doc, toks, kind, name, heads, entity, class) });
    }

    /// Byte range of the whole mention.
    pub fn span(&self) -> Range<usize> {
        self.bytes.start as usize..self.bytes.end as usize
    }

    /// Whether this mention opens the sentence that `other` stands in
    /// (both given as mentions of the same document).
    pub fn sentence_initial_of(&self, other: &Mention<'_>) -> bool {
        self.sentence_initial && self.sent == other.sent
    }
}

/// Finds mentions in the article's sentences, in order. `in_quote[i]` tells
/// whether token `i` stands between quote marks.
pub fn find<'a>(doc: &'a Doc, lex: &Lex, tags: &[Tag], in_quote: &[bool]) -> Vec<Mention<'a>> {
    // About one mention per seven tokens in news text: growing the Vec from
    // empty copied every (large) Mention several times.
    let mut out = Vec::with_capacity(doc.toks.len() / 6);
    let labels = crate::lexicon::list(doc.lang.code, lexicon::TEMPLATE_LABELS);
    let docs = crate::lexicon::list("common", lexicon::DOCUMENT_NOUNS);
    // How many times a sentence asked whether the text writes a word in
    // lower case somewhere (one pass over the text each: at most eight).
    let lower_seen = std::cell::Cell::new(0u32);
    // (Looked up once, not per sentence.)
    let demonyms = crate::lexicon::list(doc.lang.code, lexicon::DEMONYMS);
    for (_, p) in doc.article_paras() {
        // "Baca juga: Petani Sawit … Tewas": a link to another story names
        // no one in this one.
        let head = &doc.text[p.range.clone()];
        if let Some(colon) = head.get(..head.len().min(40)).and_then(|h| crate::text::find_byte(h, b':')) {
            if labels.contains(head[..colon].trim()) {
                continue;
            }
        }
        for si in p.sents.clone() {
            let s = &doc.sents[si];
            let first_len = out.len();
            scan_sentence(doc, lex, tags, in_quote, s.toks.clone(), doc.paras[s.para].toks.start, &lower_seen, demonyms, &mut out);
            // A byline ("By Hannah Rees", "Von Anna Keller", "Oleh Budi
            // Santoso") names the writer, who says nothing in the story.
            if is_byline(doc, s.toks.clone()) {
                out.truncate(first_len);
            }
            // A document is a subject only right before its verb ("the
            // statement said"), not in "in a statement", "a statement from".
            // (Only this sentence's mentions are filtered, in place: linear.)
            if out[first_len..].iter().any(|m| m.kind == MentionKind::OrgRef) {
                let mut kept = first_len;
                for r in first_len..out.len() {
                    let m = &out[r];
                    let said = m.toks.end < s.toks.end && cues::has_at(tags, m.toks.end, cues::SPEECH);
                    if !(m.kind == MentionKind::OrgRef && m.heads.first().is_some_and(|h| docs.contains(h)) && !said) {
                        // (Kept mentions keep their order.)
                        out.swap(kept, r);
                        kept += 1;
                    }
                }
                out.truncate(kept);
                // "The manufacturer, Corvane Biologics, said": a name set
                // off after a body's noun is that body's.
                for r in first_len + 1..out.len() {
                    let (a, b) = (&out[r - 1], &out[r]);
                    // (Not a title's complement, "Le président de
                    // l'association, Jean-Paul Hébert,", nor a first name.)
                    let of = a.toks.start > s.toks.start && low_one_of!(doc, a.toks.start - 1, "de" | "of" | "du" | "des" | "for" | "der");
                    if !of && a.kind == MentionKind::OrgRef && b.kind == MentionKind::Name && b.title.is_none() && !is_given_name(crate::text::before_first(&b.name, b' ')) && b.toks.start == a.toks.end + 1 && doc.tok_is(a.toks.end, ",") && b.toks.end < s.toks.end && doc.tok_is(b.toks.end, ",") {
                        out[r].entity = SpeakerKind::Organisation;
                        out[r].class = Class::N;
                    }
                }
            }
            // ("Benih tersebut …", "Kasus tersebut …": an Indonesian noun with its
            // demonstrative, capitalised as the sentence opens, names no one.)
            // (Nor does the mention after it open the sentence.)
            if doc.lang.id == LangId::Id && out.get(first_len).is_some_and(|m| m.kind == MentionKind::Name && m.toks.len() == 1 && m.toks.start == s.toks.start && m.toks.end < s.toks.end && doc.low_is(m.toks.end, "tersebut")) {
                out.remove(first_len);
            } else if let Some(m) = out.get_mut(first_len) {
                m.sentence_initial = true;
            }
            for m in &mut out[first_len..] {
                m.sent = si;
                // "Kevin Wijaya alias “Kaizo”", "Rizky Maulana atau yang
                // akrab disapa “Vyper”", "Jo Keller, known as 'The
                // Hammer'": the nickname in marks after a person's name
                // stands for the person later ("kata Vyper").
                if m.kind == MentionKind::Name && m.alias.is_none() && m.entity != SpeakerKind::Organisation && crate::text::has_byte(&m.name, b' ') {
                    let mut j = m.toks.end;
                    let end = s.toks.end.min(j + 8);
                    // (A comma may stand first: "Jo Keller, known as …".)
                    let comma = j + 1 < end && doc.tok_is(j, ",");
                    if comma {
                        j += 1;
                    }
                    let from = j;
                    while j < end && doc.kind_is(j, TokKind::Word) && low_one_of!(doc, j, "alias" | "atau" | "yang" | "akrab" | "disapa" | "dipanggil" | "dikenal" | "dengan" | "known" | "as" | "nicknamed" | "dubbed" | "dit" | "dite" | "surnommé" | "surnommée" | "genannt") {
                        j += 1;
                    }
                    if j > from && j + 2 < s.toks.end && !in_quote[j] && in_quote[j + 1] && is_cap_word(doc, j + 1) {
                        let b = (j + 1..end.max(j + 2)).take_while(|&k| in_quote[k] && doc.kind_is(k, TokKind::Word)).last().unwrap_or(j + 1);
                        if b + 1 < s.toks.end && !in_quote[b + 1] {
                            m.alias = Some(text_of(doc, j + 1..b + 1));
                        }
                    }
                }
            }
        }
    }
    out
}

/// A sentence that is "By" (or "Par", "Von", "Oleh") and names only.
fn is_byline(doc: &Doc, toks: Range<usize>) -> bool {
    toks.len() >= 3
        && text_one_of!(doc, toks.start, "By" | "Par" | "Von" | "Oleh" | "BY" | "PAR" | "VON" | "OLEH")
        && toks.clone().skip(1).all(|j| {
            let t = &doc.toks[j];
            t.kind == TokKind::Word && (t.case == Case::Upper || text_one_of!(doc, j, "and" | "und" | "et" | "dan")) || text_one_of!(doc, j, "," | "." | "&" | "|")
        })
}

fn text_of<'a>(doc: &Doc<'a>, r: Range<usize>) -> &'a str {
    if r.is_empty() {
        return "";
    }
    &doc.text[doc.tok_start(r.start) as usize..doc.tok_end(r.end - 1) as usize]
}

/// `c` cut to its first `n` bytes (a char boundary), without a copy when borrowed.
fn truncate(c: &mut Cow<'_, str>, n: usize) {
    match c {
        Cow::Borrowed(s) => *s = &s[..n],
        Cow::Owned(s) => s.truncate(n),
    }
}

/// The tags of which a word opens something in [`scan_sentence`] (see [`opens_nothing`]).
const OPENERS: u32 = cues::DETERMINER | cues::PRONOUN | cues::ORG_WORD | cues::TITLE | cues::ORG_REF | cues::GROUP | cues::HONORIFIC;

/// Whether [`scan_sentence`] passes over token `t`, with tag `tag`, whether
/// it is in quotes, a capitalised word (`cap`) and hyphenated (`hyphen`).
/// A word in no list, neither capitalised nor hyphenated (most words),
/// opens nothing there: every rule wants a tag, a capital or a hyphen
/// ("dit-il"). Nor does a lower-case word whose tags are none the rules
/// ask of one ("said", "and", "to"): each rule wants a capital, a hyphen or
/// one of [`OPENERS`] (a degree, "M.Pd", opens with a capital; a party or a
/// presentative matters only where a group starts). Nor does a token in
/// quotes or that is no word. (The one test of both paths: token by token,
/// and natively [`Runs`].)
#[inline(always)]
fn opens_nothing(in_quote: bool, t: &crate::text::Token, tag: Tag, cap: impl FnOnce() -> bool, hyphen: impl FnOnce() -> bool) -> bool {
    in_quote || t.kind != TokKind::Word || !tag.has(OPENERS) && !cap() && !hyphen() && (tag.flags == 0 || t.case == Case::Lower)
}

/// [`opens_nothing`] of token `i`.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(always)]
fn passed_over(doc: &Doc, tags: &[Tag], in_quote: &[bool], i: usize) -> bool {
    opens_nothing(in_quote[i], &doc.toks[i], tags[i], || is_cap_word(doc, i), || doc.hyphenated(i))
}

/// A sentence's slices of the per-token tables [`opens_nothing`] reads
/// (natively): a run of tokens passed over is stepped over without a
/// bounds check at each load.
#[cfg(not(target_arch = "wasm32"))]
struct Runs<'t> {
    start: usize,
    in_quote: &'t [bool],
    toks: &'t [crate::text::Token],
    tags: &'t [Tag],
    cap: &'t [bool],
    hyphen: &'t [bool],
}

#[cfg(not(target_arch = "wasm32"))]
impl<'t> Runs<'t> {
    fn new(doc: &'t Doc, tags: &'t [Tag], in_quote: &'t [bool], toks: Range<usize>) -> Runs<'t> {
        Runs {
            start: toks.start,
            in_quote: &in_quote[toks.clone()],
            toks: &doc.toks[toks.clone()],
            tags: &tags[toks.clone()],
            cap: doc.cap_words(toks.clone()),
            hyphen: doc.texts_hyphens(toks).1,
        }
    }

    /// The first token from `i` (of the sentence) that is not [`passed_over`]:
    /// `i` when it is not, the sentence's end when none is.
    #[inline(always)]
    fn end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let (q, tg, cap, hy) = (&self.in_quote[..n], &self.tags[..n], &self.cap[..n], &self.hyphen[..n]);
        let mut k = i - self.start;
        while k < n && opens_nothing(q[k], &self.toks[k], tg[k], || cap[k], || hy[k]) {
            k += 1;
        }
        self.start + k
    }
}

/// `para_start`: the first token of the sentence's paragraph; `demonyms`:
/// the language's list (data/<lang>/demonyms.txt).
#[allow(clippy::too_many_arguments)]
fn scan_sentence<'a>(doc: &'a Doc, lex: &Lex, tags: &[Tag], in_quote: &[bool], toks: Range<usize>, para_start: usize, lower_seen: &std::cell::Cell<u32>, demonyms: &lexicon::List, out: &mut Vec<Mention<'a>>) {
    let end = toks.end;
    let mut i = toks.start;
    // Lower-case words (at most two, no function words) between a title and
    // a name: "la députée écologiste Sandrine Rousseau", "Kapten tim Jay Idzes".
    let name_follows = |k: usize| -> bool {
        let mut j = k;
        for _ in 0..3 {
            if j >= end || in_quote[j] {
                return false;
            }
            if is_cap_word(doc, j) {
                return !tags[j].has(cues::NOT_NAME);
            }
            let t = &doc.toks[j];
            if t.kind != TokKind::Word
                || t.case != Case::Lower
                || t.end - t.start <= 2
                || tags[j].has(cues::STOP)
                || tags[j].has(cues::SPEECH)
                || tags[j].has(cues::DETERMINER)
                || tags[j].has(cues::PARTICLE)
            {
                return false;
            }
            j += 1;
        }
        false
    };
    let of_cap = |k: usize| k + 1 < end && text_one_of!(doc, k, "of" | "for") && is_cap_word(doc, k + 1);
    // A title carried onto the next name, and where it ended.
    let mut carry: Option<(usize, &str)> = None;
    let mut carry_end = usize::MAX;
    // A run of tokens that open nothing (see `opens_nothing`) is stepped
    // over in a loop of its own, without the tests of each rule.
    #[cfg(not(target_arch = "wasm32"))]
    let runs = Runs::new(doc, tags, in_quote, toks.clone());
    #[cfg(target_arch = "wasm32")]
    let passed_over = |i: usize| passed_over(doc, tags, in_quote, i);
    while i < end {
        if carry.is_some() && carry_end == usize::MAX {
            carry_end = i;
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            let j = runs.end(i);
            if j > i {
                i = j;
                continue;
            }
        }
        #[cfg(target_arch = "wasm32")]
        if passed_over(i) {
            i += 1;
            while i < end && passed_over(i) {
                i += 1;
            }
            continue;
        }
        let tag = tags[i];
        let lower_word = doc.case_is(i, Case::Lower) && !is_cap_word(doc, i);
        // "the 20-year-old said", "sagte der 29-Jährige": an age stands for a
        // person named before.
        let det_here = tag.has(cues::DETERMINER) && (lower_word || i == toks.start);
        if det_here && i + 3 < end && doc.tok_text(i + 1).bytes().all(|b| b.is_ascii_digit()) && doc.tok_is(i + 2, "-") && (doc.tok_text(i + 3).starts_with("year-old") || doc.low(i + 3).starts_with("jährige")) {
            // ("sagte die 41-Jährige": the German article tells the gender,
            // so the man named before is not her.)
            let class = match doc.tok_text(i) {
                "die" | "Die" => Class::F,
                "der" | "Der" => Class::M,
                _ => Class::None,
            };
            Mention::push_plain(out, doc, i..i + 4, MentionKind::TitleRef, text_of(doc, i + 1..i + 4).into(), one_head("year-old"), SpeakerKind::Person, class, false);
            i += 4;
            continue;
        }
        // "the Dutchman said", "a ajouté le Néerlandais", "sagte die Polin":
        // a nationality stands for a person named before, as an age does
        // (data/<lang>/demonyms.txt). Not before a name or a noun ("der
        // Niederländer Jan Smit", "the German chancellor"); in English, whose
        // adjective is capitalised too, only before a verb of saying, a mark
        // or a function word.
        // ("the Montana Republican said": a place may stand before it.)
        let placed = det_here && i + 2 < end && !in_quote[i + 2] && doc.case_is(i + 1, Case::Upper) && doc.case_is(i + 2, Case::Upper) && low_one_of!(doc, i + 2, "republican" | "democrat");
        if placed || det_here && i + 1 < end && !in_quote[i + 1] && doc.case_is(i + 1, Case::Upper) && demonyms.has_tok(doc, i + 1) {
            let w = i + 1 + usize::from(placed);
            let next_ok = w + 1 >= end || {
                let n = &doc.toks[w + 1];
                n.kind != TokKind::Word
                    || n.case != Case::Upper && (doc.lang.id != LangId::En || tags[w + 1].has(cues::SPEECH) || doc.low(w + 1).ends_with("ed") || low_one_of!(doc, w + 1, "who" | "whose" | "has" | "had" | "was" | "is" | "did" | "does" | "will" | "would" | "could" | "also" | "then" | "later"))
            };
            // "der Finne Aleksi Heikkinen", "le Canadien Doug X": before a
            // person's name the nationality is no part of it.
            // (Not before a body's: "der Schweizer Bauernverband".)
            // ("die Französin Ferreol sagte": or the surname alone.)
            let name_end = if w + 2 < end && is_cap_word(doc, w + 2) && !in_quote[w + 2] { w + 3 } else { w + 2 };
            let person_after = !next_ok && doc.lang.id != LangId::En && name_end <= end && !in_quote[w + 1] && is_cap_word(doc, w + 1) && !(w + 1..name_end).any(|j| tags[j].has(cues::ORG_WORD | cues::ORG_REF | cues::NOT_NAME));
            if person_after {
                i = w + 1;
                continue;
            }
            if next_ok {
                let low = doc.low(w);
                let class = match doc.low(i) {
                    _ if low_one_of!(doc, i, "la" | "die" | "une" | "eine") => Class::F,
                    _ if low.ends_with("woman") || doc.lang.id == LangId::De && low.ends_with("in") => Class::F,
                    _ if low.ends_with("man") || low_one_of!(doc, i, "le" | "der" | "un" | "ein") => Class::M,
                    _ => Class::None,
                };
                Mention::push_plain(out, doc, i..w + 1, MentionKind::TitleRef, text_of(doc, i + 1..w + 1).into(), one_head("year-old"), SpeakerKind::Person, class, false);
                i = w + 1;
                continue;
            }
        }
        // "the mum-of-three added", "the gran-of-four": a family epithet
        // stands for a person named before, of the gender its noun tells.
        // (A hyphen first: a search for a str for every word after a
        // determiner costs more.)
        if det_here && i + 1 < end && doc.case_is(i + 1, Case::Lower) && crate::text::in_set(doc.tok_text(i + 1).as_bytes(), b'-') {
            if let Some(noun) = crate::text::find(doc.tok_text(i + 1), "-of-").map(|k| &doc.tok_text(i + 1)[..k]) {
                let t = lex.tag_word(noun);
                let class = if t.has(cues::GENDER_NOUN) { t.class } else { Class::Person };
                Mention::push_plain(out, doc, i..i + 2, MentionKind::TitleRef, text_of(doc, i + 1..i + 2).into(), one_head("year-old"), SpeakerKind::Person, class, false);
                i += 2;
                continue;
            }
        }
        // Pronouns, and French inversions "dit-il", "a-t-elle".
        if tag.has(cues::PRONOUN) && (lower_word || i == toks.start) {
            let possessive = low_one_of!(doc, i, "his" | "her" | "its" | "their" | "him");
            push_pronoun(out, doc, i, tag.class, possessive);
            i += 1;
            continue;
        }
        // (Only a word with a hyphen can be one: most words are not sliced.)
        if let Some(c) = doc.hyphenated(i).then(|| inverted_pronoun(doc.tok_text(i), lex)).flatten() {
            push_pronoun(out, doc, i, c, false);
            i += 1;
            continue;
        }
        // French organisations: "ministère de l'Intérieur", "banque de France".
        if lower_word && tag.has(cues::ORG_WORD) && i + 1 < end {
            let mut j = i + 1;
            if text_one_of!(doc, j, "de" | "du" | "des") {
                j += 1;
                if j < end && doc.tok_is(j, "la") {
                    j += 1;
                }
            }
            if j > i + 1 || cues::strip_elided(doc.tok_text(j)).len() < doc.tok_text(j).len() {
                let mut k = j;
                while k < end && !in_quote[k] && is_cap_word(doc, k) {
                    k += 1;
                }
                // "ministère des Affaires municipales", "des Forces armées":
                // an adjective agreeing in the plural is part of the name.
                if k > j && k < end && doc.tok_text(k - 1).ends_with('s') && doc.case_is(k, Case::Lower) && !in_quote[k] {
                    let a = doc.tok_text(k);
                    if a.len() > 4 && (a.ends_with("es") || a.ends_with("aux")) && !tags[k].has(cues::STOP) && !tags[k].has(cues::SPEECH) {
                        k += 1;
                    }
                }
                // "ministère des Transports et de la Mobilité durable": the
                // name goes on with a complement or an adjective.
                if k > j {
                    while let Some(n) = french_org_tail(doc, tags, in_quote, k, end) {
                        k = n;
                    }
                }
                if k > j {
                    let det = i > toks.start && tags[i - 1].has(cues::DETERMINER);
                    let m0 = if det { i - 1 } else { i };
                    Mention::push_plain(out, doc, m0..k, MentionKind::Name, text_of(doc, i..k).into(), one_head(doc.low(i)), SpeakerKind::Organisation, Class::N, false);
                    i = k;
                    continue;
                }
            }
        }
        // A title or organisation word alone: "the chancellor", "the
        // ministry", "kata bek …" (right after a speech verb).
        let title_alone = (tag.has(cues::TITLE) || tag.has(cues::ORG_REF)) && !name_follows(i + 1) && !of_cap(i + 1);
        // "Researchers warn …", "local police said": a group speaks without
        // a determiner when a speech verb follows (after one adverb at most).
        let group_speaks = tag.has(cues::GROUP)
            && (lower_word || i == toks.start)
            // ("Neighbors had complained": an auxiliary may come first.)
            && ((i + 1..(i + 3).min(end)).find(|&j| doc.kind_is(j, TokKind::Word) && !(doc.case_is(j, Case::Lower) && (tags[j].has(cues::STOP) || text_one_of!(doc, j, "had" | "have" | "has" | "were" | "ont" | "avaient" | "haben" | "hatten")) && !tags[j].has(cues::SPEECH))).is_some_and(|j| tags[j].has(cues::SPEECH) && doc.case_is(j, Case::Lower))
                || place_then_verb(doc, tags, in_quote, i + 1, end));
        // ("the port authority said": the determiner's phrase, below.)
        // "some officials said": a vague quantity is a weasel hedge, not a speaker.
        let det_before = || {
            let mut d = i;
            while d > toks.start && d + 3 > i && doc.kind_is(d - 1, TokKind::Word) && doc.case_is(d - 1, Case::Lower) && !tags[d - 1].has(cues::DETERMINER) && !tags[d - 1].has(cues::STOP) {
                d -= 1;
            }
            d > toks.start && (tags[d - 1].has(cues::DETERMINER) || low_one_of!(doc, d - 1, "some" | "many" | "several" | "other" | "most"))
        };
        // German groups are capitalised like every noun, and speak with or
        // without an article: "Anwohner berichten", "laut Branchenkennern",
        // "die Ermittler gehen davon aus". Named in the nominative.
        if doc.lang.id == LangId::De && tag.has(cues::GROUP) && doc.case_is(i, Case::Upper) && !in_quote[i] {
            let w = doc.tok_text(i);
            let groups = lexicon::list("de", lexicon::GROUP_NOUNS);
            let nom = match w.strip_suffix('n') {
                Some(s) if !groups.contains(doc.low(i)) => s,
                _ => w,
            };
            let det = i > toks.start && tags[i - 1].has(cues::DETERMINER);
            let m0 = if det { i - 1 } else { i };
            let low = doc.low(i);
            let low = &low[..low.len() - (w.len() - nom.len())];
            Mention::push_plain(out, doc, m0..i + 1, MentionKind::OrgRef, Cow::Borrowed(nom), one_head(low), SpeakerKind::Organisation, Class::P, false);
            i += 1;
            continue;
        }
        if group_speaks && !det_before() {
            let low = doc.low(i);
            Mention::push_plain(out, doc, i..i + 1, MentionKind::OrgRef, low.into(), one_head(low), SpeakerKind::Organisation, Class::P, false);
            i += 1;
            continue;
        }
        if lower_word && title_alone {
            // Up to two lower-case modifiers between the determiner and the
            // word: "the health ministry", "the state-run company".
            let mut d = i;
            while d > toks.start && d + 3 > i && (doc.kind_is(d - 1, TokKind::Word) || d >= toks.start + 2 && is_cap_word(doc, d - 2) && doc.tok_text(d - 1).bytes().all(|b| b.is_ascii_digit())) && !tags[d - 1].has(cues::DETERMINER) && !tags[d - 1].has(cues::STOP) && !tags[d - 1].has(cues::SPEECH) && tag.has(cues::ORG_REF) {
                d -= 1;
            }
            if d < i && !(d > toks.start && tags[d - 1].has(cues::DETERMINER)) {
                d = i;
            }
            // ("l'agence", "l'entreprise": the article is in the word.)
            let det = d > toks.start && tags[d - 1].has(cues::DETERMINER) || d == i && doc.lang.id == LangId::Fr && doc.low(i).starts_with('l') && cues::strip_elided(doc.low(i)).len() < doc.low(i).len();
            let after_verb = i > toks.start && tags[i - 1].has(cues::SPEECH) && tag.has(cues::TITLE) && !tag.has(cues::STOP);
            if det || after_verb {
                let m0 = if det && d > toks.start && tags[d - 1].has(cues::DETERMINER) { d - 1 } else { d };
                let kind = if tag.has(cues::TITLE) { MentionKind::TitleRef } else { MentionKind::OrgRef };
                let entity = if kind == MentionKind::OrgRef { SpeakerKind::Organisation } else { SpeakerKind::Person };
                let class = if tag.has(cues::GENDER_NOUN) { tag.class } else { Class::None };
                let heads = one_head(cues::strip_elided(doc.low(i)));
                // The phrase without its determiner: "health ministry"; "élue"
                // ("L'élue": a capital article dropped too).
                let phrase = cues::strip_elided(text_of(doc, d..i + 1));
                let phrase = phrase.strip_prefix("L'").or_else(|| phrase.strip_prefix("L\u{2019}")).filter(|r| !r.is_empty()).unwrap_or(phrase);
                // "the GMB union": a body named by the acronym right before
                // its noun (not by a place, "the Madeira regional tourism
                // board", nor a nationality, "the Thai foreign ministry").
                let name = if kind == MentionKind::OrgRef && i > d && is_acronym(doc.tok_text(i - 1)) { doc.tok_text(i - 1) } else { phrase };
                // "the residents' lawyer": a plural possessive modifies the next noun.
                let possessive = i + 1 < end && text_one_of!(doc, i + 1, "'" | "\u{2019}") && !doc.toks[i + 1].space_before;
                Mention::push_plain(out, doc, m0..i + 1, kind, name.into(), heads, entity, class, possessive);
                i += 1;
                continue;
            }
        }
        // A group: honorifics, capitalised words, title words, particles.
        // (A lower-case honorific only before a name: "monsieur Dupont",
        // "pak Joko", not "the dinner lady said".)
        let starts = is_cap_word(doc, i) || tag.has(cues::HONORIFIC) && (!lower_word || i + 1 < end && is_cap_word(doc, i + 1)) || (tag.has(cues::TITLE) && (name_follows(i + 1) || of_cap(i + 1)));
        // "C'est Maëlle Quéméner qui …", "Dialah Haji Muhammad Said …": a
        // presentative opening the sentence is no part of the name after it.
        let presentative = matches!(doc.lang.id, LangId::Fr | LangId::Id) && {
            let l = doc.low(i);
            l.starts_with("c'") || l.starts_with("c\u{2019}") || one_of!(l, "dialah" | "ialah" | "inilah" | "itulah" | "merekalah")
        };
        // "Sen. Dale Whitcomb, R-Mont., said": a party and state is no name.
        let party_state = doc.lang.id == LangId::En && {
            let b = doc.tok_text(i).as_bytes();
            b.len() >= 4 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
        };
        // "Drs. Suwarno Adi Prasetyo, M.Pd., membantah": a degree after a
        // name's comma is no name.
        let degree = i > toks.start && doc.tok_is(i - 1, ",") && degree_at(doc, i, end) && !(i + 3 < end && is_cap_word(doc, i + 3));
        if degree {
            i += 3;
            continue;
        }
        if !starts || presentative || party_state {
            i += 1;
            continue;
        }
        // "the Thai foreign ministry": a capitalised adjective before a
        // lower-case organisation word is part of that phrase.
        // ("The FTSE 250 group said", "the GMB union said": a figure may
        // stand between, an acronym right before the word, and the article
        // may open the sentence.)
        if is_cap_word(doc, i) && i > toks.start && tags[i - 1].has(cues::DETERMINER) && (doc.case_is(i - 1, Case::Lower) || i - 1 == toks.start) {
            let mut k = i + 1;
            while k < end && k < i + 3 && (doc.kind_is(k, TokKind::Word) && doc.case_is(k, Case::Lower) && !tags[k].has(cues::ORG_REF) && !tags[k].has(cues::STOP) || doc.tok_text(k).bytes().all(|b| b.is_ascii_digit())) {
                k += 1;
            }
            if k < end && (k > i + 1 || is_acronym(doc.tok_text(i))) && doc.case_is(k, Case::Lower) && tags[k].has(cues::ORG_REF) && !(k + 1 < end && is_cap_word(doc, k + 1)) {
                i += 1;
                continue;
            }
        }
        let g0 = i;
        let mut j = i;
        let mut has_org = false;
        // Where a French body's lower-case words end (they may end the name).
        let mut fr_tail = 0;
        // "a déclaré à l'AFP Julien Morel": the outlet a statement was
        // given to is a name of its own, not the start of the speaker's.
        // (The whole outlet the list knows, not any name opening with its
        // first word: "Radio SRF" when "Radio Bremen" is listed.)
        let outlet_end = (g0 > toks.start && tags[g0].has(cues::OUTLET_START) && tags[g0 - 1].has(cues::RELAY_START)).then(|| lex.outlet_at(doc, g0, end)).flatten().map(|o| o.end);
        while j < end && !in_quote[j] {
            let t = &doc.toks[j];
            let tg = tags[j];
            let txt = doc.tok_text(j);
            // ("Laut Branchenkennern": a German group is a mention of its own.)
            if outlet_end.is_some_and(|e| j >= e) || doc.lang.id == LangId::De && j > g0 && tg.has(cues::GROUP) {
                break;
            }
            if is_cap_word(doc, j) {
                // "Hier l'ARS": an article opens a name of its own.
                if j > g0 && t.case == Case::Lower && doc.lang.id == LangId::Fr && doc.low(j).starts_with('l') {
                    break;
                }
                // "sagte die Vorsitzende Ulrike Ngassa MDR SACHSEN": an
                // outlet in capitals after a person's name is the one told.
                if j > g0 + 1 && tg.has(cues::OUTLET_START) && !crate::text::any_char(txt, char::is_lowercase) && crate::text::any_char(doc.tok_text(j - 1), char::is_lowercase) && lex.outlet_at(doc, j, end).is_some() {
                    break;
                }
                has_org |= tg.has(cues::ORG_WORD);
                j += 1;
                // A possessive ends the name, unless an organisation word
                // goes on with it: "Sauk County Sheriff's Office".
                if (txt.ends_with("'s") || txt.ends_with("\u{2019}s")) && !(j < end && is_cap_word(doc, j) && tags[j].has(cues::ORG_WORD)) {
                    break;
                }
                // So does a plural possessive: "UK Food Manufacturers' Council".
                if txt.ends_with('s') && j + 1 < end && text_one_of!(doc, j, "'" | "\u{2019}") && !doc.toks[j].space_before && is_cap_word(doc, j + 1) && tags[j + 1].has(cues::ORG_WORD) {
                    j += 1;
                }
                // A nickname between first name and surname: Tomas "Steel" Varga.
                if j + 3 < end && is_open_mark(doc.tok_text(j)) && in_quote[j + 1] {
                    let mut k = j + 1;
                    while k < end && in_quote[k] && k < j + 5 {
                        k += 1;
                    }
                    if k + 1 < end && !in_quote[k] && is_cap_word(doc, k + 1) {
                        j = k + 1;
                    }
                }
                continue;
            }
            let next_cap = j + 1 < end && is_cap_word(doc, j + 1) && !in_quote[j + 1];
            // "Wasserstraßen- und Schifffahrtsamt Rhein", "Wildbach- und
            // Lawinenverbauung": a compound's shared end left out.
            if txt == "-" && j > g0 && !t.space_before && j + 2 < end && text_one_of!(doc, j + 1, "und" | "oder") && is_cap_word(doc, j + 2) && !in_quote[j + 2] {
                j += 2;
                continue;
            }
            // "Thalberg & Partner", "Procter & Gamble": an ampersand joins a firm's name.
            if txt == "&" && next_cap && j > g0 {
                j += 1;
                continue;
            }
            if t.kind == TokKind::Punct && txt == "." && j > g0 && !t.space_before {
                // "J. Smith", "Mr. Smith", "Dr. Marsh": an initial or abbreviation inside a name.
                let prev = doc.tok_text(j - 1);
                // ("Ts.Oyunchimeg", "S.Dashdorj": an initial glued to the name.)
                let glued = next_cap && !doc.toks[j + 1].space_before && crate::text::char_len(prev) <= 3;
                if (crate::text::char_len(prev) == 1 || tags[j - 1].has(cues::HONORIFIC) || tags[j - 1].has(cues::TITLE) || glued) && next_cap {
                    j += 1;
                    continue;
                }
                // "Dominik S.": a surname shortened to its initial keeps its
                // point.
                if crate::text::char_len(prev) == 1 && crate::text::all_chars(prev, char::is_uppercase) && j > g0 + 1 && given_name_at(doc, j - 2) {
                    j += 1;
                }
                break;
            }
            // A particle or honorific inside the group goes on before a
            // capitalised word or another particle, but for the cases below.
            // (Tested only for such a word: the tests look words up.)
            if t.kind == TokKind::Word && (tg.has(cues::PARTICLE) || tg.has(cues::HONORIFIC)) && j > g0 && {
                // "van der Berg": particles may chain before the surname.
                let particle_chain = j + 2 < end && tags[j + 1].has(cues::PARTICLE) && is_cap_word(doc, j + 2);
                // German "der" joins a name only after "van"/"von" ("van der
                // Berg"): "Beginn der Sitzung" is a noun phrase.
                let article_de = doc.lang.id == LangId::De && one_of!(txt, "der" | "den" | "des" | "dem") && !tags[j - 1].has(cues::PARTICLE);
                // Nor after a first name and a surname: "Eva Roth zu Beginn".
                // (A patronymic goes on after two names: "Muhammad Yusri bin
                // Ismail".)
                let after_full = j >= g0 + 2 && !tags[j - 1].has(cues::PARTICLE) && is_cap_word(doc, j - 2) && !tags[j - 2].has(cues::TITLE) && !given_name_at(doc, j - 1) && tg.has(cues::PARTICLE) && !one_of!(txt, "bin" | "binti" | "ibn");
                // Nor after a German noun that a lower-case word leads ("die
                // alte Glocke von Oberweiler", "mit geliehenen Pferden zu den
                // Kirchen"): only a first name or a title goes on to "von".
                let noun_de = doc.lang.id == LangId::De
                    && j == g0 + 1
                    && g0 > 0
                    && doc.case_is(g0 - 1, Case::Lower)
                    && !given_name_at(doc, g0)
                    && !tags[g0].has(cues::TITLE)
                    && !tags[g0].has(cues::HONORIFIC);
                // Nor before a word in capitals: "Kübler zu BILD" (an outlet).
                let caps_next = j + 1 < end && crate::text::char_len(doc.tok_text(j + 1)) >= 3 && !crate::text::any_char(doc.tok_text(j + 1), char::is_lowercase);
                // Nor before a body's name: "Bence von der Pannonischen
                // Universität", "Anna Keller vom Institut für …".
                let body_next = || doc.lang.id == LangId::De && tg.has(cues::PARTICLE) && (j + 1..(j + 4).min(end)).take_while(|&k| is_cap_word(doc, k) || tags[k].has(cues::PARTICLE)).any(|k| tags[k].has(cues::ORG_WORD));
                (next_cap || particle_chain && tg.has(cues::PARTICLE)) && !article_de && !after_full && !noun_de && !(caps_next && t.case == Case::Lower) && !body_next()
            } {
                j += 1;
                continue;
            }
            // (A lower-case title word that is also a function word, "dalam"
            // of "Menteri Dalam Negeri", goes on only capitalised.)
            // ("Pierre Cuendet juge la mesure excessive": nor one after a
            // name, unless a name or title follows it.)
            // (A person's full name: "Labour leader, Sarah Whitlow" keeps its title.)
            // (Tested only for a title word: it looks words up.)
            let after_name = || t.case == Case::Lower && j >= g0 + 2 && is_cap_word(doc, j - 1) && given_name_at(doc, g0) && !tags[j - 1].has(cues::TITLE) && !(j + 1 < end && tags[j + 1].has(cues::TITLE)) && !name_follows(j + 1);
            if t.kind == TokKind::Word && tg.has(cues::TITLE) && !(t.case == Case::Lower && tg.has(cues::STOP)) && !after_name() {
                j += 1;
                continue;
            }
            // Lower-case words between an affiliation and a title: "GMB
            // regional organiser Dave Colley", "Unite national officer …".
            if t.kind == TokKind::Word && t.case == Case::Lower && j > g0 && j + 1 < end && is_affiliation(doc, tags, j - 1) && !tg.has(cues::STOP | cues::SPEECH | cues::DETERMINER | cues::TITLE) && {
                let k = if tags[j + 1].has(cues::TITLE) { j + 1 } else { j + 2 };
                k < end && doc.case_is(k, Case::Lower) && tags[k].has(cues::TITLE) && !tags[j + 1].has(cues::STOP | cues::SPEECH | cues::DETERMINER) && name_follows(k + 1)
                    // ("le délégué CGT régional Marc Olier": after a title.)
                    || (g0..j).any(|x| tags[x].has(cues::TITLE)) && !tg.has(cues::RELAY_START) && is_cap_word(doc, j + 1) && name_follows(j + 1)
            } {
                j += 1;
                continue;
            }
            // Lower-case words between a title and the name.
            if t.kind == TokKind::Word && t.case == Case::Lower && j > g0 && tags[j - 1].has(cues::TITLE) && name_follows(j) {
                j += 1;
                continue;
            }
            if t.kind == TokKind::Word && j > g0 && tags[j - 1].has(cues::TITLE) && t.case == Case::Lower && j + 1 < end && name_follows(j) {
                j += 1;
                continue;
            }
            // "Ministry of Industry and Trade": "and" inside an organisation's name.
            // ("spokesman for Bradwell and District Council": the
            // organisation word may come after "and".)
            let org_after = || (j + 1..(j + 5).min(end)).take_while(|&k| is_cap_word(doc, k)).any(|k| tags[k].has(cues::ORG_WORD));
            // ("Sauk Valley Drainage and Levee District": or with no "of" at
            // all, when an organisation word ends the words after "and";
            // "Ministerium für Umweltschutz und Landwirtschaft".)
            if t.kind == TokKind::Word
                && one_of!(txt, "and" | "&" | "und")
                && next_cap
                && j > g0
                && ((has_org || org_after()) && (g0..j).any(|k| text_one_of!(doc, k, "of" | "for" | "für")) || org_after())
            {
                j += 1;
                continue;
            }
            // ("des Bundesamts für Netzsicherheit", "Umweltministeriums für
            // …": a German body's word may be a compound, in the genitive.)
            let de_org = || doc.lang.id == LangId::De && {
                let n = german_nominative(doc.low(j - 1));
                let words = lexicon::list("de", lexicon::ORG_WORDS);
                words.contains(&n) || words.compound_tail(&n).is_some()
            };
            if t.kind == TokKind::Word && one_of!(txt, "of" | "for" | "für") && next_cap && j > g0 && (has_org || tags[j - 1].has(cues::TITLE) || txt == "für" && de_org()) {
                j += 1;
                continue;
            }
            // French names of bodies go on in lower case after their
            // organisation word: "Entente villageoise" (after "le groupe"),
            // "Département cantonal de l'enseignement", "Union des parents
            // d'élèves du Brabant wallon".
            if doc.lang.id == LangId::Fr && j > g0 && (has_org || g0 > toks.start && tags[g0 - 1].has(cues::ORG_WORD) && doc.case_is(g0 - 1, Case::Lower)) {
                if let Some(k) = french_org_tail(doc, tags, in_quote, j, end) {
                    fr_tail = k;
                    j = k;
                    continue;
                }
            }
            // "Kansas Division of the Budget", "Bezirksverband der
            // Kleingärtner Hamburg-Süd": an organisation word, then its
            // complement with an article.
            let complement = match doc.lang.id {
                LangId::En => txt == "of" && j + 2 < end && doc.low_is(j + 1, "the"),
                LangId::De => one_of!(txt, "der" | "des") && j + 1 < end,
                _ => false,
            };
            if complement && tags[j - 1].has(cues::ORG_WORD) && {
                let k = if doc.lang.id == LangId::En { j + 2 } else { j + 1 };
                is_cap_word(doc, k) && !in_quote[k] && !tags[k].has(cues::STOP | cues::NOT_NAME)
            } {
                j += if doc.lang.id == LangId::En { 2 } else { 1 };
                continue;
            }
            break;
        }
        let mut g = g0..j;
        // Sentence-initial function words ("The", "However") are not names.
        while !g.is_empty() && (tags[g.start].has(cues::DETERMINER) || tags[g.start].has(cues::STOP)) && !tags[g.start].has(cues::TITLE) && !tags[g.start].has(cues::HONORIFIC) {
            g.start += 1;
        }
        // "Menurut Badan …", "Laut Scholz": a reporting word opens no name
        // (nor the article after it: "Selon la Ligue …").
        if !g.is_empty() && tags[g.start].has(cues::REPORTING_START) && lex.reporting_at(doc, g.start, end).is_some() {
            g.start += 1;
            while !g.is_empty() && tags[g.start].has(cues::DETERMINER) && !tags[g.start].has(cues::TITLE | cues::HONORIFIC) {
                g.start += 1;
            }
        }
        // "Vladivostok-based Dalnaya Gavan Shipping", "German-born X": the
        // place it is based in is no part of its name.
        if g.len() > 1 && {
            let t = doc.low(g.start);
            ends_with_any!(t, "-based" | "-born" | "-owned" | "-listed" | "-run" | "-headquartered")
        } {
            g.start += 1;
        }
        // "à la RTS Géraldine Massot": an outlet before a first name and a
        // surname is no part of the person's name. (Not a role's acronym:
        // "CEO Regula Tanner", "JPU Dewi Anggraini".)
        if g.len() > 2 && given_name_at(doc, g.start + 1) && !tags[g.start + 1].has(cues::TITLE) && lex.outlet_at(doc, g.start, end).is_some_and(|o| o.end == g.start + 1) {
            g.start += 1;
        }
        // Trailing lower-case words that are not titles cannot end a name.
        // ("l'ARS", "d'Artagnan": an elided article before a capital is
        // no lower-case word.)
        while !g.is_empty() && doc.case_is(g.end - 1, Case::Lower) && !tags[g.end - 1].has(cues::TITLE) && g.end != fr_tail && !is_cap_word(doc, g.end - 1) {
            g.end -= 1;
        }
        i = j.max(i + 1);
        // Days and months open no name ("on Monday Western allies").
        // Neither do number words and units after a figure ("9,4 Millionen
        // Franken", "1'500 Franken"); a year or a day ("In 2014 Putin") may
        // stand before a name.
        // ("Anfang Oktober", "Ende Mai", "Awal Januari": nor a part of one.)
        let part_of_date = |k: usize| k + 1 < g.end && tags[k + 1].has(cues::NOT_NAME) && text_one_of!(doc, k, "Anfang" | "Ende" | "Mitte" | "Early" | "Late" | "Mid" | "Début" | "Fin" | "Mi" | "Awal" | "Akhir" | "Pertengahan");
        while !g.is_empty() && (tags[g.start].has(cues::NOT_NAME) || part_of_date(g.start) || g.start > 0 && after_figure(doc.tok_text(g.start - 1))) {
            g.start += 1;
        }
        if g.is_empty() {
            continue;
        }
        let single = g.len() == 1;
        // ("Separately, …" stays a weak mention: resolve drops a weak word
        // that never recurs, and keeps "Anwar, 76, said".)
        if single && (tags[g.start].has(cues::SPEECH) || tags[g.start].has(cues::COMPLEMENTISER) || tags[g.start].has(cues::PRONOUN)) {
            continue;
        }
        // A word in capitals of more than `min` letters: a dateline's.
        let caps = |k: usize, min: usize| doc.kind_is(k, TokKind::Word) && crate::text::count_chars(doc.tok_text(k), char::is_alphabetic) > min && !crate::text::any_char(doc.tok_text(k), char::is_lowercase);
        // A dateline ("JAKARTA -", "SANTIAGO, June 11 (AP) —") names no one.
        let dateline_end = g.end < end && text_one_of!(doc, g.end, "-" | "\u{2014}" | "\u{2013}" | "," | "(");
        if g.start == para_start
            && dateline_end
            && (g.clone()).all(|k| caps(k, 3))
        {
            continue;
        }
        // Its region too: "DAYTON, Ohio (AP) —", "LYON, Rhône —".
        if g.start >= para_start + 2
            && g.start <= para_start + 4
            && doc.tok_is(g.start - 1, ",")
            && (para_start..g.start - 1).all(|k| caps(k, 2))
            && g.end < end
            && text_one_of!(doc, g.end, "-" | "\u{2014}" | "\u{2013}" | "(")
        {
            continue;
        }
        // And its agency: "DAYTON, Ohio (AP) —".
        if g.start > para_start + 1
            && g.start <= para_start + 6
            && doc.tok_is(g.start - 1, "(")
            && g.end + 1 < end
            && doc.tok_is(g.end, ")")
            && text_one_of!(doc, g.end + 1, "-" | "\u{2014}" | "\u{2013}")
            && caps(para_start, 2)
        {
            continue;
        }
        // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": a name
        // with commas, held together by the acronym after it.
        let mut k = i;
        let mut merged_end = None;
        while k + 1 < end && k < i + 12 {
            let t = doc.tok_text(k);
            let conj = one_of!(t, "dan" | "and" | "et" | "und" | "&");
            if (t == "," || conj) && is_cap_word(doc, k + 1) {
                k += 1;
                while k < end && is_cap_word(doc, k) {
                    k += 1;
                }
                merged_end = Some(k);
                continue;
            }
            if t == "," && k + 2 < end && text_one_of!(doc, k + 1, "dan" | "and" | "et" | "und") {
                k += 1;
                continue;
            }
            break;
        }
        if let Some(me) = merged_end {
            // ("Seperti dilaporkan Yonhap, Kedutaan Besar Republik Indonesia
            // (KBRI)": only a name its acronym spells from the first word, or
            // from the second after an organisation word: "Kementerian Energi
            // dan Sumber Daya Mineral (ESDM)".)
            // (Or a short word written as a name, "(Defra)", "(Ofsted)".)
            let named_acronym = |acr: &str| is_acronym(acr) || (3..=6).contains(&acr.len()) && acr.as_bytes()[0].is_ascii_uppercase() && acr.bytes().skip(1).all(|b| b.is_ascii_lowercase());
            if me + 2 < end && doc.tok_is(me, "(") && doc.tok_is(me + 2, ")") && named_acronym(doc.tok_text(me + 1)) && (spells(doc, g.start..me, doc.tok_text(me + 1), true) || tags[g.start].has(cues::ORG_WORD) && spells(doc, g.start + 1..me, doc.tok_text(me + 1), true)) {
                g.end = me;
                i = me;
            }
        }
        // "Service de la promotion de l'économie et de l'innovation (SPEI)",
        // "Jaksa penuntut umum (JPU)": lower-case words of a name that the
        // acronym in brackets after them spells out.
        if g.end < end && doc.kind_is(g.end, TokKind::Word) && doc.case_is(g.end, Case::Lower) {
            let mut k = g.end;
            while k < end && k < g.start + 12 && doc.kind_is(k, TokKind::Word) {
                k += 1;
            }
            if k + 2 < end && doc.tok_is(k, "(") && doc.tok_is(k + 2, ")") && is_acronym(doc.tok_text(k + 1)) && spells(doc, g.start..k, doc.tok_text(k + 1), false) {
                g.end = k;
                i = k;
            }
        }
        // "Unison, which represents library staff, said": a relative clause
        // shows a name.
        let relative_after = g.end + 1 < end && doc.tok_is(g.end, ",") && text_one_of!(doc, g.end + 1, "which" | "who" | "qui" | "die" | "der" | "das" | "yang");
        let weak = single && g.start == toks.start && !is_acronym(&doc.tok_text(g.start)[article_len(doc.tok_text(g.start))..]) && !tags[g.start].has(cues::TITLE) && !relative_after;
        // "the former British No 1 Martin Ashcroft", "world No. 3": a rank,
        // no name.
        let digits = |j: usize| j < end && crate::text::all_chars(doc.tok_text(j), |c| c.is_ascii_digit());
        if text_one_of!(doc, g.end - 1, "No" | "Nr" | "Nº") && (digits(g.end) || g.end < end && doc.tok_is(g.end, ".") && digits(g.end + 1)) {
            continue;
        }
        // "Contactée par Charente Libre, la compagnie …", "Sollicité par
        // nos soins": a participle opening the sentence before "par" names
        // no one.
        if doc.lang.id == LangId::Fr && weak && g.end < end && doc.tok_is(g.end, "par") && ends_with_any!(doc.low(g.start), "é" | "ée" | "és" | "ées") {
            continue;
        }
        // "le coureur d'Audenarde", "la boulangère d'Ambreuil": one word
        // with an elided "de" after a noun in lower case says where someone
        // is from; the noun speaks, not the place.
        if doc.lang.id == LangId::Fr && g.len() == 1 && g.start > toks.start && doc.kind_is(g.start - 1, TokKind::Word) && doc.case_is(g.start - 1, Case::Lower) && !tags[g.start - 1].has(cues::SPEECH) && elided_de(doc.tok_text(g.start)) {
            continue;
        }
        // "Le Hannutois a reconnu", "a lâché la Sambrevilloise": one word of
        // where someone is from after "le"/"la" names no one; it is a role
        // (resolve::role_at), unless a known outlet ("Le Parisien").
        if doc.lang.id == LangId::Fr && g.len() == 1 && g.start > toks.start && low_one_of!(doc, g.start - 1, "le" | "la") && french_demonym(doc.low(g.start)) && lex.outlet_at(doc, g.start - 1, end).is_none() && lex.outlet_at(doc, g.start, end).is_none() {
            continue;
        }
        // "Fisherman Abul Kashem (52) said": a word opening the sentence
        // that the text also writes in lower case ("no fisherman") is a
        // role before a person's name, no part of it. (A first name or an
        // age shows the person.)
        let mut role_first = false;
        if g.start == toks.start && g.end - g.start >= 2 && doc.lang.id != LangId::De && !tags[g.start].has(cues::TITLE | cues::HONORIFIC | cues::ORG_WORD) && !given_name_at(doc, g.start) {
            let age = g.end + 2 < end && text_one_of!(doc, g.end, "(" | ",") && crate::text::all_chars(doc.tok_text(g.end + 1), |c| c.is_ascii_digit());
            if (given_name_at(doc, g.start + 1) || age)
                && lower_seen.get() < 8
                && {
                    lower_seen.set(lower_seen.get() + 1);
                    let w = doc.low(g.start);
                    (0..doc.toks.len()).any(|j| doc.word_in_case(j, Case::Lower) && doc.low(j) == w)
                }
            {
                role_first = true;
            }
        }
        let prev_end = carry_end;
        // (Amended in place, see `push_group`.)
        let m = push_group(doc, tags, in_quote, g.clone(), out);
        // (The role is the person's title, unless the group gave one.)
        if role_first && m.title.is_none() {
            if let Some(rest) = m.name.strip_prefix(doc.tok_text(g.start)).and_then(|r| r.strip_prefix(' ')) {
                m.name = rest.to_string().into();
                m.title = Some(doc.tok_text(g.start).into());
                m.entity = SpeakerKind::Person;
            }
        }
        // "State Route 9", "Terminal 3": a number right after the name
        // (an age stands after a comma) shows a road or a place, no person.
        if m.entity == SpeakerKind::Person && m.title.is_none() && digits(g.end) && !is_given_name(crate::text::before_first(&m.name, b' ')) {
            m.entity = SpeakerKind::Unknown;
        }
        // "l'ARS", "l'Agence régionale de santé": named without the article.
        // (Not an outlet's: "L'Équipe", "L'Express".)
        // (The outlets looked up only for a name that has the article.)
        // ("un porte-parole d'Enedis": the body after an elided "de" too.)
        let de = |w: &str| w.strip_prefix('d').or_else(|| w.strip_prefix('D')).and_then(crate::text::strip_apostrophe).filter(|r| crate::text::starts_upper(r)).map_or(0, |r| w.len() - r.len());
        let n = if doc.lang.id == LangId::Fr { article_len(&m.name).max(if m.title.is_some() { de(&m.name) } else { 0 }) } else { 0 };
        if n > 0 && !lexicon::list("common", lexicon::OUTLETS).contains(&m.name) {
            m.name = match std::mem::take(&mut m.name) {
                Cow::Borrowed(b) => Cow::Borrowed(&b[n..]),
                Cow::Owned(o) => Cow::Owned(o[n..].to_string()),
            };
        }
        // "sa fille Maëlle", "his wife Sarah", "seine Tochter Lena": a family
        // word just before a name tells its gender.
        if m.kind == MentionKind::Name && m.class == Class::None && g.start > toks.start {
            let kin = doc.low(g.start - 1);
            if one_of!(kin, "fille" | "mère" | "femme" | "sœur" | "épouse" | "daughter" | "mother" | "wife" | "sister" | "tochter" | "mutter" | "schwester" | "ehefrau") {
                m.class = Class::F;
            } else if one_of!(kin, "fils" | "père" | "mari" | "frère" | "époux" | "son" | "father" | "husband" | "brother" | "sohn" | "vater" | "bruder" | "ehemann") {
                m.class = Class::M;
            }
        }
        // (The group right after "of", "for", "the": a title's complement.)
        let after_of = g.start > toks.start && doc.case_is(g.start - 1, Case::Lower) && text_one_of!(doc, g.start - 1, "of" | "for" | "the");
        // "Kepala Balai Taman Nasional Gunung Pusuk Wangi Ratna Dewi
        // Anggraeni": after a title, an organisation's name runs into the
        // person's; a known first name after an organisation word (or after
        // two unknown words) starts it. Without a title too, when a group
        // split at "dan" left the title's end before the name ("Deputi Bidang
        // Distribusi dan Jasa BPS Hendra Wiratmaja"): after an acronym.
        // So does the complement of a title before it: "Senior Coroner for
        // Oxfordshire Victoria Hale", "Minister for Sustainability and the
        // Environment Grace Fu" (the whole run is her title).
        // (At least two spaces: counted over the whole name, a loop the
        // compiler runs many bytes at a time; most names have one or none.)
        if m.kind == MentionKind::Name && m.alias.is_none() && m.name.bytes().filter(|&b| b == b' ').count() >= 2 {
            let words = crate::text::split_spaces(&m.name);
            let titled = m.title.is_some();
            let complement = !titled && after_of;
            // ("Minister for Health Ciara Donnellan": inside the group too.)
            let inner = titled && (g.start..g.end).any(|j| text_one_of!(doc, j, "of" | "for"));
            if words.len() >= 3 {
                if let Some(k) = (1..words.len() - 1).find(|&k| {
                    is_given_name(words[k])
                        && !words[..k].iter().any(|w| is_given_name(w))
                        && (titled && (k >= 2 || inner || words[..k].iter().any(|w| lex.tag_word(w).has(cues::ORG_WORD))) || is_acronym(words[k - 1]) || complement && k <= 2)
                        && (titled || !words[k..].iter().any(|w| lex.tag_word(w).has(cues::ORG_WORD)))
                }) {
                    // ("Minister for Health": the group's words up to the
                    // first name, as written.)
                    let at = inner.then(|| (g.start..g.end).find(|&j| doc.tok_text(j) == words[k])).flatten();
                    m.title = Some(match (m.title.as_deref(), at) {
                        (_, Some(at)) => text_of(doc, g.start..at).into(),
                        (Some(t), None) => crate::text::joined(&[t, " ", &crate::text::joined(&words[..k], " ")], "").into(),
                        (None, None) => crate::text::joined(&words[..k], " ").into(),
                    });
                    m.name = crate::text::joined(&words[k..], " ").into();
                    m.entity = SpeakerKind::Person;
                }
            }
        }
        // ("Senior Coroner for Oxfordshire Victoria Hale" split before, at
        // its first name: the title runs back to "Senior" too.)
        if m.kind == MentionKind::Name && m.entity == SpeakerKind::Person && m.title.is_some() && after_of {
            let first = crate::text::before_first(&m.name, b' ');
            if let Some(at) = (g.start + 1..g.end).find(|&j| doc.tok_text(j) == first) {
                let mut j = g.start;
                let mut open = g.start;
                while j > toks.start && g.start - j < 12 && (is_cap_word(doc, j - 1) && !in_quote[j - 1] || text_one_of!(doc, j - 1, "of" | "for" | "and" | "the" | "&")) {
                    j -= 1;
                    if is_cap_word(doc, j) {
                        open = j;
                    }
                }
                if open < g.start {
                    m.title = Some(text_of(doc, open..at).into());
                }
            }
        }
        // Balinese names open with "I" (men) or "Ni" (women) before a birth-
        // order name: "Kepala Kantor SAR Mataram I Made Sukarta" is "I Made
        // Sukarta", not a numeral ending the title.
        if doc.lang.id == LangId::Id {
            let first = crate::text::before_first(&m.name, b' ');
            if one_of!(first, "Made" | "Wayan" | "Nyoman" | "Ketut" | "Putu" | "Gede" | "Kadek" | "Komang" | "Gusti" | "Nengah" | "Luh") {
                if let Some(t) = m.title.as_deref().and_then(|t| t.strip_suffix(" I")) {
                    m.title = Some(t.to_string().into());
                    m.name = crate::text::joined(&["I ", &m.name], "").into();
                }
            }
        }
        // "the pilots' union SPAC-R", "la papeterie Norrpaper": the common
        // noun before the name is what later "the union" refers to.
        if g.start > toks.start && tags[g.start - 1].has(cues::ORG_REF) && !tags[g.start - 1].has(cues::GROUP) && doc.case_is(g.start - 1, Case::Lower) && m.kind == MentionKind::Name && m.title.is_none() {
            let h = cues::strip_elided(doc.low(g.start - 1));
            if !m.heads.contains(&h) {
                m.heads.push(h);
            }
            m.entity = SpeakerKind::Organisation;
            m.class = Class::N;
        }
        if g.end == i && merged_end == Some(i) {
            m.name = text_of(doc, g.clone()).into();
            m.entity = SpeakerKind::Organisation;
            m.class = Class::N;
            m.title = None;
        }
        m.weak = weak;
        // "Kashif Nadeem Awan Sahib said": a courtesy word after the name
        // (Urdu, Hindi) is no part of it; nor the Turkish "Selim Bey",
        // "Ayşe Hanım", after a first name alone.
        if m.kind == MentionKind::Name && g.len() >= 2 && text_one_of!(doc, g.end - 1, "Sahib" | "Bey" | "Hanım") {
            if let Some(n) = m.name.strip_suffix(doc.tok_text(g.end - 1)).map(|n| n.trim_end().to_string()) {
                m.name = n.into();
                m.entity = SpeakerKind::Person;
            }
        }
        // "Clémence, 29 ans, fait partie des victimes", "Maria, 34, said",
        // "Rosnani (45) mengaku": an age after a lone word opening the
        // sentence shows a person, no place ("Bruxelles, 14 mars").
        if weak && m.kind == MentionKind::Name && g.end + 2 < end {
            let n = doc.tok_text(g.end + 1);
            let age = n.len() <= 3 && crate::text::all_chars(n, |c| c.is_ascii_digit());
            let after = doc.tok_text(g.end + 2);
            let comma = doc.tok_is(g.end, ",") && (after == "," || one_of!(after, "ans" | "years" | "Jahre" | "tahun") && g.end + 3 < end && doc.tok_is(g.end + 3, ","));
            if age && (comma || doc.tok_is(g.end, "(") && after == ")") {
                m.weak = false;
                m.entity = SpeakerKind::Person;
            }
        }
        // "Darto, petani cabai di Garut, mengaku", "Smith, a farmer from
        // Kent, said", "Dupont, agriculteur à Rouen, a déclaré": an
        // apposition in lower case between commas, then a verb of saying,
        // shows the lone word is the subject's name.
        if m.weak && m.kind == MentionKind::Name && g.end + 1 < end && doc.tok_is(g.end, ",") && doc.kind_is(g.end + 1, TokKind::Word) && doc.case_is(g.end + 1, Case::Lower) && !tags[g.end + 1].has(cues::SPEECH | cues::REPORTED) {
            let close = (g.end + 2..(g.end + 14).min(end)).find(|&j| doc.tok_is(j, ",") || doc.tok_is(j, ".") || doc.tok_is(j, ";") || in_quote[j]);
            let cue = close.filter(|&c| doc.tok_is(c, ",")).and_then(|c| (c + 1..(c + 3).min(end)).find(|&j| !doc.kind_is(j, TokKind::Word) || !doc.case_is(j, Case::Lower) || tags[j].has(cues::SPEECH | cues::REPORTED)));
            // ("Nadia, caissière depuis vingt-deux ans …, a vu": or an
            // apposition of a role, closed by its comma, with any verb.)
            // (An indefinite article may open it, "Maria, a teacher in
            // Leeds,"; after a definite one the noun is the subject:
            // "Contacté, le promoteur indique".)
            let r = if low_one_of!(doc, g.end + 1, "a" | "an" | "un" | "une" | "ein" | "eine" | "seorang") { g.end + 2 } else { g.end + 1 };
            let role = close.is_some_and(|c| doc.tok_is(c, ",")) && r < end && !tags[r].has(cues::DETERMINER) && crate::resolve::role_noun(doc, r);
            if role {
                m.entity = SpeakerKind::Person;
            }
            if role || cue.is_some_and(|j| doc.kind_is(j, TokKind::Word) && doc.case_is(j, Case::Lower) && tags[j].has(cues::SPEECH | cues::REPORTED)) {
                m.weak = false;
            }
        }
        // "Drivers say the loan payments …", "Neighbors near the field
        // where the chase ended said …": an English plural of a noun for
        // people opening the sentence, its verb of saying next or after a
        // complement of place, is a group that speaks, no name.
        if m.weak && doc.lang.id == LangId::En && g.len() == 1 && m.kind == MentionKind::Name && g.end < end {
            let low = doc.low(g.start);
            let agent = ends_with_any!(low, "ers" | "ors" | "ents" | "ants" | "ists" | "ians" | "ees" | "ics" | "ials" | "ives" | "ups") && low.len() >= 5;
            let said = plural_say(doc, tags, g.end) || place_then_verb(doc, tags, in_quote, g.end, end);
            if agent && said {
                m.kind = MentionKind::OrgRef;
                m.name = low.into();
                m.heads = one_head(low);
                m.entity = SpeakerKind::Organisation;
                m.class = Class::P;
                m.weak = false;
            }
        }
        // "Politikus PKB itu mengatakan", "Peserta Mesir itu", "Menurut Sekjen
        // PPD tersebut": an Indonesian noun phrase of a person's role closed
        // by a demonstrative describes someone named before; a name takes no
        // "itu". (Its capital is the sentence's, or a title's; not "Malam itu".)
        let demonstrative = g.end < end && text_one_of!(doc, g.end, "itu" | "tersebut") && (g.start == toks.start || tags[g.start].has(cues::TITLE)) && (tags[g.start].has(cues::TITLE | cues::ORG_REF | cues::GENDER_NOUN) || lexicon::list("id", lexicon::ROLE_NOUNS).contains(doc.low(g.start)));
        // "Ibunda Bria, Maria Nenobais, tidak ikut": a family word before a
        // name, then a name set off by commas, is someone's mother, named
        // after it; not the one named first.
        let kin = || g.len() >= 2 && g.end + 1 < end && doc.tok_is(g.end, ",") && is_cap_word(doc, g.end + 1) && crate::resolve::low_in_list(doc, g.start, crate::resolve::KIN);
        if doc.lang.id == LangId::Id && m.kind == MentionKind::Name && (demonstrative || kin()) {
            let org = demonstrative && tags[g.start].has(cues::ORG_REF);
            m.kind = if org { MentionKind::OrgRef } else { MentionKind::TitleRef };
            m.entity = if org { SpeakerKind::Organisation } else { SpeakerKind::Person };
            m.heads = one_head(doc.low(g.start));
            m.title = Some(Cow::Borrowed(text_of(doc, g.clone())));
            m.weak = false;
        }
        // "Arnaud Pécherot, l'entraîneur d'Avranches,", "L'entraîneur de
        // Lyon, Pierre Sage": one word after a title and its "de" is what
        // the title is of, a club or a place; the role is someone's, no
        // person named Avranches.
        // (Not a spokesman's: "un porte-parole d'Enedis" is Enedis.)
        if doc.lang.id == LangId::Fr && m.kind == MentionKind::Name && m.entity == SpeakerKind::Person && !m.heads.iter().any(|h| crate::resolve::speaks_for_body(h)) && m.alias.is_none() && m.toks.len() >= 2 && !crate::text::has_byte(&m.name, b' ') && m.title.as_deref().is_some_and(|t| !crate::text::starts_upper(t) || t.starts_with("L'") || t.starts_with("L\u{2019}")) && (elided_de(doc.tok_text(m.toks.end - 1)) || low_one_of!(doc, m.toks.end - 2, "de" | "du" | "des")) {
            m.kind = MentionKind::TitleRef;
            m.title = Some(Cow::Borrowed(text_of(doc, m.toks.clone())));
        }
        // German capitalises nouns: "nach dem Spiel von Kesslers Entscheidung"
        // after an article is a noun phrase, not a person, unless a title or
        // a known first name says otherwise.
        // "Fahrradhersteller Velotra", "Energiekonzern Nordwatt": a compound
        // company descriptor before the name.
        // ("Der Thüringer Fahrradhersteller Velotra": after an adjective.)
        if doc.lang.id == LangId::De && m.kind == MentionKind::Name && m.title.is_none() && g.len() >= 2 && m.toks.start == g.start {
            let refs = lexicon::list("de", lexicon::ORG_REFS);
            let words = crate::text::split_spaces(&m.name);
            let found = (0..(words.len() - 1).min(2)).find_map(|i| {
                let w = words[i].lower();
                refs.compound_tail(&w).map(|d| (i, d))
            })
            // ("Bezirksverband der Kleingärtner": its complement follows, not a name.)
            // (Nor one with a genitive of people and no article:
            // "Bundesverband Deutscher Milchviehhalter" is the body's whole
            // name; "Branchenverband Deutscher Bühnenverein" names one.)
            .filter(|&(i, _)| crate::text::starts_upper(words[i + 1]) && !(i + 2 < words.len() && words[i + 1].ends_with("scher") && refs.compound_tail(&words[words.len() - 1].lower()).is_none()))
            // (Nor an association and its region: "Fußballverband
            // Rheinland", "Landesverband Bayern" are the whole name.)
            .filter(|&(i, d)| !(i + 2 == words.len() && one_of!(d, "verband" | "verein") && !is_acronym(words[i + 1])));
            if let Some((i, d)) = found {
                let rest = crate::text::joined(&words[i + 1..], " ");
                m.name = rest.into();
                m.entity = SpeakerKind::Organisation;
                m.class = Class::N;
                m.heads.push(d);
            }
        }
        // "das Unternehmen", "der Konzern": German capitalises the word that
        // refers back to an organisation, as English writes "the company".
        // ("die Fachgesellschaft", "die Projektgesellschaft": a compound of one.)
        // ("das kommunale Unternehmen": an adjective may stand between.)
        let d = if g.start > toks.start + 1 && doc.kind_is(g.start - 1, TokKind::Word) && doc.case_is(g.start - 1, Case::Lower) && !tags[g.start - 1].has(cues::DETERMINER | cues::STOP) && ends_with_any!(doc.low(g.start - 1), "e" | "en" | "er" | "es" | "em") { g.start - 2 } else { g.start.saturating_sub(1) };
        if doc.lang.id == LangId::De && m.kind == MentionKind::Name && g.len() == 1 && g.start > toks.start && !tags[g.start].has(cues::GROUP) && tags[d].has(cues::DETERMINER) && (doc.case_is(d, Case::Lower) || d == toks.start) {
            // ("Der Konzern will …": the article may open the sentence.)
            let refs = lexicon::list("de", lexicon::ORG_REFS);
            // ("nach Angaben des Vereins": the genitive of the word.)
            let genitive = || (doc.tok_is(d, "des")).then(|| german_nominative(doc.low(g.start))).and_then(|n| refs.entries.iter().copied().find(|e| **e == n));
            let head = if tags[g.start].has(cues::ORG_REF) { Some(doc.low(g.start)) } else { genitive().or_else(|| refs.compound_tail(doc.low(g.start)).filter(|t| lexicon::list("common", lexicon::GENERIC_ORG_REFS).contains(t))) };
            // (Only a generic word's compound: "die Wasserschutzpolizei" is a name.)
            if let Some(head) = head {
                // ("des Unternehmens" is named "Unternehmen".)
                let w = doc.tok_text(g.start);
                let name = if doc.low(g.start).starts_with(head) { w.get(..head.len()).unwrap_or(w) } else { w };
                *m = Mention::plain(doc, d..g.end, MentionKind::OrgRef, Cow::Borrowed(name), one_head(head), SpeakerKind::Organisation, Class::N);
            }
        }
        // ("Betriebsbedingte Kündigungen wolle er vermeiden": nor an
        // inflected adjective opening the sentence before its noun.)
        if doc.lang.id == LangId::De && m.kind == MentionKind::Name && m.entity == SpeakerKind::Person && m.title.is_none() && g.start == toks.start && g.len() == 2 {
            let w = doc.low(g.start);
            if crate::text::char_len(w) > 5 && ends_with_any!(w, "e" | "en" | "er" | "es" | "em") && !given_name_at(doc, g.start) && !tags[g.start].has(cues::TITLE) {
                m.entity = SpeakerKind::Unknown;
            }
        }
        if doc.lang.id == LangId::De && m.kind == MentionKind::Name && m.entity == SpeakerKind::Person && m.title.is_none() && g.start > toks.start {
            // (Or after a preposition: "zu Beginn", "nach Angaben".)
            let det = (tags[g.start - 1].has(cues::DETERMINER) || tags[g.start - 1].has(cues::STOP)) && doc.case_is(g.start - 1, Case::Lower);
            if det && !given_name_at(doc, g.start) {
                m.entity = SpeakerKind::Unknown;
            }
        }
        // "nach Angaben des Umweltministeriums", "des Landkreises Harburg":
        // a name after the genitive article is named in the nominative.
        if doc.lang.id == LangId::De && m.kind == MentionKind::Name && g.start > toks.start && doc.tok_is(g.start - 1, "des") && m.title.is_none() {
            let n = german_nominative(&m.name);
            if n.len() < m.name.len() {
                m.name = n.into();
            }
        }
        // "(NATO)": an alias of the name just found.
        // ("Bapanas", "Bulog": short names count as well as all-caps acronyms.)
        // ("Wattenbrück (KNA) Die Pfarrei …": a dateline's place and its
        // agency, no alias.)
        let dateline = g.start == para_start && i + 2 < end && lexicon::list("common", lexicon::OUTLETS).has_tok(doc, i + 1);
        if i + 2 < end && doc.tok_is(i, "(") && doc.tok_is(i + 2, ")") && is_cap_word(doc, i + 1) && m.kind == MentionKind::Name && !dateline {
            m.alias = Some(doc.tok_text(i + 1));
            // "Kedutaan Besar Republik Indonesia (KBRI)": an acronym that
            // spells the whole group from its first word names all of it,
            // though a title word ("Besar") stands inside.
            if m.title.is_some() && g.len() >= 2 && is_acronym(doc.tok_text(i + 1)) && spells(doc, g.clone(), doc.tok_text(i + 1), true) {
                m.name = text_of(doc, g.clone()).into();
                m.title = None;
                m.entity = SpeakerKind::Organisation;
                m.class = Class::N;
            }
            m.toks.end = i + 3;
            i += 3;
            // "Kepala Badan Pangan Nasional (Bapanas) Arief Prasetyo Adi": a
            // title with an organisation and its acronym, then the person.
            if m.title.is_some() && i < end && is_cap_word(doc, i) && !in_quote[i] {
                carry = Some((m.toks.start, text_of(doc, m.toks.start..i)));
                out.pop();
                continue;
            }
        }
        if let Some((s0, t)) = carry.take() {
            carry_end = usize::MAX;
            if m.kind == MentionKind::Name && m.entity != SpeakerKind::Organisation && m.toks.start == prev_end {
                m.title = Some(match &m.title {
                    Some(own) => crate::text::joined(&[&*t, " ", own], "").into(),
                    None => t.into(),
                });
                m.entity = SpeakerKind::Person;
                m.toks.start = s0;
                m.bytes.start = doc.tok_start(s0);
            }
        }
    }
}

#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn push_pronoun(out: &mut Vec<Mention<'_>>, doc: &Doc, i: usize, class: Class, possessive: bool) {
    let entity = if matches!(class, Class::N) { SpeakerKind::Organisation } else { SpeakerKind::Unknown };
    Mention::push_plain(out, doc, i..i + 1, MentionKind::Pronoun, "".into(), Heads::default(), entity, class, possessive);
}

/// French inversion: "dit-il", "a-t-elle", "estime-t-il" → the pronoun's class.
pub fn inverted_pronoun(w: &str, lex: &Lex) -> Option<Class> {
    // (A byte search: inlined, where `rsplit_once` calls memrchr for every word.)
    let last = &w[w.bytes().rposition(|b| b == b'-')? + 1..];
    let t = lex.tag_word(last);
    if t.has(cues::PRONOUN) && w.len() > last.len() + 1 {
        Some(t.class)
    } else {
        None
    }
}

/// The name of tokens `r` as written, leaving out a quoted nickname.
/// Whether an academic degree ("M.Pd", "S.H", "Ph.D") starts at token `i`
/// before token `end`: its parts are three tokens, "M", ".", "Pd", glued.
pub(crate) fn degree_at(doc: &Doc, i: usize, end: usize) -> bool {
    i + 2 < end && doc.tok_is(i + 1, ".") && !doc.toks[i + 1].space_before && !doc.toks[i + 2].space_before && {
        let (a, b) = (doc.tok_text(i), doc.tok_text(i + 2));
        a.len() <= 2 && b.len() <= 3 && crate::text::starts_upper(a) && crate::text::starts_upper(b) && a.bytes().all(|c| c.is_ascii_alphabetic()) && b.bytes().all(|c| c.is_ascii_alphabetic())
    }
}

fn name_of<'a>(doc: &Doc<'a>, in_quote: &[bool], mut r: Range<usize>) -> Cow<'a, str> {
    // ("Francis M., 58 ans": a surname cut to its initial keeps its point;
    // so does "Ramon Villacastin Jr.")
    // ("T." alone, later, is the same surname's initial.)
    if !r.is_empty() && r.end < doc.toks.len() && doc.tok_is(r.end, ".") && !doc.toks[r.end].space_before && (crate::text::char_len(doc.tok_text(r.end - 1)) == 1 && doc.case_is(r.end - 1, Case::Upper) || r.len() >= 2 && text_one_of!(doc, r.end - 1, "Jr" | "Sr")) {
        r.end += 1;
    }
    // Most names are their span as written: no token left out, words one
    // space apart (or glued). Then the span itself is the name.
    // ("Manufacturers' Council": a glued apostrophe is written.)
    let kept = |k: usize| text_one_of!(doc, k, "." | "-" | "&") || text_one_of!(doc, k, "'" | "\u{2019}") && !doc.toks[k].space_before && k > r.start && !in_quote[k - 1] && doc.tok_text(k - 1).ends_with('s');
    let skipped = |k: usize| in_quote[k] || (doc.kind_is(k, TokKind::Punct) && !kept(k));
    let as_written = r.clone().all(|k| {
        !skipped(k) && (k == r.start || {
            let gap = &doc.text.as_bytes()[doc.tok_end(k - 1) as usize..doc.tok_start(k) as usize];
            // (Without `space_before` the tokens touch.)
            !doc.toks[k].space_before || gap == b" "
        })
    });
    if as_written {
        return text_of(doc, r).into();
    }
    // At most the span's bytes: tokens dropped, one space for each run of white space.
    let span = if r.is_empty() { 0 } else { (doc.tok_end(r.end - 1) - doc.tok_start(r.start)) as usize };
    let mut out = String::with_capacity(span);
    for k in r.clone() {
        if skipped(k) {
            continue;
        }
        if !out.is_empty() && doc.toks[k].space_before {
            out.push(' ');
        }
        out.push_str(doc.tok_text(k));
    }
    out.into()
}

/// The end (token index) of the lower-case words that go on a French
/// body's name from token `j`: adjectives ("cantonal", "villageoise") and
/// complements with "de" ("de l'enseignement", "des parents", "et de
/// l'innovation"), or `None` when none stands at `j`.
fn french_org_tail(doc: &Doc, tags: &[Tag], in_quote: &[bool], j: usize, end: usize) -> Option<usize> {
    if j >= end {
        return None;
    }
    let word = |k: usize| k < end && !in_quote[k] && doc.kind_is(k, TokKind::Word) && !tags[k].has(cues::STOP | cues::SPEECH | cues::DETERMINER | cues::PRONOUN);
    let lower = |k: usize| word(k) && doc.case_is(k, Case::Lower);
    let adjective = |k: usize| lower(k) && french_adjective(doc, k);
    if adjective(j) {
        return Some(j + 1);
    }
    let mut k = j;
    if doc.tok_is(k, "et") {
        k += 1;
    }
    let t = doc.tok_text(k.min(end - 1));
    let elided = k < end && !in_quote[k] && cues::strip_elided(t).len() < t.len();
    if elided && t.starts_with('d') {
        // "d'élèves", "et d'innovation"
        return word(k).then_some(k + 1);
    }
    if !(k < end && one_of!(t, "de" | "du" | "des")) {
        return None;
    }
    let bare_de = t == "de";
    k += 1;
    if k < end && doc.tok_is(k, "la") {
        k += 1;
    }
    if !word(k) {
        // ("de l'enseignement": the article is fused with the noun.)
        let t = doc.tok_text(k.min(end - 1));
        return (k < end && !in_quote[k] && doc.kind_is(k, TokKind::Word) && cues::strip_elided(t).len() < t.len()).then_some(k + 1);
    }
    // ("de statuer": an infinitive is no part of a name.)
    let low = doc.low(k);
    if bare_de && doc.case_is(k, Case::Lower) && (low.ends_with("er") || low.ends_with("ir") || low.ends_with("re")) {
        return None;
    }
    Some(k + 1)
}

/// Whether token `k` has the ending of a French adjective of place or kind
/// ("cantonal", "villageoise", "canadienne", "socialiste", "professionnels"), longer than four
/// letters and in lower case.
pub fn french_adjective(doc: &Doc, k: usize) -> bool {
    let t = doc.tok_text(k);
    doc.kind_is(k, TokKind::Word) && doc.case_is(k, Case::Lower) && crate::text::char_len(t) > 4 && ends_with_any!(t, "able" | "ables" | "enne" | "ennes" | "éen" | "éens" | "al" | "ale" | "ales" | "aux" | "el" | "els" | "elle" | "elles" | "ien" | "iens" | "ienne" | "ain" | "ains" | "aine" | "aines" | "ais" | "aise" | "ois" | "oise" | "ique" | "iques" | "aire" | "aires" | "iste" | "istes" | "if" | "ifs" | "ive" | "ives" | "ier" | "iers" | "ière" | "ières")
}

/// An affiliation before a name: an acronym, an organisation word, a country.
fn is_affiliation(doc: &Doc, tags: &[Tag], k: usize) -> bool {
    is_acronym(doc.tok_text(k)) || cues::has_at(tags, k, cues::ORG_WORD) || cues::has_at(tags, k, cues::AFFIL)
}

/// Splits a group into title and name, and decides what kind of name it is.
// (Natively inlined into its one caller, scan_sentence, as it was before
// Doc::tok_is changed the inliner's sums: 0.2% of the instructions.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
/// The first token of `r` after its honorifics and their points ("Mrs.",
/// "Pak"), leaving at least `keep` tokens; `class` takes the last one's gender.
fn skip_honorifics(doc: &Doc, tags: &[Tag], r: Range<usize>, keep: usize, class: &mut Class) -> usize {
    let mut k = r.start;
    while r.end - k > keep && cues::has_at(tags, k, cues::HONORIFIC) {
        *class = tags[k].class;
        k += 1;
        if r.end - k > keep && doc.tok_is(k, ".") {
            k += 1;
        }
    }
    k
}

// (Pushed onto `out`, where the caller then amends it: returned by value,
// the Mention was copied twice more on its way into `out`, each copy
// reading right after the stores to its fields, which stalled the loads.)
fn push_group<'a, 'o>(doc: &'a Doc, tags: &[Tag], in_quote: &[bool], mut g: Range<usize>, out: &'o mut Vec<Mention<'a>>) -> &'o mut Mention<'a> {
    // Letters after a name are no part of it: "Tom Halloran SC", "Jo Ellis
    // MP", "Dame Ann Firth DBE".
    if doc.lang.id == LangId::En && g.len() >= 3 && text_one_of!(doc, g.end - 1, "SC" | "QC" | "KC" | "MP" | "MSP" | "MEP" | "MLA" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE" | "PhD") {
        g.end -= 1;
    }
    let mut class = Class::None;
    // Honorifics: "Mr", "Mrs.", "Frau", "Pak".
    let start = skip_honorifics(doc, tags, g.start..g.end, 0, &mut class);
    // The last title word splits title from name.
    // (A nickname's words are no title: Dean 'The King' Carver.)
    // (Nor is a title word that is also a first name, opening the group
    // before a surname: "Dean Carver", not "the dean".)
    let first_name = |k: usize| k == start && k + 1 < g.end && g.start == start && given_name_at(doc, k);
    let is_title = |k: usize| (cues::has_at(tags, k, cues::TITLE) || cues::has_at(tags, k, cues::GENDER_NOUN)) && !in_quote[k] && !first_name(k);
    let mut last_title = (start..g.end).rev().find(|&k| is_title(k));
    // (Nor a title word that ends a name after a first name: "Menteri
    // Agama Ahmad Fauzan Hakim", "Cllr Darren Pope", a surname.)
    if let Some(k) = last_title.filter(|&k| k + 1 == g.end && k >= start + 2 && !is_title(k - 1) && (start..k).any(|j| given_name_at(doc, j) && !is_title(j))) {
        last_title = (start..k - 1).rev().find(|&j| is_title(j));
    }
    let (mut title, mut name) = match last_title {
        Some(k) => (start..k + 1, k + 1..g.end),
        None => (start..start, start..g.end),
    };
    // "Schäferin Katrin Wolters", "Landwirt Jan Ohm": a role the lexicon
    // does not know, before a first name it does.
    // "Herder S.Dashdorj", "Landwirt J. Ohm": words before an initial that
    // opens the name are a role.
    if last_title.is_none() && g.end - start >= 3 {
        // (Capitals, or a capital glued to its point: "Ts.Altan".)
        let initial = |k: usize| {
            let w = doc.tok_text(k);
            k + 1 < g.end
                && doc.tok_is(k + 1, ".")
                && crate::text::char_len(w) <= 3
                && (crate::text::all_chars(w, char::is_uppercase) || crate::text::starts_upper(w) && !doc.toks[k + 1].space_before)
        };
        if let Some(k) = (start + 1..(start + 3).min(g.end - 1)).find(|&k| initial(k)) {
            if (start..k).all(|j| !given_name_at(doc, j) && doc.kind_is(j, TokKind::Word) && !cues::has_at(tags, j, cues::PARTICLE)) {
                title = start..k;
                name = k..g.end;
            }
        }
    }
    // "Exporteur Cemil Aksoy", "Schäfer Jan-Hinrich Tammen": a German noun
    // of a trade before two names, even a first name the lexicon does not know.
    if last_title.is_none() && doc.lang.id == LangId::De && g.end - start == 3 && {
        let w = doc.low(start);
        // (Not a company's descriptor: "Softwarehersteller Brenntec Solutions".)
        let refs = lexicon::list("de", lexicon::ORG_REFS);
        let company = || (start..g.end).any(|j| cues::has_at(tags, j, cues::ORG_REF) || refs.compound_tail(doc.low(j)).is_some() || refs.contains(doc.tok_text(j)));
        // (The cheap tests first: the company scan reads every word.)
        crate::text::char_len(w) > 4 && ends_with_any!(w, "er" | "erin" | "eur" | "eurin" | "ist" | "istin" | "ent" | "entin" | "or" | "ant" | "antin" | "at" | "atin") && !given_name_at(doc, start) && !company()
    } && (start + 1..g.end).all(|j| doc.kind_is(j, TokKind::Word) && !cues::has_at(tags, j, cues::PARTICLE | cues::ORG_WORD)) {
        title = start..start + 1;
        name = start + 1..g.end;
    }
    // "Studentin Lena", "Pensionist Karl": a German noun before a given
    // name alone is a role too.
    if last_title.is_none() && doc.lang.id == LangId::De && g.end - start == 2 && given_name_at(doc, start + 1) && !given_name_at(doc, start) && crate::text::char_len(doc.tok_text(start)) > 4 && !cues::has_at(tags, start, cues::PARTICLE | cues::ORG_WORD) {
        title = start..start + 1;
        name = start + 1..g.end;
    }
    // ("der Erfurter Rechtsanwalt Matthias Kröger": up to two such words.)
    // (Not after an honorific, which a name follows: "Drs. Suwarno Adi
    // Prasetyo".)
    let honoured = start > 0 && cues::has_at(tags, if start > 1 && doc.tok_is(start - 1, ".") { start - 2 } else { start - 1 }, cues::HONORIFIC);
    // (Nor a name set off by commas outside German: the words before it are
    // its own, "a farmer from Kampung Sungai Daun, Rosnah Abdul Latif, 61".)
    // (A demonym with its article is a role still: ", l'Italienne Giulia
    // Ferraresi-Bonetti,".)
    let apposed = start > 0 && doc.tok_is(start - 1, ",") && g.end < doc.toks.len() && doc.tok_is(g.end, ",") && doc.lang.id != LangId::De && crate::text::starts_upper(doc.tok_text(start));
    if last_title.is_none() && title.is_empty() && g.end - start >= 3 && !honoured && !apposed {
        let first = |k: usize| given_name_at(doc, k);
        if let Some(k) = (start + 1..(start + 3).min(g.end - 1)).find(|&k| first(k)) {
            let role = (start..k).all(|j| !first(j) && doc.kind_is(j, TokKind::Word) && !cues::has_at(tags, j, cues::PARTICLE) && crate::text::char_len(doc.tok_text(j)) > 3);
            if role {
                title = start..k;
                name = k..g.end;
            }
        }
    }
    // "le député de Beyrouth Ghassan Tabet-Azar": after a French title and
    // its "de", three capitalised words are a place (or a body) and a name
    // of two, first name known or not. ("Dominique de Villepin": no title
    // before the "de".)
    if last_title.is_none() && title.is_empty() && g.end - start == 3 && start >= 2 && doc.lang.id == LangId::Fr && low_one_of!(doc, start - 1, "de" | "du" | "des") && cues::has_at(tags, start - 2, cues::TITLE) && (start..g.end).all(|j| doc.kind_is(j, TokKind::Word) && doc.case_is(j, Case::Upper) && !cues::has_at(tags, j, cues::PARTICLE)) {
        title = start..start + 1;
        name = start + 1..g.end;
    }
    if !title.is_empty() && name.start < g.end && doc.tok_is(name.start, ".") {
        name.start += 1; // "Dr. Marsh"
    }
    // "City Mayor Mr. Hiroshi Nakaza": an honorific after the title is no
    // part of the name either (one word of the name stays).
    if !title.is_empty() {
        name.start = skip_honorifics(doc, tags, name.clone(), 1, &mut class);
    }
    // "la députée écologiste Sandrine Rousseau": lower-case words after the
    // title word belong to the title.
    while !title.is_empty() && name.len() > 1 && doc.case_is(name.start, Case::Lower) && !text_one_of!(doc, name.start, "of" | "for") {
        name.start += 1;
        title.end = name.start;
    }
    let base = |kind: MentionKind, name: Cow<'a, str>, title: Option<Cow<'a, str>>, entity: SpeakerKind, class: Class| Mention {
        title,
        ..Mention::plain(doc, g.clone(), kind, name, Heads::default(), entity, class)
    };
    // "spokesperson for Harbor Mining": the role of an organisation, unless a
    // person's name follows the organisation ("Head of BNPB Suharyanto").
    let of_role = !name.is_empty() && text_one_of!(doc, name.start, "of" | "for");
    if of_role {
        name.start += 1;
    }
    // An affiliation between title and name moves to the title:
    // "Kepala BNPB Suharyanto", "pelatih Vietnam Kim Sang-sik"; so does a
    // word before a first name, "Hakim Konstitusi Made Arya Wiguna" (not
    // Bali's "I"/"Ni", part of the name: "Ni Luh Putu Ariyanti").
    let region = last_title.is_some_and(|k| cues::has_at(tags, k, cues::REGION_TITLE));
    let mut moved = false;
    while last_title.is_some() && name.len() > 1 && (is_affiliation(doc, tags, name.start) || (moved && name.len() > 2 && !given_name_at(doc, name.start)) || (region && !moved && name.len() >= 2) || name.len() > 2 && !given_name_at(doc, name.start) && !text_one_of!(doc, name.start, "I" | "Ni") && given_name_at(doc, name.start + 1)) {
        if region && !moved && name.len() >= 3 {
            // "Gubernur Jawa Tengah Ahmad Luthfi": the region is all but two
            // words, or runs to a first name: "Wali Kota Bandung Rizal Fahmi
            // Hidayat".
            name.start = (name.start + 1..name.end - 1).find(|&j| given_name_at(doc, j)).unwrap_or(name.end - 2);
        } else {
            name.start += 1;
        }
        moved = true;
    }
    // ("Ketua DPW Gerak Jawa Timur Hariyanto": a region's compass word goes
    // with the region, not with the name after it.)
    if moved && doc.lang.id == LangId::Id && name.len() >= 2 && id_place_suffix(doc.low(name.start)) {
        name.start += 1;
    }
    // "pemain Malaysia, Lim Hui Wen", "the Brazilian striker": a country
    // alone after a title is where the person is from, not a name; so is
    // any one word after "asal"/"aus" ("pelatih asal Blitar itu").
    let origin = name.start > start && low_one_of!(doc, name.start - 1, "asal" | "aus");
    if last_title.is_some() && name.len() == 1 && (cues::has_at(tags, name.start, cues::AFFIL) || origin) && !is_acronym(doc.tok_text(name.start)) {
        name.start = name.end;
        moved = true;
    }
    if moved || of_role {
        title.end = name.start;
    }
    let mut heads = Heads::default();
    for k in title.clone() {
        if cues::has_at(tags, k, cues::TITLE) || cues::has_at(tags, k, cues::GENDER_NOUN) {
            // ("Gov. Raymond Kessler" is "the governor" later.)
            let low = doc.low(k);
            let full = (doc.lang.id == LangId::En && k + 1 < doc.toks.len() && doc.tok_is(k + 1, "."))
                .then(|| lexicon::list("en", lexicon::TITLE_ABBREVIATIONS).entries.iter().find_map(|e| e.strip_prefix(low).and_then(|r| r.strip_prefix(' '))))
                .flatten();
            // ("L'élue": the word without its article.)
            heads.push(full.unwrap_or(cues::strip_elided(low)));
            if cues::has_at(tags, k, cues::GENDER_NOUN) && matches!(tags[k].class, Class::M | Class::F) {
                class = tags[k].class;
            }
        }
    }
    let title_text = |t: Range<usize>| -> Option<Cow<'a, str>> {
        if t.is_empty() {
            None
        } else {
            // "spokesperson for Harbor Mining": the title is "spokesperson".
            let t = text_of(doc, t);
            let t = crate::text::trim_end_bytes(t, b".");
            let t = t.strip_suffix(" for").or_else(|| t.strip_suffix(" of")).unwrap_or(t);
            Some(t.into())
        }
    };
    if of_role && !moved {
        let mut n = name_of(doc, in_quote, name.clone());
        let len = strip_possessive(&n).0.len();
        truncate(&mut n, len);
        let m = out.push_mut(base(MentionKind::Name, n, title_text(title.clone()), SpeakerKind::Organisation, Class::N));
        m.heads = heads;
        m.voice = class;
        return m;
    }
    if name.is_empty() {
        // A title alone. Capitalised non-title words in it name an
        // organisation ("State Department spokesperson") when they are one.
        let org: Vec<usize> = title.clone().filter(|&k| !cues::has_at(tags, k, cues::TITLE) && is_cap_word(doc, k)).collect();
        // ("a Sakura Air spokeswoman", "a Tesla official": capitals before a
        // word of speaking for a body are that body, whatever its name.)
        let speaks_for = doc.lang.id == LangId::En && title.end > title.start && {
            let w = doc.low(title.end - 1);
            w.starts_with("spokes") || one_of!(w, "official" | "officials" | "representative" | "representatives")
        };
        let org_like = speaks_for || org.iter().any(|&k| cues::has_at(tags, k, cues::ORG_WORD) || is_acronym(doc.tok_text(k)));
        if org_like && !org.is_empty() {
            // "Kementerian Perdagangan": after an organisation word, the
            // title words are the organisation's name.
            let whole = cues::has_at(tags, title.start, cues::ORG_WORD) && org[0] == title.start && (title.start..title.end).all(|k| is_cap_word(doc, k));
            let r = if whole { title.clone() } else { org[0]..org[org.len() - 1] + 1 };
            let m = out.push_mut(base(MentionKind::Name, name_of(doc, in_quote, r), title_text(title.clone()), SpeakerKind::Organisation, Class::N));
            m.heads = heads;
            m.voice = class;
            return m;
        }
        let m = out.push_mut(base(MentionKind::TitleRef, "".into(), title_text(title), SpeakerKind::Person, class));
        m.heads = heads;
        return m;
    }
    let mut raw = name_of(doc, in_quote, name.clone());
    let (n, possessive) = strip_possessive(&raw);
    // (German bodies are compounds too: "Handelskammer", "Wirtschaftsministerium".)
    let compound_org = |k: usize| doc.lang.id == LangId::De && doc.word_in_case(k, Case::Upper) && lexicon::list("de", lexicon::ORG_WORDS).compound_tail(doc.low(k)).is_some();
    let name_org = name.clone().any(|k| cues::has_at(tags, k, cues::ORG_WORD) || compound_org(k)) || (has_org_word(tags, g.clone()) && title.is_empty());
    let single = name.len() == 1;
    let place = title.is_empty() && !single && name_lists()[2].has_tok(doc, name.end - 1);
    // ("l'Étoile de Varennes", "l'Américain": no person's name opens with
    // an article.)
    let article = doc.lang.id == LangId::Fr && !name.is_empty() && {
        let w = doc.low(name.start);
        (w.starts_with("l'") || w.starts_with("l\u{2019}")) && title.is_empty()
    };
    let entity = if name_org || (single && is_acronym(n)) {
        SpeakerKind::Organisation
    } else if place || article {
        SpeakerKind::Unknown
    } else if !title.is_empty() || class != Class::None || name.len() >= 2 {
        SpeakerKind::Person
    } else {
        SpeakerKind::Unknown
    };
    // (The name is `raw` without its possessive ending: no second copy.)
    let n = n.len();
    truncate(&mut raw, n);
    let m = out.push_mut(base(
        MentionKind::Name,
        raw,
        title_text(title),
        entity,
        if entity == SpeakerKind::Organisation { Class::N } else { class },
    ));
    m.heads = heads;
    m.possessive = possessive;
    // Tomas "Steel" Varga: the nickname stands for him later ("Steel said").
    if let (Some(a), Some(b)) = (name.clone().find(|&k| in_quote[k]), name.clone().rev().find(|&k| in_quote[k])) {
        if entity == SpeakerKind::Person && (a..=b).all(|k| in_quote[k]) && is_cap_word(doc, a) {
            m.alias = Some(text_of(doc, a..b + 1));
        }
    }
    m
}

fn has_org_word(tags: &[Tag], g: Range<usize>) -> bool {
    g.into_iter().any(|k| cues::has_at(tags, k, cues::ORG_WORD))
}

/// A German name in the nominative: the genitive's ending dropped from its
/// first word ("Ministeriums" → "Ministerium", "Amtes Nord" → "Amt Nord").
pub fn german_nominative(name: &str) -> String {
    let (first, rest) = crate::text::split_once_byte(name, b' ').unwrap_or((name, ""));
    let stem = if first.len() > 4 && first.ends_with("es") && (first[..first.len() - 2].ends_with(['s', 'z', 'ß', 'x']) || first.ends_with("tes") || first.ends_with("des")) {
        &first[..first.len() - 2]
    } else if first.len() > 3 && first.ends_with('s') && !first.ends_with("ss") {
        &first[..first.len() - 1]
    } else {
        first
    };
    let mut out = stem.to_string();
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(rest);
    }
    out
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    /// `Heads` reads as the Vec the same pushes make, from none or one.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn heads_read_as_a_vec_native_only() {
        let words = ["chancellor", "minister", "spokesman", "year-old"];
        for n in 0..=words.len() {
            for start in [Heads::default(), one_head("ministry")] {
                let mut want: Vec<&str> = start.to_vec();
                let mut h = start.clone();
                for w in &words[..n] {
                    h.push(w);
                    want.push(w);
                    assert_eq!(&h[..], &want[..]);
                    assert_eq!(h.first(), want.first());
                    assert_eq!((&h).into_iter().collect::<Vec<_>>(), want.iter().collect::<Vec<_>>());
                    assert_eq!(h.clone()[..], want[..]);
                }
            }
        }
    }

    /// The one table of given names holds a word when either list does:
    /// every token of the fixtures, the lists' entries, and those in upper
    /// case and with a letter cut.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn given_names_are_both_lists_native_only() {
        let [male, female, _] = *name_lists();
        let either = |w: &str| male.contains(w) || female.contains(w);
        let mut words: Vec<String> = male.entries.iter().chain(&female.entries).flat_map(|e| [e.to_string(), e.to_uppercase(), e[..e.len() - e.chars().last().map_or(0, char::len_utf8)].to_string()]).collect();
        for s in crate::text::fixture_texts() {
            let input = Input::from_text(&s);
            let t = input.text();
            let doc = Doc::new(&t, &input, &vec![true; input.blocks.len()]);
            words.extend((0..doc.toks.len()).map(|i| doc.tok_text(i).to_string()));
        }
        let mut found = 0;
        for w in &words {
            assert_eq!(given_names().contains(w), either(w), "{w:?}");
            found += usize::from(either(w));
        }
        assert!(found > 1000, "{found}");
    }

    /// `Runs::end` steps over exactly the tokens `passed_over` tells, on
    /// every fixture, with no token in quotes and with some.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn runs_step_over_what_passed_over_tells_native_only() {
        let (mut stepped, mut tokens) = (0, 0);
        for s in crate::text::fixture_texts() {
            let input = Input::from_text(&s);
            let t = input.text();
            let doc = Doc::new(&t, &input, &vec![true; input.blocks.len()]);
            let tags = cues::lex(doc.lang.code).tag(&doc);
            let n = doc.toks.len();
            for in_quote in [vec![false; n], (0..n).map(|i| i % 7 == 3 || i % 11 < 2).collect()] {
                for sent in &doc.sents {
                    let runs = Runs::new(&doc, &tags, &in_quote, sent.toks.clone());
                    for i in sent.toks.clone() {
                        let want = (i..sent.toks.end).find(|&j| !passed_over(&doc, &tags, &in_quote, j)).unwrap_or(sent.toks.end);
                        assert_eq!(runs.end(i), want, "{:?} at token {i}", &s[..s.len().min(60)]);
                        stepped += usize::from(want > i);
                        tokens += 1;
                    }
                }
            }
        }
        assert!(stepped > tokens / 4, "{stepped} of {tokens}");
    }

    fn mentions(lang: &str, s: &str) -> Vec<(String, Option<String>, MentionKind, SpeakerKind)> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        let lex = cues::lex(lang);
        let tags = lex.tag(&d);
        let inq = vec![false; d.toks.len()];
        find(&d, lex, &tags, &inq).into_iter().map(|m| (m.name.into_owned(), m.title.map(Cow::into_owned), m.kind, m.entity)).collect()
    }

    #[test]
    fn french_organisations_with_a_plural_adjective() {
        let m = mentions("fr", "Le ministère des Affaires étrangères a convoqué l'ambassadeur, selon le ministère de l'Intérieur.");
        assert_eq!(m[0].0, "ministère des Affaires étrangères");
        assert!(m.iter().any(|x| x.0 == "ministère de l'Intérieur"), "{m:?}");
        // Not a verb or a word that does not agree.
        let m = mentions("fr", "Le ministère des Armées annonce une hausse.");
        assert_eq!(m[0].0, "ministère des Armées");
    }

    #[test]
    fn french_bodies_go_on_in_lower_case() {
        let first = |s: &str| mentions("fr", s).into_iter().find(|x| x.3 == SpeakerKind::Organisation).map(|x| x.0);
        assert_eq!(first("Le Département cantonal de l'enseignement rappelle que tout va bien.").as_deref(), Some("Département cantonal de l'enseignement"));
        assert_eq!(first("Mais le groupe Entente villageoise jugeait la facture trop salée.").as_deref(), Some("Entente villageoise"));
        assert_eq!(first("Hier, l'Union des parents d'élèves a protesté.").as_deref(), Some("Union des parents d'élèves"));
        assert_eq!(first("Selon la Commission européenne et l'Union africaine, rien.").as_deref(), Some("Commission européenne"));
        assert_eq!(first("Le ministère des Transports et de la Mobilité durable indique que tout va bien.").as_deref(), Some("ministère des Transports et de la Mobilité durable"));
        // Not an infinitive, a verb or what follows an article.
        assert_eq!(first("Il a demandé à la Commission de statuer vite.").as_deref(), Some("Commission"));
        assert_eq!(first("La Fédération annonce une hausse.").as_deref(), Some("Fédération"));
    }

    #[test]
    fn french_names_after_an_elided_article() {
        let names = |s: &str| mentions("fr", s).into_iter().map(|x| x.0).collect::<Vec<_>>();
        // An acronym or a name after "l'" is a name, without the article.
        assert_eq!(names("La maternité a fermé, selon l'ARS."), ["ARS"]);
        assert_eq!(names("L'OMS a publié un rapport."), ["OMS"]);
        assert_eq!(names("Hier l'Ifremer a publié un rapport."), ["Hier", "Ifremer"]);
        // Not an outlet's name, which keeps it.
        assert!(names("Selon L'Équipe, il partira.").contains(&"L'Équipe".to_string()));
        // "l'agence" refers back to an organisation, as "the agency" does.
        let m = mentions("fr", "Les femmes seront hébergées près de Valence, a précisé l'agence.");
        assert!(m.iter().any(|x| x.2 == MentionKind::OrgRef && x.0 == "agence"), "{m:?}");
    }

    #[test]
    fn names_with_titles() {
        let m = mentions("en", "German Defense Minister Boris Pistorius said so.");
        assert_eq!(m[0].0, "Boris Pistorius");
        assert_eq!(m[0].1.as_deref(), Some("German Defense Minister"));
        assert_eq!(m[0].3, SpeakerKind::Person);
        let m = mentions("en", "Asked again, Kremlin spokesman Dmitry Peskov told reporters.");
        assert_eq!(m[0].0, "Dmitry Peskov");
        assert_eq!(m[0].1.as_deref(), Some("Kremlin spokesman"));
    }

    #[test]
    fn organisations_and_roles() {
        let m = mentions("en", "The North Atlantic Treaty Organization (NATO) said no.");
        assert_eq!(m[0].0, "North Atlantic Treaty Organization");
        assert_eq!(m[0].3, SpeakerKind::Organisation);
        let m = mentions("en", "A State Department spokesperson said no.");
        assert_eq!((m[0].0.as_str(), m[0].3), ("State Department", SpeakerKind::Organisation));
        let m = mentions("en", "Later a spokesperson for Harbor Mining said no.");
        assert_eq!((m[1].0.as_str(), m[1].3), ("Harbor Mining", SpeakerKind::Organisation));
        let m = mentions("en", "Then the ministry said no and the chancellor agreed.");
        assert_eq!(m[1].2, MentionKind::OrgRef);
        assert_eq!(m[2].2, MentionKind::TitleRef);
    }

    #[test]
    fn a_name_across_a_comma_its_acronym_in_name_case_spells() {
        // "(Defra)" written as a name still spells the words before it.
        let m = mentions("en", "The bog is drying. The Department for Environment, Food and Rural Affairs (Defra) said so.");
        assert!(m.iter().any(|x| x.0 == "Department for Environment, Food and Rural Affairs"), "{m:?}");
    }

    #[test]
    fn pronouns_possessives_and_function_words() {
        // "However" stays a weak mention (resolve drops it: it never recurs).
        let m = mentions("en", "However, President Macron's plan was his own, she said.");
        assert_eq!(m[1].0, "Macron", "{m:?}");
        assert_eq!(m[1].1.as_deref(), Some("President"));
        assert_eq!(m[2].2, MentionKind::Pronoun, "{m:?}");
        assert_eq!(m.len(), 4);
        let m = mentions("fr", "Nous verrons, a-t-elle dit.");
        assert_eq!(m.last().unwrap().2, MentionKind::Pronoun);
        let m = mentions("en", "On Monday Mr. J. Smith left.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "J. Smith");
    }
}
