//! The text model, built once per call: paragraphs (one per input block),
//! sentences and word tokens, each with byte ranges into the analysed text,
//! plus case and script per token. Detectors read this model; none rescans
//! the raw string from the top for each finding.

use std::ops::Range;

use crate::input::{Input, BLOCK_SEPARATOR};
use crate::lang::Lang;

/// The writing system of a token (of its first letter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Han,
    Kana,
    Hangul,
    Thai,
    Devanagari,
    Other,
    /// Digits, punctuation, symbols: belongs to every script.
    Common,
}

impl Script {
    /// The script of one char.
    pub fn of(c: char) -> Script {
        let u = c as u32;
        match u {
            0x30..=0x39 => Script::Common,
            0x41..=0x5A | 0x61..=0x7A => Script::Latin,
            0..=0x7F => Script::Common,
            0xC0..=0x24F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => {
                if u == 0xD7 || u == 0xF7 {
                    Script::Common
                } else {
                    Script::Latin
                }
            }
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x400..=0x52F => Script::Cyrillic,
            0x590..=0x5FF => Script::Hebrew,
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                Script::Arabic
            }
            0x900..=0x97F => Script::Devanagari,
            0xE00..=0xE7F => Script::Thai,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF => Script::Han,
            _ if c.is_alphabetic() => Script::Other,
            _ => Script::Common,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and marks), with internal apostrophes or hyphens: "don't", "full-scale".
    Word,
    /// Digits, with internal `.` `,` `:` `/`: "2014", "3.5", "3/11".
    Number,
    /// One punctuation or symbol char.
    Punct,
}

/// Case of a word's first letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Upper,
    Lower,
    /// No case (CJK, digits, punctuation).
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first char.
    pub start: u32,
    /// Byte offset one past the last char.
    pub end: u32,
    pub kind: TokKind,
    pub case: Case,
    pub script: Script,
    /// Whitespace (or the start of the paragraph) stands right before it.
    pub space_before: bool,
}

impl Token {
    /// The byte range of the token.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Every letter is upper case ("NATO", "TASS").
    pub fn is_all_caps(&self, text: &str) -> bool {
        let s = &text[self.range()];
        any_char(s, char::is_alphabetic) && !any_char(s, char::is_lowercase)
    }
}

/// One block of the input.
#[derive(Debug, Clone)]
pub struct Para {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    /// Index of the input block.
    pub block: usize,
    /// Whether article selection kept this block.
    pub article: bool,
    /// The block is a heading (tag "h1" to "h6").
    pub heading: bool,
    /// Token indices.
    pub toks: Range<usize>,
    /// Sentence indices.
    pub sents: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the analysed text.
    pub range: Range<usize>,
    /// Token indices.
    pub toks: Range<usize>,
    /// Paragraph index.
    pub para: usize,
}

/// The analysed text and its structure.
#[derive(Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub paras: Vec<Para>,
    pub sents: Vec<Sentence>,
    pub toks: Vec<Token>,
    pub lang: Lang,
    /// The text of each token, sliced once: `tok_text` is asked some three
    /// times per token, and each slicing checks both ends for char
    /// boundaries.
    texts: Vec<&'a str>,
    /// Lower-case form of each token (`str::to_lowercase`), computed once:
    /// the token's own text when it is already lower case, else a slice of
    /// `lows`. (One load per `low` call, where a range tagged with the
    /// string it indexes cost a test and a second load.) Not `'a`: the
    /// slices of `lows` live as long as the `Doc`, which hands them out
    /// only borrowed from itself ([`Doc::low`], [`Doc::lows`]).
    low: Vec<&'a str>,
    /// Never changed once the `Doc` is built: `low` points into its buffer.
    /// (Held, never read.)
    #[allow(dead_code)]
    lows: String,
    /// For every [`BUCKET`] bytes of text, the first token that ends after
    /// the bucket's start: [`Doc::tok_at`] searches one bucket, not all tokens.
    bucket: Vec<u32>,
    /// The sentence of each token.
    tok_sent: Vec<u32>,
    /// Whether each token holds an ASCII hyphen ("full-scale").
    hyphen: Vec<bool>,
    /// Some token holds a capital sigma, whose lower case depends on its
    /// position (final ς): there `to_lowercase` and a char-by-char lower
    /// case differ.
    pub sigma: bool,
    /// See [`Doc::joined`].
    #[cfg(not(target_arch = "wasm32"))]
    joined: Vec<u32>,
    /// See [`Doc::cap_word`].
    #[cfg(not(target_arch = "wasm32"))]
    cap: Vec<bool>,
}

/// Bytes per bucket of the token index.
const BUCKET: usize = 64;

/// Appends `n` in decimal, as `write!(out, "{n}")` does (without `core::fmt`,
/// which the wasm then does not carry).
pub fn push_uint(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let (mut i, mut n) = (digits.len(), n);
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[i..].iter().map(|&d| d as char));
}

/// Appends `s` to `out` with its ASCII capitals lowered. (One copy in the
/// wasm of the loop each of its sites inlined; natively inlined.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn push_lower_ascii(out: &mut String, s: &str) {
    // (Natively a word of 4 to 16 bytes, a name or a key, is lowered eight
    // bytes at a time and copied with two stores, as in `Forms::push_lower`:
    // the copy and the loop over its bytes cost names some 100 instructions.)
    #[cfg(not(target_arch = "wasm32"))]
    // SAFETY: only ASCII bytes are appended: `out` stays UTF-8.
    if push_lower_ascii_short(unsafe { out.as_mut_vec() }, s.as_bytes()) {
        return;
    }
    // (Natively on x86-64 a longer string, a sentence's head, is lowered
    // sixteen bytes at a time with SSE2, part of its baseline, the last
    // sixteen overlapping the ones before.)
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if s.len() > 16 {
        use std::arch::x86_64::*;
        let b = s.as_bytes();
        // SAFETY: room for `b.len()` bytes is reserved; every store is of 16
        // bytes within them, which are `b`'s with 'A' to 'Z' lowered (other
        // bytes kept), so `out` stays UTF-8 once its length takes them in.
        unsafe {
            let v = out.as_mut_vec();
            v.reserve(b.len());
            let dst = v.as_mut_ptr().add(v.len());
            let lower = |at: usize| {
                let x = _mm_loadu_si128(b.as_ptr().add(at) as *const __m128i);
                let up = bytes_within(x, b'A', b'Z');
                _mm_storeu_si128(dst.add(at) as *mut __m128i, _mm_add_epi8(x, _mm_and_si128(up, _mm_set1_epi8(0x20))));
            };
            let mut i = 0;
            while i + 16 <= b.len() {
                lower(i);
                i += 16;
            }
            lower(b.len() - 16);
            v.set_len(v.len() + b.len());
        }
        return;
    }
    let a = out.len();
    out.push_str(s);
    out[a..].make_ascii_lowercase();
}

/// Appends `s.to_lowercase()` to `out` without allocating; returns whether
/// `s` holds a capital sigma (the one char whose lower case depends on its
/// neighbours).
// (Natively inlined: called for every capitalised token.)
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn push_lower(s: &str, out: &mut String) -> bool {
    if s.is_ascii() {
        push_lower_ascii(out, s);
        false
    } else if contains_sigma(s) {
        out.push_str(&lowercase(s));
        true
    } else {
        // Without a capital sigma, `to_lowercase` is the chars' lower case.
        push_lower_runs(s, out, false);
        false
    }
}

/// `s.contains('\u{3A3}')`: with a char of two bytes std searches for a str.
#[inline(always)]
fn contains_sigma(s: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return s.contains('\u{3A3}');
    #[cfg(target_arch = "wasm32")]
    return find_bytes(s.as_bytes(), "\u{3A3}".as_bytes()).is_some();
}

/// Appends `s` lower-cased to `out`: runs of ASCII byte for byte, other chars
/// through `char::to_lowercase`. With `same_len`, a char whose lower case has
/// another byte length (or is several chars) stays as it is, so that byte
/// offsets into `out` are those of `s`.
pub fn push_lower_runs(s: &str, out: &mut String, same_len: bool) {
    let mut rest = s;
    while !rest.is_empty() {
        let n = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        push_lower_ascii(out, &rest[..n]);
        let mut cs = rest[n..].chars();
        if let Some(c) = cs.next() {
            if !same_len {
                let (a, b) = lower_char(c);
                out.push(a);
                out.extend(b);
            } else {
                out.push(lower_same_len(c));
            }
        }
        rest = cs.as_str();
    }
}

/// The lower case of `c` when it is one char of the same byte length, else `c`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn lower_same_len(c: char) -> char {
    match lower_char(c) {
        (lc, None) if lc.len_utf8() == c.len_utf8() => lc,
        _ => c,
    }
}

/// The lower-case forms of the tokens (see [`Doc::low`]) and which hold a
/// hyphen, filled by the tokenizer as it reads each token's bytes: it knows
/// then whether a token is already lower-case ASCII (most are), without a
/// second pass over them.
struct Forms<'a> {
    /// The text of each token (see [`Doc::tok_text`]).
    texts: Vec<&'a str>,
    /// As [`Doc::low`]'s, with `""` in place of the forms copied to `lows`
    /// (no token is empty), which `fix` points at once `lows` is complete.
    low: Vec<&'a str>,
    lows: String,
    /// For each token whose form is copied to `lows`, in order: its index
    /// and the end of its form in `lows` (which starts where the previous
    /// one ended).
    fix: Vec<(u32, u32)>,
    sigma: bool,
    /// The tokens that hold a hyphen, pushed as the tokenizer meets it (once
    /// per hyphen; few: no flag pushed per token).
    hyphen: Vec<u32>,
    /// The tokens of [`Doc::joined`].
    #[cfg(not(target_arch = "wasm32"))]
    joined: Vec<u32>,
    /// The block's punctuation tokens that may end a sentence (see
    /// [`terminal_end`]), pushed as the tokenizer makes them.
    #[cfg(not(target_arch = "wasm32"))]
    terms: Vec<u32>,
}

impl<'a> Forms<'a> {
    fn new(text: &str) -> Forms<'a> {
        // (Capitalised words are some tenth of news text: room for that many
        // bytes, so that the copies are seldom moved as the string grows.)
        let toks = text.len() / 5;
        Forms {
            texts: Vec::with_capacity(toks),
            low: Vec::with_capacity(toks),
            // (Natively room for a capitalised word per 16 bytes, four bytes
            // each: names are dense in news text, and each time `lows` or
            // `fix` grew, all of it was copied, 0.3% of a run.)
            lows: String::with_capacity(text.len() / if cfg!(target_arch = "wasm32") { 8 } else { 4 }),
            fix: Vec::with_capacity(if cfg!(target_arch = "wasm32") { 0 } else { text.len() / 16 }),
            sigma: false,
            hyphen: Vec::new(),
            #[cfg(not(target_arch = "wasm32"))]
            joined: Vec::new(),
            #[cfg(not(target_arch = "wasm32"))]
            terms: Vec::new(),
        }
    }

    /// Records token `tok` as [`Doc::joined`] (natively; once).
    #[inline(always)]
    fn note_joined(&mut self, tok: u32) {
        #[cfg(not(target_arch = "wasm32"))]
        if self.joined.last() != Some(&tok) {
            self.joined.push(tok);
        }
        let _ = tok;
    }

    /// The token `text[start..end]` and its lower-case form; `plain`: it is
    /// ASCII without capitals, its own lower-case form.
    // (Natively inlined into the tokenizer's two call sites: a call per
    // token cost some 10 instructions.)
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn push<const ROOM: bool>(&mut self, text: &'a str, start: usize, end: usize, plain: bool) {
        debug_assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start <= end);
        // SAFETY: the tokenizer's ends are char boundaries of `text` (it
        // steps over whole chars), in order. (Sliced with the checks of both
        // ends, each token cost some 16 instructions more.)
        let s = unsafe { text.get_unchecked(start..end) };
        push_in::<ROOM, _>(&mut self.texts, s);
        if plain {
            push_in::<ROOM, _>(&mut self.low, s);
        } else {
            self.push_lower(s);
        }
    }

    /// The lower-case form of a token that is not `plain`, copied to `lows`.
    #[inline(never)]
    fn push_lower(&mut self, s: &str) {
        // (Natively a word of 4 to 16 bytes, most capitalised words, is
        // tested for ASCII and lower-cased eight bytes at a time: two
        // overlapping loads, as for `word_key`, and two stores.)
        #[cfg(not(target_arch = "wasm32"))]
        // SAFETY: only ASCII bytes are appended: `lows` stays UTF-8.
        if push_lower_ascii_short(unsafe { self.lows.as_mut_vec() }, s.as_bytes()) {
            self.push_fix();
            return;
        }
        if s.is_ascii() {
            // (Natively the bytes lower-cased as they are appended: one
            // reservation and one loop, no memcpy call and second pass.)
            #[cfg(not(target_arch = "wasm32"))]
            // SAFETY: ASCII bytes lower-cased stay ASCII: `lows` stays UTF-8.
            unsafe { self.lows.as_mut_vec() }.extend(s.as_bytes().iter().map(u8::to_ascii_lowercase));
            // (Copied, then lower-cased in place: pushing a char at a time
            // measured twice the instructions.)
            #[cfg(target_arch = "wasm32")]
            {
                push_lower_ascii(&mut self.lows, s);
            }
        } else {
            self.sigma |= push_lower(s, &mut self.lows);
        }
        self.push_fix();
    }

    /// Records the form just copied to the end of `lows` as the next token's.
    #[inline(always)]
    fn push_fix(&mut self) {
        self.fix.push((self.low.len() as u32, self.lows.len() as u32));
        self.low.push("");
    }
}

