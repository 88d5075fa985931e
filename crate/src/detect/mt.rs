//! Machine-translation notices and markup signals, and the page verdict.

use crate::input::PageSignals;
use crate::report::MachineTranslation;
use crate::text::Doc;

/// The page verdict: `Some` when the page says, or its markup shows, that it
/// was machine-translated.
pub fn verdict(_doc: &Doc, _page: &PageSignals) -> Option<MachineTranslation> {
    None
}
