//! Cue words and constructions, per language: speech verbs, titles, pronouns,
//! honorifics, organisation words, term markers (tagged once per token), and
//! relay constructions that name the outlet a quote came through ("quoted
//! from TASS", "citing Reuters", "dikutip dari ANTARA", "laut dpa").
//!
//! All words come from the lexicon files (`data/<lang>/*.txt`); this file
//! compiles them into one table per language so that tagging a token costs a
//! single hash lookup.

use crate::lang::LangId;
use crate::text::Lower;
#[cfg(not(target_arch = "wasm32"))]
use std::collections::HashMap;
#[cfg(not(target_arch = "wasm32"))]
use std::hash::BuildHasherDefault;
use std::hash::Hasher;
use std::ops::Range;
use std::sync::OnceLock;

use crate::lexicon;
use crate::text::{Doc, TokKind};

/// Token is a speech verb (cue of quotes).
pub const SPEECH: u32 = 1;
/// Speech verb that introduces reported speech.
pub const REPORTED: u32 = 1 << 1;
/// Head word of a title or role.
pub const TITLE: u32 = 1 << 2;
/// Third-person pronoun (class in [`Tag::class`]).
pub const PRONOUN: u32 = 1 << 3;
/// Honorific before a name (Mr, Frau, Pak).
pub const HONORIFIC: u32 = 1 << 4;
/// Makes a capitalised name an organisation.
pub const ORG_WORD: u32 = 1 << 5;
/// Common noun that refers back to an organisation ("the ministry").
pub const ORG_REF: u32 = 1 << 6;
/// A short quote after it is a term ("so-called", "album").
pub const TERM_MARK: u32 = 1 << 7;
/// Function word of the language.
pub const STOP: u32 = 1 << 8;
/// Role noun with a gender (spokeswoman, Kanzlerin).
pub const GENDER_NOUN: u32 = 1 << 9;
/// Speech verb that only cues right after a quote (id "kata", de "so").
pub const POST_ONLY: u32 = 1 << 10;
/// Determiner before a title or organisation reference (the, der, le, sang).
pub const DETERMINER: u32 = 1 << 11;
/// Complementiser after a speech verb (that, que, dass, bahwa).
pub const COMPLEMENTISER: u32 = 1 << 12;
/// Particle inside names (van, von, de, bin, al).
pub const PARTICLE: u32 = 1 << 13;
/// Capitalised but never a speaker's name alone (days, months).
pub const NOT_NAME: u32 = 1 << 14;
/// A country or place: an affiliation between a title and a name.
pub const AFFIL: u32 = 1 << 15;
/// A title followed by a region before the name (id "Bupati Kudus Hartopo").
pub const REGION_TITLE: u32 = 1 << 16;
/// A speech verb that reports speech only with a complementiser
/// ("announced that …", not "announced a plan").
pub const NEEDS_THAT: u32 = 1 << 17;

/// A first word of a relay construction ("quoted", "citing", "laut").
pub const RELAY_START: u32 = 1 << 18;
/// A first word of a known outlet ("Reuters", "Bangkok").
pub const OUTLET_START: u32 = 1 << 19;
/// A first word of a reporting construction ("according", "selon").
pub const REPORTING_START: u32 = 1 << 20;
/// A plural group that speaks without a determiner ("researchers warn",
/// "police said"); also an [`ORG_REF`].
pub const GROUP: u32 = 1 << 21;
/// A participle that continues the clause's speaker ("…, adding that").
pub const PARTICIPLE: u32 = 1 << 22;
/// A German Konjunktiv I form (`data/de/konjunktiv.txt`): a test before
/// the list's own, which is asked for most lower-case German words.
pub const KONJUNKTIV: u32 = 1 << 23;
/// A word of resolve's lists of prepositions and of conjunctions (of all
/// languages): tests before those lists' own scans, in the loops over a
/// subject's clause.
pub const PREPOSITION: u32 = 1 << 24;
pub const CONJUNCTION: u32 = 1 << 25;
/// Natively, a word that is a cue by itself in resolve's loop over cues
/// ("found", "told", "zufolge": see `resolve::cue_words_of`), for that
/// loop's filter: a test of the tag where the filter compared the word
/// with the list's.
pub const CUE_WORD: u32 = 1 << 26;
/// Natively, a word a hedge cue or the weasel pattern may open with
/// (`hedges::opening_words`), for the filter of `hedges::find`: a test of
/// the tag where it hashed every token's bytes.
pub const HEDGE: u32 = 1 << 27;

/// A small, fast hasher for short lexicon words (FxHash's mixing): tagging
/// hashes every word token once, and SipHash would dominate the cost.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap());
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        // The last 0-7 bytes (most words are shorter than 8) in one round,
        // not one per byte: two overlapping u32 reads, or three bytes. Any
        // mix is correct (equal strings hash alike); this one is cheap and
        // keeps the length apart.
        let r = chunks.remainder();
        let n = r.len();
        let w = if n >= 4 {
            let lo = u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as u64;
            let hi = u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]) as u64;
            lo | hi << 32
        } else if n > 0 {
            r[0] as u64 | (r[n / 2] as u64) << 8 | (r[n - 1] as u64) << 16
        } else {
            return;
        };
        self.0 = (self.0.rotate_left(5) ^ w ^ (n as u64) << 59).wrapping_mul(K);
    }
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        // A product's high bits depend on all of its input, its low bits on
        // the input's low bits only; hashbrown picks the bucket with the low
        // bits: rotate the well-mixed high bits down (as rustc-hash 2 does).
        self.0.rotate_left(26)
    }
}

#[cfg(not(target_arch = "wasm32"))]
type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The crate's `String → usize` map (the lexicon's, resolve's names, the
/// cue words', the stop words'): natively hashbrown's; in the wasm a
/// [`StrTable`].
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type StrMap = FxMap<String, usize>;

#[cfg(target_arch = "wasm32")]
pub(crate) type StrMap = StrTable;

/// `map.get(k).copied()` for the crate's `String → usize` maps (the
/// lexicon's, resolve's names, the cue words'): one copy of the hash probe
/// in the wasm, where each lookup inlined its own. Natively inlined.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn get_index(map: &StrMap, k: &str) -> Option<usize> {
    map.get(k).copied()
}

/// A `String → usize` map for the wasm, where hashbrown's code (its
/// growth, probes, insertion and iteration: 2.7 KB) was the last user of
/// the standard library's hash tables. Open addressing with linear probing
/// over the entries' indices, in a power of two of slots at most half
/// full. Iterated in the order of insertion: every walk of the crate's
/// maps sets bits or flags or builds a trie, whatever the order.
#[cfg(any(target_arch = "wasm32", test))]
#[derive(Default)]
pub(crate) struct StrTable {
    /// Index + 1 into `entries`, 0 for an empty slot.
    slots: Vec<u32>,
    entries: Vec<(String, usize)>,
}

#[cfg(any(target_arch = "wasm32", test))]
impl StrTable {
    /// The index in `entries` of `k`, or the empty slot where it goes.
    fn find(&self, k: &str) -> Result<usize, usize> {
        let n = self.slots.len();
        if n == 0 {
            return Err(0);
        }
        // (FNV-1a, a byte loop in 32 bits: FxHasher's rounds of eight
        // bytes in 64 bits were 0.2 KB of the wasm, for keys mostly short.)
        let h = k.bytes().fold(0x811c_9dc5u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193));
        let mut i = h as usize & (n - 1);
        loop {
            match self.slots[i] {
                0 => return Err(i),
                s if self.entries[s as usize - 1].0 == k => return Ok(s as usize - 1),
                _ => i = (i + 1) & (n - 1),
            }
        }
    }

    pub(crate) fn get(&self, k: &str) -> Option<&usize> {
        self.find(k).ok().map(|e| &self.entries[e].1)
    }

    pub(crate) fn get_mut(&mut self, k: &str) -> Option<&mut usize> {
        self.find(k).ok().map(|e| &mut self.entries[e].1)
    }

    pub(crate) fn contains_key(&self, k: &str) -> bool {
        self.find(k).is_ok()
    }

    /// `k` now maps to `v`.
    pub(crate) fn insert(&mut self, k: String, v: usize) {
        match self.find(&k) {
            Ok(e) => self.entries[e].1 = v,
            Err(_) if (self.entries.len() + 1) * 2 > self.slots.len() => {
                // (Grown, the entries are laid out again, then `k` added.)
                let n = (self.slots.len() * 2).max(16);
                self.slots = vec![0; n];
                for e in 0..self.entries.len() {
                    let at = self.find(&self.entries[e].0).unwrap_err();
                    self.slots[at] = e as u32 + 1;
                }
                self.insert(k, v);
            }
            Err(at) => {
                self.entries.push((k, v));
                self.slots[at] = self.entries.len() as u32;
            }
        }
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &usize)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

#[cfg(any(target_arch = "wasm32", test))]
impl FromIterator<(String, usize)> for StrTable {
    fn from_iter<I: IntoIterator<Item = (String, usize)>>(it: I) -> StrTable {
        let mut t = StrTable::default();
        for (k, v) in it {
            t.insert(k, v);
        }
        t
    }
}

