//! The wasm binding: strings in, report out, offsets converted to UTF-16
//! code units from a table built once per call. No logic lives here.

use wasm_bindgen::prelude::*;

use crate::input::Input;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates a page described by `input` (`{blocks: [{text, tag, linkChars,
/// hints, articleBody}], page: {...}, allArticle}`); returns the report with
/// offsets in UTF-16 code units into the blocks' texts joined by "\n\n".
/// Throws an `Error` with a readable message on refused input.
#[wasm_bindgen]
pub fn annotate(input: JsValue) -> Result<JsValue, JsError> {
    let input: Input = serde_wasm_bindgen::from_value(input).map_err(|e| JsError::new(&format!("bad input: {e}")))?;
    let text = input.text();
    let mut report = crate::annotate_text(&text, &input).map_err(|e| JsError::new(&e.to_string()))?;
    let table = crate::report::utf16_table(&text);
    report.map_offsets(|b| table[b] as usize);
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    report.serialize(&ser).map_err(|e| JsError::new(&e.to_string()))
}

/// The core's version, for the UI's "about" line.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

use serde::Serialize;
