//! Lector's core: who said what, what is hedged, and whether the page was
//! machine-translated. Pure Rust; knows nothing of JavaScript (the `wasm`
//! module is the only binding).
//!
//! Pipeline: [`input`] blocks → [`article`] selection → [`text`] model →
//! [`detect`] → [`resolve`] → [`report`].

/// The literals `"a" | "b" | …` packed in one static string, each after its
/// length (`text::pack_words`), for the wasm's `one_of` scans below.
#[cfg(target_arch = "wasm32")]
macro_rules! packed_words {
    ($first:literal $(| $s:literal)*) => {{
        const ONE_OF_WORDS: &str = concat!($first $(, "|", $s)*);
        const ONE_OF_PACKED: [u8; ONE_OF_WORDS.len() + 1] = $crate::text::pack_words(ONE_OF_WORDS);
        &ONE_OF_PACKED
    }};
}

/// `matches!(w, "a" | "b" | …)` for a `&str` `w`: natively that match; in
/// the wasm a scan of the words packed in one string, each after its length
/// (a few bytes of data a word, where the match compiled each word into
/// code; see `text::one_of`).
macro_rules! one_of {
    ($w:expr, $first:literal $(| $s:literal)*) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let hit = matches!($w, $first $(| $s)*);
        #[cfg(target_arch = "wasm32")]
        let hit = $crate::text::one_of($w, packed_words!($first $(| $s)*));
        hit
    }};
}

/// `low_one_of!(doc, i, "a" | …)` is `one_of!(doc.low(i), "a" | …)` and
/// `text_one_of!` the same of `doc.tok_text(i)`: natively just that; in the
/// wasm one call with the token's index, where `low` and `tok_text`
/// returned the slice through memory, read back at every site, before the
/// call to `one_of`.
macro_rules! low_one_of {
    ($doc:expr, $i:expr, $first:literal $(| $s:literal)*) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let hit = matches!($doc.low($i), $first $(| $s)*);
        #[cfg(target_arch = "wasm32")]
        let hit = $doc.low_one_of($i, packed_words!($first $(| $s)*));
        hit
    }};
}
macro_rules! text_one_of {
    ($doc:expr, $i:expr, $first:literal $(| $s:literal)*) => {{
        #[cfg(not(target_arch = "wasm32"))]
        let hit = matches!($doc.tok_text($i), $first $(| $s)*);
        #[cfg(target_arch = "wasm32")]
        let hit = $doc.text_one_of($i, packed_words!($first $(| $s)*));
        hit
    }};
}

/// `ends_with_any!(w, "er" | "ist")`: whether `w` ends with one of the
/// literals. Natively a test per ending, as `[…].iter().any(|e|
/// w.ends_with(e))` was; in the wasm the endings are one string for
/// [`text::ends_with_any`] (a slice of string references cost 8 bytes an
/// ending).
macro_rules! ends_with_any {
    ($w:expr, $first:literal $(| $s:literal)*) => {{
        let w: &str = $w;
        #[cfg(not(target_arch = "wasm32"))]
        let hit = w.ends_with($first) $(|| w.ends_with($s))*;
        #[cfg(target_arch = "wasm32")]
        let hit = $crate::text::ends_with_any(w, concat!($first $(, " ", $s)*));
        hit
    }};
}

#[cfg(target_arch = "wasm32")]
mod alloc;
pub mod article;
pub mod detect;
pub mod input;
pub mod lang;
pub mod lexicon;
pub mod report;
pub mod resolve;
mod sort;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod html;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use input::{Block, Input, PageSignals};
pub use report::Report;

use std::fmt;

/// Why the core refused an input. Nothing is lost: the caller keeps its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The analysed text is larger than [`input::MAX_TEXT_BYTES`] (bytes).
    TooLarge { bytes: usize, limit: usize },
}

