//! Lector's core: who said what, what is hedged, and whether the page was
//! machine-translated. Pure Rust; knows nothing of JavaScript (the `wasm`
//! module is the only binding).
//!
//! Pipeline: [`input`] blocks → [`article`] selection → [`text`] model →
//! [`detect`] → [`resolve`] → [`report`].

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

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => write!(
                f,
                "the page's text is {:.1} MB; Lector analyses at most {:.0} MB",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
        }
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
    let resolve::Attribution { mut quotes, speakers, reported } = resolve::attribute(&doc);
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