/// Gender or class of a pronoun, honorific or role noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Class {
    #[default]
    None,
    /// Masculine.
    M,
    /// Feminine.
    F,
    /// A person of unstated gender (Indonesian ia, dia).
    Person,
    /// Neuter: an organisation or thing.
    N,
    /// Plural: people or an organisation.
    P,
    /// German "sie": feminine singular or plural.
    FP,
}

/// What the lexicons say of one token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tag {
    pub flags: u32,
    pub class: Class,
}

impl Tag {
    pub fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
}

/// `tags[i].has(f)`: in the wasm one call at each of the ~165 sites (each
/// inlined its bounds check and address arithmetic); natively inlined.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn has_at(tags: &[Tag], i: usize, f: u32) -> bool {
    tags[i].has(f)
}

/// A multi-word pattern: lower-case words, `None` where the slot stands.
#[derive(Debug, Clone)]
struct Pattern {
    words: Vec<Option<String>>,
    /// The slot may hold any name, not only a known outlet.
    any_name: bool,
    /// The slot may hold an acronym standing alone ("speaking to ERT,").
    acronym: bool,
    /// The slot may hold any name that is no person's: no first name, title
    /// or honorific opens it ("kepada Hankuk Ilbo", not "kepada Budi").
    no_person: bool,
}

/// The tags of a language's words, found by the words' bytes: tagging looks
/// up every word token (see [`WordTable`](crate::text::WordTable)).
/// (Natively: in the wasm the table's code cost 1.2 KB gzipped, and the
/// hash map it replaces is there anyway, for `lang`.)
#[cfg(not(target_arch = "wasm32"))]
struct WordTags(crate::text::WordTable<Tag>);

/// A `String → V` map: natively the map itself; in the wasm the crate's
/// `String → usize` map (of `lexicon` and `resolve`) to an index into a Vec
/// of the values, so that hashbrown's code (growth, insertion, entries,
/// iteration) is not in the wasm again for each value type: the words'
/// tags while [`build`] collects them, the constructions and outlets by
/// their first word, the hedge tables, the MT vocabulary.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct Keyed<V>(FxMap<String, V>);

#[cfg(target_arch = "wasm32")]
pub(crate) struct Keyed<V>(StrMap, Vec<V>);

impl<V> Default for Keyed<V> {
    #[cfg(not(target_arch = "wasm32"))]
    fn default() -> Self {
        Keyed(FxMap::default())
    }

    #[cfg(target_arch = "wasm32")]
    fn default() -> Self {
        Keyed(StrMap::default(), Vec::new())
    }
}

impl<V: Default> Keyed<V> {
    /// `w`'s value, a new default one if `w` has none yet.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn at(&mut self, w: String) -> &mut V {
        self.0.entry(w).or_default()
    }

    /// `w`'s value, a new default one if `w` has none yet.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn at(&mut self, w: String) -> &mut V {
        let i = match get_index(&self.0, &w) {
            Some(i) => i,
            None => {
                self.0.insert(w, self.1.len());
                self.1.push(V::default());
                self.1.len() - 1
            }
        };
        &mut self.1[i]
    }
}

impl<V> Keyed<V> {
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        self.0.get(w)
    }

    #[cfg(target_arch = "wasm32")]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        get_index(&self.0, w).map(|i| &self.1[i])
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.keys()
    }

    /// The values, in no particular order.
    pub(crate) fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.values_mut();
        #[cfg(target_arch = "wasm32")]
        return self.1.iter_mut();
    }

    /// The entries, in the map's order (natively hashbrown's, in the wasm
    /// the order of insertion: no caller's result depends on it).
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.iter();
        #[cfg(target_arch = "wasm32")]
        return self.0.iter().map(|(k, &i)| (k, &self.1[i]));
    }
}

/// The words' tags while [`build`] collects them, for [`WordTags`].
type TagMap = Keyed<Tag>;

/// A `usize → usize` map (resolve's cues by token and spans by start):
/// natively the hash map; in the wasm a small table of its own, where
/// hashbrown's code for a second key type (insertion, growth, probes) cost
/// more than this.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type PosMap = FxMap<usize, usize>;

#[cfg(target_arch = "wasm32")]
pub(crate) type PosMap = PosTable;

#[cfg(any(target_arch = "wasm32", test))]
#[derive(Default)]
pub(crate) struct PosTable {
    /// Open addressing with linear probing, in a power of two of slots at
    /// most half full: (key + 1, value), 0 for an empty slot.
    slots: Vec<(usize, usize)>,
    len: usize,
}

#[cfg(any(target_arch = "wasm32", test))]
impl PosTable {
    /// The slot holding `k`, or the empty one where it goes (`slots` not empty).
    fn slot(&self, k: usize) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (k.wrapping_mul(0x9E37_79B9) as u32 >> (32 - self.slots.len().trailing_zeros())) as usize;
        while self.slots[i].0 != 0 && self.slots[i].0 != k + 1 {
            i = (i + 1) & mask;
        }
        i
    }

    pub(crate) fn get(&self, k: &usize) -> Option<&usize> {
        let s = self.slots.get(if self.slots.is_empty() { 0 } else { self.slot(*k) })?;
        (s.0 != 0).then_some(&s.1)
    }

    pub(crate) fn contains_key(&self, k: &usize) -> bool {
        self.get(k).is_some()
    }

    pub(crate) fn insert(&mut self, k: usize, v: usize) {
        if (self.len + 1) * 2 > self.slots.len() {
            let n = (self.slots.len() * 2).max(16);
            let old = std::mem::replace(&mut self.slots, vec![(0, 0); n]);
            for (key, value) in old.into_iter().filter(|s| s.0 != 0) {
                let i = self.slot(key - 1);
                self.slots[i] = (key, value);
            }
        }
        let i = self.slot(k);
        self.len += (self.slots[i].0 == 0) as usize;
        self.slots[i] = (k + 1, v);
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl WordTags {
    fn new(words: TagMap) -> WordTags {
        WordTags(crate::text::WordTable::new(words.0))
    }

    /// [`WordTags::get`] for the tagging loop (the same here).
    #[inline(always)]
    fn get_often(&self, w: &str) -> Option<Tag> {
        self.0.get(w.as_bytes())
    }

    /// The tag of `w`, lower case, if it is in some list.
    #[inline(always)]
    fn get(&self, w: &str) -> Option<Tag> {
        self.0.get(w.as_bytes())
    }
}

/// The tags of a language's words (see the native [`WordTags`]): a hash
/// map, and bit [`word_sketch`]`(w)` set for each of its words, which rules
/// out many words in no list without hashing them.
#[cfg(target_arch = "wasm32")]
struct WordTags(TagMap, Vec<u64>);

#[cfg(target_arch = "wasm32")]
impl WordTags {
    fn new(words: TagMap) -> WordTags {
        let mut bits = vec![0u64; WORD_BITS / 64];
        for w in words.0.keys() {
            let k = word_sketch(w);
            bits[k / 64] |= 1 << (k % 64);
        }
        WordTags(words, bits)
    }

    fn get(&self, w: &str) -> Option<Tag> {
        self.0 .0.get(w).map(|&i| self.0 .1[i])
    }

    /// [`WordTags::get`] for the tagging loop, which looks up every word.
    fn get_often(&self, w: &str) -> Option<Tag> {
        let k = word_sketch(w);
        if self.1[k / 64] & (1 << (k % 64)) != 0 { self.get(w) } else { None }
    }
}

/// Bits of the wasm's [`WordTags`] sketch.
#[cfg(target_arch = "wasm32")]
const WORD_BITS: usize = 8192;

/// A word's length and first, second and last bytes, mixed into a bit
/// index: equal words have equal sketches.
#[cfg(target_arch = "wasm32")]
fn word_sketch(w: &str) -> usize {
    let b = w.as_bytes();
    let (x, y, z) = (b.first().copied().unwrap_or(0) as usize, b.get(1).copied().unwrap_or(0) as usize, b.last().copied().unwrap_or(0) as usize);
    (x.wrapping_mul(0x9E37) ^ y.wrapping_mul(0x85EB) ^ z.wrapping_mul(0xC2B2) ^ b.len().wrapping_mul(0x27D4)) % WORD_BITS
}

/// The constructions or outlets by their first word, the hedge cues by
/// theirs: natively through a [`WordTable`](crate::text::WordTable) of the
/// words (the first words of outlets include "the", looked up at every one
/// of the text).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) struct ByWord<T>(crate::text::WordTable<u16>, Vec<T>);

#[cfg(not(target_arch = "wasm32"))]
impl<T> ByWord<T> {
    pub(crate) fn new(m: Keyed<T>) -> ByWord<T> {
        let (words, values): (Vec<String>, Vec<T>) = m.0.into_iter().take(u16::MAX as usize).unzip();
        ByWord(crate::text::WordTable::new(words.into_iter().zip(0..)), values)
    }

    pub(crate) fn get(&self, w: &str) -> Option<&T> {
        self.0.get(w.as_bytes()).map(|i| &self.1[i as usize])
    }
}

#[cfg(target_arch = "wasm32")]
pub(crate) struct ByWord<T>(Keyed<T>);

#[cfg(target_arch = "wasm32")]
impl<T> ByWord<T> {
    pub(crate) fn new(m: Keyed<T>) -> ByWord<T> {
        ByWord(m)
    }

    pub(crate) fn get(&self, w: &str) -> Option<&T> {
        self.0.get(w)
    }
}

impl<T> Default for ByWord<T> {
    fn default() -> Self {
        ByWord::new(Keyed::default())
    }
}

/// The compiled vocabulary of one language.
pub struct Lex {
    words: WordTags,
    /// Endings of compound titles (German "CDU-Außenpolitiker").
    title_suffixes: Vec<String>,
    /// Indices into `title_suffixes` by [`suffix_key`] of their last three
    /// bytes (bucket [`SHORT`]: endings of fewer bytes): a capitalised
    /// German word is tried against a few endings, not all hundred.
    suffix_buckets: Vec<Vec<u16>>,
    /// Relay patterns with the slot last, by their first word.
    relay_pre: ByWord<Vec<Pattern>>,
    /// Relay patterns with the slot first ("_ reported").
    relay_post: Vec<Pattern>,
    /// Reporting constructions with the slot last ("according to _").
    reporting: ByWord<Vec<Pattern>>,
    /// Known outlets as word sequences, by their first word.
    outlets: ByWord<Outlets>,
}

/// The known outlets that open with one word, longest first, and what may
/// follow that word: [`Lex::outlet_at`] is asked at every "the" of a text
/// (fifteen outlets open with it), and most words after it are no outlet's
/// second word.
#[derive(Default)]
struct Outlets {
    names: Vec<Vec<String>>,
    /// Some outlet is the word alone.
    single: bool,
    /// Bit [`second_bit`] of each outlet's second word.
    seconds: [u64; 4],
}

impl Outlets {
    /// Whether an outlet of these may go on with `next` (the next token,
    /// lower case; `None` at the limit): `false` only when none does.
    fn may_follow(&self, next: Option<&str>) -> bool {
        self.single || next.is_some_and(|w| self.seconds[second_bit(w) / 64] & 1 << (second_bit(w) % 64) != 0)
    }
}

/// A digest of a word (its length, first and last bytes) in 0..256.
fn second_bit(w: &str) -> usize {
    let b = w.as_bytes();
    (b.first().map_or(0, |&x| x as usize) * 31 + b.last().map_or(0, |&x| x as usize) * 7 + b.len()) & 255
}

/// Splits a lexicon entry into lower-case words the way the tokenizer does:
/// letters with internal apostrophes, hyphens and dots joined; other
/// punctuation apart.
fn split_entry(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.split_whitespace() {
        let mut cur = String::new();
        let chars: Vec<char> = w.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let inner = i > 0 && i + 1 < chars.len() && chars[i - 1].is_alphanumeric() && chars[i + 1].is_alphabetic();
            if c.is_alphanumeric() || (matches!(c, '\'' | '\u{2019}' | '-') && inner) {
                cur.push(c);
            } else {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur).lower());
                }
                out.push(c.to_string());
            }
        }
        if !cur.is_empty() {
            out.push(cur.lower());
        }
    }
    out
}

