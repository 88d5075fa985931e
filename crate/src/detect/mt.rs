//! Machine-translation notices and markup signals, and the page verdict.
//!
//! A site's notice has a structure, whatever its wording or language: the
//! act (translation), a mechanism (machine, automatic, AI, a named service),
//! and at least one of scope (this article, the English version), caveat
//! (may contain errors) and authority (refer to the original). The
//! vocabulary of each part lives in `data/<lang>/mt_notice.txt` for fifteen
//! languages; a notice must assemble its parts from one language's list,
//! within a window of a few sentences of one paragraph. Words of reporting
//! (said, study, researchers) and quote marks around the act mean the text
//! tells of translation rather than declaring it, and a page whose article
//! keeps returning to translation needs a fuller notice before it is judged
//! translated. The named original language comes from language names next to
//! "from"/"original"/"main language" words; a notice that names the page's
//! own language as the original is the original's notice, not a verdict.

use crate::lang::LangId;
use crate::text::Lower;
use std::ops::Range;
use std::sync::OnceLock;


use crate::input::PageSignals;
use crate::lexicon;
use crate::report::{MachineTranslation, Span};
use crate::text::{contains, Doc, Script};

/// Languages with notice vocabulary (`data/<lang>/mt_notice.txt`).
pub const NOTICE_LANGS: &[&str] =
    &["en", "id", "fr", "de", "es", "pt", "it", "nl", "ru", "tr", "vi", "ar", "zh", "ja", "ko"];

/// Sentences on either side of a sentence that names the act, in one window.
const WINDOW: usize = 2;
/// A window longer than this (bytes) is article prose, not a notice.
const MAX_NOTICE_BYTES: usize = 900;
/// Largest gap (bytes) between two language names of one enumeration
/// (", ", " and ", ", dan ").
const ENUM_GAP: usize = 16;
/// How many article paragraphs at either end of the story a notice may
/// stand in (title, dateline and lead at the top; the tail at the bottom).
const EDGE_PARAS: usize = 3;
/// How near (bytes) a "from" word must stand to a language name to make it the source.
const NEAR: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Translation,
    Mechanism,
    Scope,
    /// A scope that points at the page itself ("this article").
    SelfRef,
    Caveat,
    Authority,
    From,
    Reporting,
    /// Words that deny the machine ("human translator", "no machine").
    Human,
    /// A language name, with the index of its code in `Vocab::codes`.
    Name(u16),
}

#[derive(Clone, Copy)]
struct Entry {
    part: Part,
    /// Index into [`NOTICE_LANGS`]; `u8::MAX` for language names.
    lang: u8,
    prefix: bool,
}

struct Vocab {
    /// Every literal of every language.
    all: Index,
    /// The literals of the act (translation) alone: a paragraph without
    /// one of them holds no notice, and most paragraphs are ruled out by
    /// this smaller scan.
    acts: Index,
    codes: Vec<&'static str>,
}

/// A trie of literals and its tables for ASCII text.
struct Index {
    trie: Trie,
    /// The root's child for each ASCII char (`u32::MAX`: none): most text
    /// is ASCII, and the root has the most children.
    root_ascii: [u32; 128],
    /// The child for ASCII char `c2` of the root's child for ASCII `c1`, at
    /// `c1 * 128 + c2` (`u32::MAX`: none): the second step of most walks
    /// without a binary search (64 KB).
    second_ascii: Vec<u32>,
    /// Whether a literal ends at the root's child for each ASCII char (a
    /// one-char literal): without one, a walk that has no second step
    /// in `second_ascii` finds nothing, and the node is not read.
    root_ends: [bool; 128],
    /// Every literal opens with a letter (see [`may_hit`]).
    #[cfg(not(target_arch = "wasm32"))]
    letters_first: bool,
    /// Bit `c1 * 128 + c2` for ASCII chars `c1` and `c2` of either case:
    /// `hits` walks on from `c1` followed by `c2` (its first test), and bit
    /// `c1` of `firsts` from `c1` (natively, for [`may_hit`]).
    #[cfg(not(target_arch = "wasm32"))]
    pairs: Vec<u64>,
    #[cfg(not(target_arch = "wasm32"))]
    firsts: u128,
    /// Bit `c` of `thirds[n]` for an ASCII char `c` of either case, for
    /// each node `n` a second ASCII step reaches (`second_ascii`; 0 for
    /// the others): the walk goes on from `n` with `c`, or a literal ends
    /// at `n` (natively, for [`may_hit`]'s test of a token's third byte:
    /// the pairs alone let through some 6,000 tokens of a long English
    /// article, "tr…", "ma…", each then walked by [`may_open`]).
    #[cfg(not(target_arch = "wasm32"))]
    thirds: Vec<u128>,
}