/// Abbreviations after which a period does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    // (The list looked up once: asked at every period after a word.)
    static LIST: std::sync::OnceLock<&crate::lexicon::List> = std::sync::OnceLock::new();
    let list = *LIST.get_or_init(|| crate::lexicon::list("common", crate::lexicon::ABBREVIATIONS));
    // (A capitalised abbreviation is one only so: "me." and the "s." of
    // "the 1940s." end sentences, "Me." and "S." do not.)
    list.contains(word) && (!word.as_bytes()[0].is_ascii_lowercase() || list.entries.iter().any(|e| *e == word))
}

impl<'a> Doc<'a> {
    /// Builds the model of `text`, whose blocks are those of `input` joined by
    /// [`BLOCK_SEPARATOR`]; `article[i]` tells whether block `i` is article text.
    pub fn new(text: &'a str, input: &Input, article: &[bool]) -> Doc<'a> {
        let mut paras = Vec::with_capacity(input.blocks.len());
        let mut toks = Vec::with_capacity(text.len() / 5);
        // (Natively room for a sentence per 100 bytes, some more than news
        // text has: growing the Vec from empty moved it a dozen times.)
        let mut sents = Vec::with_capacity(if cfg!(target_arch = "wasm32") { 0 } else { text.len() / 100 });
        let mut forms = Forms::new(text);
        let mut pos = 0usize;
        for (i, b) in input.blocks.iter().enumerate() {
            if i > 0 {
                pos += BLOCK_SEPARATOR.len();
            }
            let range = pos..pos + b.text.len();
            pos = range.end;
            let t0 = toks.len();
            #[cfg(not(target_arch = "wasm32"))]
            forms.terms.clear();
            // (Natively, when the token tables have room for as many tokens
            // as the block has bytes, the most it can make, the tokenizer
            // pushes without testing their capacity each time.)
            #[cfg(not(target_arch = "wasm32"))]
            let room = {
                let n = range.len();
                toks.capacity() - toks.len() >= n && forms.texts.capacity() - forms.texts.len() >= n && forms.low.capacity() - forms.low.len() >= n
            };
            #[cfg(target_arch = "wasm32")]
            let room = false;
            let newline = if room { tokenize::<true>(text, range.clone(), &mut toks, &mut forms) } else { tokenize::<false>(text, range.clone(), &mut toks, &mut forms) };
            let s0 = sents.len();
            #[cfg(not(target_arch = "wasm32"))]
            let terms = &forms.terms[..];
            #[cfg(target_arch = "wasm32")]
            let terms = &[][..];
            split_sentences(text, &toks, t0..toks.len(), paras.len(), newline, terms, &mut sents);
            paras.push(Para {
                range,
                block: i,
                article: article.get(i).copied().unwrap_or(true),
                heading: one_of!(b.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"),
                toks: t0..toks.len(),
                sents: s0..sents.len(),
            });
        }
        debug_assert_eq!(pos, text.len());
        #[cfg(not(target_arch = "wasm32"))]
        let joined = forms.joined;
        let Forms { texts, mut low, lows, fix, sigma, hyphen: hyphenated, .. } = forms;
        let mut a = 0;
        for (t, b) in fix {
            let b = b as usize;
            debug_assert!(a <= b && lows.is_char_boundary(a) && lows.is_char_boundary(b));
            // SAFETY: `Forms::push_lower` appended the whole string from `a`
            // to `b`; `lows` is moved into the `Doc` and never changed, so
            // its buffer (and the slice) lives as long as the `Doc`, which
            // lends `low`'s slices only with a borrow of itself.
            low[t as usize] = unsafe { &*(lows.get_unchecked(a..b) as *const str) };
            a = b;
        }
        let mut hyphen = vec![false; toks.len()];
        for t in hyphenated {
            hyphen[t as usize] = true;
        }
        let lang = Lang { code: "und", id: crate::lang::LangId::Und, script: Script::Latin };
        // bucket[b]: the first token with end > b * BUCKET.
        let mut bucket = Vec::with_capacity(text.len() / BUCKET + 1);
        let mut t = 0;
        for b in 0..=text.len() / BUCKET {
            while t < toks.len() && toks[t].end as usize <= b * BUCKET {
                t += 1;
            }
            bucket.push(t as u32);
        }
        let mut tok_sent = vec![0u32; toks.len()];
        for (si, s) in sents.iter().enumerate() {
            tok_sent[s.toks.clone()].fill(si as u32);
        }
        let mut doc = Doc {
            text,
            paras,
            sents,
            toks,
            lang,
            texts,
            low,
            lows,
            sigma,
            bucket,
            tok_sent,
            hyphen,
            #[cfg(not(target_arch = "wasm32"))]
            joined,
            #[cfg(not(target_arch = "wasm32"))]
            cap: Vec::new(),
        };
        doc.lang = crate::lang::detect(&doc);
        #[cfg(not(target_arch = "wasm32"))]
        {
            doc.cap = crate::detect::mentions::cap_words(&doc);
        }
        doc
    }

    /// The lower-case form of a token, as `tok_text(i).to_lowercase()`.
    // One copy in the wasm (each inlined copy costs its slicing checks).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn low(&self, i: usize) -> &str {
        self.low[i]
    }

    /// The lower-case forms of tokens `r`, as [`Doc::low`] gives each.
    pub fn lows(&self, r: Range<usize>) -> &[&str] {
        &self.low[r]
    }

    /// The text of a token.
    // One copy in the wasm: its inlined copies (slicing checks) cost bytes.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn tok_text(&self, i: usize) -> &'a str {
        self.texts[i]
    }

    /// Whether token `i` is of `kind`: in the wasm a call at each of the
    /// ~70 sites (each inlined its bounds check and address arithmetic).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn kind_is(&self, i: usize, kind: TokKind) -> bool {
        self.toks[i].kind == kind
    }

    /// `toks[i].start` (a call in the wasm, as `kind_is`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn tok_start(&self, i: usize) -> u32 {
        self.toks[i].start
    }

    /// `toks[i].end` (a call in the wasm, as `kind_is`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn tok_end(&self, i: usize) -> u32 {
        self.toks[i].end
    }

    /// Whether token `i` is in `case` (a call in the wasm, as `kind_is`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn case_is(&self, i: usize, case: Case) -> bool {
        self.toks[i].case == case
    }

    /// Whether token `i` is a word in `case` (a call in the wasm, as `kind_is`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn word_in_case(&self, i: usize, case: Case) -> bool {
        self.toks[i].kind == TokKind::Word && self.toks[i].case == case
    }

    /// `one_of(self.low(i), packed)` in one call (see `low_one_of!`).
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    pub fn low_one_of(&self, i: usize, packed: &[u8]) -> bool {
        one_of(self.low(i), packed)
    }

    /// `one_of(self.tok_text(i), packed)` in one call (see `low_one_of!`).
    #[cfg(target_arch = "wasm32")]
    #[inline(never)]
    pub fn text_one_of(&self, i: usize, packed: &[u8]) -> bool {
        one_of(self.tok_text(i), packed)
    }

    /// Whether the lower-case form of token `i` is `s` (one call in the
    /// wasm, as `tok_is`).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn low_is(&self, i: usize, s: &str) -> bool {
        self.low(i) == s
    }

    /// Whether token `i` is `s`: one call at each of the many call sites
    /// in the wasm (the text's load and the comparison out of line).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn tok_is(&self, i: usize, s: &str) -> bool {
        self.tok_text(i) == s
    }

    /// The bytes of a token: for tests of a few bytes in the loops over
    /// every token, without `tok_text`'s char-boundary checks of both ends.
    /// (Inlined in the wasm too: a call cost more than the slicing.)
    #[inline]
    pub fn tok_bytes(&self, i: usize) -> &'a [u8] {
        self.texts[i].as_bytes()
    }

    /// The words with an apostrophe, a hyphen or a non-ASCII char (letter
    /// or mark) after their first char, and the numbers with a non-ASCII
    /// digit after it, in order: every other token that opens with an ASCII
    /// char is ASCII letters and digits (a word), ASCII digits and
    /// separators (a number) or that one char.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn joined(&self) -> &[u32] {
        &self.joined
    }

    /// Whether token `i` is a capitalised word, as mentions tell one (see
    /// `mentions::cap_words`), which they ask several times of most tokens.
    #[cfg(not(target_arch = "wasm32"))]
    #[inline(always)]
    pub fn cap_word(&self, i: usize) -> bool {
        self.cap[i]
    }

    /// [`Doc::cap_word`] of tokens `r`, for loops that read them all.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn cap_words(&self, r: Range<usize>) -> &[bool] {
        &self.cap[r]
    }

    /// The texts and the hyphen flags (see [`Doc::hyphenated`]) of tokens
    /// `r`: for loops over a paragraph's tokens that read them all.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn texts_hyphens(&self, r: Range<usize>) -> (&[&'a str], &[bool]) {
        (&self.texts[r.clone()], &self.hyphen[r])
    }

    /// Whether token `i` holds an ASCII hyphen, as `tok_bytes(i).contains(&b'-')`
    /// (recorded by the tokenizer: the callers ask it of every word).
    #[inline]
    pub fn hyphenated(&self, i: usize) -> bool {
        self.hyphen[i]
    }

    /// Index of the first token whose end is after byte `pos` (binary search).
    // Called from many places: one copy in the wasm, not one per caller.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn tok_at(&self, pos: usize) -> usize {
        // Tokens before bucket[b] end at or before b * BUCKET <= pos; the
        // first of bucket[b + 1] ends after (b + 1) * BUCKET > pos.
        let b = pos / BUCKET;
        let Some(&lo) = self.bucket.get(b) else {
            return self.toks.partition_point(|t| (t.end as usize) <= pos);
        };
        let hi = self.bucket.get(b + 1).map_or(self.toks.len(), |&h| h as usize);
        let lo = lo as usize;
        lo + self.toks[lo..hi].partition_point(|t| (t.end as usize) <= pos)
    }

    /// Index of the paragraph that contains byte `pos`.
    pub fn para_of(&self, pos: usize) -> usize {
        // Inside a token (most callers pass a token's start): the paragraph
        // of its sentence, without a binary search over all paragraphs.
        let t = self.tok_at(pos);
        if let (Some(tok), Some(&s)) = (self.toks.get(t), self.tok_sent.get(t)) {
            if tok.start as usize <= pos {
                return self.sents[s as usize].para;
            }
        }
        self.paras.partition_point(|p| p.range.end < pos).min(self.paras.len().saturating_sub(1))
    }

    /// Index of the sentence of token `t` (as `sent_of` its start, without
    /// the search).
    pub fn sent_of_tok(&self, t: usize) -> usize {
        self.tok_sent[t] as usize
    }

    /// The sentence of token `t`: [`Doc::sent_at`] its start, without the
    /// search (the first token ending after a token's start is itself).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn sent_at_tok(&self, t: usize) -> &Sentence {
        &self.sents[self.tok_sent[t] as usize]
    }

    /// The paragraph of token `t`: [`Doc::para_of`] its start, without the
    /// search.
    pub fn para_of_tok(&self, t: usize) -> usize {
        self.sent_at_tok(t).para
    }

    /// Index of the sentence that contains byte `pos`.
    // Called from many places: one copy in the wasm, not one per caller.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    pub fn sent_of(&self, pos: usize) -> usize {
        // The first sentence ending after `pos` holds the first token ending
        // after it: sentences cover the tokens in order and end with them.
        match self.tok_sent.get(self.tok_at(pos)) {
            Some(&s) => s as usize,
            None => self.sents.len().saturating_sub(1),
        }
    }

    /// The sentence that contains byte `pos` (`&self.sents[self.sent_of(pos)]`:
    /// one copy in the wasm of the index's bounds check, which each of
    /// resolve's ~20 sites inlined).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub fn sent_at(&self, pos: usize) -> &Sentence {
        &self.sents[self.sent_of(pos)]
    }

    /// Paragraphs kept as article text.
    pub fn article_paras(&self) -> impl Iterator<Item = (usize, &Para)> {
        self.paras.iter().enumerate().filter(|(_, p)| p.article)
    }
}