fn class_of(s: &str) -> Class {
    match s {
        "m" => Class::M,
        "f" => Class::F,
        "a" => Class::Person,
        "n" => Class::N,
        "p" => Class::P,
        "fp" => Class::FP,
        _ => Class::None,
    }
}

/// Determiners and complementisers are grammar, not vocabulary: kept here.
// (Each a string of words separated by spaces, read once per language: in
// the wasm a slice of string references cost 8 bytes a word.)
const DETERMINERS: &str = "the a an le la les l' un une der die das den dem des ein eine einer einen einem eines kein keine keinen keinem keiner diese dieser diesen diesem dieses jeder jede jeden jedem ihr ihre ihren ihrem sein seine seinen seinem sa son ses leur leurs cet cette ces sang para seorang its his her their my our mein meine meinen meinem meiner unser unsere unseren unserem unserer mon ma mes notre nos";
const COMPLEMENTISERS: &str = "that que qu' dass bahwa bahwasanya kalau ob whether if si";
const PARTICLES: &str = "van von der den de du des da dos del bin binti al el le la ter ten zu y ibn abu mac st &";

/// How `build` reads a list's entries into word flags.
#[derive(Clone, Copy, PartialEq)]
enum Read {
    /// The entry.
    Whole,
    /// Its first word (a multi-word place tags its first word).
    First,
    /// Its first word, with the class its second word names ("he m").
    Classed,
    /// A German separable verb ("gab zu"): the verb alone is a cue right
    /// after a quote ("…“, gab er zu"); with its particle anywhere
    /// (resolve::separable). Not a verb that is a cue of its own:
    /// "teilte", "fügte".
    Separable,
    /// The entry, and in German its dative plural too: "laut Anwohnern",
    /// "von Experten".
    Plural,
}

/// The lists `build` reads into word flags, in this order (a later class
/// wins): (of "common" rather than the language, name, flags, how).
// (One loop over a constant table: in the wasm each list's loop of its own
// was an inlined copy of the lookup and the lower-casing.)
const TAGGED: [(bool, &str, u32, Read); 19] = {
    use Read::*;
    [
        (false, lexicon::SPEECH_VERBS, SPEECH, Whole),
        (false, lexicon::REPORTED_VERBS, REPORTED, Whole),
        (false, lexicon::POST_CUES, SPEECH | POST_ONLY, Whole),
        (false, lexicon::SEPARABLE, SPEECH | POST_ONLY, Separable),
        (false, lexicon::NEEDS_THAT, NEEDS_THAT, Whole),
        (false, lexicon::TITLES, TITLE, Whole),
        (false, lexicon::PRONOUNS, PRONOUN, Classed),
        (false, lexicon::HONORIFICS, HONORIFIC, Classed),
        (false, lexicon::GENDER_NOUNS, GENDER_NOUN, Classed),
        (false, lexicon::ORG_WORDS, ORG_WORD, Whole),
        (false, lexicon::ORG_REFS, ORG_REF, Whole),
        (true, lexicon::DOCUMENT_NOUNS, ORG_REF, Whole),
        (false, lexicon::GROUP_NOUNS, GROUP | ORG_REF, Plural),
        (false, lexicon::PARTICIPLES, SPEECH | REPORTED | PARTICIPLE, Whole),
        (false, lexicon::TERM_MARKERS, TERM_MARK, Whole),
        (false, lexicon::STOPWORDS, STOP, Whole),
        (false, lexicon::REGION_TITLES, REGION_TITLE | TITLE, Whole),
        (true, lexicon::COUNTRIES, AFFIL, First),
        (true, lexicon::NOT_NAMES, NOT_NAME, Whole),
    ]
};

/// Sets `f` on the lower case of `w`, and its class unless `c` is none.
fn tag(words: &mut TagMap, w: &str, f: u32, c: Class) {
    let t = words.at(w.lower());
    t.flags |= f;
    if c != Class::None {
        t.class = c;
    }
}

