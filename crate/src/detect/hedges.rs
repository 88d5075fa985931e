//! Hedge cues and their scope.

use crate::report::Hedge;
use crate::text::Doc;

/// Finds hedge cues in the article paragraphs.
pub fn find(_doc: &Doc) -> Vec<Hedge> {
    Vec::new()
}