impl Index {
    fn build<'a>(lits: impl Iterator<Item = (&'a str, Entry)>) -> Index {
        let mut trie = Trie::default();
        #[cfg(not(target_arch = "wasm32"))]
        let mut letters_first = true;
        for (lit, e) in lits {
            #[cfg(not(target_arch = "wasm32"))]
            {
                letters_first &= lit.chars().next().is_some_and(char::is_alphabetic);
            }
            trie.insert(lit, e);
        }
        let mut root_ascii = [u32::MAX; 128];
        let mut second_ascii = vec![u32::MAX; 128 * 128];
        let mut root_ends = [false; 128];
        for (b, slot) in root_ascii.iter_mut().enumerate() {
            if let Some(n) = trie.nodes.first().and_then(|_| trie.child(0, b as u8 as char)) {
                *slot = n as u32;
                root_ends[b] = !trie.nodes[n].entries.is_empty();
                for &(c2, n2) in &trie.nodes[n].next {
                    if c2.is_ascii() {
                        second_ascii[b * 128 + c2 as usize] = n2;
                    }
                }
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let (pairs, firsts) = {
            let mut pairs = vec![0u64; 128 * 128 / 64];
            let mut firsts = 0u128;
            for c1 in 0..128usize {
                let l1 = (c1 as u8).to_ascii_lowercase() as usize;
                if root_ascii[l1] == u32::MAX {
                    continue;
                }
                firsts |= 1 << c1;
                for c2 in 0..128usize {
                    let l2 = (c2 as u8).to_ascii_lowercase() as usize;
                    if root_ends[l1] || second_ascii[l1 * 128 + l2] != u32::MAX {
                        let k = c1 * 128 + c2;
                        pairs[k / 64] |= 1 << (k % 64);
                    }
                }
            }
            (pairs, firsts)
        };
        // (Only for the nodes of a second ASCII step, the ones asked: all
        // the nodes' cost the first call more than it saved.)
        #[cfg(not(target_arch = "wasm32"))]
        let thirds = {
            let mut thirds = vec![0u128; trie.nodes.len()];
            for &n in root_ascii.iter().filter(|&&n| n != u32::MAX) {
                for &(c2, n2) in &trie.nodes[n as usize].next {
                    if !c2.is_ascii() {
                        continue;
                    }
                    let node = &trie.nodes[n2 as usize];
                    thirds[n2 as usize] = if node.entries.is_empty() {
                        // (The trie's chars are lower case: an ASCII child
                        // `c` is reached from `c` and, for a letter, from
                        // its capital.)
                        let mut bits = 0u128;
                        for &(c, _) in &node.next {
                            if c.is_ascii() && !c.is_ascii_uppercase() {
                                bits |= 1 << c as u32;
                                if c.is_ascii_lowercase() {
                                    bits |= 1 << c.to_ascii_uppercase() as u32;
                                }
                            }
                        }
                        bits
                    } else {
                        u128::MAX
                    };
                }
            }
            thirds
        };
        Index {
            trie,
            root_ascii,
            second_ascii,
            root_ends,
            #[cfg(not(target_arch = "wasm32"))]
            letters_first,
            #[cfg(not(target_arch = "wasm32"))]
            pairs,
            #[cfg(not(target_arch = "wasm32"))]
            firsts,
            #[cfg(not(target_arch = "wasm32"))]
            thirds,
        }
    }
}

/// A trie over the chars of every literal: one walk from a position finds
/// every literal that starts there. Hand-written because the vocabulary is
/// a few hundred short phrases: a regex alternation of them cost 140-236 ms
/// to compile on the first call in wasm and ~300 KB of engine, aho-corasick
/// still ~70 KB; this is a few hundred bytes and builds in microseconds.
#[derive(Default)]
struct Trie {
    nodes: Vec<TrieNode>,
}

#[derive(Default)]
struct TrieNode {
    /// Children, sorted by char for binary search.
    next: Vec<(char, u32)>,
    /// What the literal ending at this node is.
    entries: Vec<Entry>,
}

impl Trie {
    fn child(&self, node: usize, c: char) -> Option<usize> {
        let next = &self.nodes[node].next;
        next.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| next[i].1 as usize)
    }

    fn insert(&mut self, lit: &str, entry: Entry) {
        if self.nodes.is_empty() {
            self.nodes.push(TrieNode::default());
        }
        let mut node = 0;
        for c in lit.chars() {
            node = match self.nodes[node].next.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => self.nodes[node].next[i].1 as usize,
                Err(i) => {
                    let new = self.nodes.len();
                    self.nodes.push(TrieNode::default());
                    self.nodes[node].next.insert(i, (c, new as u32));
                    new
                }
            };
        }
        self.nodes[node].entries.push(entry);
    }
}

/// Whether a char belongs to a script that separates words with spaces and
/// so needs word boundaries when matching.
fn spaced(c: char) -> bool {
    matches!(Script::of(c), Script::Latin | Script::Cyrillic | Script::Greek) || c.is_ascii_digit()
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(|| {
        // Fx, as every map of the crate: no SipHash code in the wasm.
        let mut by_text: crate::detect::cues::Keyed<Vec<Entry>> = Default::default();
        let mut add = |phrase: &str, part: Part, lang: u8| {
            let p = phrase.trim().lower();
            let (lit, prefix) = match p.strip_suffix('*') {
                Some(s) => (s.to_string(), true),
                None => (p, false),
            };
            if !lit.is_empty() {
                by_text.at(lit).push(Entry { part, lang, prefix });
            }
        };
        for (li, lang) in NOTICE_LANGS.iter().enumerate() {
            for e in &lexicon::list(lang, lexicon::MT_NOTICE).entries {
                let Some((part, phrase)) = crate::text::split_once_byte(e, b' ') else { continue };
                let part = match part {
                    "translation" => Part::Translation,
                    "mechanism" => Part::Mechanism,
                    "scope" => Part::Scope,
                    "self" => Part::SelfRef,
                    "caveat" => Part::Caveat,
                    "authority" => Part::Authority,
                    "from" => Part::From,
                    "reporting" => Part::Reporting,
                    "human" => Part::Human,
                    _ => continue,
                };
                add(phrase, part, li as u8);
            }
        }
        let mut codes: Vec<&'static str> = Vec::new();
        for e in &lexicon::list("common", lexicon::LANGUAGE_NAMES).entries {
            let Some((code, name)) = crate::text::split_once_byte(e, b' ') else { continue };
            let k = codes.iter().position(|c| *c == code).unwrap_or_else(|| {
                codes.push(code);
                codes.len() - 1
            });
            add(name, Part::Name(k as u16), u8::MAX);
        }
        let lits = || by_text.iter().flat_map(|(lit, es)| es.iter().map(move |&e| (lit.as_str(), e)));
        let all = Index::build(lits());
        let acts = Index::build(lits().filter(|(_, e)| e.part == Part::Translation));
        Vocab { all, acts, codes }
    })
}

/// Lower-cases `s` char by char, keeping a char as it is when its lower-case
/// form has another byte length, so that offsets stay those of `s`.
fn lower_same_len(s: &str, out: &mut String) {
    out.clear();
    out.reserve(s.len());
    if s.is_ascii() {
        crate::text::push_lower_ascii(out, s);
        return;
    }
    crate::text::push_lower_runs(s, out, true);
}

/// One vocabulary hit: byte range in the analysed text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    part: Part,
    lang: u8,
}