fn build(lang: &str) -> Lex {
    let mut words = TagMap::default();
    use Read::*;
    for &(common, name, flag, read) in &TAGGED {
        for e in &lexicon::list(if common { "common" } else { lang }, name).entries {
            let mut it = e.split_whitespace();
            let first = it.next().unwrap_or("");
            match read {
                Whole => tag(&mut words, e, flag, Class::None),
                First => tag(&mut words, first, flag, Class::None),
                Classed => tag(&mut words, first, flag, class_of(it.next().unwrap_or(""))),
                Separable => {
                    if ![lexicon::SPEECH_VERBS, lexicon::REPORTED_VERBS].iter().any(|l| lexicon::list(lang, l).contains(first)) {
                        tag(&mut words, first, flag, Class::None);
                    }
                }
                Plural => {
                    tag(&mut words, e, flag, Class::None);
                    if lang == "de" && !crate::text::ends_with_byte(e, b"ns") {
                        tag(&mut words, &crate::text::joined(&[e, "n"], ""), flag, Class::None);
                    }
                }
            }
        }
    }
    for (list, flag) in [(DETERMINERS, DETERMINER), (COMPLEMENTISERS, COMPLEMENTISER), (PARTICLES, PARTICLE)] {
        for w in crate::text::split_byte(list, b' ') {
            tag(&mut words, w, flag, Class::None);
        }
    }
    let parse = |e: &str| -> Pattern {
        // (The marks after the pattern, any of them: "told _ ?^".)
        let e = e.trim_end();
        let bare = crate::text::trim_end_bytes(e, b"!?^");
        let flags = &e[bare.len()..];
        let (any_name, acronym, no_person) = (crate::text::has_byte(flags, b'!'), crate::text::has_byte(flags, b'?'), crate::text::has_byte(flags, b'^'));
        let e = bare.trim();
        let mut words = Vec::new();
        for w in e.split_whitespace() {
            if w == "_" {
                words.push(None);
            } else {
                words.extend(split_entry(w).into_iter().map(Some));
            }
        }
        Pattern { words, any_name, acronym, no_person }
    };
    let mut relay_pre: Keyed<Vec<Pattern>> = Keyed::default();
    let mut relay_post = Vec::new();
    for e in &lexicon::list(lang, lexicon::RELAY).entries {
        let p = parse(e);
        match p.words.first() {
            Some(Some(w)) if p.words.last() == Some(&None) => relay_pre.at(w.clone()).push(p),
            Some(None) => relay_post.push(p),
            _ => {}
        }
    }
    let mut reporting: Keyed<Vec<Pattern>> = Keyed::default();
    for e in &lexicon::list(lang, lexicon::REPORTING).entries {
        let p = parse(e);
        if let Some(Some(w)) = p.words.first() {
            reporting.at(w.clone()).push(p);
        }
    }
    for w in relay_pre.keys() {
        words.at(w.clone()).flags |= RELAY_START;
    }
    for w in reporting.keys() {
        words.at(w.clone()).flags |= REPORTING_START;
    }
    for v in relay_pre.values_mut().chain(reporting.values_mut()) {
        crate::sort::by_key(v, |p| (usize::MAX - p.words.len(), 0));
    }
    let mut outlets: Keyed<Outlets> = Keyed::default();
    for e in &lexicon::list("common", lexicon::OUTLETS).entries {
        let ws = split_entry(e);
        if let Some(f) = ws.first() {
            let o = outlets.at(f.clone());
            match ws.get(1) {
                Some(w) => o.seconds[second_bit(w) / 64] |= 1 << (second_bit(w) % 64),
                None => o.single = true,
            }
            o.names.push(ws);
        }
    }
    for v in outlets.values_mut() {
        crate::sort::by_key(&mut v.names, |p| (usize::MAX - p.len(), 0));
    }
    for w in outlets.keys() {
        words.at(w.clone()).flags |= OUTLET_START;
    }
    for (list, flag) in [(crate::resolve::PREPOSITIONS, PREPOSITION), (crate::resolve::CONJUNCTIONS, CONJUNCTION)] {
        for w in crate::resolve::grammar_words(list) {
            words.at(w.lower()).flags |= flag;
        }
    }
    for w in &lexicon::list(lang, lexicon::KONJUNKTIV).entries {
        words.at(w.lower()).flags |= KONJUNKTIV;
    }
    #[cfg(not(target_arch = "wasm32"))]
    for w in crate::resolve::cue_words_of(lang) {
        words.at(w.to_string()).flags |= CUE_WORD;
    }
    #[cfg(not(target_arch = "wasm32"))]
    for w in crate::detect::hedges::opening_words(lang) {
        words.at(w.to_string()).flags |= HEDGE;
    }
    let title_suffixes: Vec<String> = lexicon::list(lang, lexicon::TITLE_SUFFIXES).entries.iter().map(|e| e.lower()).collect();
    let mut suffix_buckets = Vec::new();
    if !title_suffixes.is_empty() {
        suffix_buckets = vec![Vec::new(); SHORT + 1];
        for (i, s) in title_suffixes.iter().enumerate() {
            let b = if s.len() >= 3 { suffix_key(s.as_bytes()) } else { SHORT };
            suffix_buckets[b].push(i as u16);
        }
    }
    Lex { words: WordTags::new(words), title_suffixes, suffix_buckets, relay_pre: ByWord::new(relay_pre), relay_post, reporting: ByWord::new(reporting), outlets: ByWord::new(outlets) }
}

/// The bucket of title endings shorter than three bytes (none so far).
const SHORT: usize = 256;

/// A bucket for the last three bytes of `b` (at least three bytes long).
fn suffix_key(b: &[u8]) -> usize {
    let n = b.len();
    (b[n - 1] as usize ^ (b[n - 2] as usize) << 3 ^ (b[n - 3] as usize) << 5) & 255
}

/// The vocabulary of `lang` ("en", "fr", "de", "id"; anything else gets English).
pub fn lex(lang: &str) -> &'static Lex {
    static LEXES: [OnceLock<Lex>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (i, code) = match lang {
        "fr" => (1, "fr"),
        "de" => (2, "de"),
        "id" => (3, "id"),
        _ => (0, "en"),
    };
    LEXES[i].get_or_init(|| build(code))
}

/// Lower-cases `w` into `buf` (no allocation for the common ASCII case).
// One copy in the wasm: `low` (inlined everywhere) only calls it for text
// with a capital sigma, so its inlined copies were dead weight.
#[inline(never)]
fn lower<'b>(w: &'b str, buf: &'b mut String) -> &'b str {
    let mut ascii = true;
    let mut upper = false;
    for b in w.bytes() {
        ascii &= b < 0x80;
        upper |= b.is_ascii_uppercase();
    }
    if ascii && !upper {
        return w;
    }
    buf.clear();
    if ascii {
        crate::text::push_lower_ascii(buf, w);
    } else {
        for c in w.chars() {
            let (a, b) = crate::text::lower_char(c);
            buf.push(a);
            buf.extend(b);
        }
    }
    buf.as_str()
}

/// Token `i` lower-cased as [`lower`] does: the document's own lower-case
/// form, which is the same unless a capital sigma occurs (then `lower`,
/// char by char, keeps σ where `to_lowercase` writes a final ς).
// (Natively inlined: a call per tagged token; the hint alone was not taken.)
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn low<'b>(doc: &'b Doc, i: usize, buf: &'b mut String) -> &'b str {
    if doc.sigma {
        lower(doc.tok_text(i), buf)
    } else {
        doc.low(i)
    }
}

impl Lex {
    /// The tag of one word.
    pub fn tag_word(&self, w: &str) -> Tag {
        // (Natively a short ASCII word is lowered on the stack: most words
        // asked are capitalised names, and each cost a String's allocation
        // and free, some 100 instructions.)
        #[cfg(not(target_arch = "wasm32"))]
        if w.len() <= 32 && w.is_ascii() {
            let mut buf = [0u8; 32];
            let b = &mut buf[..w.len()];
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            // SAFETY: ASCII bytes lower-cased stay ASCII.
            return self.words.get(unsafe { std::str::from_utf8_unchecked(b) }).unwrap_or_default();
        }
        let mut buf = String::new();
        self.words.get(lower(w, &mut buf)).unwrap_or_default()
    }

    /// Tags every token of the document (one lookup per word token).
    pub fn tag(&self, doc: &Doc) -> Vec<Tag> {
        // (Natively whether a capital sigma changes the lower-case forms is
        // asked once, not at every word: a loop for each answer. Without
        // one, the token table and the lower-case forms and texts of the
        // tokens are read together: indexed by token, each load was
        // bounds-checked.)
        #[cfg(not(target_arch = "wasm32"))]
        if !doc.sigma {
            let n = doc.toks.len();
            let (lows, texts) = (&doc.lows(0..n)[..n], &doc.texts_hyphens(0..n).0[..n]);
            return doc.toks.iter().zip(lows).zip(texts).map(|((t, &l), &w)| if t.kind == TokKind::Word { self.tag_token(t, l, w.as_bytes()) } else { Tag::default() }).collect();
        }
        let mut buf = String::new();
        (0..doc.toks.len()).map(|i| if doc.kind_is(i, TokKind::Word) { self.tag_token(&doc.toks[i], low(doc, i, &mut buf), doc.tok_bytes(i)) } else { Tag::default() }).collect()
    }

    /// The tag of word token `t`, whose lower-case form is `l` and bytes `b`.
    #[inline(always)]
    fn tag_token(&self, t: &crate::text::Token, l: &str, b: &[u8]) -> Tag {
        let found = self.words.get_often(l);
        if found.is_none() && t.case == crate::text::Case::Upper && !self.suffix_buckets.is_empty() {
            // German compounds: "Verteidigungsminister", "GDL-Chef".
            // (A word ends with an ending of three bytes or more
            // only if its last three bytes are the ending's.)
            let long: &[u16] = if l.len() >= 3 { &self.suffix_buckets[suffix_key(l.as_bytes())] } else { &[] };
            let mut cands = long.iter().chain(&self.suffix_buckets[SHORT]).map(|&i| &self.title_suffixes[i as usize]);
            if cands.any(|s| l.len() > s.len() && l.ends_with(s.as_str())) {
                return Tag { flags: TITLE, class: Class::None };
            }
        }
        // (The token's bytes, sliced once by the tokenizer: most words
        // are in no list and get to the tests of elisions.)
        match found {
            Some(t) => t,
            // French elision: "l'entreprise" is tagged as "entreprise".
            None if b.len() > 2 && matches!(b[1], b'\'' | 0xE2) => self.words.get(strip_elided(l)).unwrap_or_default(),
            // "qu'il", "qu'elle": the pronoun the conjunction elides onto.
            None if b.len() > 3 && matches!(b[2], b'\'' | 0xE2) && l.starts_with("qu") => {
                let mut rest = &l[2..];
                while let Some(r) = crate::text::strip_apostrophe(rest) {
                    rest = r;
                }
                self.words.get(rest).filter(|g| g.has(PRONOUN)).unwrap_or_default()
            }
            None => Tag::default(),
        }
    }

