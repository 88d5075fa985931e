//! Picks the article's blocks from the block descriptions (readability-style):
//! structured markers first (`itemprop=articleBody`, JSON-LD), then the
//! `<article>` landmark, then text and link density.

use crate::input::{Block, Input};
use crate::report::ArticleInfo;

/// Class/id/landmark words that mark page furniture, never article text.
fn furniture(w: &str) -> bool {
    one_of!(w, "nav" | "navigation" | "menu" | "header" | "banner" | "footer" | "contentinfo" | "aside" | "complementary" | "sidebar" | "comment" | "comments" | "share" | "sharing" | "social" | "ticker" | "breaking" | "newsletter" | "subscribe" | "cookie" | "advert" | "ad" | "ads" | "promo" | "popular" | "most-read" | "mostread" | "trending" | "form" | "button" | "search" | "breadcrumb" | "pagination" | "byline")
}

/// Tags whose text is never article prose.
fn furniture_tag(w: &str) -> bool {
    one_of!(w, "button" | "nav" | "footer" | "header" | "form" | "select" | "option" | "label" | "input" | "textarea")
}

fn hints(b: &Block) -> impl Iterator<Item = &str> {
    b.hints.split_whitespace()
}

fn has_hint(b: &Block, word: impl Fn(&str) -> bool) -> bool {
    hints(b).any(word)
}

/// Share of the block's chars that sit in links, 0.0–1.0.
fn link_density(b: &Block) -> f32 {
    let n = crate::text::char_len(&b.text).max(1);
    (b.link_chars as f32 / n as f32).min(1.0)
}

/// A block that could be article text once its region is chosen.
fn is_prose_candidate(b: &Block) -> bool {
    !b.text.trim().is_empty()
        && !furniture_tag(&b.tag)
        && !has_hint(b, furniture)
        && link_density(b) < 0.5
}

/// Chooses the article blocks; returns one flag per block and how it chose.
pub fn select(input: &Input) -> (Vec<bool>, ArticleInfo) {
    let n = input.blocks.len();
    let done = |flags: Vec<bool>, method: &str| {
        let blocks = flags.iter().enumerate().filter(|(_, f)| **f).map(|(i, _)| i).collect();
        (flags, ArticleInfo { blocks, method: method.into() })
    };
    if input.all_article {
        return done(vec![true; n], "all");
    }
    // 1. Structured markers.
    if input.blocks.iter().any(|b| b.article_body) {
        let flags = input.blocks.iter().map(|b| b.article_body && is_prose_candidate(b)).collect();
        return done(flags, "article-body");
    }
    // 2. The <article> landmark (or role=article), when it holds real prose.
    let in_article: Vec<bool> = input.blocks.iter().map(|b| has_hint(b, |h| h == "article")).collect();
    let article_chars: usize =
        input.blocks.iter().zip(&in_article).filter(|(b, a)| **a && is_prose_candidate(b)).map(|(b, _)| b.text.len()).sum();
    if article_chars >= 200 {
        let flags = input.blocks.iter().zip(&in_article).map(|(b, a)| *a && is_prose_candidate(b)).collect();
        return done(flags, "article");
    }
    // 3. Density: keep prose blocks, then the densest run of them (main text
    //    tends to be long paragraphs with few links, furniture short and linky).
    let score: Vec<f32> = input
        .blocks
        .iter()
        .map(|b| {
            if !is_prose_candidate(b) {
                return -30.0;
            }
            let len = crate::text::char_len(&b.text) as f32;
            let commas = b.text.matches([',', '.', '、', '，', '。']).count() as f32;
            let base = if b.tag == "p" || b.tag == "blockquote" { 5.0 } else { 0.0 };
            (base + len.min(300.0) / 30.0 + commas - 8.0) * (1.0 - link_density(b))
        })
        .collect();
    // Best-scoring contiguous run (Kadane), then headings and captions inside it.
    let (mut best, mut best_range, mut cur, mut cur_start) = (f32::MIN, 0..0, 0.0f32, 0);
    for (i, s) in score.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            cur_start = i;
        }
        cur += s;
        if cur > best {
            best = cur;
            best_range = cur_start..i + 1;
        }
    }
    let flags = (0..n).map(|i| best_range.contains(&i) && is_prose_candidate(&input.blocks[i])).collect();
    done(flags, "density")
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;
    use super::*;

    fn block(text: &str, tag: &str, hints: &str, link_chars: usize) -> Block {
        Block { text: text.into(), tag: tag.into(), hints: hints.into(), link_chars, article_body: false }
    }

    #[test]
    fn article_landmark_drops_links_and_buttons() {
        let long = "A long paragraph of article prose that goes on and on, with commas, and more words. ".repeat(3);
        let input = Input {
            blocks: vec![
                block("Home World Politics", "a", "header nav", 19),
                block(&long, "p", "main article", 0),
                block("Share", "button", "main article share", 0),
                block("Related story title", "li", "main article related", 19),
                block("관련 뉴스", "h3", "main article related", 0),
                block("\"Great,\" said a reader.", "p", "comments", 0),
            ],
            ..Input::default()
        };
        let (flags, info) = select(&input);
        assert_eq!(flags, [false, true, false, false, true, false]);
        assert_eq!(info.method, "article");
    }

    #[test]
    fn density_finds_the_prose_run() {
        let long = "Prose with several clauses, commas, and full stops. It continues for a while, as articles do. ".repeat(2);
        let input = Input {
            blocks: vec![
                block("Home", "a", "", 4),
                block("Breaking: markets rally", "div", "ticker", 0),
                block(&long, "p", "", 0),
                block(&long, "p", "", 0),
                block("Most read", "h3", "", 0),
                block("Some link", "li", "", 9),
            ],
            ..Input::default()
        };
        let (flags, _) = select(&input);
        assert_eq!(flags, [false, false, true, true, false, false]);
    }
}