/// All vocabulary hits in paragraph text `p` (at byte `base`), word
/// boundaries checked for spaced scripts.
fn hits(v: &Index, text: &str, range: Range<usize>, low: &mut String, out: &mut Vec<Hit>) {
    lower_same_len(&text[range.clone()], low);
    let low = low.as_str();
    let trie = &v.trie;
    if trie.nodes.is_empty() {
        return;
    }
    // Every position, so that overlapping literals all count ("as our main"
    // does not hide "main language"); from each, every literal that starts
    // there ("automatic" inside Italian "automatica" as well as the longer one).
    let mut prev_alnum = false;
    let bytes = low.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The first char when it is ASCII: the second step reads `second_ascii`.
        let mut first_ascii = None;
        let (c, node) = if b < 0x80 {
            // ASCII: alphanumeric chars are exactly the spaced ones.
            let alnum = crate::text::ASCII_ALNUM[b as usize];
            let inside_word = prev_alnum && alnum;
            prev_alnum = alnum;
            i += 1;
            if inside_word {
                // The rest of the ASCII word, in one tight loop.
                while i < bytes.len() && crate::text::ASCII_ALNUM[bytes[i] as usize] {
                    i += 1;
                }
                continue;
            }
            let n = v.root_ascii[b as usize];
            // Most word starts go no further than their second char: when
            // it is ASCII (or the text ends) and no literal goes on with it
            // or ends at the first, the walk below would find nothing.
            if n == u32::MAX || !v.root_ends[b as usize] && bytes.get(i).is_none_or(|&b2| b2 < 0x80 && v.second_ascii[b as usize * 128 + b2 as usize] == u32::MAX) {
                // (The rest of a word that opens here at once: the next
                // step would skip it as inside a word.)
                if alnum {
                    while i < bytes.len() && crate::text::ASCII_ALNUM[bytes[i] as usize] {
                        i += 1;
                    }
                }
                continue;
            }
            first_ascii = Some(b as usize);
            (b as char, n as usize)
        } else {
            let c = crate::text::first_char(&low[i..]).unwrap();
            i += c.len_utf8();
            // Inside a word of a spaced script no literal can start: skip the
            // lookup (most positions of Latin text).
            let inside_word = prev_alnum && spaced(c);
            prev_alnum = crate::text::is_alphanumeric(c);
            if inside_word {
                continue;
            }
            let Some(n) = trie.child(0, c) else { continue };
            (c, n)
        };
        let mut node = node;
        let start = i - c.len_utf8();
        let mut end = i;
        let i = start;
        loop {
            let entries = &trie.nodes[node].entries;
            if !entries.is_empty() {
                let last = crate::text::last_char(&low[..end]).unwrap();
                let after = crate::text::first_char(&low[end..]);
                let end_ok = !(spaced(last) && after.is_some_and(|c| c.is_alphanumeric()));
                for e in entries {
                    if e.prefix || end_ok {
                        out.push(Hit { start: range.start + i, end: range.start + end, part: e.part, lang: e.lang });
                    }
                }
            }
            // (An ASCII char read as its byte, without slicing and decoding.)
            let c2 = match bytes.get(end) {
                None => break,
                Some(&b) if b < 0x80 => b as char,
                Some(_) => crate::text::first_char(&low[end..]).unwrap(),
            };
            let n2 = match first_ascii.take() {
                Some(c1) if c2.is_ascii() => Some(v.second_ascii[c1 * 128 + c2 as usize]).filter(|&n| n != u32::MAX).map(|n| n as usize),
                _ => trie.child(node, c2),
            };
            let Some(n2) = n2 else { break };
            node = n2;
            end += c2.len_utf8();
        }
    }
}

/// Whether [`hits`] may find a literal of `v` in paragraph `p`, decided from
/// its tokens (natively): `false` only when it finds none. `joined`: the
/// paragraph's [`Doc::joined`] tokens and those after it.
///
/// When every literal opens with a letter, a hit opens at a char that
/// lower-cases to a letter: a char of a word or number token (a char
/// outside them lower-cases to no letter, see the test in text.rs). In a
/// token that opens with an ASCII char and is not joined, every other char
/// is a digit or separator of a number, or a letter or digit of a word
/// after another, where `hits` starts no walk. So in most tokens only the
/// first char is looked at, with `hits`' own walk from there
/// ([`may_open`]); in the others every char where `hits` starts a walk.
/// Where `hits` reads every byte of (a lower-cased copy of) the paragraph,
/// this reads a byte or two of most tokens.
#[cfg(not(target_arch = "wasm32"))]
fn may_hit(v: &Index, doc: &Doc, p: &crate::text::Para, joined: &mut &[u32]) -> bool {
    if !v.letters_first {
        return true;
    }
    // (Joined tokens before the paragraph: none, the caller skips them.)
    let end = p.range.end;
    // (The paragraph's slice of the token texts: indexed by token, each
    // load was bounds-checked.)
    let (texts, _) = doc.texts_hyphens(p.toks.clone());
    for (t, text) in (p.toks.start..).zip(texts) {
        let b = text.as_bytes();
        let b0 = b[0];
        let is_joined = joined.first() == Some(&(t as u32));
        if b0 < 0x80 && !is_joined {
            // Only the first char, with `hits`' first test (most tokens go
            // no further).
            let go_on = match b.get(1) {
                Some(&b1) if b1 < 0x80 => {
                    let k = b0 as usize * 128 + b1 as usize;
                    v.pairs[k / 64] & (1 << (k % 64)) != 0 && third_may_follow(v, b0, b1, b.get(2).copied())
                }
                _ => v.firsts & (1 << b0) != 0,
            };
            if !go_on {
                continue;
            }
            if may_open(v, doc.text, doc.toks[t].start as usize, end) {
                return true;
            }
            continue;
        }
        if is_joined {
            *joined = &joined[1..];
        }
        if doc.kind_is(t, crate::text::TokKind::Punct) {
            continue;
        }
        // Every char where `hits` starts a walk (the first: maybe).
        let mut prev_alnum = false;
        for (k, c) in doc.tok_text(t).char_indices() {
            let starts = if c.is_ascii() { !prev_alnum } else { !(prev_alnum && spaced(c)) };
            if starts && ascii_may_open(v, doc.text.as_bytes(), doc.toks[t].start as usize + k, end) && may_open(v, doc.text, doc.toks[t].start as usize + k, end) {
                return true;
            }
            prev_alnum = crate::text::is_alphanumeric(c);
        }
    }
    false
}

/// For a token that opens with ASCII `b0` and `b1`, which pass the pairs
/// test, and goes on with `b2`: whether [`may_open`]'s walk from its start
/// may get past the third char (`false` only when it stops there, finding
/// nothing). Without a third ASCII byte in the token, or with a literal
/// ending at the first char, `true`.
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn third_may_follow(v: &Index, b0: u8, b1: u8, b2: Option<u8>) -> bool {
    let (l0, l1) = (b0.to_ascii_lowercase() as usize, b1.to_ascii_lowercase() as usize);
    match b2 {
        Some(b2) if b2 < 0x80 && !v.root_ends[l0] => {
            // (The pairs test passed: the second step exists.)
            let n2 = v.second_ascii[l0 * 128 + l1];
            n2 == u32::MAX || v.thirds[n2 as usize] & (1 << b2) != 0
        }
        _ => true,
    }
}

/// The tests of [`may_hit`]'s first path (pairs, then the third byte) at
/// byte `i` of `text` (a char boundary before `end`) when it opens with two
/// ASCII chars: `false` only when [`may_open`] there finds nothing. (For
/// the chars inside the joined tokens, "NATO's", "full-scale", which went
/// to `may_open` untested.)
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn ascii_may_open(v: &Index, text: &[u8], i: usize, end: usize) -> bool {
    let b = &text[i..end];
    match (b.first(), b.get(1)) {
        (Some(&b0), Some(&b1)) if b0 < 0x80 && b1 < 0x80 => {
            let k = b0 as usize * 128 + b1 as usize;
            v.pairs[k / 64] & (1 << (k % 64)) != 0 && third_may_follow(v, b0, b1, b.get(2).copied())
        }
        _ => true,
    }
}