    /// Whether `pat` matches the tokens from `i`, up to its slot; returns the
    /// token index of the slot. `pat` is one of the patterns of token `i`'s
    /// lower-case form, which opens it: its first word is not compared again.
    fn match_until_slot(&self, doc: &Doc, i: usize, pat: &Pattern, limit: usize) -> Option<usize> {
        debug_assert!(pat.words.first().is_some_and(|w| w.as_deref() == Some(low(doc, i, &mut String::new()))));
        if i >= limit {
            return None;
        }
        match_words(doc, i + 1, &pat.words[1..], limit, false)
    }

    /// A known outlet starting at token `i` (before `limit`): its token range.
    /// A leading French elided article ("l'AFP") is allowed.
    pub fn outlet_at(&self, doc: &Doc, i: usize, limit: usize) -> Option<Range<usize>> {
        if i >= limit {
            return None;
        }
        let mut buf = String::new();
        // "au Monde", "du Temps", "aux Echos": French folds an outlet's
        // article "Le" or "Les" into the preposition; the name's words after
        // the article follow.
        let folded = doc.lang.id == LangId::Fr && i > 0 && doc.word_in_case(i, crate::text::Case::Upper);
        let article = if !folded {
            ""
        } else if low_one_of!(doc, i - 1, "au" | "du") {
            "le"
        } else if low_one_of!(doc, i - 1, "aux" | "des") {
            "les"
        } else {
            ""
        };
        let (cands, skip) = match self.outlets.get(strip_elided(low(doc, i, &mut buf))) {
            Some(c) => (c, 0),
            None if !article.is_empty() => (self.outlets.get(article)?, 1),
            None => return None,
        };
        // The next word, lower-cased once for all candidates ("the" opens fifteen).
        let mut next_buf = String::new();
        let next = (i + 1 < limit).then(|| low(doc, i + 1, &mut next_buf));
        // (With the article folded in, the candidates' second word is token `i`.)
        if skip == 0 && !cands.may_follow(next) {
            return None;
        }
        'c: for ws in &cands.names {
            for (k, w) in ws.iter().enumerate().skip(1) {
                let k = k - skip;
                let j = i + k;
                let l = match (k, next) {
                    (1, Some(n)) => n,
                    _ if j >= limit => continue 'c,
                    _ => low(doc, j, &mut buf),
                };
                // (`same`: no memcmp call per candidate word.)
                if !crate::text::same(l, w) {
                    continue 'c;
                }
                // Words of a name are adjacent or separated by spaces only.
            }
            return Some(i..i + ws.len() - skip);
        }
        None
    }

    /// Whether the name in tokens `r` reads as a news outlet's: it holds an
    /// outlet word ("Post", "Zeitung", "Radio") or a web address ends it
    /// ("Bola.com").
    fn outlet_like(&self, doc: &Doc, r: Range<usize>) -> bool {
        let words = lexicon::list("common", lexicon::OUTLET_WORDS);
        let mut buf = String::new();
        r.clone().any(|j| crate::text::split_byte(low(doc, j, &mut buf), b'-').any(|w| words.contains(w))) || web_suffix(doc, r.end, doc.toks.len())
    }

    /// A known outlet's programme or station after it: "BBC Radio 5 Live",
    /// "BBC Radio Norfolk" after "BBC Radio" (capitals or numbers, when the
    /// outlet ends in an outlet's word such as "Radio" or "News").
    fn outlet_tail(&self, doc: &Doc, o: Range<usize>, limit: usize) -> Range<usize> {
        let words = lexicon::list("common", lexicon::OUTLET_WORDS);
        let mut buf = String::new();
        let word = |j: usize| j < limit && doc.toks[j].space_before && doc.kind_is(j, TokKind::Word);
        // (Its last word an outlet's, or the next one: "BBC" "Radio".)
        let next = word(o.end) && doc.word_in_case(o.end, crate::text::Case::Upper) && words.contains(low(doc, o.end, &mut buf));
        // ("France 3 Alpes": a channel's number, then its region.)
        let region = crate::text::all_chars(doc.tok_text(o.end - 1), |c| c.is_ascii_digit()) && word(o.end) && doc.word_in_case(o.end, crate::text::Case::Upper);
        if !next && !region && (o.len() < 2 || !words.contains(low(doc, o.end - 1, &mut buf))) {
            return o;
        }
        let upper = |j: usize| word(j) && doc.word_in_case(j, crate::text::Case::Upper);
        let number = |j: usize| j < limit && doc.toks[j].space_before && crate::text::all_chars(doc.tok_text(j), |c| c.is_ascii_digit());
        let mut e = o.end;
        while e < o.end + 3 && (upper(e) || number(e) && upper(e + 1)) {
            e += 1;
        }
        // ("RTÉ Radio 1's Sunday Sport": and a programme after its
        // possessive, up to three capitalised words.)
        let q = if number(e) { e + 1 } else { e };
        if q + 2 < limit && text_one_of!(doc, q, "'" | "\u{2019}") && doc.tok_is(q + 1, "s") && !doc.toks[q].space_before && upper(q + 2) {
            e = q + 2;
            let p = e;
            while e < p + 3 && upper(e) {
                e += 1;
            }
        }
        o.start..e
    }

    /// Relay constructions in token range `toks`: (construction tokens,
    /// outlet tokens). `is_name(j)` says whether a name starts at token `j`
    /// and returns its end, for patterns that accept any name;
    /// `named_once(j)`, asked only of a name of one word there, whether the
    /// text names no one else by it (its only mention).
    // (`impl Fn`, not `&dyn Fn`: wasm-opt keeps every function of the table
    // whose signature some reachable `call_indirect` has, and this one's,
    // (i32, i32, i32) → (), kept the panic messages' formatting code alive:
    // 3.6 KB of the wasm gzipped.)
    pub fn relays(&self, doc: &Doc, tags: &[Tag], toks: Range<usize>, is_name: &impl Fn(usize) -> Option<usize>, named_once: &impl Fn(usize) -> bool) -> Vec<(Range<usize>, Range<usize>)> {
        let mut out = Vec::new();
        let mut buf = String::new();
        let mut i = toks.start;
        while i < toks.end {
            // (The run of tokens up to the next one tagged so, most of the
            // text, stepped over in one loop over the tags.)
            match tags[i..toks.end].iter().position(|t| t.has(RELAY_START | OUTLET_START)) {
                Some(d) => i += d,
                None => break,
            }
            if !doc.kind_is(i, TokKind::Word) {
                i += 1;
                continue;
            }
            let mut found = None;
            if let Some(pats) = self.relay_pre.get(low(doc, i, &mut buf)) {
                for p in pats {
                    let Some(mut slot) = self.match_until_slot(doc, i, p, toks.end) else { continue };
                    // "im Gespräch mit unserer Zeitung", "told our reporter":
                    // the page's own outlet relays nothing.
                    if slot < toks.end && one_of!(low(doc, slot, &mut buf), "unserer" | "unserem" | "unser" | "our" | "notre" | "nos") {
                        continue;
                    }
                    // "the Bangkok Post": skip a determiner before the outlet
                    // (and an English capitalised one: "told The Canadian
                    // Press"; a French title keeps its own, "La Presse").
                    if slot + 1 < toks.end && self.tag_word(doc.tok_text(slot)).has(DETERMINER) && (!doc.case_is(slot, crate::text::Case::Upper) || doc.lang.id == LangId::En && doc.tok_is(slot, "The") && doc.word_in_case(slot + 1, crate::text::Case::Upper) && self.outlet_at(doc, slot, toks.end).is_none()) {
                        slot += 1;
                    }
                    // German style quotes newspaper names: der »Bild am Sonntag«.
                    let marked = slot < toks.end && text_one_of!(doc, slot, "\u{bb}" | "\u{201e}" | "\u{201c}" | "\"" | "\u{ab}");
                    if marked {
                        slot += 1;
                    }
                    if let Some(o) = self.outlet_at(doc, slot, toks.end) {
                        found = Some((i..slot, self.outlet_tail(doc, o, toks.end)));
                        break;
                    }
                    // "told the broadcaster NHK", "kepada stasiun radio
                    // DZRH", "gegenüber dem Fernsehsender Imedi": a media
                    // noun says the name after it is an outlet's.
                    // "gegenüber tirol.ORF.at": a web address is an outlet's.
                    let mut d = slot;
                    while d + 2 < toks.end && doc.kind_is(d, TokKind::Word) && doc.tok_is(d + 1, ".") && !doc.toks[d + 1].space_before && !doc.toks[d + 2].space_before {
                        if web_suffix(doc, d + 1, toks.end) {
                            found = Some((i..slot, slot..d + 3));
                            break;
                        }
                        d += 2;
                    }
                    if found.is_some() {
                        break;
                    }
                    // ("told Japanese public broadcaster NHK", "à la radio
                    // publique VBTC": adjectives before or after the noun.)
                    let adjective = |j: usize, buf: &mut String| j < toks.end && doc.kind_is(j, TokKind::Word) && !tags[j].has(STOP | SPEECH | DETERMINER) && (doc.case_is(j, crate::text::Case::Lower) || doc.lang.id == LangId::En && lexicon::list("en", lexicon::DEMONYMS).has_tok(doc, j)) && !media_noun(doc, j, buf);
                    let mut named = slot;
                    while named < slot + 2 && adjective(named, &mut buf) && (named + 1..(named + 3).min(toks.end)).any(|j| media_noun(doc, j, &mut buf)) {
                        named += 1;
                    }
                    let noun0 = named;
                    while named < toks.end && named < noun0 + 2 && media_noun(doc, named, &mut buf) {
                        named += 1;
                    }
                    if named == noun0 {
                        named = slot;
                    } else if doc.lang.id == LangId::Fr && adjective(named, &mut buf) {
                        named += 1;
                    }
                    // ("kanal YouTube Gosip Pagi TV": the channel, not the
                    // platform that carries it.)
                    if named > slot && named + 1 < toks.end && text_one_of!(doc, named, "YouTube" | "Instagram" | "TikTok" | "Facebook" | "Spotify") && doc.word_in_case(named + 1, crate::text::Case::Upper) {
                        named += 1;
                    }
                    // "kepada surat kabar “Al-Riyadh”", "au site « Sabq »":
                    // the name in quote marks after the noun.
                    if named > slot && named + 2 < toks.end && text_one_of!(doc, named, "\"" | "\u{201C}" | "\u{201E}" | "\u{AB}" | "\u{BB}") && doc.case_is(named + 1, crate::text::Case::Upper) {
                        let close = (named + 1..(named + 7).min(toks.end)).find(|&j| text_one_of!(doc, j, "\"" | "\u{201D}" | "\u{201C}" | "\u{BB}" | "\u{AB}"));
                        if let Some(c) = close.filter(|&c| c > named + 1) {
                            // (The marks belong to the construction: "bahwa" after them.)
                            found = Some((i..c + 1, named + 1..c));
                            break;
                        }
                    }
                    // ("der Nachrichtenagentur dpa": or a known outlet in
                    // lower case.)
                    if named > slot && named < toks.end && (doc.word_in_case(named, crate::text::Case::Upper) || self.outlet_at(doc, named, toks.end).is_some()) {
                        // (German runs the noun and the name into one
                        // capitalised mention: the capitals after the noun.)
                        let run = (named..(named + 4).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper)).count();
                        let e = self.outlet_at(doc, named, toks.end).map(|o| o.end).or_else(|| is_name(named)).unwrap_or(named + run);
                        found = Some((i..named, named..e));
                        break;
                    }
                    // "told the paper", "interrogée par le quotidien": an
                    // outlet named before (the caller finds which).
                    if slot > i && slot < toks.end && self.tag_word(doc.tok_text(slot - 1)).has(DETERMINER) && doc.case_is(slot, crate::text::Case::Lower) && lexicon::list("common", lexicon::OUTLET_NOUNS).has_tok(doc, slot) {
                        found = Some((i..slot, slot..slot + 1));
                        break;
                    }
                    // A name in quote marks where an outlet belongs is a
                    // publication's: der „Neuen Osnabrücker Zeitung“.
                    if marked {
                        let close = (slot..(slot + 6).min(toks.end)).find(|&j| !doc.kind_is(j, TokKind::Word));
                        if let Some(c) = close.filter(|&c| c > slot && text_one_of!(doc, c, "\u{ab}" | "\u{201c}" | "\u{201d}" | "\"" | "\u{bb}")) {
                            if (slot..c).all(|j| doc.case_is(j, crate::text::Case::Upper)) {
                                found = Some((i..slot, slot..c));
                                break;
                            }
                        }
                    }
                    // "a-t-il lâché à La Nouvelle République", "interrogé par
                    // Le Courrier de l'Ouest": a French title opens with a
                    // capitalised article, which no person's name does.
                    // ("a-t-elle confié à L'Écho": so does an elided one,
                    // right after a verb of saying: "À L'Abbaye" is a place.)
                    if doc.lang.id == LangId::Fr && slot < toks.end && i > toks.start && (tags[i - 1].has(SPEECH) || crate::text::contains(doc.tok_text(i - 1), "-t-") || doc.tok_text(i - 1).ends_with("-il") || doc.tok_text(i - 1).ends_with("-elle")) && {
                        let t = doc.tok_text(slot);
                        t.starts_with('L') && t.len() > 3 && crate::detect::mentions::article_len(t) > 0
                    } {
                        let run = (slot + 1..(slot + 5).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper) || text_one_of!(doc, j, "de" | "du" | "des") && j + 1 < toks.end && doc.word_in_case(j + 1, crate::text::Case::Upper)).count();
                        found = Some((i..slot, slot..slot + 1 + run));
                        break;
                    }
                    if doc.lang.id == LangId::Fr && slot + 1 < toks.end && text_one_of!(doc, slot, "Le" | "La" | "Les") && !low_one_of!(doc, i, "selon" | "d'après" | "d\u{2019}après") {
                        let mut run = (slot + 1..(slot + 6).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper)).count();
                        // ("La Presse canadienne": an adjective after it.)
                        let a = slot + 1 + run;
                        if run > 0 && a < toks.end && crate::detect::mentions::french_adjective(doc, a) && !self.tag_word(doc.tok_text(a)).has(SPEECH | STOP) {
                            run += 1;
                        }
                        if run > 0 {
                            found = Some((i..slot, slot..slot + 1 + run));
                            break;
                        }
                    }
                    // A brand in camel case after "any name" patterns: "au
                    // micro de beIN Sports", "kepada detikJabar".
                    if p.any_name && slot < toks.end && doc.kind_is(slot, TokKind::Word) && {
                        let t = doc.tok_text(slot);
                        t.starts_with(|c: char| c.is_lowercase()) && crate::text::any_char(crate::text::first_char(t).map_or("", |c| &t[c.len_utf8()..]), char::is_uppercase)
                    } {
                        let run = (slot + 1..(slot + 3).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper) && doc.toks[j].space_before).count();
                        found = Some((i..slot, slot..slot + 1 + run));
                        break;
                    }
                    // ("sagte sie dem Abendblatt", "der Westfalenpost": one
                    // German word, an outlet's word other than a common noun
                    // or a compound ending in one; not "der Zeitung".)
                    let de_outlet = |j: usize, buf: &mut String| {
                        doc.lang.id == LangId::De && {
                            let w = low(doc, j, buf);
                            !one_of!(w, "zeitung" | "presse" | "radio" | "nachrichten" | "magazin") && lexicon::list("common", lexicon::OUTLET_WORDS).entries.iter().any(|e| e.len() >= 4 && (w == *e || w.len() > e.len() + 2 && w.ends_with(e)))
                        }
                    };
                    if slot < toks.end && doc.word_in_case(slot, crate::text::Case::Upper) {
                        if let Some(e) = is_name(slot) {
                            // Any name after "citing"; elsewhere one that
                            // reads as an outlet's ("told the Express & Star").
                            // (An acronym alone, not "told NATO allies".)
                            // (With a channel's digits: "gegenüber LAOLA1".)
                            let alone = e == slot + 1
                                && (2..=6).contains(&doc.tok_text(slot).len())
                                && doc.tok_text(slot).as_bytes()[..2].iter().all(|b| b.is_ascii_uppercase())
                                && doc.tok_text(slot).bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                                && (e >= toks.end || !doc.kind_is(e, TokKind::Word) || tags[e].has(COMPLEMENTISER));
                            // ("nicht in der Zeitung lesen": the common noun
                            // alone names no outlet.)
                            let one = e == slot + 1 && de_outlet(slot, &mut buf);
                            let bare = e == slot + 1 && !one && (media_noun(doc, slot, &mut buf) || one_of!(low(doc, slot, &mut buf), "radio" | "fernsehen" | "internet"));
                            // (A name no first name, title or honorific opens.)
                            // (Nor a body's: "kepada Pemerintah Kabupaten Sleman".)
                            // (Or one word the text names no one else by: "told
                            // Sporza at the finish", "kepada VOA".)
                            // (Not after an article, "told the Commons", nor a
                            // plural acronym, "told MPs", nor an adjective
                            // before its noun, "told French lawmakers".)
                            // (A capitalised "The" is a title's: "told The Oregonian".)
                            let the = doc.lang.id == LangId::En && doc.tok_is(slot - 1, "The");
                            let lone = e == slot + 1 && named_once(slot) && (the || !self.tag_word(doc.tok_text(slot - 1)).has(DETERMINER)) && !doc.tok_text(slot).strip_suffix('s').is_some_and(|t| t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase())) && !(e < toks.end && doc.word_in_case(e, crate::text::Case::Lower) && !tags[e].has(STOP | DETERMINER | COMPLEMENTISER | PREPOSITION));
                            // (A word in capitals is no given name: "kepada FAJAR".)
                            let caps = doc.tok_text(slot).len() >= 3 && doc.tok_text(slot).bytes().all(|b| b.is_ascii_uppercase());
                            let no_person = p.no_person && (e > slot + 1 || lone) && (caps || !crate::detect::mentions::given_name_at(doc, slot)) && !tags[slot].has(TITLE | HONORIFIC | PRONOUN) && !(slot..e).any(|j| tags[j].has(ORG_WORD | TITLE | REGION_TITLE));
                            // ("told RNZ's Morning Report": an acronym's
                            // programme, its capitalised words after it.)
                            let t = doc.tok_text(slot);
                            let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("\u{2019}s")).unwrap_or("");
                            if e == slot + 1 && (2..=6).contains(&stem.len()) && stem.bytes().all(|b| b.is_ascii_uppercase()) && e < toks.end && doc.word_in_case(e, crate::text::Case::Upper) {
                                let run = (e..(e + 3).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper)).count();
                                found = Some((i..slot, slot..e + run));
                                break;
                            }
                            // ("Lamprecht sagte der SZ", "sagte er dem BR":
                            // after a verb of saying whose subject came
                            // first, "der"/"dem" opens its addressee; not
                            // "„…“, sagte der DGB", the subject.)
                            // (Words may follow it: "der OZ nach dem Urteil".)
                            let dative = e == slot + 1
                                && (2..=6).contains(&doc.tok_text(slot).len())
                                && doc.tok_text(slot).bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                                && doc.lang.id == LangId::De && slot >= 3 && text_one_of!(doc, slot - 1, "der" | "dem") && {
                                // ("Am Montag sagte der DGB": not any word
                                // before the verb, a pronoun or a full name.)
                                let (a, b) = (slot - 3, slot - 2);
                                let upper = |j: usize| doc.word_in_case(j, crate::text::Case::Upper) && !tags[j].has(DETERMINER | STOP);
                                tags[a].has(SPEECH) && (tags[b].has(PRONOUN) && doc.case_is(b, crate::text::Case::Lower) || upper(b))
                                    || tags[b].has(SPEECH) && (tags[a].has(PRONOUN) || upper(a) && a > 0 && crate::detect::mentions::given_name_at(doc, a - 1) || doc.tok_is(a, ",") && a > 0 && upper(a - 1))
                            };
                            if !bare && (p.any_name || no_person || one || dative || self.outlet_like(doc, slot..e) || p.acronym && alone && !self.tag_word(doc.tok_text(slot - 1)).has(DETERMINER)) {
                                found = Some((i..slot, slot..e));
                                break;
                            }
                        } else {
                            // A run of capitals no name took, with an
                            // outlet's word: "told the Sunday Independent".
                            let run = (slot..(slot + 4).min(toks.end)).take_while(|&j| doc.word_in_case(j, crate::text::Case::Upper) || j > slot && crate::text::all_chars(doc.tok_text(j), |c| c.is_ascii_digit()) && j + 1 < toks.end && doc.word_in_case(j + 1, crate::text::Case::Upper)).count();
                            if run >= 2 && self.outlet_like(doc, slot..slot + run) || run == 1 && de_outlet(slot, &mut buf) {
                                found = Some((i..slot, slot..slot + run));
                                break;
                            }
                        }
                    }
                }
            }
            // (Only a language with patterns after the slot looks for an
            // outlet here: "_ reported" in English, none in the others.)
            if found.is_none() && !self.relay_post.is_empty() && may_open_outlet(doc, tags, i) {
                if let Some(o) = self.outlet_at(doc, i, toks.end) {
                    for p in &self.relay_post {
                        // The words after the slot, then the end as a slot.
                        if match_words(doc, o.end, &p.words[1..], toks.end, true).is_some() {
                            found = Some((o.end..o.end + p.words.len() - 1, o.clone()));
                            break;
                        }
                    }
                }
            }
            // ("ein Prüfbericht, der dem SPIEGEL vorliegt": a document the
            // outlet holds; it relays no one.)
            let mut holds = |o: &Range<usize>| o.end < toks.end && {
                let w = low(doc, o.end, &mut buf);
                w.starts_with("vorlieg") || w.starts_with("vorlag")
            };
            match found {
                Some((c, mut o)) if !holds(&o) => {
                    // ("The Oregonian/OregonLive": a print and a web title
                    // joined by a slash are one outlet.)
                    // ("said for Slobodna Dalmacija Marija Juričev": the
                    // inverted subject after an outlet no list knows, from
                    // its given name on.)
                    if o.len() >= 3 && self.outlet_at(doc, o.start, toks.end).is_none() {
                        // (Not a reporter after the outlet's possessive:
                        // "told ESPN's Carla Dunleavy".)
                        let owner = |j: usize| ends_with_any!(doc.tok_text(j - 1), "'s" | "\u{2019}s");
                        if let Some(j) = (o.start + 1..o.end - 1).find(|&j| crate::detect::mentions::given_name_at(doc, j) && !owner(j)) {
                            o.end = j;
                        }
                    }
                    // ("L'Yonne républicaine", "L'Est républicain": a French
                    // title with its article may end in an adjective.)
                    if doc.lang.id == LangId::Fr && o.end < toks.end && crate::detect::mentions::article_len(doc.tok_text(o.start)) > 0 && crate::detect::mentions::french_adjective(doc, o.end) && !tags[o.end].has(SPEECH | STOP) {
                        o.end += 1;
                    }
                    if o.end + 1 < toks.end && doc.tok_is(o.end, "/") && !doc.toks[o.end].space_before && !doc.toks[o.end + 1].space_before && doc.word_in_case(o.end + 1, crate::text::Case::Upper) {
                        o.end += 2;
                    }
                    i = o.end.max(c.end);
                    out.push((c, o));
                }
                _ => i += 1,
            }
        }
        out
    }

    /// A reporting construction ("according to") starting at token `i`:
    /// the index of its slot.
    pub fn reporting_at(&self, doc: &Doc, i: usize, limit: usize) -> Option<usize> {
        let mut buf = String::new();
        let pats = self.reporting.get(low(doc, i, &mut buf))?;
        german_source_noun(doc, i, limit).or_else(|| pats.iter().find_map(|p| self.match_until_slot(doc, i, p, limit)))
    }
}