/// `ASCII_ALNUM[b]` is `b.is_ascii_alphanumeric()`: one load per byte in
/// the loops that run over every byte of a word (the range tests are
/// several compares and branches).
pub static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// `WORD_BYTE[b]`: 0 when `b` is no ASCII letter or digit, [`CAPITAL`] for
/// a capital, 1 for the others: the tokenizer's loop over a word's ASCII
/// bytes finds its end and whether it has capitals with one load a byte.
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = if (b as u8).is_ascii_uppercase() {
            CAPITAL
        } else if (b as u8).is_ascii_alphanumeric() {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};
const CAPITAL: u8 = 2;

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alphanumeric(c) || is_mark(c)
}

/// `c.is_alphanumeric()`. Natively a Hangul syllable or a CJK ideograph
/// (all letters) is answered without the search of the Unicode tables,
/// some 360 instructions a char.
#[inline(always)]
pub fn is_alphanumeric(c: char) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    if matches!(c as u32, 0xAC00..=0xD7A3 | 0x4E00..=0x9FFF) {
        return true;
    }
    c.is_alphanumeric()
}

/// Han or Kana (scripts that start at U+3040).
fn is_cjk(c: char) -> bool {
    c as u32 >= 0x3040 && matches!(Script::of(c), Script::Han | Script::Kana)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x900..=0x903 | 0x93A..=0x94F | 0xE31..=0xE3A | 0xE47..=0xE4E | 0x200C | 0x200D | 0xFE00..=0xFE0F)
}

/// The char at byte `i` of `s` (a char boundary), if any; ASCII without decoding.
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some(b as char),
        Some(_) => first_char(&s[i..]),
    }
}

/// `a.eq_ignore_ascii_case(b)`. One copy in the wasm: inlined, each test
/// against a literal ("menurutnya", "pour", "ich", …) was unrolled into a
/// few instructions per byte. Natively inlined as before.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline)]
pub fn eq_ci(a: &[u8], b: &[u8]) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// `a == b` for words: natively, strings of at most 16 bytes are compared
/// with two overlapping loads of 8 or 4 bytes, or three bytes, without the
/// call to `memcmp` that `==` makes (the lookups of the hedge cues compare
/// words by the thousand).
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    if cfg!(target_arch = "wasm32") {
        return a == b;
    }
    let n = a.len();
    let u64s = |s: &[u8]| s.first_chunk::<8>().zip(s.last_chunk::<8>()).map(|(x, y)| (u64::from_le_bytes(*x), u64::from_le_bytes(*y)));
    let u32s = |s: &[u8]| s.first_chunk::<4>().zip(s.last_chunk::<4>()).map(|(x, y)| (u32::from_le_bytes(*x), u32::from_le_bytes(*y)));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => u32s(a) == u32s(b),
        8..=16 => u64s(a) == u64s(b),
        _ => a == b,
    }
}

/// The first and last eight bytes of `b` (four when it is shorter, three
/// single bytes when shorter still) as integers: with the length, all of
/// the bytes of a word of up to 16, so that two such words are equal when
/// their lengths and keys are.
#[inline]
pub fn word_key(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    if let (Some(x), Some(y)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        (u64::from_le_bytes(*x), u64::from_le_bytes(*y))
    } else if let (Some(x), Some(y)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        (u32::from_le_bytes(*x) as u64, u32::from_le_bytes(*y) as u64)
    } else if n > 0 {
        (b[0] as u64 | (b[n / 2] as u64) << 8 | (b[n - 1] as u64) << 16, 0)
    } else {
        (0, 0)
    }
}

/// `key`, a [`word_key`] of ASCII bytes, lower-cased: the key of the
/// lower-cased bytes (each byte of a key is one of the word's, or zero).
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn lower_key(key: (u64, u64)) -> (u64, u64) {
    // Per byte (all under 0x80: no carry between bytes): 0x80 where it is
    // a capital, which adds 0x20.
    let capitals = |x: u64| {
        const ONES: u64 = 0x0101_0101_0101_0101;
        ((x + ONES * (0x80 - b'A' as u64)) & !(x + ONES * (0x80 - b'Z' as u64 - 1)) & (ONES * 0x80)) >> 2
    };
    (key.0 + capitals(key.0), key.1 + capitals(key.1))
}

/// A set of lexicon words with a value each, found by their bytes: natively
/// the lookups of the words of a text, a hash map of `String`s compared
/// each word found with a call to `memcmp`. Here a word of up to 16 bytes
/// is its [`word_key`] (two loads) and its length, hashed by one
/// multiplication and compared as integers. Open addressing with linear
/// probing, at most a quarter full: most words in no list stop at their
/// first, empty slot.
#[cfg(not(target_arch = "wasm32"))]
pub struct WordTable<V> {
    /// Index + 1 into `entries` (0: empty) by [`WordTable::hash`]; a power of two long.
    slots: Vec<u16>,
    /// `64 - log2(slots.len())`: the hash's high bits index the slots.
    shift: u32,
    entries: Vec<(u64, u64, u16, V)>,
    /// The words of `entries`, for the words of more than 16 bytes (whose
    /// key holds only their first and last eight).
    words: Vec<String>,
}

#[cfg(not(target_arch = "wasm32"))]
impl<V: Copy> WordTable<V> {
    /// The table of `words` (the first of equal ones counts).
    pub fn new(words: impl IntoIterator<Item = (String, V)>) -> WordTable<V> {
        // (The lists hold no word of 2^16 bytes, nor 2^16 words.)
        let words: Vec<(String, V)> = words.into_iter().filter(|(w, _)| w.len() <= u16::MAX as usize).take(u16::MAX as usize - 1).collect();
        let n = (words.len() * 4).next_power_of_two().max(64);
        let mut t = WordTable { slots: vec![0; n], shift: 64 - n.trailing_zeros(), entries: Vec::with_capacity(words.len()), words: Vec::with_capacity(words.len()) };
        for (w, v) in words {
            if t.get(w.as_bytes()).is_some() {
                continue;
            }
            let key = word_key(w.as_bytes());
            let mut h = t.hash(key, w.len());
            while t.slots[h] != 0 {
                h = (h + 1) & (n - 1);
            }
            t.entries.push((key.0, key.1, w.len() as u16, v));
            t.words.push(w);
            t.slots[h] = t.entries.len() as u16;
        }
        t
    }

    /// The slot where the search for a key starts: the product's high bits,
    /// which depend on all of the key's bits.
    #[inline]
    fn hash(&self, key: (u64, u64), len: usize) -> usize {
        ((key.0 ^ key.1.rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of the word of `key` and `len` bytes; `same(word)` says
    /// whether a word of the table longer than 16 bytes is it.
    // (Inlined: in the tagging loop a call per word token cost some 15
    // instructions of register saves.)
    #[inline(always)]
    fn find(&self, key: (u64, u64), len: usize, same: impl Fn(&[u8]) -> bool) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut h = self.hash(key, len);
        loop {
            let e = match self.slots[h & mask] {
                0 => return None,
                s => s as usize - 1,
            };
            let x = &self.entries[e];
            if x.0 == key.0 && x.1 == key.1 && x.2 as usize == len && (len <= 16 || same(self.words[e].as_bytes())) {
                return Some(x.3);
            }
            h += 1;
        }
    }

    /// The value of the word `b`.
    #[inline(always)]
    pub fn get(&self, b: &[u8]) -> Option<V> {
        self.find(word_key(b), b.len(), |w| w == b)
    }

    /// The value of the word `b`, ASCII, lower-cased (the table's words
    /// being lower case).
    #[inline]
    pub fn get_ascii_lower(&self, b: &[u8]) -> Option<V> {
        self.find(lower_key(word_key(b)), b.len(), |w| w.eq_ignore_ascii_case(b))
    }

    /// [`WordTable::get_ascii_lower`] of `b` when it is ASCII of at most 16
    /// bytes, which its key tells (it holds all of them): `None` when it
    /// is not so, without a scan of its bytes.
    #[inline]
    pub fn get_short_ascii_lower(&self, b: &[u8]) -> Option<Option<V>> {
        if b.len() > 16 {
            return None;
        }
        let key = word_key(b);
        if (key.0 | key.1) & 0x8080_8080_8080_8080 != 0 {
            return None;
        }
        Some(self.find(lower_key(key), b.len(), |w| w.eq_ignore_ascii_case(b)))
    }
}

/// Whether `hay` contains `needle`. Each `str::contains(&str)` inlines the
/// whole substring search; the cold callers share this one copy in the wasm.
#[inline(never)]
pub fn contains(hay: &str, needle: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return hay.contains(needle);
    #[cfg(target_arch = "wasm32")]
    return find_bytes(hay.as_bytes(), needle.as_bytes()).is_some();
}

/// `hay.find(needle)`: natively std's search; in the wasm [`find_bytes`].
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return hay.find(needle);
    #[cfg(target_arch = "wasm32")]
    return find_bytes(hay.as_bytes(), needle.as_bytes());
}

/// Where `needle` first occurs in `hay` (Knuth–Morris–Pratt: linear in
/// both). The wasm's substring search, in place of std's two-way searcher,
/// whose set-up and loops, and each caller's copy of the loop, cost about
/// 2 KB. On the bytes of two strs it finds what `str::find` finds: a match
/// of whole UTF-8 chars starts on a char boundary.
#[cfg(any(target_arch = "wasm32", test))]
#[inline(never)]
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    // (`fail[i]`: the length of the longest proper prefix of `needle[..=i]`
    // that is also its suffix.)
    let mut fail = vec![0; needle.len()];
    let mut k = 0;
    for i in 1..needle.len() {
        while k > 0 && needle[i] != needle[k] {
            k = fail[k - 1];
        }
        k += (needle[i] == needle[k]) as usize;
        fail[i] = k;
    }
    k = 0;
    for (i, &b) in hay.iter().enumerate() {
        while k > 0 && b != needle[k] {
            k = fail[k - 1];
        }
        k += (b == needle[k]) as usize;
        if k == needle.len() {
            return Some(i + 1 - k);
        }
    }
    None
}

// One copy of each UTF-8 char loop in the wasm: `s.chars().any(f)` and the
// like inline the decoder at every call site. Natively always inlined (the
// predicate a constant there): the code the call sites had.

/// `s.chars().next()`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// `s.chars().next_back()`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Whether `s` opens with an upper-case char.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// `s.chars().any(f)`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn any_char(s: &str, f: fn(char) -> bool) -> bool {
    s.chars().any(f)
}

/// `s.chars().count()`. In the wasm a count of the bytes that start a
/// char, out of line (each `chars().count()` inlined a loop and a call to
/// the standard library's `do_count_chars`).
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn char_len(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// `s.chars().count()`.
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// `s.chars().all(f)`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    s.chars().all(f)
}

/// `s.rsplit([a, b]).next().unwrap()` for ASCII `a` and `b`: the text after
/// Whether `s` ends with one of the ASCII bytes `set`: `s.ends_with([..])`
/// for ASCII chars. (The library's searcher for a set of chars was code of
/// its own in the wasm for each length of set.)
#[inline]
pub fn ends_with_byte(s: &str, set: &[u8]) -> bool {
    s.as_bytes().last().is_some_and(|&b| in_set(set, b))
}