/// Whether [`hits`] may find a literal of `v` that opens at byte `i` of
/// `text` (a char boundary before `end`, the paragraph's end): its walk
/// from there along the lower-cased chars (as [`lower_same_len`] makes them).
#[cfg(not(target_arch = "wasm32"))]
fn may_open(v: &Index, text: &str, i: usize, end: usize) -> bool {
    let lower = |c: char| if c.is_ascii() { c.to_ascii_lowercase() } else { crate::text::lower_same_len(c) };
    let mut chars = text[i..end].chars().map(lower);
    let Some(c0) = chars.next() else { return false };
    let node = if c0.is_ascii() {
        Some(v.root_ascii[c0 as usize]).filter(|&n| n != u32::MAX).map(|n| n as usize)
    } else {
        v.trie.child(0, c0)
    };
    let Some(mut node) = node else { return false };
    let mut first = c0.is_ascii().then_some(c0 as usize);
    loop {
        if !v.trie.nodes[node].entries.is_empty() {
            return true;
        }
        let Some(c) = chars.next() else { return false };
        let next = match first.take() {
            Some(c0) if c.is_ascii() => Some(v.second_ascii[c0 * 128 + c as usize]).filter(|&n| n != u32::MAX).map(|n| n as usize),
            _ => v.trie.child(node, c),
        };
        let Some(n) = next else { return false };
        node = n;
    }
}

/// What one window of sentences holds, for one language's vocabulary.
#[derive(Default, Clone, Copy)]
struct Parts {
    translation: bool,
    mechanism: bool,
    scope: bool,
    self_ref: bool,
    caveat: bool,
    authority: bool,
    /// Words of reporting, or words that deny the machine: no notice.
    reporting: bool,
    /// A language named as the source ("translated from German").
    named: bool,
}

impl Parts {
    fn extra(&self) -> usize {
        self.scope as usize + self.caveat as usize + self.authority as usize + self.named as usize
    }
}

/// A notice found in the text.
struct Notice {
    sents: Range<usize>,
    parts: Parts,
    lang: u8,
    para: usize,
}

/// The page verdict: `Some` when the page says, or its markup shows, that it
/// was machine-translated. Evidence offsets are bytes into `doc.text`.
pub fn verdict(doc: &Doc, page: &PageSignals) -> Option<MachineTranslation> {
    let page_lang = page_language(doc, page);
    let notice = find_notice(doc, &page_lang);
    let markup = markup_signals(page, page_lang.as_deref());
    if notice.is_none() && markup.signals.is_empty() {
        return None;
    }
    let mut source = markup.source.clone();
    let mut evidence = Vec::new();
    let mut confidence: f32 = if markup.signals.is_empty() { 0.0 } else { markup.confidence };
    if let Some((n, hits)) = &notice {
        let named = source_from_notice(doc, n, hits);
        match named {
            Named::Source(code) if Some(code) == page_lang.as_deref() && markup.signals.is_empty() => {
                // The notice of the original itself ("the English versions are
                // machine-translated; Indonesian is our main language", on the
                // Indonesian page).
                return None;
            }
            Named::OtherTargets if markup.signals.is_empty() => return None,
            Named::Source(code) => {
                if source.is_none() && Some(code) != page_lang.as_deref() {
                    source = Some(code.to_string());
                }
            }
            _ => {}
        }
        for si in n.sents.clone() {
            let r = doc.sents[si].range.clone();
            if hits.iter().any(|h| h.start >= r.start && h.end <= r.end && h.lang == n.lang) {
                evidence.push(Span::of(doc.text, r.start, r.end));
            }
        }
        let c = match n.parts.extra() {
            1 => 0.7,
            2 => 0.85,
            _ => 0.95,
        };
        confidence = if confidence > 0.0 { (confidence.max(c) + 0.05).min(0.99) } else { c };
    }
    let original_url = source.as_deref().and_then(|s| {
        page.alternates.iter().find(|a| primary(&a.hreflang) == s).map(|a| a.href.clone())
    });
    Some(MachineTranslation { source_language: source, evidence, signals: markup.signals, confidence, original_url })
}

/// The primary subtag of a language tag, lower case ("en-x-mtfrom-id" → "en").
fn primary(tag: &str) -> String {
    tag[..tag.bytes().position(|b| b == b'-' || b == b'_').unwrap_or(tag.len())].trim().lower()
}

/// The language the page is written in: from its words, else from its
/// `lang` attribute, else from its main script.
fn page_language(doc: &Doc, page: &PageSignals) -> Option<String> {
    if doc.lang.id != LangId::Und {
        return Some(doc.lang.code.to_string());
    }
    if let Some(l) = &page.lang {
        let p = primary(l);
        if !p.is_empty() {
            return Some(p);
        }
    }
    let code = match doc.lang.script {
        Script::Hangul => "ko",
        Script::Kana => "ja",
        Script::Han => "zh",
        Script::Arabic => "ar",
        Script::Cyrillic => "ru",
        _ => return None,
    };
    Some(code.to_string())
}

struct Markup {
    signals: Vec<String>,
    source: Option<String>,
    confidence: f32,
}

/// The ASCII letters `s` opens with (a language code): by bytes, not a
/// String collected from chars (an iterator's fold of its own in the wasm).
fn ascii_letters(s: &str) -> &str {
    &s[..s.bytes().take_while(u8::is_ascii_alphabetic).count()]
}

/// Markers the page's markup carries: `lang="…-x-mtfrom-xx"`,
/// `rel="alternate machine-translated-from"`, a browser's translation wrappers.
fn markup_signals(page: &PageSignals, page_lang: Option<&str>) -> Markup {
    let mut m = Markup { signals: Vec::new(), source: None, confidence: 0.0 };
    let consider = |s: &str, m: &mut Markup| {
        let low = s.lower();
        if let Some(i) = crate::text::find(&low, "mtfrom-") {
            let code = ascii_letters(&low[i + 7..]).to_string();
            if !code.is_empty() {
                m.source.get_or_insert(code);
            }
            m.confidence = m.confidence.max(0.95);
        } else if contains(&low, "machine-translated") {
            if let Some(i) = crate::text::find(&low, "hreflang=") {
                let value = &low[i + 9..];
                let quotes = value.bytes().take_while(|&b| b == b'"' || b == b'\'').count();
                let code = ascii_letters(&value[quotes..]).to_string();
                if !code.is_empty() {
                    m.source.get_or_insert(code);
                }
            }
            // The link's hreflang reaches us among the alternates: the one
            // alternate in another language than the page's.
            // (A loop, not a filter asked twice: its fold was code of its
            // own in the wasm.)
            let mut one = None;
            for a in &page.alternates {
                let c = primary(&a.hreflang);
                if Some(c.as_str()) != page_lang && !c.is_empty() && c != "x" {
                    if one.is_some() {
                        one = None;
                        break;
                    }
                    one = Some(c);
                }
            }
            if let Some(c) = one {
                m.source.get_or_insert(c);
            }
            m.confidence = m.confidence.max(0.9);
        } else if contains(&low, "translated-ltr") || contains(&low, "translated-rtl") || contains(&low, "vertical-align: inherit") {
            // The reader's browser translated the page: the source is the
            // language the page declares, unless the browser rewrote the
            // declaration to the language the text is now in.
            if let Some(l) = &page.lang {
                let l = primary(l);
                if Some(l.as_str()) != page_lang && !l.is_empty() {
                    m.source.get_or_insert(l);
                }
            }
            m.confidence = m.confidence.max(0.9);
        } else {
            return;
        }
        if !m.signals.iter().any(|x| x == s) {
            m.signals.push(s.to_string());
        }
    };
    if let Some(l) = &page.lang {
        if contains(&l.lower(), "-x-mtfrom-") {
            consider(&crate::text::joined(&["lang=\"", l, "\""], ""), &mut m);
        }
    }
    for s in &page.mt_markers {
        consider(s, &mut m);
    }
    m
}

