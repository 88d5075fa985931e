//! Quote pairing: finds the marks that open and close quotations in each
//! article paragraph.

use crate::text::{Doc, TokKind};

/// A pair of quote marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteMarks {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the first char inside.
    pub start: usize,
    /// Byte offset one past the last char inside.
    pub end: usize,
    /// Byte offset of the closing mark.
    pub close: usize,
    /// Paragraph index.
    pub para: usize,
}

/// Finds double-quote pairs (straight and curly) inside each article paragraph.
pub fn find(doc: &Doc) -> Vec<QuoteMarks> {
    let mut out = Vec::new();
    for (pi, p) in doc.article_paras() {
        let mut open: Option<(usize, usize)> = None;
        for ti in p.toks.clone() {
            let t = doc.toks[ti];
            if t.kind != TokKind::Punct {
                continue;
            }
            let s = doc.tok_text(ti);
            let opens = s == "\u{201C}" || (s == "\"" && open.is_none());
            let closes = s == "\u{201D}" || (s == "\"" && open.is_some());
            if closes {
                if let Some((o, start)) = open.take() {
                    out.push(QuoteMarks { open: o, start, end: t.start as usize, close: t.start as usize, para: pi });
                }
            } else if opens {
                open = Some((t.start as usize, t.end as usize));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;
    use crate::input::Input;

    #[test]
    fn pairs_straight_and_curly() {
        let i = Input::from_text("\"One,\" he said. \u{201C}Two\u{201D}");
        let t = i.text();
        let d = Doc::new(&t, &i, &[true]);
        let q: Vec<&str> = find(&d).iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(q, ["One,", "Two"]);
    }
}