/// `set.contains(&b)`: natively that; in the wasm a plain loop over the
/// bytes (a set's few, or a word's), where `contains` called core's memchr.
#[inline(always)]
pub fn in_set(set: &[u8], b: u8) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return set.contains(&b);
    #[cfg(target_arch = "wasm32")]
    return set.iter().any(|&x| x == b);
}

/// `s.trim_end_matches([..])` for the ASCII bytes `set` (see
/// [`ends_with_byte`]).
pub fn trim_end_bytes<'a>(s: &'a str, set: &[u8]) -> &'a str {
    let mut n = s.len();
    while n > 0 && in_set(set, s.as_bytes()[n - 1]) {
        n -= 1;
    }
    &s[..n]
}

/// `parts.join(sep)` (and with `sep` "", `parts.concat()`), of `&str`s or
/// `String`s: in the wasm a loop of its own, for the library's join, which
/// reserves the exact length with overflow checks, was 0.4 KB; natively the
/// library's.
pub fn joined<S: std::borrow::Borrow<str>>(parts: &[S], sep: &str) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return parts.join(sep);
    #[cfg(target_arch = "wasm32")]
    {
        let mut out = String::new();
        for (k, p) in parts.iter().enumerate() {
            if k > 0 {
                out.push_str(sep);
            }
            out.push_str(p.borrow());
        }
        out
    }
}

/// `s.split(' ').collect()`, by a byte loop: the collect of the library's
/// split was code of its own in the wasm.
pub fn split_spaces(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b' ' {
            out.push(&s[start..i]);
            start = i + 1;
        }
    }
    out.push(&s[start..]);
    out
}

/// `s.strip_prefix(['\'', '\u{2019}'])`: `s` after the apostrophe, either
/// one, that opens it (see [`ends_with_byte`]).
pub fn strip_apostrophe(s: &str) -> Option<&str> {
    s.strip_prefix('\'').or_else(|| s.strip_prefix('\u{2019}'))
}

/// the last of either (all of `s` without one), by a byte loop: in the
/// wasm, rsplit's `next_back`, core's `memrchr` and a char-set splitter
/// were code of their own.
pub fn after_last_of(s: &str, a: u8, b: u8) -> &str {
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    while i > 0 && bytes[i - 1] != a && bytes[i - 1] != b {
        i -= 1;
    }
    &s[i..]
}

/// `s.find(c)` for an ASCII `c`: in the wasm one byte loop, where the
/// library's char searcher (and its memchr) was code of its own and each
/// site inlined its set-up; natively find.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn find_byte(s: &str, c: u8) -> Option<usize> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.find(c as char);
    #[cfg(target_arch = "wasm32")]
    return s.bytes().position(|b| b == c);
}

/// `s.contains(c)` for an ASCII `c`: natively that (a memchr of the
/// byte, faster than `find`'s char searcher); in the wasm [`find_byte`].
#[inline(always)]
pub fn has_byte(s: &str, c: u8) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return s.contains(c as char);
    #[cfg(target_arch = "wasm32")]
    return find_byte(s, c).is_some();
}

/// `s.split_once(c)` for an ASCII `c` (see [`find_byte`]).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn split_once_byte(s: &str, c: u8) -> Option<(&str, &str)> {
    #[cfg(not(target_arch = "wasm32"))]
    return s.split_once(c as char);
    // SAFETY: an ASCII byte at `i`: char boundaries on both sides of it.
    #[cfg(target_arch = "wasm32")]
    return find_byte(s, c).map(|i| unsafe { (s.get_unchecked(..i), s.get_unchecked(i + 1..)) });
}

/// `s.split(c)` for an ASCII `c`: natively split; in the wasm [`SplitByte`],
/// so that no char searcher is left (see [`find_byte`]).
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
pub fn split_byte(s: &str, c: u8) -> std::str::Split<'_, char> {
    s.split(c as char)
}

/// `s.split(c)` for an ASCII `c`: natively split; in the wasm [`SplitByte`],
/// so that no char searcher is left (see [`find_byte`]).
#[cfg(target_arch = "wasm32")]
pub fn split_byte(s: &str, c: u8) -> SplitByte<'_> {
    SplitByte { rest: Some(s), c }
}

/// The wasm's [`split_byte`]: the pieces of `rest` between the bytes `c`,
/// as `str::split` gives them.
#[cfg(target_arch = "wasm32")]
#[derive(Clone)]
pub struct SplitByte<'a> {
    rest: Option<&'a str>,
    c: u8,
}

#[cfg(target_arch = "wasm32")]
impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest?;
        Some(match split_once_byte(s, self.c) {
            Some((piece, rest)) => {
                self.rest = Some(rest);
                piece
            }
            None => {
                self.rest = None;
                s
            }
        })
    }
}

/// `s.split(c).next().unwrap()` for an ASCII `c`: the text before the
/// first `c` (all of `s` without one). In the wasm one byte loop, where each
/// site inlined the set-up of a char splitter; natively split.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn before_first(s: &str, c: u8) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] != c {
        i += 1;
    }
    &s[..i]
}

/// `s.split(c).next().unwrap()` for an ASCII `c`: the text before the
/// first `c` (all of `s` without one).
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
pub fn before_first(s: &str, c: u8) -> &str {
    s.split(c as char).next().unwrap_or(s)
}

/// `s.rsplit(' ').next().unwrap()`: the text after the last space (all of
/// `s` without one). In the wasm [`after_last_of`]; natively rsplit.
#[cfg(target_arch = "wasm32")]
pub fn after_last_space(s: &str) -> &str {
    after_last_of(s, b' ', b' ')
}

/// `s.rsplit(' ').next().unwrap()`: the text after the last space (all of
/// `s` without one).
#[cfg(not(target_arch = "wasm32"))]
#[inline(always)]
pub fn after_last_space(s: &str) -> &str {
    s.rsplit(' ').next().unwrap_or(s)
}

/// `s.chars().filter(|&c| f(c)).count()`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub fn count_chars(s: &str, f: fn(char) -> bool) -> usize {
    s.chars().filter(|&c| f(c)).count()
}

/// Whether `w` ends with one of `ends`, words separated by spaces ("er ent
/// ist"): in the wasm one string and one copy of the loop, where a slice of
/// string references cost 8 bytes a word.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn ends_with_any(w: &str, ends: &str) -> bool {
    ends.as_bytes().split(|&b| b == b' ').any(|e| w.as_bytes().ends_with(e))
}

/// `words` ("a|bc|…") packed for [`one_of`]: each word after a byte of its
/// length ("\x01a\x02bc…"), built at compile time by the `one_of!` macro.
#[cfg(target_arch = "wasm32")]
pub const fn pack_words<const N: usize>(words: &str) -> [u8; N] {
    let b = words.as_bytes();
    let mut out = [0u8; N];
    // (Each '|' becomes the next word's length byte, one place on.)
    let (mut i, mut at, mut len) = (0, 0, 0u8);
    while i < b.len() {
        if b[i] == b'|' {
            out[at] = len;
            at = i + 1;
            len = 0;
        } else {
            out[i + 1] = b[i];
            len += 1;
        }
        i += 1;
    }
    out[at] = len;
    out
}

/// Whether `w` is one of the `packed` words (see [`pack_words`]): a word of
/// another length is skipped with one load.
#[cfg(target_arch = "wasm32")]
#[inline(never)]
pub fn one_of(w: &str, packed: &[u8]) -> bool {
    let w = w.as_bytes();
    let mut i = 0;
    while i < packed.len() {
        let n = packed[i] as usize;
        // (The first byte tested before the call to memcmp.)
        if n == w.len() && n > 0 && packed[i + 1] == w[0] && packed[i + 1..i + 1 + n] == *w {
            return true;
        }
        i += 1 + n;
    }
    false
}

/// The words of `packed` (see [`pack_words`]), in order.
#[cfg(target_arch = "wasm32")]
pub fn packed_words(packed: &[u8]) -> impl Iterator<Item = &str> {
    let mut i = 0;
    std::iter::from_fn(move || {
        let n = *packed.get(i)? as usize;
        let w = packed.get(i + 1..i + 1 + n)?;
        i += 1 + n;
        // SAFETY: whole words of a str, cut at its ASCII separators: UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(w) })
    })
}

/// Class of an ASCII byte where a token may start (see [`ASCII_START`]).
const A_OTHER: u8 = 0;
const A_SPACE: u8 = 1;
const A_PUNCT: u8 = 2;
const A_LOWER: u8 = 3;
const A_UPPER: u8 = 4;

/// `ASCII_START[b]` for an ASCII byte `b`: whitespace, a punctuation or
/// symbol char (one token), a lower-case or capital letter (a word), or
/// [`A_OTHER`] (a digit: the general path). Most chars of news text are
/// ASCII: the tokenizer classes them with one load, without the Unicode
/// tests of the general path.
static ASCII_START: [u8; 128] = {
    let mut t = [A_OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            A_SPACE
        } else if c.is_ascii_lowercase() {
            A_LOWER
        } else if c.is_ascii_uppercase() {
            A_UPPER
        } else if c.is_ascii_digit() {
            A_OTHER
        } else {
            A_PUNCT
        };
        b += 1;
    }
    t
};

/// The rest of a word from byte `end` of `s` (its first char read): letters,
/// digits and marks, with internal apostrophes or hyphens between letters.
/// Returns its end and whether it stays `plain` (ASCII without capitals);
/// records token `tok` in `forms.hyphen` at each ASCII hyphen, and as
/// joined when it holds more than ASCII letters and digits from `end` on
/// (an apostrophe, a hyphen, a non-ASCII char).
// (Inlined into the tokenizer's two paths; the wasm has only the second.)
#[inline(always)]
fn word_rest(s: &str, mut end: usize, mut plain: bool, tok: u32, forms: &mut Forms) -> (usize, bool) {
    let bytes = s.as_bytes();
    // Some ASCII letter was a capital.
    let mut capital = false;
    loop {
        // ASCII letters and digits, the bulk of most words.
        let (e, cap) = ascii_run(bytes, end);
        end = e;
        capital |= cap;
        // (Most words end at an ASCII char that is no apostrophe or hyphen:
        // no char decoded, nor the tests below.)
        match bytes.get(end) {
            None => break,
            Some(&b) if b < 0x80 && b != b'\'' && b != b'-' => break,
            _ => {}
        }
        let Some(d) = char_at(s, end) else { break };
        // (An ASCII char here is no letter or digit.)
        if !d.is_ascii() && is_word_char(d) && !is_cjk(d) {
            plain = false;
            forms.note_joined(tok);
            end += d.len_utf8();
        } else if matches!(d, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}') {
            // Internal apostrophe or hyphen only between letters.
            if char_at(s, end + d.len_utf8()).is_some_and(|n| n.is_alphabetic()) {
                plain &= d.is_ascii();
                forms.note_joined(tok);
                if d == '-' {
                    forms.hyphen.push(tok);
                }
                end += d.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (end, plain && !capital)
}

/// The bytes of `v` in `lo..=hi` as 0xFF, the others as 0 (SSE2 has no
/// unsigned compare: the bytes are moved so that `lo` is -128 and compared
/// as signed).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
pub(crate) fn bytes_within(v: std::arch::x86_64::__m128i, lo: u8, hi: u8) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is enabled; the intrinsics only compute on registers.
    unsafe { _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(128u8.wrapping_sub(lo) as i8)), _mm_set1_epi8((hi - lo + 1).wrapping_add(128) as i8)) }
}

/// `s.is_ascii()`. Natively on x86-64 thirty-two bytes are tested at once
/// with SSE2, where std's test reads eight: `artifacts` asks it of every
/// paragraph of the text.
pub fn is_ascii_text(s: &str) -> bool {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if s.len() >= 16 {
        use std::arch::x86_64::*;
        let b = s.as_bytes();
        let mut i = 0;
        // SAFETY: every load is of sixteen bytes within `b` (the last ones
        // overlapping those before); SSE2 is enabled.
        unsafe {
            let at = |i: usize| _mm_loadu_si128(b.as_ptr().add(i) as *const __m128i);
            while i + 32 <= b.len() {
                if _mm_movemask_epi8(_mm_or_si128(at(i), at(i + 16))) != 0 {
                    return false;
                }
                i += 32;
            }
            if i + 16 <= b.len() && _mm_movemask_epi8(at(i)) != 0 {
                return false;
            }
            return _mm_movemask_epi8(at(b.len() - 16)) == 0;
        }
    }
    s.is_ascii()
}