/// Finds the strongest notice; returns it with the hits of its paragraph.
fn find_notice(doc: &Doc, page_lang: &Option<String>) -> Option<(Notice, Vec<Hit>)> {
    let v = vocab();
    let mut best: Option<(Notice, Vec<Hit>)> = None;
    let mut topic_paras = 0usize;
    let mut buf = Vec::new();
    let mut low = String::new();
    let mut candidates: Vec<(Notice, Vec<Hit>)> = Vec::new();
    #[cfg(not(target_arch = "wasm32"))]
    let mut joined = doc.joined();
    for (pi, p) in doc.paras.iter().enumerate() {
        // (Natively the paragraph's tokens rule out most paragraphs first.)
        #[cfg(not(target_arch = "wasm32"))]
        {
            while joined.first().is_some_and(|&t| (t as usize) < p.toks.start) {
                joined = &joined[1..];
            }
            if !may_hit(&v.acts, doc, p, &mut joined) {
                continue;
            }
            // (Then the full scan at once: its translation hits are those
            // of the act's literals.)
            buf.clear();
            hits(&v.all, doc.text, p.range.clone(), &mut low, &mut buf);
            if !buf.iter().any(|h| h.part == Part::Translation) {
                continue;
            }
        }
        // (The act's literals alone first: their hits are the full scan's
        // translation hits, found at the same positions.)
        #[cfg(target_arch = "wasm32")]
        {
            buf.clear();
            hits(&v.acts, doc.text, p.range.clone(), &mut low, &mut buf);
            if buf.is_empty() {
                continue;
            }
            buf.clear();
            hits(&v.all, doc.text, p.range.clone(), &mut low, &mut buf);
        }
        if p.article {
            topic_paras += 1;
        }
        if let Some(n) = notice_in_para(doc, pi, &buf) {
            candidates.push((n, buf.clone()));
        }
    }
    let _ = page_lang;
    // (No paragraph holds a notice on most pages: then no ordinals either,
    // whose word count of every paragraph was 1.5 % of a run.)
    if candidates.is_empty() {
        return best;
    }
    // Ordinal of each article paragraph, and how many there are: a site's
    // notice stands before or after the story, or outside it, never in the
    // middle of a long article.
    // (A template's lines in another script, "関連記事", "관련기사", are no
    // part of the story: a notice above them is still at its end.)
    let mut ordinals = Vec::with_capacity(doc.paras.len());
    let mut n_article = 0;
    for p in &doc.paras {
        ordinals.push(n_article);
        // (Nor are its short lines in the page's own script: "Related
        // Stories", "Chia sẻ:", "Ý kiến bạn đọc (0)" under the notice.)
        let t = &doc.text[p.range.clone()];
        n_article += usize::from(p.article && t.bytes().any(|b| b.is_ascii_alphabetic()) && more_words(t, 5));
    }
    for (n, h) in candidates {
        let p = &doc.paras[n.para];
        let ordinal = ordinals[n.para];
        let edge = !p.article || ordinal < EDGE_PARAS || ordinal + EDGE_PARAS >= n_article;
        if !edge {
            continue;
        }
        // A page about translation: its article mentions translation in
        // paragraphs beyond the notice's. Only a notice that points at the
        // page itself ("this article") speaks for the page then.
        if topic_paras >= 3 && !(n.parts.self_ref && (n.parts.caveat || n.parts.authority)) {
            continue;
        }
        if best.as_ref().is_none_or(|(b, _)| n.parts.extra() > b.parts.extra()) {
            best = Some((n, h));
        }
    }
    best
}

/// The best notice window of paragraph `pi`, if any. `hits` are the
/// paragraph's, in text order; each window looks only at its own hits, so
/// the work per paragraph stays linear.
fn notice_in_para(doc: &Doc, pi: usize, hits: &[Hit]) -> Option<Notice> {
    let p = &doc.paras[pi];
    let sents = p.sents.clone();
    let slice = |a: usize, b: usize| {
        let i = hits.partition_point(|h| h.start < a);
        let j = hits.partition_point(|h| h.start < b);
        &hits[i..j]
    };
    let mut best: Option<Notice> = None;
    for si in sents.clone() {
        let sr = doc.sents[si].range.clone();
        let Some(act) = slice(sr.start, sr.end).iter().find(|h| h.part == Part::Translation) else { continue };
        let w = si.saturating_sub(WINDOW).max(sents.start)..(si + WINDOW + 1).min(sents.end);
        let (ws, we) = (doc.sents[w.start].range.start, doc.sents[w.end - 1].range.end);
        if we - ws > MAX_NOTICE_BYTES {
            continue;
        }
        let wh = slice(ws, we);
        let mut all = [Parts::default(); NOTICE_LANGS.len()];
        for (k, h) in wh.iter().enumerate() {
            let Some(parts) = all.get_mut(h.lang as usize) else { continue };
            match h.part {
                Part::Translation => parts.translation = true,
                Part::Mechanism => parts.mechanism = true,
                Part::Scope => parts.scope = true,
                Part::SelfRef => {
                    parts.scope = true;
                    parts.self_ref = true;
                }
                Part::Caveat => parts.caveat = true,
                Part::Authority => parts.authority = true,
                Part::Reporting | Part::Human => parts.reporting = true,
                Part::From => {
                    // A language named right after: "translated from German".
                    let near = wh[k + 1..].iter().take_while(|n| n.start <= h.end + 12);
                    if near.clone().any(|n| matches!(n.part, Part::Name(_)) && n.start >= h.end) {
                        parts.named = true;
                    }
                }
                Part::Name(_) => {}
            }
        }
        let mut quoted_checked = None;
        for (lang, parts) in all.iter().enumerate() {
            if !(parts.translation && parts.mechanism) || parts.reporting || parts.extra() == 0 {
                continue;
            }
            // A caveat alone ("AI translation may contain errors") is a
            // notice only as a short paragraph of its own.
            if parts.extra() == 1 && parts.caveat && (p.sents.len() > 2 || p.range.len() > 300) {
                continue;
            }
            if *quoted_checked.get_or_insert_with(|| quoted(doc, p.range.start, act.start)) {
                break;
            }
            if best.as_ref().is_none_or(|b| parts.extra() > b.parts.extra()) {
                best = Some(Notice { sents: w.clone(), parts: *parts, lang: lang as u8, para: pi });
            }
        }
    }
    best
}

