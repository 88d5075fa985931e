//! Word lists, per language, embedded from `data/<lang>/<name>.txt` with
//! `include_str!` (through `build.rs`, which drops their comments and packs
//! them into one file). One entry per line; `#` starts a comment; entries
//! are matched case-insensitively unless a list says otherwise.
//!
//! To add a list: put the file under `data/<lang>/` (or `data/common/`); its
//! name is the constant `lexicon::NAME` (see `build.rs`).

use crate::text::Lower;
use std::sync::OnceLock;

/// The one map type of this module, the core's `String → usize` map
/// (resolve's name tables), hashed with the small Fx hash, not SipHash (the
/// tables hold the crate's own words; page text only looks them up).
type Map = crate::detect::cues::StrMap;

/// Every list of `data/`, as `build.rs` packs them: for each, a line
/// "\u{1}lang/name" (language "common" holds lists shared by all), then
/// its entries, one a line. The wasm embeds them front-coded (2.3 KB less
/// gzipped, see `build.rs`) and restores this text once, when the lists are
/// first parsed; natively, where size matters less than the time to restore
/// them (1 % of a run's instructions), the text itself.
fn packed() -> &'static str {
    #[cfg(target_arch = "wasm32")]
    return unpack(include_bytes!(concat!(env!("OUT_DIR"), "/lexicons.bin")));
    #[cfg(not(target_arch = "wasm32"))]
    return include_str!(concat!(env!("OUT_DIR"), "/lexicons.txt"));
}

/// The front-coded lists with their entries restored, one a line: the text
/// [`packed`] returns. Made once, by [`all`], and kept for the program's
/// life (the lists borrow their entries).
#[cfg(any(target_arch = "wasm32", test))]
fn unpack(src: &[u8]) -> &'static str {
    let mut out: Vec<u8> = Vec::with_capacity(src.len() * 3 / 2);
    // (Where the entry before starts in `out`.)
    let mut prev = 0;
    for &b in src {
        if b < 0x20 {
            // (A list's name or an entry: the line before ends.)
            if !out.is_empty() {
                out.push(b'\n');
            }
            if b >= 0x10 {
                let start = out.len();
                out.extend_from_within(prev..prev + (b - 0x10) as usize);
                prev = start;
                continue;
            }
        }
        out.push(b);
    }
    out.push(b'\n');
    // SAFETY: whole chars of valid UTF-8 (build.rs packs the lists' text
    // and cuts entries on char boundaries; a test checks the text restored).
    String::leak(unsafe { String::from_utf8_unchecked(out) })
}

/// The packed lists, in their order: (key "lang/name", entries' lines).
fn files(packed: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::text::split_byte(packed, 1).skip(1).map(|f| crate::text::split_once_byte(f, b'\n').unwrap_or((f, "")))
}

// The lists' names, for `list`: `pub const SPEECH_VERBS: &str = …` for
// `data/*/speech_verbs.txt`, … (a char each, see `build.rs`).
include!(concat!(env!("OUT_DIR"), "/list_names.rs"));

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
        // its own lower case). (A short word's key tells whether it is
        // ASCII: most words are not scanned for it.)
        if let Some(found) = self.lower.get_short_ascii_lower(word.as_bytes()) {
            found.is_some()
        } else if word.is_ascii() {
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
            // SAFETY: an ASCII str's bytes lowered: ASCII.
            unsafe { std::str::from_utf8_unchecked(b) }
        } else {
            owned = word.lower();
            &owned
        };
        self.lower.contains_key(w)
    }

    /// Whether token `i` of `doc` is in the list (`contains` of its text: one
    /// call in the wasm, where each site loaded the text back from memory).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn has_tok(&self, doc: &crate::text::Doc, i: usize) -> bool {
        self.contains(doc.tok_text(i))
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

/// The list of the entries of `a` and then of `b`: it contains a word when
/// `a` or `b` does (natively, where one lookup answers for both).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn union(a: &List, b: &List) -> List {
    let entries: Vec<&'static str> = a.entries.iter().chain(&b.entries).copied().collect();
    let lower = crate::text::WordTable::new(entries.iter().map(|e| (e.lower(), ())));
    List { entries, lower }
}

/// Parses a list as `build.rs` wrote it: one entry a line, comments, blank
/// lines and the spaces around entries already gone (so no search for " #"
/// per line: most of the lists' first-use cost, natively and in the wasm).
fn parse(src: &'static str) -> List {
    // (No entry holds a '\r': `lines` but for the wasm's copy of it.)
    #[cfg(not(target_arch = "wasm32"))]
    let entries: Vec<&'static str> = src.split_terminator('\n').collect();
    // (split_terminator: the pieces but an empty last one.)
    #[cfg(target_arch = "wasm32")]
    let entries: Vec<&'static str> = {
        let mut v: Vec<&'static str> = crate::text::split_byte(src, b'\n').collect();
        if v.last() == Some(&"") {
            v.pop();
        }
        v
    };
    #[cfg(target_arch = "wasm32")]
    let lower = entries.iter().map(|e| (e.lower(), 0)).collect();
    #[cfg(not(target_arch = "wasm32"))]
    let lower = crate::text::WordTable::new(entries.iter().map(|e| (e.lower(), ())));
    List { entries, lower }
}