/// The end of the run of ASCII letters and digits from byte `i` of `b`,
/// and whether it holds a capital.
// (Natively a function of its own: inlined into the tokenizer, whose loop
// holds many values, its loop kept the bytes' address, their length and
// the classes in the stack, some 12 instructions a byte against 6 here.)
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
fn ascii_run(b: &[u8], mut i: usize) -> (usize, bool) {
    // (Natively on x86-64 sixteen bytes classed at once with SSE2.)
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    if i + 16 <= b.len() {
        use std::arch::x86_64::*;
        // SAFETY: bytes `i..i + 16` are in `b`; SSE2 is enabled.
        let (word, upper) = unsafe {
            let v = _mm_loadu_si128(b.as_ptr().add(i) as *const __m128i);
            let within = |lo: u8, hi: u8| bytes_within(v, lo, hi);
            let upper = within(b'A', b'Z');
            let word = _mm_or_si128(_mm_or_si128(within(b'a', b'z'), upper), within(b'0', b'9'));
            (_mm_movemask_epi8(word) as u32, _mm_movemask_epi8(upper) as u32)
        };
        if word != 0xFFFF {
            let n = (!word).trailing_zeros();
            return (i + n as usize, upper & ((1 << n) - 1) != 0);
        }
    }
    // WORD_BYTE of the bytes, or-ed.
    let mut class = 0;
    while let Some(&c) = b.get(i) {
        let k = WORD_BYTE[c as usize];
        if k == 0 {
            break;
        }
        class |= k;
        i += 1;
    }
    (i, class & CAPITAL != 0)
}

/// `v.push(x)`; when `ROOM`, without the test of `v`'s capacity, which the
/// caller made room in. (Never so in the wasm.)
#[inline(always)]
fn push_in<const ROOM: bool, T>(v: &mut Vec<T>, x: T) {
    if ROOM && cfg!(not(target_arch = "wasm32")) {
        debug_assert!(v.len() < v.capacity());
        // SAFETY: `ROOM` callers reserved room for every token of the block
        // (one per byte at most, see `Doc::new`), and push one at a time.
        unsafe {
            v.as_mut_ptr().add(v.len()).write(x);
            v.set_len(v.len() + 1);
        }
    } else {
        v.push(x);
    }
}

/// Splits `text[range]` into tokens, appended to `out`, and their lower-case
/// forms to `forms`; returns whether it holds a line break (`\n`).
/// `ROOM`: `out`, `forms.texts` and `forms.low` have room for `range.len()`
/// tokens more.
fn tokenize<'a, const ROOM: bool>(text: &'a str, range: Range<usize>, out: &mut Vec<Token>, forms: &mut Forms<'a>) -> bool {
    let s = &text[range.clone()];
    let bytes = s.as_bytes();
    let base = range.start;
    let mut i = 0;
    let mut space_before = true;
    // (Noted at the white space the loop steps over: `split_sentences` then
    // scans only blocks with a line break for short lines.)
    let mut newline = false;
    while let Some(&b) = bytes.get(i) {
        // ASCII whitespace, punctuation and words that open with a letter
        // take the fast paths; each token is what the general path below
        // makes of it.
        // (Natively only: the wasm, where size counts, takes the general
        // path for every char.)
        let ascii = if b < 0x80 && cfg!(not(target_arch = "wasm32")) { ASCII_START[b as usize] } else { A_OTHER };
        if ascii == A_SPACE {
            space_before = true;
            newline |= b == b'\n';
            i += 1;
            continue;
        }
        if ascii != A_OTHER {
            let tok = out.len() as u32;
            let (end, kind, case, script, plain) = if ascii == A_PUNCT {
                if b == b'-' {
                    forms.hyphen.push(tok);
                }
                #[cfg(not(target_arch = "wasm32"))]
                if matches!(b, b'.' | b'!' | b'?') {
                    forms.terms.push(tok);
                }
                (i + 1, TokKind::Punct, Case::None, Script::Common, true)
            } else {
                let upper = ascii == A_UPPER;
                let (end, plain) = word_rest(s, i + 1, !upper, tok, forms);
                (end, TokKind::Word, if upper { Case::Upper } else { Case::Lower }, Script::Latin, plain)
            };
            push_in::<ROOM, _>(out, Token { start: (base + i) as u32, end: (base + end) as u32, kind, case, script, space_before });
            debug_assert_eq!(plain, bytes[i..end].iter().all(|&c| c < 0x80 && !c.is_ascii_uppercase()));
            forms.push::<ROOM>(text, base + i, base + end, plain);
            // (Most tokens are followed by one plain space: stepped over
            // here, not by a turn of the loop, some 15 instructions.)
            space_before = bytes.get(end) == Some(&b' ');
            i = end + usize::from(space_before);
            continue;
        }
        // (The general path apart: inlined here, its values took the
        // registers of the fast paths' loop.)
        match general_token(text, s, base, i, space_before, out, forms) {
            Some((end, space)) => {
                space_before = space;
                newline |= b == b'\n';
                i = end;
            }
            None => break,
        }
    }
    newline
}

/// The token, or the whitespace, at byte `i` of the block `s` (which
/// starts at byte `base` of `text`) by the general path of [`tokenize`]:
/// appends a token to `out` and its forms to `forms`; returns where the
/// next one starts and whether whitespace stands before it. `None` past
/// the end.
#[cfg_attr(not(target_arch = "wasm32"), inline(never))]
fn general_token<'a>(text: &'a str, s: &'a str, base: usize, i: usize, space_before: bool, out: &mut Vec<Token>, forms: &mut Forms<'a>) -> Option<(usize, bool)> {
    let c = char_at(s, i)?;
    if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
        return Some((i + c.len_utf8(), true));
    }
    let start = i;
    // `end` is also where the next char to look at starts.
    let mut end = i + c.len_utf8();
    let kind;
    // The token is ASCII without capitals (its own lower-case form).
    let mut plain = c.is_ascii() && !c.is_ascii_uppercase();
    if c.is_numeric() {
        kind = TokKind::Number;
        while let Some(d) = char_at(s, end) {
            if d.is_numeric() {
                plain &= d.is_ascii();
                end += d.len_utf8();
            } else if matches!(d, '.' | ',' | ':' | '/') {
                // Internal separator only when a digit follows.
                if char_at(s, end + 1).is_some_and(|n| n.is_ascii_digit()) {
                    end += 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        // (A non-ASCII digit after the first.)
        #[cfg(not(target_arch = "wasm32"))]
        if !plain && s.as_bytes()[start + c.len_utf8()..end].iter().any(|&b| b >= 0x80) {
            forms.note_joined(out.len() as u32);
        }
    } else if if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_word_char(c) } {
        kind = TokKind::Word;
        // CJK scripts have no spaces: one token per char keeps tokens meaningful.
        if !is_cjk(c) {
            (end, plain) = word_rest(s, end, plain, out.len() as u32, forms);
        }
    } else {
        kind = TokKind::Punct;
        if c == '-' {
            forms.hyphen.push(out.len() as u32);
        }
        #[cfg(not(target_arch = "wasm32"))]
        if matches!(c, '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{FF01}' | '\u{FF1F}') {
            forms.terms.push(out.len() as u32);
        }
    }
    let case = if c.is_uppercase() {
        Case::Upper
    } else if c.is_lowercase() {
        Case::Lower
    } else {
        Case::None
    };
    out.push(Token {
        start: (base + start) as u32,
        end: (base + end) as u32,
        kind,
        case,
        script: if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                Script::Latin
            } else {
                Script::Common
            }
        } else {
            Script::of(c)
        },
        space_before,
    });
    debug_assert_eq!(plain, s.as_bytes()[start..end].iter().all(|&c| c < 0x80 && !c.is_ascii_uppercase()));
    debug_assert_eq!(forms.hyphen.last() == Some(&(out.len() as u32 - 1)), s.as_bytes()[start..end].contains(&b'-'));
    forms.push::<false>(text, base + start, base + end, plain);
    Some((end, false))
}

fn is_closing_punct(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "\u{201D}" | "\u{2019}" | "\u{00BB}" | "\u{203A}" | "\u{201C}" | ")" | "]" | "\u{300D}" | "\u{300F}"
    )
}

/// Splits the tokens `toks[range]` of one paragraph into sentences;
/// `newline`: whether the paragraph's text holds a line break.
/// `terms`: natively the block's tokens that may end a sentence, in order
/// (the wasm scans the tokens for them).
fn split_sentences(text: &str, toks: &[Token], range: Range<usize>, para: usize, newline: bool, mut terms: &[u32], out: &mut Vec<Sentence>) {
    // A short line with no stop at its end ("Jean-Baptiste Morel" over
    // "Publié le 19/10/27", "Par Camille Benhamou" over "Le 20 novembre") is
    // a byline, a dateline or a heading: a sentence of its own, and a name
    // never runs over its break into the next line. (A line of prose that is
    // wrapped by hand is longer; its last line ends the paragraph.)
    const SHORT_LINE: usize = 60;
    if range.is_empty() {
        return;
    }
    let span = toks[range.start].start as usize..toks[range.end - 1].end as usize;
    let mut from = range.start;
    // (Only a line break between two tokens splits; the tokenizer saw
    // whether the block holds any, where a scan of its bytes here cost some
    // six instructions a byte, 2% of a run.)
    if newline {
        let mut line_start = span.start;
        for j in range.start + 1..range.end {
            let gap = &text.as_bytes()[toks[j - 1].end as usize..toks[j].start as usize];
            let Some(nl) = gap.iter().rposition(|&b| b == b'\n') else { continue };
            let line_len = toks[j - 1].end as usize - line_start;
            line_start = toks[j - 1].end as usize + nl + 1;
            let ended = toks[j - 1].kind == TokKind::Punct && matches!(text.as_bytes()[toks[j - 1].start as usize], b'.' | b'!' | b'?' | b':' | b';' | b',');
            if line_len < SHORT_LINE && !ended && matches!(toks[j].case, Case::Upper) {
                split_sentences_in(text, toks, from..j, para, &mut terms, out);
                from = j;
            }
        }
    }
    split_sentences_in(text, toks, from..range.end, para, &mut terms, out);
}

/// The tokens `toks[range]` as sentences, by the terminals `terms` (those
/// from `range.start` on, in order; the ones read are taken off it).
// (Natively the terminals the tokenizer noted: a scan of every token for
// them cost some twenty instructions a token, 1.4% of a run.)
#[cfg(not(target_arch = "wasm32"))]
fn split_sentences_in(text: &str, toks: &[Token], range: Range<usize>, para: usize, terms: &mut &[u32], out: &mut Vec<Sentence>) {
    if range.is_empty() {
        return;
    }
    let mut start = range.start;
    // Tokens before `next` went into the sentence end of a terminal before.
    let mut next = range.start;
    while let Some((&t, rest)) = terms.split_first() {
        let i = t as usize;
        if i >= range.end {
            break;
        }
        *terms = rest;
        if i < next {
            continue;
        }
        let (j, ends) = terminal_end(text, toks, &range, i);
        if ends {
            out.push(sentence(toks, start..j, para));
            start = j;
        }
        next = j;
    }
    if start < range.end {
        out.push(sentence(toks, start..range.end, para));
    }
}

/// The sentence of tokens `t` (not empty) in paragraph `para`.
fn sentence(toks: &[Token], t: Range<usize>, para: usize) -> Sentence {
    Sentence { range: toks[t.start].start as usize..toks[t.end - 1].end as usize, toks: t, para }
}

#[cfg(target_arch = "wasm32")]
#[inline(always)]
fn split_sentences_in(text: &str, toks: &[Token], range: Range<usize>, para: usize, _terms: &mut &[u32], out: &mut Vec<Sentence>) {
    split_sentences_scan(text, toks, range, para, out)
}