/// How far back (bytes) to look for an open quote mark before a notice.
const QUOTE_LOOKBACK: usize = 600;

/// Whether byte `at` of a paragraph starting at `para_start` sits inside
/// quote marks (a notice cited by an article, not the page's own).
fn quoted(doc: &Doc, para_start: usize, at: usize) -> bool {
    let mut from = at.saturating_sub(QUOTE_LOOKBACK).max(para_start);
    while !doc.text.is_char_boundary(from) {
        from += 1;
    }
    // (The marks' UTF-8 bytes counted in one pass, where three searches for
    // chars decoded every char: “ „ « 「 open, ” » 」 close. A char's bytes
    // start no other char's: the counts are the chars'.)
    let (opens, closes, straight) = quote_marks(&doc.text[from..at]);
    opens > closes || straight % 2 == 1
}

/// How many opening (“ „ « 「), closing (” » 」) and straight quote marks
/// `s` holds.
fn quote_marks(s: &str) -> (usize, usize, usize) {
    let b = s.as_bytes();
    let (mut opens, mut closes, mut straight) = (0, 0, 0);
    for (k, &c) in b.iter().enumerate() {
        match (c, b.get(k + 1), b.get(k + 2)) {
            (b'"', ..) => straight += 1,
            (0xC2, Some(0xAB), _) | (0xE2, Some(0x80), Some(0x9C | 0x9E)) | (0xE3, Some(0x80), Some(0x8C)) => opens += 1,
            (0xC2, Some(0xBB), _) | (0xE2, Some(0x80), Some(0x9D)) | (0xE3, Some(0x80), Some(0x8D)) => closes += 1,
            _ => {}
        }
    }
    (opens, closes, straight)
}

enum Named {
    /// The notice names this language as the original.
    Source(&'static str),
    /// The notice names only target versions, and the page's language is not
    /// among them: the page is the original.
    OtherTargets,
    Unknown,
}

/// Which language the notice names as the original.
fn source_from_notice(doc: &Doc, n: &Notice, hits: &[Hit]) -> Named {
    let v = vocab();
    let (ws, we) = (doc.sents[n.sents.start].range.start, doc.sents[n.sents.end - 1].range.end);
    let inw = |h: &&Hit| h.start >= ws && h.end <= we;
    // "from", "original", and authority words ("the Spanish version
    // prevails"); scope words. (One loop, not two filters collected: their
    // iterators were code of their own in the wasm.)
    let (mut froms, mut scopes): (Vec<&Hit>, Vec<&Hit>) = (Vec::new(), Vec::new());
    for h in hits.iter().filter(inw).filter(|h| h.lang == n.lang) {
        match h.part {
            Part::From | Part::Authority => froms.push(h),
            Part::Scope | Part::SelfRef => scopes.push(h),
            _ => {}
        }
    }
    let dist = |a: &Hit, b: &Hit| if a.end <= b.start { b.start - a.end } else { a.start.saturating_sub(b.end) };
    let mut best: Option<(usize, &'static str)> = None;
    let mut targets: Vec<&'static str> = Vec::new();
    let mut others: Vec<&'static str> = Vec::new();
    // Names in text order with their distance to a "from" word and whether a
    // scope word ("versions") stands near.
    let mut names: Vec<(&Hit, &'static str, usize, bool)> = Vec::new();
    for h in hits.iter().filter(inw) {
        if let Part::Name(k) = h.part {
            names.push((h, v.codes[k as usize], froms.iter().map(|f| dist(f, h)).min().unwrap_or(usize::MAX), scopes.iter().any(|s| dist(s, h) <= NEAR)));
        }
    }
    // An enumeration ("the English, Chinese, and French versions") shares
    // its members' fate: one near "versions" makes all of them targets.
    let mut i = 0;
    while i < names.len() {
        let mut j = i + 1;
        while j < names.len() && enumerated(doc.text, names[j - 1].0.end, names[j].0.start) {
            j += 1;
        }
        let group = &names[i..j];
        let sourced = group.iter().any(|g| g.2 <= NEAR);
        let scoped = group.iter().any(|g| g.3);
        for &(_, code, d, _) in group {
            if d <= NEAR {
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, code));
                }
            } else if scoped && !sourced {
                targets.push(code);
            } else {
                others.push(code);
            }
        }
        i = j;
    }
    if let Some((_, code)) = best {
        return Named::Source(code);
    }
    let page = page_language_code(doc);
    others.retain(|c| Some(*c) != page);
    // Only whether one language remains matters: no sort (one sort instance less in the wasm).
    if others.iter().all(|c| Some(c) == others.first()) {
        others.truncate(1);
    }
    if others.len() == 1 && !targets.contains(&others[0]) {
        return Named::Source(others[0]);
    }
    if !targets.is_empty() && page.is_some_and(|p| !targets.contains(&p)) && others.is_empty() {
        return Named::OtherTargets;
    }
    Named::Unknown
}

/// Whether the text between two names joins them in one enumeration: a
/// comma or a conjunction, perhaps one more short word (a name the list
/// does not know).
fn enumerated(text: &str, a: usize, b: usize) -> bool {
    if b <= a {
        return true;
    }
    if b - a > ENUM_GAP {
        return false;
    }
    let gap = &text[a..b];
    // (Counted as they come, not collected.)
    let mut n = 0;
    for w in gap.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        n += 1;
        if n > 2 || crate::text::char_len(w) > 4 {
            return false;
        }
    }
    true
}

fn page_language_code(doc: &Doc) -> Option<&'static str> {
    (doc.lang.id != LangId::Und).then_some(doc.lang.code)
}

