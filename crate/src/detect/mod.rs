//! Detectors: one per file, each a pure function of the text model, tested
//! at its bottom. They find candidates; `resolve` makes them meet.

pub mod artifacts;
pub mod cues;
pub mod hedges;
pub mod mentions;
pub mod mt;
pub mod quotes;