/// [`split_sentences_in`] with the terminals found by a scan of the tokens.
// (Not inlined: its two calls above made two copies of it in the wasm.)
#[cfg(any(target_arch = "wasm32", test))]
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn split_sentences_scan(text: &str, toks: &[Token], range: Range<usize>, para: usize, out: &mut Vec<Sentence>) {
    if range.is_empty() {
        return;
    }
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &toks[i];
        // (Terminals are punctuation tokens: words skip the slicing and the
        // string tests.)
        if t.kind != TokKind::Punct {
            i += 1;
            continue;
        }
        let s = &text[t.range()];
        if is_terminal(s) {
            let (j, ends) = terminal_end(text, toks, &range, i);
            if ends {
                out.push(sentence(toks, start..j, para));
                start = j;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if start < range.end {
        out.push(sentence(toks, start..range.end, para));
    }
}

/// Whether a punctuation token's text may end a sentence.
#[cfg(any(target_arch = "wasm32", test))]
fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "\u{2026}" | "\u{3002}" | "\u{FF01}" | "\u{FF1F}")
}

/// For the terminal punctuation token `i` of `toks[range]`: the end of the
/// sentence it may close (after repeated terminals and closing quotes or
/// brackets) and whether it closes one.
#[inline(always)]
fn terminal_end(text: &str, toks: &[Token], range: &Range<usize>, i: usize) -> (usize, bool) {
    let s = &text[toks[i].range()];
    // Absorb repeated terminals and closing quotes/brackets.
    let mut j = i + 1;
    while j < range.end && !toks[j].space_before {
        let sj = &text[toks[j].range()];
        if is_closing_punct(sj) || matches!(sj, "." | "!" | "?") {
            j += 1;
        } else {
            break;
        }
    }
    let ends = if j >= range.end {
        true
    } else if s == "." && i > range.start && is_abbrev_before(text, toks, i) {
        false
    } else if s == "." && i > range.start + 1 && german_ordinal(text, toks, i) {
        false
    } else if one_of!(s, "\u{3002}" | "\u{FF01}" | "\u{FF1F}") {
        true
    } else {
        let n = &toks[j];
        let ns = &text[n.range()];
        n.space_before
            && (n.case == Case::Upper
                || n.kind == TokKind::Number
                || n.case == Case::None && n.kind == TokKind::Word
                || one_of!(ns, "\"" | "\u{201C}" | "\u{201E}" | "\u{00AB}" | "'" | "\u{2018}" | "(" | "\u{300C}"))
    };
    (j, ends)
}

/// Whether the period at token `i` makes the number before it an ordinal
/// (German): "mit dem 31. Dezember", "im 19. Jahrhundert" — after an
/// article or a preposition with one folded in.
fn german_ordinal(text: &str, toks: &[Token], i: usize) -> bool {
    let n = &toks[i - 1];
    if n.kind != TokKind::Number || n.end - n.start > 2 || toks[i].space_before {
        return false;
    }
    one_of!(&text[toks[i - 2].range()], "am" | "im" | "zum" | "vom" | "dem" | "den" | "der" | "des" | "die" | "das" | "zur" | "beim" | "bis" | "ab" | "seit")
}

/// Whether the period at token `i` closes an abbreviation or an initial.
fn is_abbrev_before(text: &str, toks: &[Token], i: usize) -> bool {
    let p = &toks[i - 1];
    if p.kind != TokKind::Word || toks[i].space_before {
        return false;
    }
    let w = &text[p.range()];
    // An initial: "J. Smith", "U.S." (An initial that closes a name,
    // "Didier L. Le tribunal a estimé", ends its sentence before an article
    // or a pronoun.)
    if crate::text::char_len(w) == 1 && p.case == Case::Upper {
        // (A short capitalised word: "Le", "La", "The", "Die", "Il", "He".)
        let next = toks.get(i + 1).map_or("", |n| &text[n.range()]);
        return !(i >= 2 && toks[i - 2].case == Case::Upper && (2..=3).contains(&next.len()) && next.as_bytes()[0].is_ascii_uppercase() && next.as_bytes()[1..].iter().all(u8::is_ascii_lowercase));
    }
    // "p.m.", "a.m.", "e.g.": single letters joined by periods.
    if w.len() == 1 && i >= 3 && !p.space_before && text[toks[i - 2].range()] == *"." && !toks[i - 2].space_before && toks[i - 3].kind == TokKind::Word && toks[i - 3].end - toks[i - 3].start == 1 {
        return true;
    }
    is_abbreviation(w)
}