/// `t.split_whitespace().nth(n).is_some()`: natively byte by byte, a char
/// decoded only where a byte is not ASCII (the iterator decoded each); the
/// white space and each word skipped in loops of their own (one test a
/// byte of a word, not a test of the state as well).
#[cfg(not(target_arch = "wasm32"))]
fn more_words(t: &str, n: usize) -> bool {
    let b = t.as_bytes();
    // (On x86-64 the words of an ASCII start counted sixteen bytes at a
    // time with SSE2, part of its baseline: more than `n` open there, the
    // answer is known; else the count below starts over.)
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use std::arch::x86_64::*;
        // Words opened, and 1 when the byte before `i` is in a word.
        let (mut i, mut words, mut prev) = (0, 0, 0u32);
        while i + 16 <= b.len() {
            // SAFETY: bytes `i..i + 16` are in `b`; SSE2 is enabled.
            let (high, space) = unsafe {
                let v = _mm_loadu_si128(b.as_ptr().add(i) as *const __m128i);
                // White space: ' ', or '\t' to '\r'.
                let ctl = crate::text::bytes_within(v, b'\t', b'\r');
                let sp = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
                (_mm_movemask_epi8(v) as u32, _mm_movemask_epi8(_mm_or_si128(ctl, sp)) as u32)
            };
            if high != 0 {
                break;
            }
            let word = !space & 0xFFFF;
            words += (word & !(word << 1 | prev)).count_ones() as usize;
            if words > n {
                return true;
            }
            prev = word >> 15;
            i += 16;
        }
    }
    // Whether a char of white space starts at byte `i`, and its length.
    let space_at = |i: usize| -> (bool, usize) {
        let c = b[i];
        if c < 0x80 {
            (matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '), 1)
        } else {
            let ch = t[i..].chars().next().unwrap_or_default();
            (ch.is_whitespace(), ch.len_utf8())
        }
    };
    let (mut words, mut i) = (0, 0);
    loop {
        loop {
            if i >= b.len() {
                return false;
            }
            let (sp, len) = space_at(i);
            if !sp {
                break;
            }
            i += len;
        }
        words += 1;
        if words > n {
            return true;
        }
        while i < b.len() {
            let c = b[i];
            if c < 0x80 && c > b' ' {
                i += 1;
                continue;
            }
            let (sp, len) = space_at(i);
            if sp {
                break;
            }
            i += len;
        }
    }
}