/// German "nach"/"laut" with a noun of information, its adjectives before
/// it, written alone or as a compound's tail: "nach ersten Erkenntnissen
/// (der Ermittler)", "nach unbestätigten Berichten", "nach
/// SPIEGEL-Informationen", "laut Polizeiangaben". Returns the slot after
/// the noun (where its genitive source, if any, stands).
fn german_source_noun(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if doc.lang.id != LangId::De || !(doc.tok_is(i, "nach") || doc.tok_is(i, "Nach") || doc.tok_is(i, "laut") || doc.tok_is(i, "Laut")) {
        return None;
    }
    let mut j = i + 1;
    // (Up to two adjectives: "ersten", "bisher unbestätigten".)
    // ("nach kicker-Informationen", "laut KURIER-Informationen": a
    // compound in any case.)
    let compound = |j: usize| crate::text::has_byte(doc.tok_text(j), b'-');
    while j < limit && j < i + 3 && doc.word_in_case(j, crate::text::Case::Lower) && !compound(j) {
        j += 1;
    }
    if j >= limit || !(doc.word_in_case(j, crate::text::Case::Upper) || doc.kind_is(j, TokKind::Word) && compound(j)) {
        return None;
    }
    let mut buf = String::new();
    source_noun_tail(low(doc, j, &mut buf)).map(|_| j + 1)
}