/// The texts of every fixture in `tests/fixtures`, for tests that check a
/// fast path against the plain one on real pages. (Native only: it reads
/// files.)
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn fixture_texts() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(texts.len() > 100);
    texts
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;

    #[test]
    fn byte_sets_match_the_library_s_char_sets() {
        for s in ["", "a", "Da.", "so?! ", "fin…", "l'Écho", "'Écho", "’Écho", "''x", "é", "wie,  ", "„Zitat“", " Neue  Zürcher Zeitung "] {
            assert_eq!(ends_with_byte(s, b".!?"), s.ends_with(['.', '!', '?']), "{s:?}");
            assert_eq!(trim_end_bytes(s, b" ,"), s.trim_end_matches([' ', ',']), "{s:?}");
            assert_eq!(trim_end_bytes(s, b"!?"), s.trim_end_matches(['!', '?']), "{s:?}");
            assert_eq!(strip_apostrophe(s), s.strip_prefix(['\'', '\u{2019}']), "{s:?}");
            assert_eq!(split_spaces(s), s.split(' ').collect::<Vec<_>>(), "{s:?}");
            let words = split_spaces(s);
            assert_eq!(joined(&words, " "), s, "{s:?}");
            assert_eq!(joined(&words, ""), words.concat(), "{s:?}");
        }
    }

    #[test]
    fn is_alphanumeric_is_chars() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{:x}", c as u32);
        }
    }

    /// The wasm's substring search finds what `str::find` finds: every
    /// substring of texts with repeats and multi-byte chars, and words that
    /// are not there.
    #[test]
    fn find_bytes_is_str_find() {
        for hay in ["", "aaab aaab aab", "abababc abab", "Σ Ärger ΣΑΣ ärger", "les l'État, l\u{2019}État's 's ", "mum-of-three-of-"] {
            let mut needles: Vec<&str> = vec!["", "x", "aaac", "ΣΣ", "s 's", "-of-", "ab ab"];
            for a in (0..=hay.len()).filter(|&a| hay.is_char_boundary(a)) {
                needles.extend((a..=hay.len()).filter(|&b| hay.is_char_boundary(b)).map(|b| &hay[a..b]));
            }
            for n in needles {
                assert_eq!(super::find_bytes(hay.as_bytes(), n.as_bytes()), hay.find(n), "{hay:?} {n:?}");
            }
        }
    }

    #[test]
    fn one_of_is_matches() {
        // (In the wasm, the packed word scan: as `matches!` on any word.)
        for w in ["", "o", "of", "off", "in", "à", "près", "prè", "ès", "\u{201C}", "\"", "quelque", "of|in", "|"] {
            assert_eq!(one_of!(w, "of" | "in" | "à" | "près" | "\u{201C}" | "\""), matches!(w, "of" | "in" | "à" | "près" | "\u{201C}" | "\""), "{w}");
            assert_eq!(one_of!(w, "quelque"), w == "quelque", "{w}");
        }
    }

    // (The terminals are noted natively only.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn noted_terminals_split_as_the_scan_native_only() {
        let mut texts = crate::text::fixture_texts();
        texts.push("Wait\u{2026} what?! He left\u{3002}Then \u{FF01}ok \u{FF1F} \u{201C}Yes.\u{201D} (No.) Dr. Who. Am 3. Mai kam er. ... x.y ?".into());
        for text in &texts {
            let (mut toks, mut forms) = (Vec::new(), Forms::new(text));
            tokenize::<false>(text, 0..text.len(), &mut toks, &mut forms);
            let n = toks.len();
            for step in [n.max(1), 40, 7, 1] {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let mut terms = &forms.terms[..];
                let mut from = 0;
                while from < n {
                    let to = (from + step).min(n);
                    split_sentences_in(text, &toks, from..to, 0, &mut terms, &mut a);
                    split_sentences_scan(text, &toks, from..to, 0, &mut b);
                    from = to;
                }
                let key = |v: &[Sentence]| v.iter().map(|s| (s.range.clone(), s.toks.clone())).collect::<Vec<_>>();
                assert_eq!(key(&a), key(&b), "{step}");
            }
        }
    }

    // (What mt::may_hit rests on; native only, as it is: a pass over every char.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn chars_outside_tokens_lower_case_to_no_letter_native_only() {
        // A char that opens no word or number, and is no part of one but
        // as an apostrophe or a hyphen, is no letter in lower case either
        // (as `push_lower_runs` with `same_len` lower-cases it).
        for u in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(u) else { continue };
            if !(c.is_numeric() || is_word_char(c)) {
                assert!(!lower_same_len(c).is_alphabetic(), "{u:x}");
                let mut s = String::new();
                push_lower_runs(c.encode_utf8(&mut [0; 4]), &mut s, true);
                assert!(!s.chars().any(char::is_alphabetic), "{u:x}");
            }
        }
    }

    // (The word table is native only: the wasm keeps the hash map, smaller
    // there; scripts/test.mjs skips tests named native_only in its check.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn word_table_looks_up_lower_cased_ascii_native_only() {
        let words = ["a", "ab", "abc", "abcd", "the", "reuters", "according", "abcdefghijklmnop", "verteidigungsminister", "été", "@[`{"];
        let t = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.to_string(), i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), Some(i), "{w}");
            if w.is_ascii() {
                let up = w.to_ascii_uppercase();
                assert_eq!(t.get_ascii_lower(up.as_bytes()), Some(i), "{up}");
            }
        }
        // Bytes next to the capitals' range ('@' '[' '`' '{') are no capitals.
        for w in ["A@", "`bc", "Ab{", "The", "REUTERs", "VerteidigungsministeR"] {
            let low = w.to_ascii_lowercase();
            assert_eq!(t.get_ascii_lower(w.as_bytes()), t.get(low.as_bytes()), "{w}");
        }
        assert_eq!(t.get_ascii_lower(b"@[`{"), Some(10));
        assert_eq!(t.get_ascii_lower(b"@{`{"), None);
        assert_eq!(t.get(b"th"), None);
        assert_eq!(t.get(b"verteidigungsministe"), None);
    }

    #[test]
    fn same_is_eq() {
        let words = ["", "a", "ab", "abc", "abd", "abcd", "abce", "bbcd", "abcdefg", "abcdefh", "xbcdefg", "abcdefgh", "abcdefgi", "abcdefghijklmnop", "abcdefghijklmnoq", "bbcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopr", "é", "ée", "übersetzt", "übersetzu"];
        for a in words {
            for b in words {
                assert_eq!(same(a, b), a == b, "{a} {b}");
            }
        }
    }

    #[test]
    fn is_ascii_text_is_is_ascii() {
        // A non-ASCII char (of two, three and four bytes) at every place of
        // strings of every length around the 16- and 32-byte steps.
        for n in 0..100 {
            let plain: String = (0..n).map(|k| (b'!' + (k * 7 % 90) as u8) as char).collect();
            assert!(super::is_ascii_text(&plain), "{n}");
            for c in ['é', '€', '😀', '\u{80}'] {
                for at in 0..=n {
                    let mut s = plain.clone();
                    s.insert(at, c);
                    assert_eq!(super::is_ascii_text(&s), s.is_ascii(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn push_lower_ascii_is_make_ascii_lowercase() {
        let all: String = (0u8..128).map(char::from).chain("ÀÉßΣ".chars()).collect();
        for start in 0..all.len() {
            for end in start..=all.len().min(start + 70) {
                let Some(s) = all.get(start..end) else { continue };
                let mut out = String::from("Ab");
                push_lower_ascii(&mut out, s);
                assert_eq!(out, format!("Ab{}", s.to_ascii_lowercase()), "{s:?}");
            }
        }
    }

    #[test]
    fn ascii_run_is_the_byte_loop() {
        let by_bytes = |b: &[u8], mut i: usize| {
            let mut cap = false;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                cap |= b[i].is_ascii_uppercase();
                i += 1;
            }
            (i, cap)
        };
        // Runs of every length to 20 from every offset to 3, stopped by
        // every byte, with and without capitals, the text ending anywhere.
        for stop in 0..=255u8 {
            for k in 0..20 {
                for letters in [&b"az09zbmq"[..], b"aZ09zAmQ", b"9AZ0azBY"] {
                    let mut v = vec![b'x'; 3];
                    v.extend((0..k).map(|j| letters[j % 8]));
                    v.push(stop);
                    v.extend([b'a', 0xFF, b' ', b'Z'].iter().cycle().take(20));
                    for end in 0..=v.len() {
                        for from in 0..4.min(end + 1) {
                            assert_eq!(ascii_run(&v[..end], from), by_bytes(&v[..end], from), "{v:?} {end} {from}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn ascii_start_is_the_general_path() {
        // The fast paths of `tokenize` class an ASCII byte as the general
        // path would: whitespace, a digit (general), a letter, else one
        // punctuation token.
        for b in 0u8..128 {
            let c = b as char;
            let want = if c.is_whitespace() {
                A_SPACE
            } else if c.is_numeric() {
                A_OTHER
            } else if c.is_uppercase() {
                A_UPPER
            } else if c.is_lowercase() {
                A_LOWER
            } else {
                assert!(!is_word_char(c), "{b}");
                A_PUNCT
            };
            assert_eq!(ASCII_START[b as usize], want, "{b}");
        }
    }

    fn doc(text: &str) -> (String, Input) {
        let input = Input::from_text(text);
        (input.text(), input)
    }

    #[test]
    fn tokens_keep_contractions_and_numbers() {
        let (t, i) = doc("Don't send 3.5 full-scale troops, he said.");
        let d = Doc::new(&t, &i, &[true]);
        let words: Vec<&str> = (0..d.toks.len()).map(|k| d.tok_text(k)).collect();
        assert_eq!(words, ["Don't", "send", "3.5", "full-scale", "troops", ",", "he", "said", "."]);
    }

    /// The sentences of `text`, one paragraph, as texts.
    fn sentences(text: &str) -> Vec<String> {
        let (t, i) = doc(text);
        let d = Doc::new(&t, &i, &[true]);
        d.sents.iter().map(|s| t[s.range.clone()].to_string()).collect()
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        assert_eq!(sentences("Mr. Smith met J. Doe in the U.S. on Monday. Then he left! \"Fine.\" She said so"), ["Mr. Smith met J. Doe in the U.S. on Monday.", "Then he left!", "\"Fine.\"", "She said so"]);
        // A capitalised abbreviation is one only so: "S." and "Me." are,
        // the "s." of "the 1940s." and "me." are not.
        assert_eq!(sentences("Standards date to the 1940s. Ms. Price told me. Me. Dupont et Ir. Joko S. Wibowo sont là."), ["Standards date to the 1940s.", "Ms. Price told me.", "Me. Dupont et Ir. Joko S. Wibowo sont là."]);
        // An initial closing a name ends its sentence before an article.
        assert_eq!(sentences("Le tribunal a condamné Didier L. Le tribunal a estimé que J. Smith avait tort.").len(), 2);
    }

    #[test]
    fn a_german_ordinal_ends_no_sentence() {
        assert_eq!(sentences("Die Linie wird mit dem 31. Dezember eingestellt. Der Keller stammt aus dem 17. Jahrhundert. Die Zahl stieg auf 31. Danach sank sie."), ["Die Linie wird mit dem 31. Dezember eingestellt.", "Der Keller stammt aus dem 17. Jahrhundert.", "Die Zahl stieg auf 31.", "Danach sank sie."]);
    }

    #[test]
    fn a_short_line_without_a_stop_is_a_sentence() {
        assert_eq!(sentences("Par Camille Benhamou\nLe 20 novembre 2027 à 19h12"), ["Par Camille Benhamou", "Le 20 novembre 2027 à 19h12"]);
        // A line of prose wrapped by hand runs on.
        assert_eq!(sentences("The council leader, who has run the authority since 2019 and faces\nRe-election next spring, spoke.").len(), 1);
    }

    #[test]
    fn scripts() {
        assert_eq!(Script::of('관'), Script::Hangul);
        assert_eq!(Script::of('é'), Script::Latin);
        assert_eq!(Script::of('я'), Script::Cyrillic);
        assert_eq!(Script::of('中'), Script::Han);
        assert_eq!(Script::of('1'), Script::Common);
    }

    #[test]
    fn lookups() {
        let (t, i) = doc("One two.\n\nThree four.");
        let d = Doc::new(&t, &i, &[true, true]);
        assert_eq!(d.paras.len(), 2);
        assert_eq!(d.para_of(t.find("Three").unwrap()), 1);
        assert_eq!(d.tok_text(d.tok_at(t.find("four").unwrap())), "four");
        assert_eq!(d.sent_of(t.find("four").unwrap()), 1);
    }
}

/// The lower case of `c`, as `char::to_lowercase` gives it for the scripts
/// news text is written in (Latin with its extensions, Greek, Cyrillic,
/// Armenian, Georgian, full-width Latin); other chars stay as they are.
/// (std's full case table costs the wasm about 8 KB gzipped.) U+0130 "İ" is
/// "i" and U+0307, as in std: the second char, if any.
// (One copy in the wasm: called from the few places that lower non-ASCII.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn lower_char(c: char) -> (char, Option<char>) {
    #[cfg(target_arch = "wasm32")]
    return lower_char_table(c);
    #[cfg(not(target_arch = "wasm32"))]
    return lower_char_match(c);
}

/// [`lower_char`] natively: the arms of a match.
#[cfg(any(not(target_arch = "wasm32"), test))]
#[inline(always)]
fn lower_char_match(c: char) -> (char, Option<char>) {
    let u = c as u32;
    let even = u % 2 == 0;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F if even => u + 1,
        0x1A0..=0x1A5 if even => u + 1,
        0x130 => return ('i', Some('\u{307}')),
        0x139..=0x148 | 0x179..=0x17E | 0x1B3..=0x1B6 | 0x1CD..=0x1DC if !even => u + 1,
        0x178 => 0xFF,
        0x181 => 0x253,
        0x186 => 0x254,
        0x189 => 0x256,
        0x18A => 0x257,
        0x18E => 0x1DD,
        0x18F => 0x259,
        0x190 => 0x25B,
        0x193 => 0x260,
        0x194 => 0x263,
        0x196 => 0x269,
        0x197 => 0x268,
        0x19C => 0x26F,
        0x19D => 0x272,
        0x19F => 0x275,
        0x182 | 0x184 | 0x1A7 | 0x1AC | 0x1AF | 0x1B8 | 0x1BC | 0x187 | 0x18B | 0x191 | 0x198 | 0x1F4 => u + 1,
        0x1A6 => 0x280,
        0x1A9 => 0x283,
        0x1AE => 0x288,
        0x1B1 => 0x28A,
        0x1B2 => 0x28B,
        0x1B7 => 0x292,
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => u + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 => u + 1,
        0x1F6 => 0x195,
        0x1F7 => 0x1BF,
        0x220 => 0x19E,
        0x23A => 0x2C65,
        0x23B => 0x23C,
        0x23D => 0x19A,
        0x23E => 0x2C66,
        0x241 => 0x242,
        0x243 => 0x180,
        0x244 => 0x289,
        0x245 => 0x28C,
        0x370 | 0x372 | 0x376 => u + 1,
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x3CF => 0x3D7,
        0x3D8..=0x3EF if even => u + 1,
        0x3F4 => 0x3B8,
        0x3F7 | 0x3FA => u + 1,
        0x3F9 => 0x3F2,
        0x3FD..=0x3FF => u - 130,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if even => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if !even => u + 1,
        0x531..=0x556 => u + 48,
        0x10A0..=0x10C5 => u + 0x1C60,
        0x10C7 | 0x10CD => u + 0x1C60,
        0x13A0..=0x13EF => u + 0x97D0,
        0x13F0..=0x13F5 => u + 8,
        0x1C90..=0x1CBA | 0x1CBD..=0x1CBF => u - 0xBC0,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if even => u + 1,
        0x1E9E => 0xDF,
        0x1F08..=0x1F0F | 0x1F18..=0x1F1D | 0x1F28..=0x1F2F | 0x1F38..=0x1F3F | 0x1F48..=0x1F4D | 0x1F68..=0x1F6F | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => u - 8,
        0x1F59 | 0x1F5B | 0x1F5D | 0x1F5F => u - 8,
        0x1FB8 | 0x1FB9 | 0x1FD8 | 0x1FD9 | 0x1FE8 | 0x1FE9 => u - 8,
        0x1FBA | 0x1FBB => u - 74,
        0x1FBC | 0x1FCC | 0x1FFC => u - 9,
        0x1FC8..=0x1FCB => u - 86,
        0x1FDA | 0x1FDB => u - 100,
        0x1FEA | 0x1FEB => u - 112,
        0x1FEC => 0x1FE5,
        0x1FF8 | 0x1FF9 => u - 128,
        0x1FFA | 0x1FFB => u - 126,
        0x2126 => 0x3C9,
        0x212A => 0x6B,
        0x212B => 0xE5,
        0x2132 => 0x214E,
        0x2160..=0x216F => u + 16,
        0x2183 => 0x2184,
        0x24B6..=0x24CF => u + 26,
        0x2C00..=0x2C2F => u + 48,
        0x2C60 | 0x2C67 | 0x2C69 | 0x2C6B | 0x2C72 | 0x2C75 => u + 1,
        0x2C80..=0x2CE3 if even => u + 1,
        0xA640..=0xA66D | 0xA680..=0xA69B | 0xA722..=0xA72F | 0xA732..=0xA76F | 0xA77E..=0xA787 | 0xA790..=0xA793 | 0xA796..=0xA7A9 if even => u + 1,
        0xFF21..=0xFF3A => u + 0x20,
        _ => u,
    };
    (char::from_u32(l).unwrap_or(c), None)
}

/// [`lower_char`]'s arms as data, for the wasm: (first char, chars after
/// it, which of them (0 all, 1 the even, 2 the odd, 3 "İ"), what to add),
/// sorted, none overlapping. 2.5 KB of code were its match.
#[cfg(any(target_arch = "wasm32", test))]
const LOWER_TABLE: [(u16, u8, u8, i32); 161] = [
    (0x0041, 25, 0, 32), (0x00C0, 22, 0, 32), (0x00D8, 6, 0, 32), (0x0100, 47, 1, 1),
    (0x0130, 0, 3, 0), (0x0132, 5, 1, 1), (0x0139, 15, 2, 1), (0x014A, 45, 1, 1),
    (0x0178, 0, 0, -121), (0x0179, 5, 2, 1), (0x0181, 0, 0, 210), (0x0182, 0, 0, 1),
    (0x0184, 0, 0, 1), (0x0186, 0, 0, 206), (0x0187, 0, 0, 1), (0x0189, 0, 0, 205),
    (0x018A, 0, 0, 205), (0x018B, 0, 0, 1), (0x018E, 0, 0, 79), (0x018F, 0, 0, 202),
    (0x0190, 0, 0, 203), (0x0191, 0, 0, 1), (0x0193, 0, 0, 205), (0x0194, 0, 0, 207),
    (0x0196, 0, 0, 211), (0x0197, 0, 0, 209), (0x0198, 0, 0, 1), (0x019C, 0, 0, 211),
    (0x019D, 0, 0, 213), (0x019F, 0, 0, 214), (0x01A0, 5, 1, 1), (0x01A6, 0, 0, 218),
    (0x01A7, 0, 0, 1), (0x01A9, 0, 0, 218), (0x01AC, 0, 0, 1), (0x01AE, 0, 0, 218),
    (0x01AF, 0, 0, 1), (0x01B1, 0, 0, 217), (0x01B2, 0, 0, 217), (0x01B3, 3, 2, 1),
    (0x01B7, 0, 0, 219), (0x01B8, 0, 0, 1), (0x01BC, 0, 0, 1), (0x01C4, 0, 0, 2),
    (0x01C5, 0, 0, 1), (0x01C7, 0, 0, 2), (0x01C8, 0, 0, 1), (0x01CA, 0, 0, 2),
    (0x01CB, 0, 0, 1), (0x01CD, 15, 2, 1), (0x01DE, 17, 1, 1), (0x01F1, 0, 0, 2),
    (0x01F2, 0, 0, 1), (0x01F4, 0, 0, 1), (0x01F6, 0, 0, -97), (0x01F7, 0, 0, -56),
    (0x01F8, 39, 1, 1), (0x0220, 0, 0, -130), (0x0222, 17, 1, 1), (0x023A, 0, 0, 10795),
    (0x023B, 0, 0, 1), (0x023D, 0, 0, -163), (0x023E, 0, 0, 10792), (0x0241, 0, 0, 1),
    (0x0243, 0, 0, -195), (0x0244, 0, 0, 69), (0x0245, 0, 0, 71), (0x0246, 9, 1, 1),
    (0x0370, 0, 0, 1), (0x0372, 0, 0, 1), (0x0376, 0, 0, 1), (0x037F, 0, 0, 116),
    (0x0386, 0, 0, 38), (0x0388, 2, 0, 37), (0x038C, 0, 0, 64), (0x038E, 0, 0, 63),
    (0x038F, 0, 0, 63), (0x0391, 16, 0, 32), (0x03A3, 8, 0, 32), (0x03CF, 0, 0, 8),
    (0x03D8, 23, 1, 1), (0x03F4, 0, 0, -60), (0x03F7, 0, 0, 1), (0x03F9, 0, 0, -7),
    (0x03FA, 0, 0, 1), (0x03FD, 2, 0, -130), (0x0400, 15, 0, 80), (0x0410, 31, 0, 32),
    (0x0460, 33, 1, 1), (0x048A, 53, 1, 1), (0x04C0, 0, 0, 15), (0x04C1, 13, 2, 1),
    (0x04D0, 95, 1, 1), (0x0531, 37, 0, 48), (0x10A0, 37, 0, 7264), (0x10C7, 0, 0, 7264),
    (0x10CD, 0, 0, 7264), (0x13A0, 79, 0, 38864), (0x13F0, 5, 0, 8), (0x1C90, 42, 0, -3008),
    (0x1CBD, 2, 0, -3008), (0x1E00, 149, 1, 1), (0x1E9E, 0, 0, -7615), (0x1EA0, 95, 1, 1),
    (0x1F08, 7, 0, -8), (0x1F18, 5, 0, -8), (0x1F28, 7, 0, -8), (0x1F38, 7, 0, -8),
    (0x1F48, 5, 0, -8), (0x1F59, 0, 0, -8), (0x1F5B, 0, 0, -8), (0x1F5D, 0, 0, -8),
    (0x1F5F, 0, 0, -8), (0x1F68, 7, 0, -8), (0x1F88, 7, 0, -8), (0x1F98, 7, 0, -8),
    (0x1FA8, 7, 0, -8), (0x1FB8, 0, 0, -8), (0x1FB9, 0, 0, -8), (0x1FBA, 0, 0, -74),
    (0x1FBB, 0, 0, -74), (0x1FBC, 0, 0, -9), (0x1FC8, 3, 0, -86), (0x1FCC, 0, 0, -9),
    (0x1FD8, 0, 0, -8), (0x1FD9, 0, 0, -8), (0x1FDA, 0, 0, -100), (0x1FDB, 0, 0, -100),
    (0x1FE8, 0, 0, -8), (0x1FE9, 0, 0, -8), (0x1FEA, 0, 0, -112), (0x1FEB, 0, 0, -112),
    (0x1FEC, 0, 0, -7), (0x1FF8, 0, 0, -128), (0x1FF9, 0, 0, -128), (0x1FFA, 0, 0, -126),
    (0x1FFB, 0, 0, -126), (0x1FFC, 0, 0, -9), (0x2126, 0, 0, -7517), (0x212A, 0, 0, -8383),
    (0x212B, 0, 0, -8262), (0x2132, 0, 0, 28), (0x2160, 15, 0, 16), (0x2183, 0, 0, 1),
    (0x24B6, 25, 0, 26), (0x2C00, 47, 0, 48), (0x2C60, 0, 0, 1), (0x2C67, 0, 0, 1),
    (0x2C69, 0, 0, 1), (0x2C6B, 0, 0, 1), (0x2C72, 0, 0, 1), (0x2C75, 0, 0, 1),
    (0x2C80, 99, 1, 1), (0xA640, 45, 1, 1), (0xA680, 27, 1, 1), (0xA722, 13, 1, 1),
    (0xA732, 61, 1, 1), (0xA77E, 9, 1, 1), (0xA790, 3, 1, 1), (0xA796, 19, 1, 1),
    (0xFF21, 25, 0, 32),
];

/// [`lower_char`] from [`LOWER_TABLE`] (the wasm's).
#[cfg(any(target_arch = "wasm32", test))]
fn lower_char_table(c: char) -> (char, Option<char>) {
    let u = c as u32;
    for &(lo, len, which, add) in &LOWER_TABLE {
        let lo = lo as u32;
        if u < lo {
            break;
        }
        if u <= lo + len as u32 && (which == 0 || which == 3 || (u % 2 == 0) == (which == 1)) {
            if which == 3 {
                return ('i', Some('\u{307}'));
            }
            return (char::from_u32(u.wrapping_add(add as u32)).unwrap_or(c), None);
        }
    }
    (c, None)
}

/// `s` in lower case, as `str::to_lowercase` writes it (see [`lower_char`]),
/// with its final-sigma rule: a capital sigma ending a word is "ς".
pub fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // (The neighbours are looked at only for a sigma: no letter test per char.)
    let mut prev = None;
    // Chars no case touches (ASCII other than capitals, the scripts without
    // case: CJK, Hangul, Arabic, Thai, …; see `lower_char`'s arms) are copied
    // by runs from `run` on, without a `lower_char` or push each: the
    // lexicons' many-script entries cost 3 M instructions at first use.
    let mut run = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let u = c as u32;
        if u < 0x41 || matches!(u, 0x5B..=0xBF | 0x557..=0x109F | 0x2D00..=0xA63F | 0xA800..=0xFF20) || u > 0xFF3A {
            prev = Some(c);
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        if c == '\u{3A3}' {
            let final_ = prev.is_some_and(char::is_alphabetic) && !it.peek().is_some_and(|&(_, n)| n.is_alphabetic());
            out.push(if final_ { '\u{3C2}' } else { '\u{3C3}' });
        } else {
            let (a, b) = lower_char(c);
            out.push(a);
            out.extend(b);
        }
        prev = Some(c);
    }
    out.push_str(&s[run..]);
    out
}

/// `.lower()`: [`lowercase`] as a method, where std's `to_lowercase` was.
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        if self.is_ascii() {
            // (`to_ascii_lowercase`, through the wasm's one copy of the loop.)
            let mut out = String::with_capacity(self.len());
            push_lower_ascii(&mut out, self);
            out
        } else {
            lowercase(self)
        }
    }
}

/// Appends `b` lower-cased to `v` when it is ASCII of 4 to 16 bytes, and
/// says whether it did (`false`: `v` unchanged).
// (The word's bytes are put together in registers and stored with one
// 16-byte store. Stored first into an array with two overlapping stores and
// copied from there with a 16-byte load, the load spanned the two stores,
// which cannot be forwarded to it: perf put 1.3% of NATO x100's samples
// there. One store can be forwarded to any later load inside it, as the
// lookups of a name's words make.)
#[cfg(not(target_arch = "wasm32"))]
#[inline]
fn push_lower_ascii_short(v: &mut Vec<u8>, b: &[u8]) -> bool {
    let n = b.len();
    if !(4..=16).contains(&n) {
        return false;
    }
    let key = word_key(b);
    if (key.0 | key.1) & 0x8080_8080_8080_8080 != 0 {
        return false;
    }
    let (x, y) = lower_key(key);
    // Bytes 0..8 and 8..16 of the word, zeros past its end: the key's last
    // part holds the word's last 8 (or 4) bytes, of which the bytes past the
    // first part are its high ones.
    let (lo, hi) = match n {
        4..=7 => (x & 0xFFFF_FFFF | (y & 0xFFFF_FFFF) >> (8 * (8 - n)) << 32, 0),
        8 => (x, 0),
        _ => (x, y >> (8 * (16 - n))),
    };
    v.reserve(16);
    // SAFETY: room for 16 bytes is reserved; the first `n` stored are the
    // word's ASCII bytes lower-cased, which `set_len` takes in.
    unsafe {
        let dst = v.as_mut_ptr().add(v.len());
        #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
        std::arch::x86_64::_mm_storeu_si128(dst.cast(), std::arch::x86_64::_mm_set_epi64x(hi as i64, lo as i64));
        #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
        {
            dst.cast::<u64>().write_unaligned(lo.to_le());
            dst.add(8).cast::<u64>().write_unaligned(hi.to_le());
        }
        v.set_len(v.len() + n);
    }
    true
}

#[cfg(test)]
mod lower_tests {
    /// `lowercase` before its runs of chars copied as they are.
    fn lowercase_char_by_char(s: &str) -> String {
        let mut out = String::new();
        let mut prev = None;
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            if c == '\u{3A3}' {
                let final_ = prev.is_some_and(char::is_alphabetic) && !it.peek().is_some_and(|n| n.is_alphabetic());
                out.push(if final_ { '\u{3C2}' } else { '\u{3C3}' });
            } else {
                let (a, b) = super::lower_char(c);
                out.push(a);
                out.extend(b);
            }
            prev = Some(c);
        }
        out
    }

    #[test]
    fn lowercase_by_runs_is_char_by_char() {
        let chars: Vec<char> = (0u32..0x3_0000).filter_map(char::from_u32).collect();
        for chunk in chars.chunks(7) {
            for s in [chunk.iter().collect::<String>(), format!("a{}\u{3A3} \u{3A3}b", chunk.iter().collect::<String>()), format!("\u{3A3}{}\u{3A3}", chunk[0])] {
                assert_eq!(super::lowercase(&s), lowercase_char_by_char(&s), "{s:?}");
            }
        }
    }

    /// The compact table agrees with std on every char of the scripts it
    /// covers, and leaves the others as they are or as std does.
    #[test]
    fn lower_char_matches_std() {
        let mut differ = Vec::new();
        for u in 0u32..0x3_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            let (a, b) = super::lower_char(c);
            let ours: Vec<char> = std::iter::once(a).chain(b).collect();
            if std != ours {
                differ.push(u);
            }
        }
        // Only chars outside the scripts news is written in may differ.
        assert!(differ.iter().all(|&u| !(0..0x530).contains(&u) && !(0x1E00..0x2000).contains(&u) && !(0xFF00..0xFF40).contains(&u)), "{:x?}", &differ[..differ.len().min(40)]);
    }

    /// The wasm's table gives what the native match gives, on every char.
    #[test]
    fn lower_char_table_is_the_match() {
        for u in 0..0x11_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            assert_eq!(super::lower_char_table(c), super::lower_char_match(c), "{u:x}");
        }
    }

    #[test]
    fn lowercase_matches_std_with_final_sigma() {
        for s in ["ΟΔΥΣΣΕΥΣ", "Σ", "ΑΣ Β", "İstanbul", "Ärger ÉTÉ", "ČEŠTINA", "Вавилон", "ỦY BAN"] {
            assert_eq!(super::lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn short_ascii_lower_cases_as_std_native_only() {
        // Every ASCII byte at every position of words of each length.
        for n in 0..=20usize {
            for b in 0..128u8 {
                for at in 0..n {
                    let mut w: Vec<u8> = b"AbCdEfGhIjKlMnOpQrSt"[..n].to_vec();
                    w[at] = b;
                    // (After some bytes already there, which stay.)
                    let mut v = b"xyz".to_vec();
                    if super::push_lower_ascii_short(&mut v, &w) {
                        assert_eq!(&v[3..], &w.to_ascii_lowercase()[..], "{w:?}");
                    } else {
                        assert!(!(4..=16).contains(&n), "{w:?}");
                        assert_eq!(v, b"xyz", "{w:?}");
                    }
                    assert_eq!(&v[..3], b"xyz");
                }
            }
        }
        assert!(!super::push_lower_ascii_short(&mut Vec::new(), "ÉTÉS".as_bytes()));
        assert!(!super::push_lower_ascii_short(&mut Vec::new(), "NATO’s".as_bytes()));
    }
}