/// The lists, in the order of [`files`], and an index by `key(lang, name)`.
/// Each list is parsed when it is first asked for: a text uses some lists
/// of its language and of the common ones, and parsing all of them (16
/// languages) at once cost an English text's run 1.9 M instructions more.
struct All {
    lists: Vec<(&'static str, OnceLock<List>)>,
    index: Map,
    #[cfg(not(target_arch = "wasm32"))]
    numbers: Numbers,
    #[cfg(test)]
    packed: &'static str,
}

/// Writes the index key of a list, "lang/name" (no name has a '/'), into
/// `buf`; the key, borrowed from `buf`, or from `owned` when it does not fit.
fn key<'a>(lang: &str, name: &str, buf: &'a mut [u8; 48], owned: &'a mut String) -> &'a str {
    let n = lang.len() + 1 + name.len();
    if n <= buf.len() {
        buf[..lang.len()].copy_from_slice(lang.as_bytes());
        buf[lang.len()] = b'/';
        buf[lang.len() + 1..n].copy_from_slice(name.as_bytes());
        // SAFETY: two whole strs and an ASCII byte: UTF-8.
        unsafe { std::str::from_utf8_unchecked(&buf[..n]) }
    } else {
        *owned = crate::text::joined(&[lang, "/", name], "");
        owned
    }
}

fn all() -> &'static All {
    static ALL: OnceLock<All> = OnceLock::new();
    ALL.get_or_init(|| {
        // (One pass builds both: one copy of the packed file's walk in the wasm.)
        let (mut lists, mut index) = (Vec::new(), Map::default());
        let packed = packed();
        for (key, src) in files(packed) {
            index.insert(key.to_string(), lists.len());
            lists.push((src, OnceLock::new()));
        }
        All {
            lists,
            index,
            #[cfg(not(target_arch = "wasm32"))]
            numbers: Numbers::new(packed),
            #[cfg(test)]
            packed,
        }
    })
}

impl All {
    /// List `i`, parsed at its first use.
    fn get(&'static self, i: usize) -> &'static List {
        let (src, list) = &self.lists[i];
        list.get_or_init(|| parse(src))
    }
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
    /// The numbers of the names of one ASCII byte (the constants' names
    /// all are), by that byte, and of the languages of two ASCII lower-case
    /// letters, by `(a - b'a') * 26 + (b - b'a')`: `u32::MAX` where none
    /// is. Looked up without hashing (the lists are asked for some 5,000
    /// times a run on a long text).
    name_byte: [u32; 128],
    lang_pair: Vec<u32>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Numbers {
    fn new(packed: &'static str) -> Numbers {
        let number = |words: &mut Vec<&'static str>, w: &'static str| {
            words.iter().position(|x| *x == w).unwrap_or_else(|| {
                words.push(w);
                words.len() - 1
            })
        };
        let (mut names, mut langs) = (Vec::new(), Vec::new());
        let lang_names = || files(packed).map(|(key, _)| crate::text::split_once_byte(key, b'/').unwrap_or((key, "")));
        for (lang, name) in lang_names() {
            number(&mut names, name);
            number(&mut langs, lang);
        }
        let mut by = vec![u32::MAX; names.len() * langs.len()];
        // (The last of equal keys, as in `All::index`.)
        for (i, (lang, name)) in lang_names().enumerate() {
            by[number(&mut names, name) * langs.len() + number(&mut langs, lang)] = i as u32;
        }
        let n_langs = langs.len();
        let mut name_byte = [u32::MAX; 128];
        for (i, w) in names.iter().enumerate() {
            if let [b] = *w.as_bytes() {
                if b < 0x80 && name_byte[b as usize] == u32::MAX {
                    name_byte[b as usize] = i as u32;
                }
            }
        }
        let mut lang_pair = vec![u32::MAX; 26 * 26];
        for (i, w) in langs.iter().enumerate() {
            if let Some(k) = pair(w) {
                if lang_pair[k] == u32::MAX {
                    lang_pair[k] = i as u32;
                }
            }
        }
        let table = |words: Vec<&str>| crate::text::WordTable::new(words.into_iter().enumerate().map(|(i, w)| (w.to_string(), i as u32)));
        Numbers { names: table(names), langs: table(langs), n_langs, by, name_byte, lang_pair }
    }

    /// The number of name `name`, as `self.names.get(name)`.
    #[inline(always)]
    fn name(&self, name: &str) -> Option<u32> {
        match *name.as_bytes() {
            [b] if b < 0x80 => Some(self.name_byte[b as usize]).filter(|&n| n != u32::MAX),
            _ => self.names.get(name.as_bytes()),
        }
    }

    /// The number of language `lang`, as `self.langs.get(lang)`.
    #[inline(always)]
    fn lang(&self, lang: &str) -> Option<u32> {
        match pair(lang) {
            Some(k) => Some(self.lang_pair[k]).filter(|&n| n != u32::MAX),
            None => self.langs.get(lang.as_bytes()),
        }
    }

    /// The index of list `name` of `lang` in `All::lists` (`u32::MAX`: none),
    /// or `None` when the name or language is no file's.
    #[inline]
    fn get(&self, lang: &str, name: &str) -> Option<u32> {
        let (n, l) = (self.name(name)?, self.lang(lang)?);
        Some(self.by[n as usize * self.n_langs + l as usize])
    }
}

/// The index of a word of two ASCII lower-case letters among all such pairs.
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
fn pair(w: &str) -> Option<usize> {
    match *w.as_bytes() {
        [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Some((a - b'a') as usize * 26 + (b - b'a') as usize),
        _ => None,
    }
}

static EMPTY: OnceLock<List> = OnceLock::new();

/// The list `name` (one of this module's constants, `SPEECH_VERBS`, …) for
/// `lang`; an empty list when there is none. A hash
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
            i => all.get(i as usize),
        };
    }
    let (mut buf, mut owned) = ([0u8; 48], String::new());
    match crate::detect::cues::get_index(&all.index, key(lang, name, &mut buf, &mut owned)) {
        Some(i) => all.get(i),
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
        assert!(files(all().packed).count() > 100);
        for (key, _) in files(all().packed) {
            let (lang, name) = key.split_once('/').unwrap();
            assert!(!list(lang, name).entries.is_empty(), "{lang}/{name} is empty");
        }
    }

