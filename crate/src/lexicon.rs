//! Word lists, per language, embedded from `data/<lang>/<name>.txt` with
//! `include_str!` (through `build.rs`, which drops their comments). One
//! entry per line; `#` starts a comment; entries are matched
//! case-insensitively unless a list says otherwise.
//!
//! To add a list: put the file under `data/`, add one line to [`FILES`].

use crate::text::Lower;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::detect::cues::FxHasher;

/// Lists are looked up per token: hashed with the small Fx hash, not SipHash
/// (the tables hold the crate's own words; page text only looks them up).
type Fx = BuildHasherDefault<FxHasher>;

/// The one map type of this module, the core's `String → usize` map (resolve's
/// name tables): one instance of hashbrown's code in the wasm for all of them.
type Map = HashMap<String, usize, Fx>;

/// (language, list name, contents). Language "common" holds lists shared by all.
static FILES: &[(&str, &str, &str)] = &[
    ("common", "abbreviations", include_str!(concat!(env!("OUT_DIR"), "/data/common/abbreviations.txt"))),
    ("en", "stopwords", include_str!(concat!(env!("OUT_DIR"), "/data/en/stopwords.txt"))),
    ("fr", "stopwords", include_str!(concat!(env!("OUT_DIR"), "/data/fr/stopwords.txt"))),
    ("de", "stopwords", include_str!(concat!(env!("OUT_DIR"), "/data/de/stopwords.txt"))),
    ("id", "stopwords", include_str!(concat!(env!("OUT_DIR"), "/data/id/stopwords.txt"))),
    ("en", "speech_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/en/speech_verbs.txt"))),
    ("fr", "speech_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/fr/speech_verbs.txt"))),
    ("de", "speech_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/de/speech_verbs.txt"))),
    ("id", "speech_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/id/speech_verbs.txt"))),
    ("en", "hedges", include_str!(concat!(env!("OUT_DIR"), "/data/en/hedges.txt"))),
    ("fr", "hedges", include_str!(concat!(env!("OUT_DIR"), "/data/fr/hedges.txt"))),
    ("de", "hedges", include_str!(concat!(env!("OUT_DIR"), "/data/de/hedges.txt"))),
    ("id", "hedges", include_str!(concat!(env!("OUT_DIR"), "/data/id/hedges.txt"))),
    ("en", "clauses", include_str!(concat!(env!("OUT_DIR"), "/data/en/clauses.txt"))),
    ("fr", "clauses", include_str!(concat!(env!("OUT_DIR"), "/data/fr/clauses.txt"))),
    ("de", "clauses", include_str!(concat!(env!("OUT_DIR"), "/data/de/clauses.txt"))),
    ("id", "clauses", include_str!(concat!(env!("OUT_DIR"), "/data/id/clauses.txt"))),
    ("en", "reported_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/en/reported_verbs.txt"))),
    ("fr", "reported_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/fr/reported_verbs.txt"))),
    ("de", "reported_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/de/reported_verbs.txt"))),
    ("id", "reported_verbs", include_str!(concat!(env!("OUT_DIR"), "/data/id/reported_verbs.txt"))),
    ("en", "titles", include_str!(concat!(env!("OUT_DIR"), "/data/en/titles.txt"))),
    ("fr", "titles", include_str!(concat!(env!("OUT_DIR"), "/data/fr/titles.txt"))),
    ("de", "titles", include_str!(concat!(env!("OUT_DIR"), "/data/de/titles.txt"))),
    ("id", "titles", include_str!(concat!(env!("OUT_DIR"), "/data/id/titles.txt"))),
    ("en", "pronouns", include_str!(concat!(env!("OUT_DIR"), "/data/en/pronouns.txt"))),
    ("fr", "pronouns", include_str!(concat!(env!("OUT_DIR"), "/data/fr/pronouns.txt"))),
    ("de", "pronouns", include_str!(concat!(env!("OUT_DIR"), "/data/de/pronouns.txt"))),
    ("id", "pronouns", include_str!(concat!(env!("OUT_DIR"), "/data/id/pronouns.txt"))),
    ("en", "honorifics", include_str!(concat!(env!("OUT_DIR"), "/data/en/honorifics.txt"))),
    ("fr", "honorifics", include_str!(concat!(env!("OUT_DIR"), "/data/fr/honorifics.txt"))),
    ("de", "honorifics", include_str!(concat!(env!("OUT_DIR"), "/data/de/honorifics.txt"))),
    ("id", "honorifics", include_str!(concat!(env!("OUT_DIR"), "/data/id/honorifics.txt"))),
    ("en", "gender_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/en/gender_nouns.txt"))),
    ("fr", "gender_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/fr/gender_nouns.txt"))),
    ("de", "gender_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/de/gender_nouns.txt"))),
    ("id", "gender_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/id/gender_nouns.txt"))),
    ("en", "org_words", include_str!(concat!(env!("OUT_DIR"), "/data/en/org_words.txt"))),
    ("fr", "org_words", include_str!(concat!(env!("OUT_DIR"), "/data/fr/org_words.txt"))),
    ("de", "org_words", include_str!(concat!(env!("OUT_DIR"), "/data/de/org_words.txt"))),
    ("id", "org_words", include_str!(concat!(env!("OUT_DIR"), "/data/id/org_words.txt"))),
    ("en", "org_refs", include_str!(concat!(env!("OUT_DIR"), "/data/en/org_refs.txt"))),
    ("fr", "org_refs", include_str!(concat!(env!("OUT_DIR"), "/data/fr/org_refs.txt"))),
    ("de", "org_refs", include_str!(concat!(env!("OUT_DIR"), "/data/de/org_refs.txt"))),
    ("id", "org_refs", include_str!(concat!(env!("OUT_DIR"), "/data/id/org_refs.txt"))),
    ("en", "relay", include_str!(concat!(env!("OUT_DIR"), "/data/en/relay.txt"))),
    ("fr", "relay", include_str!(concat!(env!("OUT_DIR"), "/data/fr/relay.txt"))),
    ("de", "relay", include_str!(concat!(env!("OUT_DIR"), "/data/de/relay.txt"))),
    ("id", "relay", include_str!(concat!(env!("OUT_DIR"), "/data/id/relay.txt"))),
    ("en", "reporting", include_str!(concat!(env!("OUT_DIR"), "/data/en/reporting.txt"))),
    ("fr", "reporting", include_str!(concat!(env!("OUT_DIR"), "/data/fr/reporting.txt"))),
    ("de", "reporting", include_str!(concat!(env!("OUT_DIR"), "/data/de/reporting.txt"))),
    ("id", "reporting", include_str!(concat!(env!("OUT_DIR"), "/data/id/reporting.txt"))),
    ("en", "term_markers", include_str!(concat!(env!("OUT_DIR"), "/data/en/term_markers.txt"))),
    ("fr", "term_markers", include_str!(concat!(env!("OUT_DIR"), "/data/fr/term_markers.txt"))),
    ("de", "term_markers", include_str!(concat!(env!("OUT_DIR"), "/data/de/term_markers.txt"))),
    ("id", "term_markers", include_str!(concat!(env!("OUT_DIR"), "/data/id/term_markers.txt"))),
    ("en", "needs_that", include_str!(concat!(env!("OUT_DIR"), "/data/en/needs_that.txt"))),
    ("fr", "needs_that", include_str!(concat!(env!("OUT_DIR"), "/data/fr/needs_that.txt"))),
    ("de", "needs_that", include_str!(concat!(env!("OUT_DIR"), "/data/de/needs_that.txt"))),
    ("id", "needs_that", include_str!(concat!(env!("OUT_DIR"), "/data/id/needs_that.txt"))),
    ("en", "post_cues", include_str!(concat!(env!("OUT_DIR"), "/data/en/post_cues.txt"))),
    ("fr", "post_cues", include_str!(concat!(env!("OUT_DIR"), "/data/fr/post_cues.txt"))),
    ("de", "post_cues", include_str!(concat!(env!("OUT_DIR"), "/data/de/post_cues.txt"))),
    ("id", "post_cues", include_str!(concat!(env!("OUT_DIR"), "/data/id/post_cues.txt"))),
    ("en", "adverbs", include_str!(concat!(env!("OUT_DIR"), "/data/en/adverbs.txt"))),
    ("fr", "adverbs", include_str!(concat!(env!("OUT_DIR"), "/data/fr/adverbs.txt"))),
    ("de", "adverbs", include_str!(concat!(env!("OUT_DIR"), "/data/de/adverbs.txt"))),
    ("id", "adverbs", include_str!(concat!(env!("OUT_DIR"), "/data/id/adverbs.txt"))),
    ("de", "separable", include_str!(concat!(env!("OUT_DIR"), "/data/de/separable.txt"))),
    ("de", "konjunktiv", include_str!(concat!(env!("OUT_DIR"), "/data/de/konjunktiv.txt"))),
    ("de", "konjunktiv2", include_str!(concat!(env!("OUT_DIR"), "/data/de/konjunktiv2.txt"))),
    ("en", "group_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/en/group_nouns.txt"))),
    ("en", "demonyms", include_str!(concat!(env!("OUT_DIR"), "/data/en/demonyms.txt"))),
    ("fr", "demonyms", include_str!(concat!(env!("OUT_DIR"), "/data/fr/demonyms.txt"))),
    ("de", "demonyms", include_str!(concat!(env!("OUT_DIR"), "/data/de/demonyms.txt"))),
    ("en", "role_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/en/role_nouns.txt"))),
    ("fr", "role_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/fr/role_nouns.txt"))),
    ("de", "role_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/de/role_nouns.txt"))),
    ("id", "role_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/id/role_nouns.txt"))),
    ("de", "group_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/de/group_nouns.txt"))),
    ("fr", "group_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/fr/group_nouns.txt"))),
    ("id", "group_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/id/group_nouns.txt"))),
    ("en", "participles", include_str!(concat!(env!("OUT_DIR"), "/data/en/participles.txt"))),
    ("fr", "participles", include_str!(concat!(env!("OUT_DIR"), "/data/fr/participles.txt"))),
    ("common", "place_words", include_str!(concat!(env!("OUT_DIR"), "/data/common/place_words.txt"))),
    ("common", "anonymous_sources", include_str!(concat!(env!("OUT_DIR"), "/data/common/anonymous_sources.txt"))),
    ("common", "outlet_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/common/outlet_nouns.txt"))),
    ("common", "document_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/common/document_nouns.txt"))),
    ("common", "evidence_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/common/evidence_nouns.txt"))),
    ("common", "back_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/common/back_nouns.txt"))),
    ("en", "title_abbreviations", include_str!(concat!(env!("OUT_DIR"), "/data/en/title_abbreviations.txt"))),
    ("en", "place_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/en/place_nouns.txt"))),
    ("fr", "place_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/fr/place_nouns.txt"))),
    ("de", "place_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/de/place_nouns.txt"))),
    ("id", "place_nouns", include_str!(concat!(env!("OUT_DIR"), "/data/id/place_nouns.txt"))),
    ("common", "generic_org_refs", include_str!(concat!(env!("OUT_DIR"), "/data/common/generic_org_refs.txt"))),
    ("common", "not_names", include_str!(concat!(env!("OUT_DIR"), "/data/common/not_names.txt"))),
    ("common", "male_names", include_str!(concat!(env!("OUT_DIR"), "/data/common/male_names.txt"))),
    ("common", "female_names", include_str!(concat!(env!("OUT_DIR"), "/data/common/female_names.txt"))),
    ("de", "title_suffixes", include_str!(concat!(env!("OUT_DIR"), "/data/de/title_suffixes.txt"))),
    ("id", "region_titles", include_str!(concat!(env!("OUT_DIR"), "/data/id/region_titles.txt"))),
    ("common", "countries", include_str!(concat!(env!("OUT_DIR"), "/data/common/countries.txt"))),
    ("common", "elisions", include_str!(concat!(env!("OUT_DIR"), "/data/common/elisions.txt"))),
    ("common", "outlets", include_str!(concat!(env!("OUT_DIR"), "/data/common/outlets.txt"))),
    ("common", "outlet_words", include_str!(concat!(env!("OUT_DIR"), "/data/common/outlet_words.txt"))),
    ("en", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/en/mt_notice.txt"))),
    ("id", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/id/mt_notice.txt"))),
    ("fr", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/fr/mt_notice.txt"))),
    ("de", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/de/mt_notice.txt"))),
    ("es", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/es/mt_notice.txt"))),
    ("pt", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/pt/mt_notice.txt"))),
    ("it", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/it/mt_notice.txt"))),
    ("nl", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/nl/mt_notice.txt"))),
    ("ru", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/ru/mt_notice.txt"))),
    ("tr", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/tr/mt_notice.txt"))),
    ("vi", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/vi/mt_notice.txt"))),
    ("ar", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/ar/mt_notice.txt"))),
    ("zh", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/zh/mt_notice.txt"))),
    ("ja", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/ja/mt_notice.txt"))),
    ("ko", "mt_notice", include_str!(concat!(env!("OUT_DIR"), "/data/ko/mt_notice.txt"))),
    ("common", "language_names", include_str!(concat!(env!("OUT_DIR"), "/data/common/language_names.txt"))),
    ("en", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/en/template_labels.txt"))),
    ("id", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/id/template_labels.txt"))),
    ("fr", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/fr/template_labels.txt"))),
    ("de", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/de/template_labels.txt"))),
    ("es", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/es/template_labels.txt"))),
    ("pt", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/pt/template_labels.txt"))),
    ("it", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/it/template_labels.txt"))),
    ("nl", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/nl/template_labels.txt"))),
    ("ru", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/ru/template_labels.txt"))),
    ("tr", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/tr/template_labels.txt"))),
    ("vi", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/vi/template_labels.txt"))),
    ("ar", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/ar/template_labels.txt"))),
    ("zh", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/zh/template_labels.txt"))),
    ("ja", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/ja/template_labels.txt"))),
    ("ko", "template_labels", include_str!(concat!(env!("OUT_DIR"), "/data/ko/template_labels.txt"))),
];

/// A parsed list: its entries in file order, and a set of their lower-case forms.
pub struct List {
    pub entries: Vec<&'static str>,
    /// The lower-case forms (values unused).
    #[cfg(target_arch = "wasm32")]
    lower: Map,
    /// The lower-case forms, natively in the table of [`WordTable`]: the
    /// lists are asked of the words of the text, several thousand times a
    /// run, and the map compared each one found with a call to `memcmp`.
    #[cfg(not(target_arch = "wasm32"))]
    lower: crate::text::WordTable<()>,
}

impl List {
    /// Whether `word` is in the list, ignoring case.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn contains(&self, word: &str) -> bool {
        // An ASCII word is lower-cased in its key (no copy, nor check of
        // UTF-8; nor test of its chars for capitals: a key without any is
        // its own lower case).
        if word.is_ascii() {
            self.lower.get_ascii_lower(word.as_bytes()).is_some()
        } else if !crate::text::any_char(word, char::is_uppercase) {
            self.lower.get(word.as_bytes()).is_some()
        } else {
            self.lower.get(word.lower().as_bytes()).is_some()
        }
    }

    /// Whether `word` is in the list, ignoring case.
    #[cfg(target_arch = "wasm32")]
    pub fn contains(&self, word: &str) -> bool {
        // Most words are already lower case: looked up without allocating;
        // a short ASCII word with capitals is lower-cased on the stack.
        // (One lookup site: each inlines the table's probe loop.)
        let mut buf = [0u8; 32];
        let owned;
        let w = if !crate::text::any_char(word, char::is_uppercase) {
            word
        } else if let Some(b) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).unwrap_or_default()
        } else {
            owned = word.lower();
            &owned
        };
        self.lower.contains_key(w)
    }

    /// The entry a lower-case German compound ends in ("fahrradhersteller"
    /// → "hersteller", "fernsehsender" → "sender"): one of five letters or
    /// more, after at least three letters of its own.
    pub fn compound_tail(&self, low: &str) -> Option<&'static str> {
        self.entries.iter().copied().find(|e| e.len() >= 5 && low.len() > e.len() + 2 && low.ends_with(e))
    }

    /// Whether `low`, already lower case (`str::to_lowercase`), is in the list.
    pub fn contains_lower(&self, low: &str) -> bool {
        #[cfg(not(target_arch = "wasm32"))]
        return self.lower.get(low.as_bytes()).is_some();
        #[cfg(target_arch = "wasm32")]
        return crate::detect::cues::get_index(&self.lower, low).is_some();
    }
}

/// Parses a list as `build.rs` wrote it: one entry a line, comments, blank
/// lines and the spaces around entries already gone (so no search for " #"
/// per line: most of the lists' first-use cost, natively and in the wasm).
fn parse(src: &'static str) -> List {
    let entries: Vec<&'static str> = src.lines().collect();
    #[cfg(target_arch = "wasm32")]
    let lower = entries.iter().map(|e| (e.lower(), 0)).collect();
    #[cfg(not(target_arch = "wasm32"))]
    let lower = crate::text::WordTable::new(entries.iter().map(|e| (e.lower(), ())));
    List { entries, lower }
}

/// The parsed lists, in the order of [`FILES`], and an index by `key(lang, name)`.
struct All {
    lists: Vec<List>,
    index: Map,
    #[cfg(not(target_arch = "wasm32"))]
    numbers: Numbers,
}

/// Writes the index key of a list, "lang/name" (no name has a '/'), into
/// `buf`; the key, borrowed from `buf`, or from `owned` when it does not fit.
fn key<'a>(lang: &str, name: &str, buf: &'a mut [u8; 48], owned: &'a mut String) -> &'a str {
    let n = lang.len() + 1 + name.len();
    if n <= buf.len() {
        buf[..lang.len()].copy_from_slice(lang.as_bytes());
        buf[lang.len()] = b'/';
        buf[lang.len() + 1..n].copy_from_slice(name.as_bytes());
        // (Two whole strs and an ASCII byte: valid UTF-8.)
        std::str::from_utf8(&buf[..n]).unwrap_or_default()
    } else {
        *owned = [lang, "/", name].concat();
        owned
    }
}

fn all() -> &'static All {
    static ALL: OnceLock<All> = OnceLock::new();
    ALL.get_or_init(|| All {
        lists: FILES.iter().map(|&(_, _, src)| parse(src)).collect(),
        index: FILES.iter().enumerate().map(|(i, &(lang, name, _))| ([lang, "/", name].concat(), i)).collect(),
        #[cfg(not(target_arch = "wasm32"))]
        numbers: Numbers::new(),
    })
}

/// Natively, the index of the lists by name and language apart: `by[n *
/// langs + l]` for the name's and language's numbers in `names` and
/// `langs` (words looked up as integers: no key written, nor hash of its
/// bytes, nor `memcmp`); `u32::MAX` where no list is.
#[cfg(not(target_arch = "wasm32"))]
struct Numbers {
    names: crate::text::WordTable<u32>,
    langs: crate::text::WordTable<u32>,
    n_langs: usize,
    by: Vec<u32>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Numbers {
    fn new() -> Numbers {
        let number = |words: &mut Vec<&'static str>, w: &'static str| {
            words.iter().position(|x| *x == w).unwrap_or_else(|| {
                words.push(w);
                words.len() - 1
            })
        };
        let (mut names, mut langs) = (Vec::new(), Vec::new());
        for &(lang, name, _) in FILES {
            number(&mut names, name);
            number(&mut langs, lang);
        }
        let mut by = vec![u32::MAX; names.len() * langs.len()];
        // (The last of equal keys, as in `All::index`.)
        for (i, &(lang, name, _)) in FILES.iter().enumerate() {
            by[number(&mut names, name) * langs.len() + number(&mut langs, lang)] = i as u32;
        }
        let n_langs = langs.len();
        let table = |words: Vec<&str>| crate::text::WordTable::new(words.into_iter().enumerate().map(|(i, w)| (w.to_string(), i as u32)));
        Numbers { names: table(names), langs: table(langs), n_langs, by }
    }

    /// The index of list `name` of `lang` in `All::lists` (`u32::MAX`: none),
    /// or `None` when the name or language is no file's.
    #[inline]
    fn get(&self, lang: &str, name: &str) -> Option<u32> {
        let (n, l) = (self.names.get(name.as_bytes())?, self.langs.get(lang.as_bytes())?);
        Some(self.by[n as usize * self.n_langs + l as usize])
    }
}

static EMPTY: OnceLock<List> = OnceLock::new();

/// The list `name` for `lang`; an empty list when there is none. A hash
/// lookup without allocation, but callers in loops should still look a list
/// up once and keep the reference.
// One copy in the wasm: inlined, each caller got the hash probe and the
// first-use parsing of every list.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn list(lang: &str, name: &str) -> &'static List {
    let all = all();
    // (Natively a name and language of the files by their numbers; the key
    // for any other.)
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(i) = all.numbers.get(lang, name) {
        return match i {
            u32::MAX => EMPTY.get_or_init(|| parse("")),
            i => &all.lists[i as usize],
        };
    }
    let (mut buf, mut owned) = ([0u8; 48], String::new());
    match crate::detect::cues::get_index(&all.index, key(lang, name, &mut buf, &mut owned)) {
        Some(i) => &all.lists[i],
        None => EMPTY.get_or_init(|| parse("")),
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;

    #[test]
    fn every_file_parses_and_is_not_empty() {
        for &(lang, name, _) in FILES {
            assert!(!list(lang, name).entries.is_empty(), "{lang}/{name} is empty");
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(list("en", "speech_verbs").contains("Said"));
        assert!(!list("en", "speech_verbs").contains("table"));
        assert!(list("xx", "nothing").entries.is_empty());
    }
}