/// `t.split_whitespace().nth(n).is_some()`.
#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn more_words(t: &str, n: usize) -> bool {
    t.split_whitespace().nth(n).is_some()
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::{Alternate, Input};

    fn run(s: &str, page: PageSignals) -> Option<MachineTranslation> {
        let i = Input::from_text(s);
        let t = i.text();
        let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
        verdict(&d, &page)
    }

    fn src(s: &str) -> Option<Option<String>> {
        run(s, PageSignals::default()).map(|m| m.source_language)
    }

    #[test]
    fn quote_marks_counts_the_chars() {
        for t in ["", "\"a\" \u{201C}b\u{201D} \u{201E}c\u{201C} \u{ab}d\u{bb} \u{300C}e\u{300D}", "\u{2018}\u{2019}\u{2039}\u{203A}\u{201B}\u{201F}\u{300E}\u{300F}\u{c2}\u{e2}x", "\u{201C}\u{201C}\u{201D}\"\"\"\u{ab}"] {
            let opens = t.matches(['\u{201C}', '\u{00AB}', '\u{300C}', '\u{201E}']).count();
            let closes = t.matches(['\u{201D}', '\u{00BB}', '\u{300D}']).count();
            assert_eq!(quote_marks(t), (opens, closes, t.matches('"').count()), "{t}");
        }
    }

    // (may_hit is native only.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn token_filter_rules_out_only_paragraphs_without_hits_native_only() {
        let mut texts = vec![
            "auto-translated, AUTO-TRANSLATED, machine-translation; don'translate l\u{2019}traduction".to_string(),
            "Übersetzt ÜBERSETZT maschinell übersetzt 3rd translation x2translated 2translated".to_string(),
            "e\u{301}translated a\u{301}Translated \u{24C9}ranslated T\u{2019}ranslated t T".to_string(),
            "ترجمة المقال 翻訳された記事 번역 перевод ПЕРЕВОД Перевод çeviri ÇEVİRİ İtranslated".to_string(),
            "Translated by Google Translate. Dịch bởi máy; bản dịch. alih bahasa 1,5translated".to_string(),
            "the trap; a trace, tree (the) \u{201C}translated\u{201D} [translation] tr".to_string(),
        ];
        texts.extend(crate::text::fixture_texts());
        let v = vocab();
        let (mut ruled_out, mut paras) = (0, 0);
        for s in &texts {
            let i = Input::from_text(s);
            let t = i.text();
            let d = Doc::new(&t, &i, &vec![true; i.blocks.len()]);
            for (n, index) in [&v.acts, &v.all].into_iter().enumerate() {
                let mut joined = d.joined();
                let (mut buf, mut low) = (Vec::new(), String::new());
                for p in &d.paras {
                    paras += usize::from(n == 0);
                    let k = joined.partition_point(|&t| (t as usize) < p.toks.start);
                    joined = &joined[k..];
                    if !may_hit(index, &d, p, &mut joined) {
                        ruled_out += usize::from(n == 0);
                        buf.clear();
                        hits(index, d.text, p.range.clone(), &mut low, &mut buf);
                        assert!(buf.is_empty(), "{:?}", &d.text[p.range.clone()]);
                    }
                    // (find_notice's shortcut: the act's hits are the full
                    // scan's translation hits.)
                    buf.clear();
                    hits(&v.acts, d.text, p.range.clone(), &mut low, &mut buf);
                    let acts = buf.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>();
                    buf.clear();
                    hits(&v.all, d.text, p.range.clone(), &mut low, &mut buf);
                    buf.retain(|h| h.part == Part::Translation);
                    assert_eq!(acts, buf.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>());
                }
            }
        }
        // (Most paragraphs hold no word of translation.)
        eprintln!("{ruled_out} of {paras}");
        assert!(v.acts.letters_first && ruled_out * 10 > paras * 8, "{ruled_out} of {paras}");
    }

    const BODY: &str = "The minister said on Monday that the new budget would be presented to parliament next week.\n\nOpposition members criticised the plan and asked for more time to study the figures.";

    #[test]
    fn nato_notice_names_indonesian() {
        let s = format!("{BODY}\n\nThe English, Chinese, Japanese, Arabic, and French versions are automatically generated by the AI. So there may still be inaccuracies in translating, please always see Indonesian as our main language. (system supported by DigitalSiber.id)");
        let m = run(&s, PageSignals::default()).unwrap();
        assert_eq!(m.source_language.as_deref(), Some("id"));
        assert_eq!(m.evidence.len(), 2);
        assert!(m.confidence >= 0.9);
    }

    #[test]
    fn other_wordings_and_languages() {
        assert_eq!(src(&format!("{BODY}\n\nThis article was translated from Spanish using machine translation and may contain errors.")), Some(Some("es".into())));
        assert_eq!(src(&format!("{BODY}\n\nThis story has been translated by AI tools. Please refer to the original Korean article for accuracy.")), Some(Some("ko".into())));
        assert_eq!(src(&format!("{BODY}\n\nTranslated with DeepL. The original German version prevails.")), Some(Some("de".into())));
        assert_eq!(src("Le ministre a présenté le budget.\n\nCet article a été traduit automatiquement de l'anglais par un outil d'intelligence artificielle et peut contenir des erreurs."), Some(Some("en".into())));
        assert_eq!(src("Die Regierung hat den Haushalt vorgestellt.\n\nDieser Artikel wurde maschinell aus dem Englischen übersetzt und kann Fehler enthalten."), Some(Some("en".into())));
        assert_eq!(src("Pemerintah mengumumkan anggaran baru.\n\nArtikel ini diterjemahkan secara otomatis dari bahasa Inggris dan mungkin masih terdapat kesalahan."), Some(Some("en".into())));
        assert_eq!(src("本文由人工智能自动翻译，可能存在错误，请以韩文原文为准。"), Some(Some("ko".into())));
        assert_eq!(src("この記事は機械翻訳されたものです。誤りが含まれる可能性があります。原文は英語版をご参照ください。"), Some(Some("en".into())));
        assert_eq!(src("이 기사는 AI로 자동 번역되었습니다. 오역이 있을 수 있으니 영어 원문을 참고하시기 바랍니다."), Some(Some("en".into())));
        assert_eq!(src("Эта статья переведена автоматически с английского языка и может содержать ошибки."), Some(Some("en".into())));
        assert_eq!(src("Este artículo fue traducido automáticamente del inglés y puede contener errores."), Some(Some("en".into())));
        assert_eq!(src("Bu makale yapay zeka ile otomatik olarak çevrilmiştir ve hatalar içerebilir."), Some(None));
        // A template's lines in another script after the notice: still the end.
        let tail = format!("{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nThis article was translated from Japanese by AI and may contain errors.\n\n関連記事\n\nこの記事をシェアする\n\n無断転載・複製を禁じます");
        assert_eq!(src(&tail), Some(Some("ja".into())));
        // Or short template lines in the page's own script.
        let tail = format!("{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nThis article is translated by AI tool for reference purpose. The translation may contain errors, please refer to the original article in Vietnamese.\n\nTin liên quan\n\nChia sẻ:\n\nÝ kiến bạn đọc (0)\n\nRelated Stories");
        assert_eq!(src(&tail), Some(Some("vi".into())));
        // A notice in the middle of a long story is still none.
        let middle = format!("{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\nThis article is translated by AI tool for reference purpose. The translation may contain errors.\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}");
        assert_eq!(src(&middle), None);
    }

    #[test]
    fn articles_about_translation_are_not_translated() {
        assert!(src("Parliament translated the directive into law on Tuesday. The measure may take effect in May.").is_none());
        assert!(src("Google said its machine translation tool may still contain errors in rare languages, according to a study.").is_none());
        let about = "Machine translation has improved fast. Researchers tested AI translation of medical leaflets.\n\nThe team found that automatic translation into Indonesian contained errors in one leaflet out of ten.\n\nHospitals should refer to the original language of a leaflet, the authors said, and not trust a machine translation blindly.\n\nTranslators welcomed the study.";
        assert!(src(about).is_none());
        // The original's own notice about its other versions.
        assert!(src("Pemerintah mengumumkan anggaran baru pada hari Senin.\n\nVersi bahasa Inggris, Mandarin, Jepang, Arab, dan Prancis dihasilkan secara otomatis oleh AI. Jadi mungkin masih terdapat kesalahan dalam penerjemahan, mohon selalu merujuk bahasa Indonesia sebagai bahasa utama kami.").is_none());
        // Mid-story, a notice-like sentence is the article's subject.
        let mid = format!("{BODY}\n\n{BODY}\n\nSome outlets now publish versions machine-translated by AI, which may contain errors; readers should refer to the original.\n\n{BODY}\n\n{BODY}\n\n{BODY}");
        assert!(src(&mid).is_none());
        assert!(src("Pemerintah mengumumkan anggaran baru pada hari Senin.\n\nVersi bahasa Inggris, Mandarin, Jepang, Arab, dan Prancis dihasilkan secara otomatis oleh AI, sehingga mungkin masih terdapat kesalahan dalam penerjemahan.").is_none());
        assert!(src("Body text of the review here.\n\nThis edition was translated from Japanese by a human translator, with no machine help; the original remains the reference.").is_none());
        assert!(src("A notice on the page reads: \"This article was machine translated and may contain errors.\"").is_none());
    }

    #[test]
    fn markup_signals_and_original_url() {
        let page = PageSignals {
            lang: Some("en-x-mtfrom-id".into()),
            alternates: vec![
                Alternate { hreflang: "en".into(), href: "https://x.example/en/a".into() },
                Alternate { hreflang: "id".into(), href: "https://x.example/a".into() },
            ],
            ..PageSignals::default()
        };
        let m = run(BODY, page).unwrap();
        assert_eq!(m.source_language.as_deref(), Some("id"));
        assert_eq!(m.original_url.as_deref(), Some("https://x.example/a"));
        assert!(m.evidence.is_empty() && !m.signals.is_empty());
        let page = PageSignals { lang: Some("fr".into()), mt_markers: vec!["class=\"translated-ltr\"".into()], ..PageSignals::default() };
        assert_eq!(run(BODY, page).unwrap().source_language.as_deref(), Some("fr"));
        assert!(run(BODY, PageSignals::default()).is_none());
        let page = PageSignals {
            lang: Some("en".into()),
            mt_markers: vec!["rel=\"alternate machine-translated-from\"".into()],
            alternates: vec![Alternate { hreflang: "de".into(), href: "https://x.example/de/a".into() }],
            ..PageSignals::default()
        };
        let m = run(BODY, page).unwrap();
        assert_eq!((m.source_language.as_deref(), m.original_url.as_deref()), (Some("de"), Some("https://x.example/de/a")));
        // A browser that rewrote lang to the text's language: source unknown.
        let page = PageSignals { lang: Some("en".into()), mt_markers: vec!["class=\"translated-ltr\"".into()], ..PageSignals::default() };
        assert_eq!(run(BODY, page).unwrap().source_language, None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn more_words_counts_as_split_whitespace_native_only() {
        let texts = ["", " ", "a", "a b c d e", "a b c d e f", "  a\tb\nc\rd\x0Be\x0Cf  ", "word\x1Fword\x08w\x0Ex\x1Cy\x7Fz longer words here", "a12345678901234 b123456789012345 c d e", "abcdefghijklmno pqrstuvwxyzabcd\te\nf g", "abcdefghijklmnop qrstuvwxyzabcdef ghijklmnopqrstuv w x y", "one two three four fiveé six seven eight nine"," a  b   c    d     e      f       g        h", "a\u{A0}b\u{2003}c\u{3000}d\u{85}e\u{2029}f", "«a» “b” c—d e\u{1C}f", "Ärger über Übel é è ê ë", "a\u{200B}b c d e f"];
        for t in texts {
            for n in 0..8 {
                assert_eq!(more_words(t, n), t.split_whitespace().nth(n).is_some(), "{t:?} {n}");
            }
        }
    }
}