impl Error {
    /// The message, as `Display` writes it (built without `core::fmt`, which
    /// the wasm would otherwise carry for this one message).
    pub fn message(&self) -> String {
        match self {
            Error::TooLarge { bytes, limit } => {
                let mut s = String::from("the page's text is ");
                push_mb(&mut s, *bytes, 1);
                s.push_str(" MB; Lector analyses at most ");
                push_mb(&mut s, *limit, 0);
                s.push_str(" MB");
                s
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

/// Appends `bytes / 10^6` with 0 or 1 decimals exactly as `{:.0}`/`{:.1}` write
/// the f64 `bytes as f64 / 1e6` (the exact binary value rounded half to even),
/// with integer arithmetic only: float formatting costs ~18 KB of wasm.
fn push_mb(s: &mut String, bytes: usize, decimals: u32) {
    let q = bytes as f64 / 1e6;
    // q = mant / 2^shift; 8 <= shift <= 72 for any usize (q is 0 or in [1e-6, 2^45)).
    let (mant, shift) = if q == 0.0 {
        (0u128, 1)
    } else {
        let bits = q.to_bits();
        ((bits & ((1 << 52) - 1) | 1 << 52) as u128, 1075 - ((bits >> 52) & 0x7ff) as u32)
    };
    let scaled = mant * 10u128.pow(decimals);
    let mut units = (scaled >> shift) as u64;
    let (frac, half) = (scaled & ((1 << shift) - 1), 1u128 << (shift - 1));
    if frac > half || (frac == half && units % 2 == 1) {
        units += 1;
    }
    if decimals == 0 {
        text::push_uint(s, units);
    } else {
        text::push_uint(s, units / 10);
        s.push('.');
        text::push_uint(s, units % 10);
    }
}

impl std::error::Error for Error {}

/// Annotates a page. Offsets in the report are bytes into `input.text()`.
pub fn annotate(input: &Input) -> Result<Report, Error> {
    let text = input.text();
    annotate_text(&text, input)
}

/// As [`annotate`], with the joined text already built (`text == input.text()`).
pub fn annotate_text(text: &str, input: &Input) -> Result<Report, Error> {
    if text.len() > input::MAX_TEXT_BYTES {
        return Err(Error::TooLarge { bytes: text.len(), limit: input::MAX_TEXT_BYTES });
    }
    let (flags, article) = article::select(input);
    let doc = text::Doc::new(text, input, &flags);
    // (Natively the tags of the tokens are made once, for the attribution
    // and the hedges' filter; the wasm's hedges test every token.)
    #[cfg(not(target_arch = "wasm32"))]
    let tags = detect::cues::lex(doc.lang.code).tag(&doc);
    #[cfg(not(target_arch = "wasm32"))]
    let resolve::Attribution { mut quotes, speakers, reported } = resolve::attribute_tagged(&doc, &tags);
    #[cfg(target_arch = "wasm32")]
    let resolve::Attribution { mut quotes, speakers, reported } = resolve::attribute(&doc);
    #[cfg(not(target_arch = "wasm32"))]
    let hedges = detect::hedges::find_tagged(&doc, Some(&tags));
    #[cfg(target_arch = "wasm32")]
    let hedges = detect::hedges::find(&doc);
    let artifacts = detect::artifacts::find(&doc, &quotes);
    let machine_translation = detect::mt::verdict(&doc, &input.page);
    if machine_translation.is_some() {
        for q in &mut quotes {
            q.translated = true;
        }
    }
    Ok(Report {
        language: doc.lang.code.to_string(),
        quotes,
        speakers,
        reported,
        hedges,
        artifacts,
        machine_translation,
        article,
    })
}

/// Annotates plain text (paragraphs separated by blank lines, all article).
pub fn annotate_plain(text: &str) -> Result<(String, Report), Error> {
    let input = Input::from_text(text);
    let joined = input.text();
    let report = annotate_text(&joined, &input)?;
    Ok((joined, report))
}

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn too_large_message_is_the_float_formatting() {
        let check = |bytes: usize| {
            let e = super::Error::TooLarge { bytes, limit: bytes };
            let want = format!("the page's text is {:.1} MB; Lector analyses at most {:.0} MB", bytes as f64 / 1e6, bytes as f64 / 1e6);
            assert_eq!(e.to_string(), want, "{bytes}");
        };
        // Every tie for one decimal and for none up to 4.3 GB (the f64 may
        // fall on either side, or exactly on it), their neighbours, and a spread.
        for k in 0..42_000usize {
            for n in [k * 100_000 + 50_000, k * 100_000 + 49_999, k * 100_000 + 50_001] {
                check(n);
            }
        }
        for k in 0..4_200usize {
            check(k * 1_000_000 + 500_000);
        }
        let mut x = 1usize;
        while let Some(n) = x.checked_mul(3) {
            check(n);
            check(n - 1);
            x = n;
        }
        for n in [0, 1, 32 * 1024 * 1024, u32::MAX as usize, usize::MAX] {
            check(n);
        }
    }
}
