//! What the core is given: the page as a list of blocks (one per rendered
//! paragraph, heading, list item…) plus page-level markup signals.
//!
//! The content script and the CLI's HTML reader build the same descriptions,
//! so that article selection runs in one place. Block texts are joined with
//! [`BLOCK_SEPARATOR`] into the analysed text; every offset in the report is
//! into that joined text.

use serde::Deserialize;

/// What stands between two blocks in the analysed text.
pub const BLOCK_SEPARATOR: &str = "\n\n";

/// Upper bound on the analysed text, in bytes. Larger inputs are refused with
/// [`crate::Error::TooLarge`] rather than freezing the tab.
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Block {
    /// Visible text of the block, whitespace as rendered.
    pub text: String,
    /// Lower-case tag name of the block element ("p", "h1", "li", …).
    pub tag: String,
    /// How many chars of `text` sit inside links.
    pub link_chars: usize,
    /// Space-separated lower-case words describing the block's ancestors:
    /// landmark tag names (`article`, `main`, `nav`, `header`, `footer`,
    /// `aside`, `form`, `figure`), ARIA roles, and class/id words.
    pub hints: String,
    /// Inside an element marked `itemprop="articleBody"`, or matching the
    /// page's JSON-LD `articleBody`.
    pub article_body: bool,
}

impl Block {
    /// A plain paragraph block (for text input).
    pub fn para(text: impl Into<String>) -> Block {
        Block { text: text.into(), tag: "p".into(), ..Block::default() }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

/// Page-level markup signals, gathered by the content script or the CLI.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PageSignals {
    /// `<html lang>`; may carry `-x-mtfrom-xx`.
    pub lang: Option<String>,
    /// Machine-translation markers found in the markup, verbatim
    /// (`lang="en-x-mtfrom-id"`, `rel="alternate machine-translated-from"`,
    /// `translated-ltr` wrappers…).
    pub mt_markers: Vec<String>,
    /// `<link rel="alternate" hreflang=…>` entries.
    pub alternates: Vec<Alternate>,
    /// The page URL, if known.
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Input {
    pub blocks: Vec<Block>,
    pub page: PageSignals,
    /// Treat every block as article text (plain-text input, the playground).
    pub all_article: bool,
}

impl Input {
    /// Input from plain text: paragraphs are separated by blank lines, and
    /// every paragraph is article text.
    pub fn from_text(text: &str) -> Input {
        let blocks = split_paragraphs(text).map(|p| Block::para(p)).collect();
        Input { blocks, page: PageSignals::default(), all_article: true }
    }

    /// The analysed text: block texts joined by [`BLOCK_SEPARATOR`].
    pub fn text(&self) -> String {
        let len: usize = self.blocks.iter().map(|b| b.text.len() + BLOCK_SEPARATOR.len()).sum();
        let mut s = String::with_capacity(len);
        for (i, b) in self.blocks.iter().enumerate() {
            if i > 0 {
                s.push_str(BLOCK_SEPARATOR);
            }
            s.push_str(&b.text);
        }
        s
    }
}

/// Paragraphs of plain text: runs of lines separated by blank lines, each
/// trimmed; lines inside a paragraph are kept with their newline.
pub fn split_paragraphs(text: &str) -> impl Iterator<Item = &str> {
    // (As `text.split("\n\n").flat_map(|c| c.split("\r\n\r\n"))`, by a
    // byte scan: std's substring searcher, set up once per chunk, cost the
    // CLI about 5 M instructions on the NATO text ×100.)
    split_bytes(text, b"\n\n")
        .flat_map(|chunk| split_bytes(chunk, b"\r\n\r\n"))
        .map(|p| p.trim_matches(|c: char| c == '\n' || c == '\r' || c == ' ' || c == '\t'))
        .filter(|p| !p.is_empty())
}

/// `s.split(pat)` for an ASCII `pat`: the pieces between its leftmost
/// non-overlapping occurrences.
fn split_bytes<'a>(s: &'a str, pat: &'static [u8]) -> impl Iterator<Item = &'a str> {
    let (b, mut start, mut i, mut done) = (s.as_bytes(), 0, 0, false);
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        // (The first byte found by `str::find`'s memchr; ASCII bytes are
        // char boundaries on both sides.)
        while let Some(k) = s[i..].find(pat[0] as char) {
            i += k;
            if b[i..].starts_with(pat) {
                let piece = &s[start..i];
                i += pat.len();
                start = i;
                return Some(piece);
            }
            i += 1;
        }
        done = true;
        Some(&s[start..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn text_joins_blocks() {
        let i = Input::from_text("a b\n\n\n\nc\n\n");
        assert_eq!(i.blocks.len(), 2);
        assert_eq!(i.text(), "a b\n\nc");
    }

    #[test]
    fn split_bytes_is_str_split() {
        for s in ["", "\n", "\n\n", "\n\n\n", "a\n\n\n\nb", "a\r\n\r\n\r\nb\n\nc\r\n\r\n", "é\n\nü\r\n\r\n", "\r\n\r\r\n\r\n\r\n"] {
            for pat in ["\n\n", "\r\n\r\n"] {
                let ours: Vec<&str> = split_bytes(s, pat.as_bytes()).collect();
                let std: Vec<&str> = s.split(pat).collect();
                assert_eq!(ours, std, "{s:?} by {pat:?}");
            }
        }
    }
}