/// The length of a German noun of information ending the lower-case word
/// `w` ("angaben" in "polizeiangaben"), if it ends in one.
pub fn source_noun_tail(w: &str) -> Option<usize> {
    ["angaben", "informationen", "erkenntnissen", "einschätzung", "einschätzungen", "berichten", "darstellung", "schätzungen", "aussagen", "recherchen", "auskunft", "worten"].iter().find(|t| w.ends_with(*t)).map(|t| t.len())
}

/// A common noun for a kind of outlet at token `j`: lower case ("the
/// broadcaster", "stasiun radio"), or in German a capitalised one or a
/// compound ending in one ("Sender", "Fernsehsender", "Tageszeitung").
fn media_noun(doc: &Doc, j: usize, buf: &mut String) -> bool {
    if !doc.kind_is(j, TokKind::Word) {
        return false;
    }
    let lower = doc.case_is(j, crate::text::Case::Lower);
    // (The list looked up only where it is asked.)
    if !lower && doc.lang.id != LangId::De {
        return false;
    }
    let nouns = lexicon::list("common", lexicon::OUTLET_NOUNS);
    // ("à l'agence Yonhap": the noun after its elided article.)
    let w = strip_elided(low(doc, j, buf));
    if lower {
        return nouns.contains(w) || one_of!(w, "radio" | "tv" | "televisi" | "télévision" | "television" | "agency");
    }
    nouns.contains(w) || nouns.compound_tail(w).is_some()
}

/// Whether `words` match the tokens from `i` (before `limit`) up to a slot
/// (`None`); returns the token index of the slot. Past the last word, the
/// end is a slot when `end_slot`.
// (Called from a few places, after a first-word hit: one copy in the wasm.)
#[inline(never)]
fn match_words(doc: &Doc, i: usize, words: &[Option<String>], limit: usize, end_slot: bool) -> Option<usize> {
    let mut j = i;
    let mut buf = String::new();
    for w in words {
        match w {
            None => return Some(j),
            Some(w) => {
                if j >= limit || !crate::text::same(low(doc, j, &mut buf), w) {
                    return None;
                }
                j += 1;
            }
        }
    }
    end_slot.then_some(j)
}