    /// A reporting verb is a verb of saying: only a word of `speech_verbs`
    /// is ever looked at as a cue, so one listed only in `reported_verbs`
    /// would never report ("menduga", "teilt … mit" were).
    #[test]
    fn reported_verbs_are_speech_verbs() {
        for lang in ["en", "fr", "de", "id"] {
            let speech = list(lang, SPEECH_VERBS);
            for e in &list(lang, REPORTED_VERBS).entries {
                assert!(speech.contains(e), "{lang}: {e} is in reported_verbs only");
            }
        }
    }

    #[test]
    fn front_coded_lists_restore_the_text() {
        assert_eq!(unpack(include_bytes!(concat!(env!("OUT_DIR"), "/lexicons.bin"))), packed());
        assert!(packed().len() > 50_000);
    }

    /// The numbers of names and languages by their bytes are those of the
    /// tables, for every file's name and language and for others.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn numbers_by_bytes_are_the_tables_native_only() {
        let n = &all().numbers;
        let mut probes: Vec<String> = vec!["".into(), "x".into(), "common".into(), "en".into(), "zz".into(), "EN".into(), "e".into(), "é".into()];
        for (key, _) in files(all().packed) {
            let (lang, name) = key.split_once('/').unwrap();
            probes.extend([lang.to_string(), name.to_string()]);
        }
        for b in 0..=0x7Fu8 {
            probes.push((b as char).to_string());
            for c in b'a'..=b'z' {
                probes.push(format!("{}{}", b as char, c as char));
            }
        }
        for w in &probes {
            assert_eq!(n.name(w), n.names.get(w.as_bytes()), "{w:?}");
            assert_eq!(n.lang(w), n.langs.get(w.as_bytes()), "{w:?}");
        }
    }

    /// `contains` (by a short word's key, or a scan for ASCII) is the
    /// lookup of the word's lower case, for every entry of some lists
    /// written in other cases, cut and run on, and for words of 1 to 20
    /// bytes with a non-ASCII char at each place.
    #[test]
    fn contains_is_the_lookup_of_the_lower_case() {
        let mut probes: Vec<String> = Vec::new();
        for (lang, name) in [("en", SPEECH_VERBS), ("common", MALE_NAMES), ("fr", SPEECH_VERBS), ("de", SPEECH_VERBS)] {
            for e in &list(lang, name).entries {
                probes.extend([e.to_string(), e.to_uppercase(), format!("{e}s"), e[..e.len() - e.chars().last().map_or(0, char::len_utf8)].to_string()]);
                let mut cs = e.chars();
                probes.extend(cs.next().map(|c| c.to_uppercase().chain(cs).collect::<String>()));
            }
        }
        for n in 1..=20 {
            let w: String = "abcdefghijklmnopqrstu"[..n].into();
            for at in 0..=n {
                for c in ['é', 'É', '€'] {
                    let mut x = w.clone();
                    x.insert(at, c);
                    probes.push(x);
                }
            }
            probes.push(w.to_uppercase());
        }
        for lang in ["en", "common"] {
            for name in [SPEECH_VERBS, MALE_NAMES] {
                let l = list(lang, name);
                for w in &probes {
                    assert_eq!(l.contains(w), l.contains_lower(&w.lower()), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(list("en", SPEECH_VERBS).contains("Said"));
        assert!(!list("en", SPEECH_VERBS).contains("table"));
        assert!(list("xx", "nothing").entries.is_empty());
    }
}