/// Whether [`Lex::outlet_at`] may find an outlet at word token `i`: `false`
/// only when it finds none. The first words of the outlets are tagged
/// [`OUTLET_START`], and its lookup reads a token's lower-case form as the
/// tags do, unless an elided article opens it ("l'AFP": a second byte of an
/// apostrophe) or French folds the article into the word before ("au
/// Monde"). (The relays ask it of every word that may open a
/// construction: a lookup of each cost some 90 instructions.)
/// (Natively only: in the wasm, where size counts, every word looks up.)
#[cfg_attr(target_arch = "wasm32", allow(unused_variables))]
fn may_open_outlet(doc: &Doc, tags: &[Tag], i: usize) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return tags[i].has(OUTLET_START) || doc.lang.id == LangId::Fr || matches!(doc.tok_bytes(i), [_, b'\'' | 0xE2, ..]);
    #[cfg(target_arch = "wasm32")]
    true
}

/// Whether a web address's ending follows a name at token `dot` (before
/// `limit`): ".com", ".co", ".id" … with no space after the point.
pub fn web_suffix(doc: &Doc, dot: usize, limit: usize) -> bool {
    dot + 1 < limit && doc.tok_is(dot, ".") && !doc.toks[dot + 1].space_before && text_one_of!(doc, dot + 1, "com" | "co" | "id" | "net" | "org" | "tv" | "fm" | "de" | "fr" | "at" | "ch" | "be" | "info" | "news" | "ua" | "sa")
}

/// "l'afp" → "afp"; other words unchanged.
pub fn strip_elided(w: &str) -> &str {
    // (Every article opens with "l" or "d" and an apostrophe's first byte:
    // most words are returned after two byte tests.)
    if !matches!(w.as_bytes(), [b'l' | b'd', b'\'' | 0xE2, ..]) {
        return w;
    }
    for p in ["l'", "l\u{2019}", "d'", "d\u{2019}"] {
        if let Some(rest) = w.strip_prefix(p) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    w
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    /// The wasm's `PosMap` answers as the hash map does, through growth,
    /// overwritten keys and keys never inserted (0 among them).
    #[test]
    fn pos_table_is_a_map() {
        let (mut table, mut map) = (PosTable::default(), std::collections::HashMap::new());
        let mut x = 12345usize;
        for n in 0..5000 {
            x = x.wrapping_mul(1103515245).wrapping_add(12345) % 100_003;
            let k = if n % 3 == 0 { n } else { x };
            table.insert(k, n);
            map.insert(k, n);
            for q in [k, x / 2, 0, n + 7] {
                assert_eq!(table.get(&q), map.get(&q), "{q}");
                assert_eq!(table.contains_key(&q), map.contains_key(&q));
            }
        }
    }

    /// StrTable against HashMap: through growth, overwritten keys, keys
    /// never inserted (the empty one among them), long and non-ASCII keys;
    /// its iteration holds every entry once, in the order of insertion.
    #[test]
    fn str_table_is_a_map() {
        let (mut table, mut map) = (StrTable::default(), std::collections::HashMap::new());
        let mut order: Vec<String> = Vec::new();
        let mut x = 12345usize;
        for n in 0..3000 {
            x = x.wrapping_mul(1103515245).wrapping_add(12345) % 100_003;
            let k = match n % 4 {
                0 => format!("w{}", n / 4),
                1 => format!("Übergangsregierung-{x}"),
                _ => (x % 700).to_string(),
            };
            if !map.contains_key(&k) {
                order.push(k.clone());
            }
            table.insert(k.clone(), n);
            map.insert(k.clone(), n);
            for q in [k.as_str(), &(x / 2).to_string(), "", "w"] {
                assert_eq!(table.get(q), map.get(q), "{q}");
                assert_eq!(table.contains_key(q), map.contains_key(q));
            }
            if let Some(v) = table.get_mut(&k) {
                *v += 1;
                *map.get_mut(&k).unwrap() += 1;
            }
        }
        assert_eq!(table.keys().cloned().collect::<Vec<_>>(), order);
        assert!(table.iter().all(|(k, v)| map.get(k) == Some(v)));
        let from: StrTable = [("a".to_string(), 1), ("b".to_string(), 2), ("a".to_string(), 3)].into_iter().collect();
        assert_eq!((from.get("a"), from.get("b"), from.keys().count()), (Some(&3), Some(&2), 2));
    }

    fn relays(lang: &str, s: &str) -> Vec<String> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &[true]);
        let cap_name = |j: usize| Some(j + 1);
        let tags = lex(lang).tag(&d);
        lex(lang)
            .relays(&d, &tags, 0..d.toks.len(), &cap_name, &|_| false)
            .into_iter()
            .map(|(_, o)| t[d.toks[o.start].start as usize..d.toks[o.end - 1].end as usize].to_string())
            .collect()
    }

    #[test]
    fn tags_words_once() {
        let l = lex("en");
        assert!(l.tag_word("Said").has(SPEECH));
        assert!(l.tag_word("spokeswoman").has(TITLE));
        assert_eq!(l.tag_word("she").class, Class::F);
        assert!(!l.tag_word("table").has(SPEECH));
        assert!(lex("id").tag_word("ujarnya").has(SPEECH));
    }

    #[test]
    fn word_tags_find_exactly_their_words() {
        // Lengths around the key's loads (3/4, 7/8, 16/17), words that share
        // their first and last eight bytes, and the empty word.
        let words = ["", "a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", "aaaaaaaa", "aaaaaaaaa", "abcdefghijklmnop", "abcdefghXijklmnop", "abcdefghYijklmnop", "verteidigungsminister"];
        let mut m = TagMap::default();
        for (i, w) in words.iter().enumerate() {
            m.at(w.to_string()).flags = 1 << i;
        }
        let t = WordTags::new(m);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w).map(|g| g.flags), Some(1 << i), "{w}");
        }
        for w in ["b", "abd", "abce", "aaaaaaa", "aaaaaaaaaa", "abcdefghZijklmnop", "verteidigungsministerin", "abcdefghijklmno"] {
            assert_eq!(t.get(w), None, "{w}");
        }
    }

    /// `may_open_outlet` is `true` wherever `outlet_at` finds an outlet:
    /// at every word token of every fixture and of texts naming outlets with
    /// elided and folded articles, in each language's lexicon. (Native
    /// only: it reads the fixtures' files.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn may_open_outlet_where_an_outlet_is_native_only() {
        let mut texts = crate::text::fixture_texts();
        texts.push("Il a déclaré à l'AFP, au Monde et à L’Équipe, selon Le Figaro et aux Echos, told the BBC and The Guardian, l’AFP.".into());
        let mut found = 0;
        for text in &texts {
            let input = crate::Input::from_text(text);
            let t = input.text();
            let doc = crate::text::Doc::new(&t, &input, &vec![true; input.blocks.len()]);
            for lang in ["en", "fr", "de", "id"] {
                let l = lex(lang);
                let tags = l.tag(&doc);
                for i in 0..doc.toks.len() {
                    // (Numbers are untagged: "20 Minutes" opens with one.)
                    if doc.kind_is(i, TokKind::Word) && l.outlet_at(&doc, i, doc.toks.len()).is_some() {
                        found += 1;
                        assert!(may_open_outlet(&doc, &tags, i), "{lang} {:?}", doc.tok_text(i));
                    }
                }
            }
        }
        assert!(found > 100);
    }

    #[test]
    fn relay_constructions() {
        assert_eq!(relays("en", "he said, quoted from TASS, on Monday"), ["TASS"]);
        assert_eq!(relays("en", "said Scholz, citing Reuters."), ["Reuters"]);
        assert_eq!(relays("en", "she told AFP. She told reporters."), ["AFP"]);
        assert_eq!(relays("en", "according to the Bangkok Post."), ["Bangkok Post"]);
        assert_eq!(relays("en", "Reuters reported on Friday."), ["Reuters"]);
        assert_eq!(relays("id", "ujarnya, dikutip dari ANTARA, Senin."), ["ANTARA"]);
        assert_eq!(relays("id", "seperti dilansir Tempo.co pada Senin."), ["Tempo.co"]);
        assert_eq!(relays("fr", "a-t-il dit à l'AFP."), ["l'AFP"]);
        assert_eq!(relays("de", "sagte er laut dpa."), ["dpa"]);
        assert!(relays("en", "citing security concerns").is_empty());
        // A web address, a media noun with adjectives, an elided title
        // after a verb of saying (not a place: "À L'Abbaye").
        assert_eq!(relays("de", "erklärte er gegenüber tirol.ORF.at am Montag."), ["tirol.ORF.at"]);
        assert_eq!(relays("en", "she told Japanese public broadcaster NHK that"), ["NHK"]);
        assert_eq!(relays("fr", "a expliqué à la radio publique VBTC que"), ["VBTC"]);
        assert_eq!(relays("fr", "a-t-elle confié à L'Écho."), ["L'Écho"]);
        assert!(relays("fr", "À L'Abbaye, l'atelier emploie onze personnes.").is_empty());
    }
}
